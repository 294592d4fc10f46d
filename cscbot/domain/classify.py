"""What kind of mail is this?  Pure: (message, settings) -> (kind, reason).

The order of the rules matters and is the policy: a bounce is a bounce whoever sent it; PTI's
report is recognised before auto-submission (report mail is often machine-sent); an
out-of-office from the secretariat is an auto-reply, not a command; only then are replies to our
digests, RAP correspondence, list traffic and finally complaints told apart.  Every decision
carries the reason it was made, which intake stores with the message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from cscbot.domain.loops import auto_submitted, no_reply_pattern
from cscbot.domain.mail import MailMessage
from cscbot.domain.rap import case_in_subject, case_label

KINDS = ("complaint", "pti_report", "secretariat_reply", "rap_response", "auto_reply", "bounce",
         "list", "other")

_REPORT_SUBJECT = re.compile(
    r"(?:performance\s+report|naming\s+function\s+performance|sla\s+(?:performance\s+)?report"
    r"|csc\s+report)", re.IGNORECASE)
_REPORT_CONTENT = re.compile(r"(?:service\s+level|\bSLA\b|thresholds?\s+met|performance\s+report)",
                             re.IGNORECASE)
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:out\s+of\s+(?:the\s+)?office|automatic\s+reply|auto(?:matic)?[- ]?reply|autoreply"
    r"|auto:|réponse\s+automatique|respuesta\s+automática|abwesenheitsnotiz|absence)",
    re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(?:undeliver(?:able|ed)|delivery\s+status\s+notification|returned\s+mail"
    r"|mail\s+delivery\s+(?:failed|failure|system)|failure\s+notice|delivery\s+failure)",
    re.IGNORECASE)
_BOUNCE_SENDERS = ("mailer-daemon", "postmaster", "mail-daemon")
_AUTO_REPLY_FIELDS = ("x-autoreply", "x-autorespond", "x-auto-reply")


@dataclass(frozen=True)
class Classification:
    kind: str
    reason: str


@dataclass(frozen=True)
class Settings:
    """What classification needs from the configuration (addresses lower-cased)."""

    bot_address: str
    own_addresses: frozenset[str]
    secretariat: frozenset[str]
    pti_senders: frozenset[str]
    no_reply_patterns: tuple[str, ...]
    digest_subject_tag: str
    message_id_domain: str

    # derived once per Settings, not once per message (intake makes one Settings per batch)
    @cached_property
    def digest_tag(self) -> str:
        """What the subject of a reply to a digest carries, lower-cased: '[csc-bot'."""
        return f"[{self.digest_subject_tag}".lower()

    @cached_property
    def token_address(self) -> tuple[str, str]:
        """How the bot's plus addresses (digest tokens) begin and end: ('bot+', '@domain')."""
        local, _at, domain = self.bot_address.partition("@")
        return local + "+", "@" + domain


def classify(msg: MailMessage, settings: Settings) -> Classification:
    for rule in (_bounce, _pti_report, _auto_reply, _secretariat_reply, _rap_response, _listmail):
        found = rule(msg, settings)
        if found is not None:
            return found
    return _complaint_or_other(msg, settings)


def _bounce(msg: MailMessage, _s: Settings) -> Classification | None:
    ctype = msg.content_type
    if ctype == "multipart/report" and _param(msg.header("content-type") or "",
                                              "report-type").lower() in ("delivery-status", ""):
        return Classification("bounce", "multipart/report delivery-status")
    if ctype.startswith("multipart/") and any(
            a.content_type == "message/delivery-status" for a in msg.attachments):
        return Classification("bounce", "carries a message/delivery-status part")
    local = msg.from_addr.split("@", 1)[0]
    if msg.envelope_from.strip() == "<>":
        return Classification("bounce", "null sender (Return-Path: <>)")
    if local in _BOUNCE_SENDERS:
        return Classification("bounce", f"from {local}")
    if _BOUNCE_SUBJECT.match(msg.subject) and not msg.from_addr:
        return Classification("bounce", "delivery failure subject without a sender")
    return None


def _pti_report(msg: MailMessage, s: Settings) -> Classification | None:
    from_pti = msg.from_addr in s.pti_senders
    if not from_pti and "iana" not in msg.subject.lower():  # most mail: no subject search
        return None
    subject_says = bool(_REPORT_SUBJECT.search(msg.subject))
    if from_pti and subject_says:
        return Classification("pti_report", f"from PTI sender {msg.from_addr}, report subject")
    if from_pti and _looks_like_report(msg):
        return Classification("pti_report", f"from PTI sender {msg.from_addr}, report content")
    if subject_says and "iana" in msg.subject.lower() and _looks_like_report(msg) \
            and not msg.in_reply_to:
        return Classification("pti_report",
                              f"report subject and content from unlisted sender {msg.from_addr}")
    return None


def _looks_like_report(msg: MailMessage) -> bool:
    if any(a.content_type in ("text/html", "text/csv", "application/pdf")
           for a in msg.attachments) and _REPORT_CONTENT.search(msg.subject + " " + msg.text):
        return True
    return bool(_REPORT_CONTENT.search(msg.text[:4000]))


def _auto_reply(msg: MailMessage, _s: Settings) -> Classification | None:
    auto = auto_submitted(msg)
    if auto is not None:
        return Classification("auto_reply", f"Auto-Submitted: {auto}")
    for name in _AUTO_REPLY_FIELDS:
        if name in msg.first_fields:  # a look-up, not a decoded header: most mail has none
            return Classification("auto_reply", f"{name}: {msg.header(name)}")
    precedence = (msg.header("precedence") or "").strip().lower()
    if precedence == "auto_reply":
        return Classification("auto_reply", "Precedence: auto_reply")
    if msg.content_type == "multipart/report":
        return Classification("auto_reply", "a disposition (read) report")
    if _AUTO_SUBJECT.match(msg.subject):
        return Classification("auto_reply", f"subject {msg.subject[:60]!r}")
    return None


def _secretariat_reply(msg: MailMessage, s: Settings) -> Classification | None:
    """Replies to a digest or draft.  A mail that carries a digest's token (subject tag or plus
    address) is one whoever sent it: authorization, not classification, turns a forger away,
    so it is refused and reported, never treated (and acknowledged) as a complaint."""
    tag = s.digest_tag
    plus, at_domain = s.token_address
    token_to = next((a for a in (*msg.to, *msg.cc)
                     if a.startswith(plus) and a.endswith(at_domain)), None) \
        if msg.recipients_mention(plus) else None
    on_list = msg.from_addr in s.secretariat
    if tag in msg.subject.lower():
        return Classification("secretariat_reply", f"{_who(msg, on_list)}, subject tag {tag}]")
    if token_to:
        return Classification("secretariat_reply", f"{_who(msg, on_list)}, to {token_to}")
    if not on_list:
        return None
    for ref in (msg.in_reply_to, *msg.references):
        if _is_ours(ref, s):
            return Classification("secretariat_reply", f"from the secretariat, replying to {ref}")
    return None


def _who(msg: MailMessage, on_list: bool) -> str:
    return "from the secretariat" if on_list \
        else f"from {msg.from_addr or 'nobody'}, not on the secretariat list"


def _rap_response(msg: MailMessage, _s: Settings) -> Classification | None:
    number = case_in_subject(msg.subject)
    if number is not None:
        return Classification("rap_response", f"subject tag [{case_label(number)}]")
    return None


def _listmail(msg: MailMessage, _s: Settings) -> Classification | None:
    list_id = msg.header("list-id")
    if list_id:
        return Classification("list", f"List-Id: {list_id[:80]}")
    precedence = (msg.header("precedence") or "").strip().lower()
    if precedence in ("bulk", "list", "junk"):
        return Classification("list", f"Precedence: {precedence}")
    if msg.header("list-unsubscribe"):
        return Classification("list", "List-Unsubscribe header (bulk mail)")
    return None


def _complaint_or_other(msg: MailMessage, s: Settings) -> Classification:
    sender = msg.from_addr
    if not sender:
        return Classification("other", "no readable sender address")
    if sender in s.own_addresses:
        return Classification("other", "from our own address")
    if sender in s.secretariat:
        return Classification("other", "from the secretariat, not a reply to a digest")
    if sender in s.pti_senders:
        return Classification("other", "from a PTI sender, not a report")
    pattern = no_reply_pattern(sender, s.no_reply_patterns)
    if pattern is not None:
        return Classification("other", f"from a no-reply address ({pattern})")
    if not (msg.subject.strip() or msg.new_text.strip()):
        return Classification("other", "no subject and no text")
    if _is_ours(msg.in_reply_to, s):
        return Classification("complaint", f"{sender} replies to our mail {msg.in_reply_to}")
    return Classification("complaint", f"written to the CSC by {sender}")


def _is_ours(message_id: str, s: Settings) -> bool:
    """A Message-ID the bot generated (right-hand side is our message_id_domain)."""
    return bool(message_id) and message_id.lower().endswith(f"@{s.message_id_domain}>")


def _param(header_value: str, name: str) -> str:
    m = re.search(rf";\s*{name}\s*=\s*\"?([^\";\s]+)", header_value, re.IGNORECASE)
    return m[1] if m else ""
