"""Plain records that cross the store port: what the store hands back to services.

Part of the ports layer: imports nothing from the rest of cscbot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class OutboxRow:
    id: int
    key: str
    kind: str
    message_id: str
    sender: str
    recipients: tuple[str, ...]
    subject: str
    data: bytes
    status: str
    attempts: int
    next_attempt_at: str
    last_error: str | None
    created_at: str
    sent_at: str | None


@dataclass(frozen=True)
class RecipientRow:
    """What the servers said about one recipient of an outbox mail."""

    outbox_id: int
    address: str
    status: str
    """pending, accepted, refused (5xx at RCPT) or bounced (a DSN after acceptance)."""
    code: int | None
    message: str | None
    updated_at: str | None


@dataclass(frozen=True)
class DraftRow:
    id: int
    key: str
    kind: str
    subject_ref: str
    title: str
    mail: str
    status: str
    created_at: str
    decided_at: str | None
    decided_by: str | None
    reason: str | None


@dataclass(frozen=True)
class NoticeRow:
    id: int
    kind: str
    ref: str
    summary: str
    details: dict[str, Any]
    created_at: str
    digest_id: int | None
