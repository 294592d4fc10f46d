"""`cscbot demo`: November 2026 on the embedded default (Maildir in, .eml files out).

Makes a working folder with a config, then steps a clock hour by hour through the month: each
message shipped in `cscbot/data/demo/` lands in the Maildir at the time its Date header says,
the secretariat answers the bot's mail as a person would (a reply to the findings draft, a
reply to a digest, and one forged reply that must be refused), and at every step the daemon's
own jobs run: intake, the scheduler's timeline (reminders, digest, nudges, RAP deadlines) and
the outbox.  At the end it prints an account of the month read back from the store.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from importlib import resources
from pathlib import Path

from cscbot.adapters.emldir import EmlDirSink
from cscbot.app import JOBS, App
from cscbot.clock import ManualClock
from cscbot.config import load
from cscbot.domain.findings import compliance_pct, format_pct
from cscbot.scheduler import Timeline
from cscbot.services import pti

DEMO_CONFIG = """\
# Written by `cscbot demo`: the embedded default (Maildir in, .eml files out).
[bot]
address = "csc-bot@csc.example.org"
name = "CSC mail robot (demo)"

[addresses]
csc_mailbox = "csc@csc.example.org"
secretariat = ["secretariat@csc.example.org"]
announce = "csc-announce@csc.example.org"
members = ["members@csc.example.org", "jane@member.example"]
pti_senders = ["reports@iana.example"]

[storage]
path = "cscbot.sqlite3"

[mailbox]
kind = "maildir"
maildir = "Maildir"

[outbox]
kind = "emldir"
eml_dir = "outbox"
rate_per_minute = 100000

[meetings]
weekday_policy = "nearest_wednesday"
first_number = 100
first_month = "2026-01"
"""

START = datetime(2026, 11, 1, tzinfo=UTC)
END = datetime(2026, 12, 1, tzinfo=UTC)
STEP = timedelta(hours=1)
SECRETARIAT = "secretariat@csc.example.org"
DEMO_TOKEN_KEY = "demo-only-token-key-do-not-use-in-production-0123456789"


@dataclass(frozen=True)
class Reply:
    """An answer to a mail the bot sent (a person's, or a server's bounce): written once that
    mail has gone out."""

    at: datetime
    sender: str
    answers_kind: str
    body: str
    bounce: bool = False


REPLIES = (
    # the secretariat approves the findings draft, keeping "Satisfactory" against the proposal
    Reply(datetime(2026, 11, 10, 9, 0, tzinfo=UTC), SECRETARIAT, "draft_request",
          "approve rating Satisfactory\n\nThe retest miss is explained by PTI.\n"),
    # a forged reply from outside the secretariat: refused, reported in the next digest
    Reply(datetime(2026, 11, 10, 11, 0, tzinfo=UTC), "mallory@attacker.example",
          "draft_request", "approve\n"),
    # the secretariat names the IPv6 retest cluster in its answer to a digest
    Reply(datetime(2026, 11, 12, 8, 0, tzinfo=UTC), SECRETARIAT, "digest",
          "rename K1 IPv6 name servers fail the technical check retest\n"),
    # the first acknowledgement bounces: recorded against the mail, never answered
    Reply(datetime(2026, 11, 2, 12, 0, tzinfo=UTC), "mailer-daemon@mx.nic.example", "ack",
          "550 5.1.1 <hostmaster@nic.example>: mailbox unavailable", bounce=True),
)


def _shipped() -> list[tuple[datetime, str, bytes]]:
    """(arrival, file name, bytes) of the month's mail, in arrival order."""
    out = []
    for entry in (resources.files("cscbot") / "data" / "demo").iterdir():
        if entry.name.endswith(".eml"):
            data = entry.read_bytes()
            head = BytesHeaderParser().parsebytes(data)
            when = email.utils.parsedate_to_datetime(str(head["Date"])).astimezone(UTC)
            out.append((when, entry.name, data))
    return sorted(out)


def _reply_bytes(reply: Reply, original: bytes) -> bytes:
    """The reply a mail client makes: to the Reply-To, 'Re:' subject, threaded, quoted."""
    head = BytesHeaderParser().parsebytes(original)
    quoted = "".join(f"> {line}\n" for line in original.decode("utf-8", "replace")
                     .split("\n\n", 1)[-1].splitlines()[:8])
    return (f"From: {reply.sender}\r\nTo: {head['Reply-To'] or head['From']}\r\n"
            f"Subject: Re: {head['Subject']}\r\n"
            f"Date: {email.utils.format_datetime(reply.at)}\r\n"
            f"Message-ID: <demo-reply-{int(reply.at.timestamp())}@csc.example.org>\r\n"
            f"In-Reply-To: {head['Message-ID']}\r\nReferences: {head['Message-ID']}\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{reply.body}\n"
            f"On {head['Date']}, the CSC mail robot wrote:\n{quoted}").encode()


def _bounce_bytes(reply: Reply, original: bytes) -> bytes:
    """A delivery status notification (RFC 3464) for `original`, as an MTA sends it."""
    head = BytesHeaderParser().parsebytes(original)
    rcpt = email.utils.parseaddr(str(head["To"]))[1]
    boundary = "dsn-boundary-demo"
    return (f"Return-Path: <>\r\nFrom: Mail Delivery System <{reply.sender}>\r\n"
            f"To: {head['From']}\r\nSubject: Undelivered Mail Returned to Sender\r\n"
            f"Date: {email.utils.format_datetime(reply.at)}\r\n"
            f"Message-ID: <demo-dsn-{int(reply.at.timestamp())}@mx.nic.example>\r\n"
            f"Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: multipart/report; report-type=delivery-status; "
            f"boundary=\"{boundary}\"\r\n\r\n"
            f"--{boundary}\r\nContent-Type: text/plain\r\n\r\n"
            f"Your message could not be delivered.\r\n{reply.body}\r\n\r\n"
            f"--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\n"
            f"Reporting-MTA: dns; mx.nic.example\r\n\r\n"
            f"Final-Recipient: rfc822; {rcpt}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
            f"Diagnostic-Code: smtp; {reply.body}\r\n\r\n"
            f"--{boundary}\r\nContent-Type: text/rfc822-headers\r\n\r\n"
            f"Message-ID: {head['Message-ID']}\r\nTo: {head['To']}\r\n"
            f"Subject: {head['Subject']}\r\n\r\n--{boundary}--\r\n").encode()


def _deliver(maildir: Path, name: str, data: bytes) -> None:
    (maildir / "new" / name).write_bytes(data)


def run_demo(workdir: Path, verbose: bool = False) -> int:
    if not verbose:  # the account at the end tells the month; -v shows the daemon's log too
        logging.getLogger("cscbot").setLevel(logging.WARNING)
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    config = workdir / "config.toml"
    config.write_text(DEMO_CONFIG)
    os.environ.setdefault("CSCBOT_TOKEN_KEY", DEMO_TOKEN_KEY)
    settings = load(config)
    for sub in ("new", "cur", "tmp"):
        (settings.mailbox.maildir / sub).mkdir(parents=True, exist_ok=True)
    print(f"demo: November 2026 on the embedded default, in {workdir}"
          f" (config {config}; add -v for the daemon's log)")
    asyncio.run(_play(App(settings, clock=ManualClock(START))))
    return 0


async def _play(app: App) -> None:
    clock = app.clock
    assert isinstance(clock, ManualClock)
    maildir = app.settings.mailbox.maildir
    arrivals, replies = _shipped(), list(REPLIES)
    timeline = Timeline(app, JOBS)
    try:
        now = START
        while now < END:
            clock.set(now)
            while arrivals and arrivals[0][0] <= now:
                _when, name, data = arrivals.pop(0)
                _deliver(maildir, f"{name}.{int(now.timestamp())}", data)
            for reply in [r for r in replies if r.at <= now]:
                original = _latest_sent(app, reply.answers_kind)
                if original is not None:
                    build = _bounce_bytes if reply.bounce else _reply_bytes
                    _deliver(maildir, f"reply.{int(now.timestamp())}.{reply.sender}",
                             build(reply, original))
                    replies.remove(reply)
            await app.run_job("intake")
            await timeline.run_due(now)
            await app.run_job("outbox")
            now += STEP
        _account(app)
    finally:
        await app.close()


def _latest_sent(app: App, kind: str) -> bytes | None:
    rows = [r for r in app.store.outbox_list() if r.kind == kind and r.status == "sent"]
    return rows[0].data if rows else None  # outbox_list is newest first


def _section(title: str, lines: list[str]) -> None:
    print(f"\n== {title}")
    for line in lines or ["(none)"]:
        print(f"  {line}")


def _account(app: App) -> None:
    store = app.store
    journal = store.journal_list()
    kinds: dict[str, int] = {}
    for j in journal:
        kinds[j.kind or "?"] = kinds.get(j.kind or "?", 0) + 1
    _section(f"Mail in: {len(journal)} messages", [
        f"{k}: {n}" for k, n in sorted(kinds.items())] + [
        f"not answered: {j.uid.split('.eml')[0]} ({j.reason})"
        for j in journal if j.kind in ("auto_reply", "bounce", "list")])
    complaints = store.complaints_since(None)
    clusters = {c.id: c for c in store.clusters()}
    _section(f"Complaints ({len(complaints)}) and clusters ({len(clusters)})", [
        f"{c.ref} [{c.language}] {c.registry or c.sender}: {c.subject[:60]}"
        f" -> K{c.cluster_id}" for c in complaints] + [
        f"K{c.id} \"{c.label}\": {c.size} complaint(s)" for c in clusters.values()])
    _section("Pattern flags (offered to the secretariat as RAP candidates)", [
        f"K{f.cluster_id} {f.kind}: {f.summary}" for f in store.cluster_flags()])
    _section("PTI's reports", _pti_months(app))
    _drafts_and_decisions(app)
    _outgoing(app, _by_kind)


def _pti_months(app: App) -> list[str]:
    lines = []
    for row in app.store.pti_months():
        record = pti.month_record(app.ctx, row.period)
        if record is None:
            continue
        missed = [m.name for m in record.metrics if m.status == "missed"]
        lines.append(f"{row.period} (version {row.version}): PTI met {record.met} of "
                     f"{record.total} thresholds "
                     f"({format_pct(compliance_pct(record.met, record.total))} %); missed: "
                     f"{'; '.join(missed) or 'none'}")
    return lines


def _drafts_and_decisions(app: App) -> None:
    _section("Drafts and the secretariat's decisions", [
        f"D{d.id} {d.title}: {d.status}" + (f" by {d.decided_by}" if d.decided_by else "")
        for d in app.store.drafts()] + [
        f"command {a.command!r} from {a.sender}: {a.outcome} ({a.detail})"
        for a in app.store.audit()])


def _by_kind(kind: str) -> int:
    order = ("ack", "reminder", "digest", "draft_request", "confirmation", "findings")
    return order.index(kind) if kind in order else len(order)


def _outgoing(app: App, order: Callable[[str], int]) -> None:
    rows = sorted(app.store.outbox_list(), key=lambda r: (order(r.kind), r.created_at))
    folder = app.settings.outbox.eml_dir
    _section(f"Mail out: {len(rows)} mails, as .eml files in {folder}", [
        f"{r.created_at[:16]} {r.kind:<14} to {', '.join(r.recipients)[:40]:<40}"
        f" {r.subject[:60]}\n      {folder / EmlDirSink.file_name(r.data)}" for r in rows])
