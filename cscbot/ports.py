"""The small interfaces services talk to; adapters implement them, tests fake them.

Each port says what the services need and nothing of how an adapter does it.  The store is one
object (one SQLite file, one transaction for a state change and the mail it causes) but is
typed here by the parts each service uses.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol

from cscbot.records import (
    ClusterEventRow,
    ClusterFlagRow,
    ClusterRow,
    ComplaintMessageRow,
    ComplaintRow,
    DraftRow,
    NoticeRow,
    OutboxRow,
)


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


# --- mail in ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RawMail:
    """One message as it sits in the source, before anything is read from it."""

    mailbox: str
    """Source mailbox (IMAP folder, or the Maildir path)."""
    uidvalidity: int
    """IMAP UIDVALIDITY; 0 for a Maildir."""
    uid: str
    """IMAP UID (decimal) or the Maildir unique name."""
    data: bytes


Disposition = Literal["processed", "quarantine"]


class MailSource(Protocol):
    def fetch_new(self) -> AsyncIterator[RawMail]:
        """Messages not yet moved out of the watched mailbox, oldest first."""
        ...

    async def settle(self, mail: RawMail, disposition: Disposition) -> None:
        """Move (or flag) a message once the store has committed what it caused. Never deletes."""
        ...

    async def wait_for_news(self, timeout: float) -> None:
        """Return when new mail may have arrived (IDLE push, polling, or the timeout)."""
        ...

    async def close(self) -> None: ...


# --- mail out --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeliveryResult:
    """What the server said to one submission."""

    accepted: tuple[str, ...]
    refused: tuple[tuple[str, int, str], ...] = ()
    """Recipients refused for good: (address, code, message)."""


class MailSink(Protocol):
    async def deliver(self, sender: str, recipients: Sequence[str], data: bytes,
                      ) -> DeliveryResult:
        """Hand one message over. Raises TransientError (retry later) or PermanentError."""
        ...

    async def close(self) -> None: ...


# --- the store -------------------------------------------------------------------------------
# One Protocol per part of the bot; `Store` is all of them.  SqliteStore implements it.


class OutboxStore(Protocol):
    def outbox_add(self, *, key: str, kind: str, message_id: str, sender: str,
                   recipients: tuple[str, ...], subject: str, data: bytes,
                   now: datetime) -> bool: ...
    def outbox_has(self, key: str) -> bool: ...
    def outbox_due(self, now: datetime, limit: int) -> list[OutboxRow]: ...
    def outbox_get(self, key: str) -> OutboxRow | None: ...
    def outbox_list(self, status: str | None = None, limit: int = 1000) -> list[OutboxRow]: ...
    def outbox_mark_sent(self, row_id: int, now: datetime) -> None: ...
    def outbox_mark_failed(self, row_id: int, error: str, next_attempt_at: datetime,
                           dead: bool) -> None: ...


class DraftStore(Protocol):
    def draft_add(self, *, key: str, kind: str, subject_ref: str, title: str, mail_json: str,
                  now: datetime) -> int | None: ...
    def draft_get(self, draft_id: int) -> DraftRow | None: ...
    def draft_by_key(self, key: str) -> DraftRow | None: ...
    def drafts(self, status: str | None = None, kind: str | None = None) -> list[DraftRow]: ...
    def draft_decide(self, draft_id: int, status: str, by: str, now: datetime,
                     reason: str | None = None) -> bool: ...


class NoticeStore(Protocol):
    def notice_add(self, *, kind: str, ref: str, summary: str, now: datetime,
                   details: dict[str, Any] | None = None) -> bool: ...
    def notices_unreported(self) -> list[NoticeRow]: ...
    def notices(self, kind: str | None = None) -> list[NoticeRow]: ...
    def notices_mark_reported(self, ids: list[int], digest_id: int) -> None: ...


class ComplaintStore(Protocol):
    def complaint_next_number(self, year: int) -> int: ...
    def complaint_add(self, *, ref: str, message_id: str, sender: str, sender_name: str,
                      organisation: str, registry: str, tlds: Sequence[str],
                      tickets: Sequence[str], subject: str, language: str, new_text: str,
                      profile: str, received_at: datetime, cluster_id: int) -> ComplaintRow: ...
    def complaint_get(self, ref: str) -> ComplaintRow | None: ...
    def complaint_by_message(self, message_ids: Sequence[str]) -> ComplaintRow | None: ...
    def complaint_link_message(self, *, message_id: str, complaint_id: int, role: str,
                               sender: str, now: datetime) -> bool: ...
    def complaint_messages(self, complaint_id: int | None = None, role: str | None = None,
                           since: datetime | None = None) -> list[ComplaintMessageRow]: ...
    def complaints_of_cluster(self, cluster_id: int, since: datetime | None = None,
                              latest: int | None = None) -> list[ComplaintRow]: ...
    def complaints_since(self, since: datetime | None) -> list[ComplaintRow]: ...
    def complaint_set_cluster(self, ref: str, cluster_id: int, placed_by: str) -> None: ...
    def complaints_move_cluster(self, source: int, target: int) -> int: ...
    def complaint_set_status(self, ref: str, status: str, reason: str | None) -> None: ...
    def cluster_add(self, *, label: str, signature: str, now: datetime) -> int: ...
    def cluster_get(self, cluster_id: int) -> ClusterRow | None: ...
    def clusters(self, status: str | None = None) -> list[ClusterRow]: ...
    def cluster_candidates(self, keys: Sequence[str], limit: int) -> list[ClusterRow]: ...
    def cluster_save(self, cluster_id: int, *, signature: str, size: int, label: str | None,
                     postings: Sequence[str], now: datetime) -> None: ...
    def cluster_rename(self, cluster_id: int, label: str, now: datetime) -> None: ...
    def cluster_set_status(self, cluster_id: int, status: str, *, reason: str | None = None,
                           merged_into: int | None = None, now: datetime) -> None: ...
    def cluster_month_add(self, cluster_id: int, month: str) -> bool: ...
    def cluster_months(self, cluster_id: int, since: str = "") -> dict[str, int]: ...
    def cluster_months_rebuild(self, cluster_id: int) -> None: ...
    def cluster_event_add(self, *, cluster_id: int, kind: str, summary: str, by: str,
                          now: datetime) -> None: ...
    def cluster_events(self, since: datetime | None = None,
                       cluster_id: int | None = None) -> list[ClusterEventRow]: ...
    def cluster_flag_set(self, *, cluster_id: int, kind: str, summary: str,
                         evidence: dict[str, Any], now: datetime) -> bool: ...
    def cluster_flags(self, cluster_id: int | None = None,
                      since: datetime | None = None) -> list[ClusterFlagRow]: ...


class Store(OutboxStore, DraftStore, NoticeStore, ComplaintStore, Protocol):
    def transaction(self) -> AbstractContextManager[None]:
        """Everything written inside commits together or not at all."""
        ...

    def close(self) -> None: ...
