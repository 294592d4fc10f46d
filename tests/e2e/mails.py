"""The mail of the simulated month: complaints, auto-replies, a bounce, secretariat replies.

Each builder returns the raw bytes a correspondent's server would deliver to the CSC mailbox;
dates are simulated times.  Message-IDs are unique per mail so the test can follow each one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

CSC = "csc@csc.example.org"
BOT = "csc-bot@csc.example.org"
SECRETARIAT = "secretariat@csc.example.org"
PTI = "reports@iana.example"
DEMO = Path(__file__).resolve().parents[2] / "cscbot" / "data" / "demo"


@dataclass(frozen=True)
class Complaint:
    tag: str
    """Short name used by the scenario (and in the Message-ID)."""
    sender: str
    name: str
    subject: str
    body: str
    responder: str = "auto-submitted"
    """How this registry's auto-responder marks its answers: 'auto-submitted' (RFC 3834),
    'x-autoreply' (a header only), 'subject' (nothing but 'Out of Office:'), or 'bounce' (the
    address does not exist: a DSN comes back instead)."""

    @property
    def message_id(self) -> str:
        return f"<{self.tag}@{self.sender.split('@', 1)[1]}>"


def complaint(c: Complaint, at: datetime) -> bytes:
    return _mail(c.name, c.sender, CSC, c.subject, c.body, at, c.message_id)


def follow_up(c: Complaint, ack_id: str, ack_subject: str, at: datetime) -> bytes:
    """A human answer to the acknowledgement (threads to the complaint; not a new one)."""
    return _mail(c.name, c.sender, CSC, f"Re: {ack_subject}",
                 "Thank you. The retest failed again this morning; any news?\n\n"
                 "> (acknowledgement quoted)\n", at, f"<followup.{c.tag}@x.example>",
                 in_reply_to=ack_id)


def auto_reply(c: Complaint, to_id: str, to_subject: str, at: datetime, n: int) -> bytes:
    """The registry's auto-responder answering a mail of the bot (it answers every mail)."""
    headers: dict[str, str] = {}
    subject = f"Automatic reply: {to_subject}"
    if c.responder == "auto-submitted":
        headers["Auto-Submitted"] = "auto-replied"
    elif c.responder == "x-autoreply":
        subject = f"Re: {to_subject}"
        headers["X-Autoreply"] = "yes"
    else:
        subject = f"Out of Office: {to_subject}"
    return _mail(c.name, c.sender, BOT, subject,
                 "I am out of the office until next week and will read your mail then.\n",
                 at, f"<auto{n}.{c.tag}@x.example>", in_reply_to=to_id, headers=headers)


def bounce(recipient: str, returned_id: str, returned_subject: str, at: datetime) -> bytes:
    """A Postfix-style DSN (multipart/report) for one of the bot's mails."""
    text = (DEMO.parents[2] / "tests" / "data" / "dsn_postfix.eml").read_text()
    text = (text.replace("alice@registry.example", recipient)
            .replace("MSGID_PLACEHOLDER", returned_id)
            .replace("Subject: Received: ack:CSC-2026-0001", f"Subject: {returned_subject}")
            .replace("<20261122120101.ABC123@mx.registry.example>",
                     f"<dsn.{returned_id.strip('<>')}>")
            .replace("Sun, 22 Nov 2026 12:01:00 +0000", format_datetime(at)))
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode()


def secretariat_reply(to_id: str, to_subject: str, reply_to: str, commands: str,
                      at: datetime, n: int) -> bytes:
    """The secretariat answering a digest or a draft: commands above the quote."""
    return _mail("CSC Secretariat", SECRETARIAT, reply_to,
                 to_subject if to_subject.lower().startswith("re:") else f"Re: {to_subject}",
                 f"{commands}\n\nOn {format_datetime(at)}, CSC mail robot <{BOT}> wrote:\n"
                 "> (the quoted mail)\n", at,
                 f"<sec{n}@csc.example.org>", in_reply_to=to_id)


def pti_report(at: datetime) -> bytes:
    """PTI's monthly report (October 2026, with misses), delivered on the simulated day."""
    raw = (DEMO / "05-pti-report.eml").read_bytes()
    head, _, body = raw.partition(b"\n\n")
    lines = [line for line in head.split(b"\n") if not line.lower().startswith(b"date:")]
    lines.append(b"Date: " + format_datetime(at).encode())
    return b"\n".join(lines) + b"\n\n" + body


def _mail(name: str, sender: str, to: str, subject: str, body: str, at: datetime,
          message_id: str, in_reply_to: str | None = None,
          headers: dict[str, str] | None = None) -> bytes:
    m = EmailMessage()
    m["From"] = f"{name} <{sender}>"
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(at)
    m["Message-ID"] = message_id
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for key, value in (headers or {}).items():
        m[key] = value
    m.set_content(body)
    return m.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# --- the registries of the month -------------------------------------------------------------

RETEST_EXAMPLE = Complaint(
    "retest1", "hostmaster@nic.example", "Marie Dupont",
    "Technical check retest keeps timing out for .example",
    "Our name server change request (ticket 1-2026-0415) for .example has been stuck in the\n"
    "technical check retest for more than two days. The retest should finish within 10\n"
    "minutes, but each time it times out against our IPv6 name servers.\n")
RETEST_SAMPLE = Complaint(
    "retest2", "ops@registry.sample", "Ken Ito",
    "Technical check retest timing out for .sample",
    "Our name server change for .sample (ticket 1-2026-0421) is stuck: the technical check\n"
    "retest times out against our IPv6 name servers again and again, for three days now.\n",
    responder="x-autoreply")
RETEST_TEST = Complaint(
    "retest3", "tld-admin@dot.test", "Ana Silva",
    "Technical check retest times out (IPv6 name servers)",
    "The technical check retest for our name server change (ticket 1-2026-0433) keeps\n"
    "timing out against the IPv6 name servers of .test, which answer fine elsewhere.\n",
    responder="subject")
CONTACTS_EN = Complaint(
    "contacts1", "registry@tld.invalid", "Joe Bloggs",
    "Contact confirmation email never received",
    "For our name server change request (ticket 1-2026-0450) neither the administrative\n"
    "nor the technical contact received the confirmation email. The request is blocked.\n")
CONTACTS_FR = Complaint(
    "contacts2", "support@registre.exemple", "Pierre Lambert",
    "Plainte : confirmation des contacts jamais reçue",
    "Madame, Monsieur,\n\nPour notre demande de changement des serveurs de noms de .exemple\n"
    "(ticket 1-2026-0452), ni notre contact administratif ni notre contact technique n'ont\n"
    "reçu le courriel de confirmation. La demande est bloquée depuis neuf jours.\n\n"
    "Cordialement,\nPierre Lambert\n")
LAME = Complaint(
    "lame1", "noc@lame.example", "Lame Registry NOC",
    "Root zone update for .lame published late",
    "Our root zone update for .lame (ticket 1-2026-0460) was published a day later than\n"
    "the SLA allows.\n", responder="bounce")

RETEST_DEMO = Complaint(
    "retest4", "dns@nic.demo", "Lee Chen", "Name server update for .demo blocked",
    "Our request to update the NS records of .demo (ticket 1-2026-0470) has gone nowhere\n"
    "since last Tuesday. We have resubmitted it twice and it is still not through.\n")
"""The retest problem again (the secretariat knows it from the ticket), in words that name no
stage or failure, so triage does not join it to the others: the secretariat merges."""

REGISTRIES = (RETEST_EXAMPLE, RETEST_SAMPLE, RETEST_TEST, CONTACTS_EN, CONTACTS_FR, LAME,
              RETEST_DEMO)
