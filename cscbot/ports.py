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
    AuditRow,
    DraftRow,
    FindingsDraftRow,
    FindingsPostRow,
    NoticeRow,
    OutboxRow,
    PtiMonthRow,
    PtiResultRow,
    RapCaseRow,
    RapResponseRow,
    RapStageRow,
    SlaChangeRow,
    SlaStepRow,
    TokenMailRow,
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


class FindingsStore(Protocol):
    def findings_draft_add(self, *, draft_id: int, period: str, correction: int,
                           fingerprint: str, rating: str, rule: str, facts_json: str,
                           now: datetime) -> None: ...
    def findings_draft_get(self, draft_id: int) -> FindingsDraftRow | None: ...
    def findings_drafts_for(self, period: str) -> list[FindingsDraftRow]: ...
    def findings_drafts_pending(self) -> list[FindingsDraftRow]: ...
    def findings_post_add(self, *, period: str, correction: int, draft_id: int, rating: str,
                          met: int, total: int, fingerprint: str, outbox_key: str,
                          now: datetime) -> bool: ...
    def findings_posts_for(self, period: str) -> list[FindingsPostRow]: ...


class RapStore(Protocol):
    def rap_case_add(self, *, evidence_json: str, cluster: str | None, opened_by: str,
                     now: datetime) -> int: ...
    def rap_case_get(self, number: int) -> RapCaseRow | None: ...
    def rap_cases(self, open_only: bool = False) -> list[RapCaseRow]: ...
    def rap_case_resolve(self, number: int, *, summary: str, by: str, now: datetime) -> None: ...
    def rap_open_case_for_cluster(self, cluster: str) -> int | None: ...
    def rap_stage_put(self, stage: RapStageRow) -> None: ...
    def rap_stages(self, case_id: int) -> list[RapStageRow]: ...
    def rap_response_add(self, *, case_id: int | None, stage_idx: int | None, message_id: str,
                         from_addr: str, subject: str, excerpt: str, attached: bool, note: str,
                         now: datetime) -> bool: ...
    def rap_responses(self, case_id: int) -> list[RapResponseRow]: ...
    def sla_change_add(self, *, title: str, proposer: str, action: str, definition_json: str,
                       effective_month: str, opened_by: str, now: datetime) -> int: ...
    def sla_change_get(self, number: int) -> SlaChangeRow | None: ...
    def sla_changes(self) -> list[SlaChangeRow]: ...
    def sla_step_add(self, step: SlaStepRow) -> bool: ...
    def sla_steps(self, change_id: int) -> list[SlaStepRow]: ...


class DigestStore(Protocol):
    def token_mail_add(self, *, key: str, kind: str, message_id: str,
                       recipients: tuple[str, ...], now: datetime,
                       expires_at: datetime) -> TokenMailRow: ...
    def token_mail_get(self, token_mail_id: int) -> TokenMailRow | None: ...
    def last_digest(self) -> TokenMailRow | None: ...
    def command_used(self, token_mail_id: int, command: str) -> bool: ...
    def command_use(self, token_mail_id: int, command: str, message_id: str,
                    now: datetime) -> bool: ...
    def reply_seen(self, message_id: str) -> bool: ...
    def audit_add(self, *, sender: str, message_id: str, subject: str,
                  token_mail_id: int | None, command: str, outcome: str, detail: str,
                  now: datetime) -> None: ...
    def audit(self, since: datetime | None = None) -> list[AuditRow]: ...
    def snooze(self, item: str, until: datetime, by: str, now: datetime) -> None: ...
    def snoozed(self, now: datetime) -> dict[str, str]: ...


class PtiStore(Protocol):
    def sla_version_put(self, *, key: str, effective_from: str, definition_json: str,
                        now: datetime) -> None: ...
    def sla_versions(self) -> list[str]: ...
    def pti_month_add(self, *, period: str, record_json: str, source: str,
                      results: Sequence[tuple[str, str, float | None, float | None]],
                      now: datetime) -> PtiMonthRow: ...
    def pti_month_current(self, period: str) -> PtiMonthRow | None: ...
    def pti_month_versions(self, period: str) -> list[PtiMonthRow]: ...
    def pti_months(self, since: str | None = None, upto: str | None = None
                   ) -> list[PtiMonthRow]: ...
    def pti_results(self, key: str | None = None, upto: str | None = None
                    ) -> list[PtiResultRow]: ...


class Store(
    OutboxStore,
    DraftStore,
    NoticeStore,
    FindingsStore,
    RapStore,
    DigestStore,
    PtiStore,
    Protocol,
):
    def transaction(self) -> AbstractContextManager[None]:
        """Everything written inside commits together or not at all."""
        ...

    def close(self) -> None: ...
