"""Delivery status notifications (RFC 3464) -> which of our mails failed for whom.  Pure.

Reads the `message/delivery-status` part for per-recipient results, and the returned message
(or its headers) for the Message-ID of the mail that bounced.  Bounces without a standard
report still name the returned Message-ID in most cases; their recipients are then guessed
from the addresses the human-readable text mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cscbot.domain.mail import MailMessage

_MSGID = re.compile(r"<[^<>\s@]+@[^<>\s]+>")
_MSGID_LINE = re.compile(r"^(?:x-)?(?:original-)?message-id:\s*(<[^<>\s]+>)",
                         re.IGNORECASE | re.MULTILINE)
_ADDRESS = re.compile(r"[A-Za-z0-9._%+'=-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


@dataclass(frozen=True)
class FailedRecipient:
    address: str
    status: str
    """Enhanced status code, e.g. '5.1.1' ('' when the bounce gives none)."""
    code: int | None
    """The remote server's reply code from Diagnostic-Code, when there is one."""
    diagnostic: str


@dataclass(frozen=True)
class DeliveryReport:
    message_ids: tuple[str, ...]
    """Message-IDs of the returned mail, most reliable first."""
    failed: tuple[FailedRecipient, ...]
    standard: bool
    """True when a message/delivery-status part was read."""


def _fields(block: str) -> dict[str, str]:
    unfolded = re.sub(r"\r?\n[ \t]+", " ", block)
    out: dict[str, str] = {}
    for line in unfolded.splitlines():
        name, sep, value = line.partition(":")
        if sep:
            out.setdefault(name.strip().lower(), value.strip())
    return out


def _failed_from_status(payload: str) -> list[FailedRecipient]:
    failed = []
    for block in re.split(r"\n\s*\n", payload.replace("\r\n", "\n")):
        f = _fields(block)
        recipient = f.get("final-recipient") or f.get("original-recipient")
        if not recipient:
            continue
        action, status = f.get("action", "").lower(), f.get("status", "")
        if action != "failed" and not status.startswith("5"):
            continue  # delayed, delivered, relayed, expanded: not a failure
        address = recipient.partition(";")[2].strip() or recipient
        diagnostic = f.get("diagnostic-code", "").partition(";")[2].strip()
        code = re.match(r"([245]\d\d)\b", diagnostic)
        failed.append(FailedRecipient(address.strip("<>").lower(), status,
                                      int(code[1]) if code else None, diagnostic))
    return failed


def read_delivery_report(msg: MailMessage) -> DeliveryReport:
    status_parts = [a.payload.decode("utf-8", "replace") for a in msg.attachments
                    if a.content_type in ("message/delivery-status",
                                          "message/global-delivery-status")]
    returned = [a.payload.decode("utf-8", "replace") for a in msg.attachments
                if a.content_type in ("text/rfc822-headers", "message/rfc822")]
    ids: list[str] = []
    for text in (*returned, msg.text):
        ids += _MSGID_LINE.findall(text)
    ids += [msg.in_reply_to, *msg.references]
    ids = [i for i in dict.fromkeys(ids) if i and _MSGID.fullmatch(i) and i != msg.message_id]
    failed = [r for p in status_parts for r in _failed_from_status(p)]
    return DeliveryReport(tuple(ids), tuple(failed), bool(status_parts))


def mentioned_addresses(msg: MailMessage, candidates: tuple[str, ...]) -> tuple[str, ...]:
    """Which of `candidates` a non-standard bounce's text names (case-insensitive)."""
    found = {a.lower() for a in _ADDRESS.findall(msg.text)}
    return tuple(c for c in candidates if c.lower() in found)
