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
class MeetingOverrideRow:
    id: int
    month: str
    moved_to: str | None
    cancelled: bool
    by: str
    created_at: str


@dataclass(frozen=True)
class MeetingInvitationRow:
    meeting_id: str
    sequence: int
    start: str
    cancelled: bool
    updated_at: str
