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
    DraftRow,
    MeetingInvitationRow,
    MeetingOverrideRow,
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


class MeetingStore(Protocol):
    def meeting_override_add(self, *, month: str, moved_to: datetime | None, cancelled: bool,
                             by: str, now: datetime) -> int: ...
    def meeting_overrides(self) -> list[MeetingOverrideRow]: ...
    def meeting_invitations(self) -> dict[str, MeetingInvitationRow]: ...
    def meeting_invitation_set(self, *, meeting_id: str, sequence: int, start: datetime,
                               cancelled: bool, now: datetime) -> None: ...


class Store(OutboxStore, DraftStore, NoticeStore, MeetingStore, Protocol):
    def transaction(self) -> AbstractContextManager[None]:
        """Everything written inside commits together or not at all."""
        ...

    def close(self) -> None: ...
