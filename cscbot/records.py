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
class ComplaintRow:
    id: int
    ref: str
    message_id: str
    sender: str
    sender_name: str
    organisation: str
    registry: str
    tlds: tuple[str, ...]
    tickets: tuple[str, ...]
    subject: str
    language: str
    new_text: str
    profile: str
    """JSON of the triage profile."""
    received_at: str
    cluster_id: int | None
    placed_by: str
    status: str
    reason: str | None


@dataclass(frozen=True)
class ClusterRow:
    id: int
    label: str
    label_locked: bool
    status: str
    merged_into: int | None
    signature: str
    """JSON of the triage signature (the cluster's centre)."""
    size: int
    reason: str | None
    created_at: str
    updated_at: str

    @property
    def short_id(self) -> str:
        return f"K{self.id}"


@dataclass(frozen=True)
class ClusterEventRow:
    id: int
    cluster_id: int
    kind: str
    summary: str
    by: str
    at: str


@dataclass(frozen=True)
class ClusterFlagRow:
    cluster_id: int
    kind: str
    summary: str
    evidence: dict[str, Any]
    at: str


@dataclass(frozen=True)
class ComplaintMessageRow:
    message_id: str
    complaint_id: int
    role: str
    sender: str
    at: str
