"""Plain records that cross the store port: what the store hands back to services.

Part of the ports layer: imports nothing from the rest of cscbot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple


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


@dataclass(frozen=True)
class FindingsDraftRow:
    """The facts a findings draft was made from; `status` is its draft's status."""

    draft_id: int
    period: str
    correction: int
    """0 for the month's findings, n for the n-th correction."""
    fingerprint: str
    rating: str
    """Proposed."""
    rule: str
    facts: str
    """JSON of FindingsFacts."""
    created_at: str
    status: str


@dataclass(frozen=True)
class FindingsPostRow:
    """A month's findings (or a correction) approved and queued to csc-announce."""

    period: str
    correction: int
    draft_id: int
    rating: str
    met: int
    total: int
    fingerprint: str
    outbox_key: str
    approved_at: str

@dataclass(frozen=True)
class RapCaseRow:
    id: int
    evidence: str
    """JSON."""
    cluster: str | None
    opened_at: str
    opened_by: str
    resolved_at: str | None
    resolved_by: str | None
    summary: str | None


@dataclass(frozen=True)
class RapStageRow:
    case_id: int
    idx: int
    name: str
    recipients: tuple[str, ...]
    window_days: int
    template: str
    started_at: str
    started_by: str
    draft_id: int | None
    sent_at: str | None
    responded_at: str | None


@dataclass(frozen=True)
class RapResponseRow:
    id: int
    case_id: int | None
    stage_idx: int | None
    message_id: str
    from_addr: str
    subject: str
    excerpt: str
    attached: bool
    note: str
    received_at: str


@dataclass(frozen=True)
class SlaChangeRow:
    id: int
    title: str
    proposer: str
    action: str
    definition: str
    """JSON."""
    effective_month: str
    opened_at: str
    opened_by: str


@dataclass(frozen=True)
class SlaStepRow:
    change_id: int
    step: str
    on_date: str
    recorded_at: str
    recorded_by: str
    note: str
    comment_ends: str | None
    month: str | None


@dataclass(frozen=True)
class TokenMailRow:
    """A mail sent with a reply token (a digest, a draft's own mail)."""

    id: int
    key: str
    kind: str
    message_id: str
    recipients: tuple[str, ...]
    created_at: str
    expires_at: str


@dataclass(frozen=True)
class AuditRow:
    """One secretariat command as received, and what became of it."""

    id: int
    at: str
    sender: str
    message_id: str
    subject: str
    token_mail_id: int | None
    command: str
    outcome: str
    """done, failed, refused, not_understood"""
    detail: str


@dataclass(frozen=True)
class PtiMonthRow:
    """One import of a month's PTI report; `record` is the MonthRecord as JSON."""

    id: int
    period: str
    version: int
    record: str
    source: str
    imported_at: str
    superseded_at: str | None


@dataclass(frozen=True)
class PtiResultRow:
    key: str
    period: str
    status: str
    actual_pct: float | None
    target_pct: float | None


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


class JournalRow(NamedTuple):
    """One incoming message as the intake journal holds it.

    The intake's per-message records are tuples: a frozen dataclass of this size costs 1.8 µs
    to build, a NamedTuple 0.3 (bench/ingest.py)."""

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


class Verdict(NamedTuple):
    """How intake handled a message: its kind, why it is that kind, and what was done."""

    kind: str
    reason: str
    outcome: str


class JournalEntry(NamedTuple):
    """A message to admit to the journal (see JournalStore.journal_admit)."""

    mailbox: str
    uidvalidity: int
    uid: str
    message_id: str
    sha256: str
    size: int
    data: bytes | None
    handled: Verdict | None = None
    """Admit it as already handled (a kind nothing acts on: the journal row is all it needs)."""


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
