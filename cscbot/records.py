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


@dataclass(frozen=True)
class JournalRow:
    """One incoming message as the intake journal holds it."""

    id: int
    mailbox: str
    uidvalidity: int
    uid: str
    message_id: str
    sha256: str
    size: int
    data: bytes | None
    kind: str | None
    reason: str | None
    status: str
    """'new' (not yet handled), 'handled' or 'quarantined'."""
    attempts: int
    error: str | None
    outcome: str | None
    seen_count: int
    received_at: str
    handled_at: str | None


@dataclass(frozen=True)
class JournalEntry:
    """A message to admit to the journal (see JournalStore.journal_admit)."""

    mailbox: str
    uidvalidity: int
    uid: str
    message_id: str
    sha256: str
    size: int
    data: bytes | None
