"""Intake: every message in the source is journaled, classified, handled once, then settled.

Per batch from the source (one server round trip):
1. journal: the raw bytes of every new message are committed before anything acts on them;
2. handle: each message is classified and its kind's handler runs inside the transaction that
   marks its journal row handled, each under its own savepoint, so a handler that raises undoes
   only its own writes; it is retried on later polls and quarantined after `max_attempts`;
3. settle: only after that commit are messages moved to the processed / quarantine folders.
A message already in the journal (seen again after a crash before settling, or after a
UIDVALIDITY reset) is settled as the journal says and never handled twice.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from cscbot.config import Settings
from cscbot.domain import classify as rules
from cscbot.domain.classify import Classification, classify
from cscbot.domain.mail import MailMessage, parse_message
from cscbot.errors import QuarantineError, TransientError
from cscbot.ports import Disposition, MailSource, RawMail
from cscbot.records import JournalEntry, JournalRow, Verdict
from cscbot.services import dispatch
from cscbot.services.context import Context

log = logging.getLogger(__name__)

_MESSAGE_ID = b"message-id:"
_MESSAGE_ID_LINE = b"\n" + _MESSAGE_ID
_NO_HANDLER = "no handler for {}"


class Outcome(NamedTuple):
    """What became of one message in this run (a tuple: intake makes one per message, and a
    frozen dataclass costs three times as much to build)."""

    raw: RawMail
    entry_id: int
    status: str
    """'handled', 'quarantined', 'retry' (failed, will be tried again) or 'known'."""
    kind: str
    reason: str
    message_id: str

    @property
    def settle_to(self) -> Disposition | None:
        """Where the message goes on the server; None while it waits for another attempt."""
        if self.status == "retry":
            return None
        return "quarantine" if self.kind == "quarantined" or self.status == "quarantined" \
            else "processed"


@dataclass
class IntakeReport:
    seen: int = 0
    handled: int = 0
    quarantined: int = 0
    retrying: int = 0
    known: int = 0
    error: str | None = None

    def add(self, outcomes: Sequence[Outcome]) -> None:
        for o in outcomes:
            self.seen += 1
            if o.status == "handled":
                self.handled += 1
            elif o.status == "quarantined":
                self.quarantined += 1
            elif o.status == "retry":
                self.retrying += 1
            else:
                self.known += 1

    def __str__(self) -> str:
        text = (f"seen={self.seen} handled={self.handled} quarantined={self.quarantined} "
                f"retrying={self.retrying} known={self.known}")
        return text + (f" error={self.error}" if self.error else "")


async def poll_inbox(ctx: Context, source: MailSource, now: datetime,
                     settle: bool = True) -> IntakeReport:
    """Handle everything the source holds now; one INFO line with the counts."""
    report = IntakeReport()
    try:
        async for batch in source.fetch_new():
            outcomes = ingest_batch(ctx, batch, now)
            report.add(outcomes)
            if settle:
                await _settle(source, outcomes)
    except TransientError as exc:
        report.error = str(exc)
        log.warning("intake: source unavailable: %s", exc)
    if report.seen or report.error:
        log.info("intake: %s", report)
    return report


def ingest_batch(ctx: Context, batch: Sequence[RawMail], now: datetime) -> list[Outcome]:
    """Journal, then handle, a batch of messages; nothing here touches the network.

    Reading and classifying are pure, so they come first: a new message of a kind no handler
    acts on is journaled as handled in the same insert as its bytes (nothing acts on it but
    the journal); the others are committed as new, then handled in a second transaction.
    """
    classifying = classify_settings(ctx.settings)
    reads = [_read(ctx, raw, classifying) for raw in batch]
    with ctx.store.transaction():
        admitted = ctx.store.journal_admit_many([r.entry for r in reads], now)
    outcomes: list[Outcome | None] = [
        None if row.status == "new" else _done(r.raw, row, fresh)
        for r, (row, fresh) in zip(reads, admitted, strict=True)]
    if None in outcomes:
        handled: list[tuple[int, Verdict]] = []  # marked together, with the handlers' writes
        with ctx.store.transaction():
            by_row: dict[int, Outcome] = {}
            for i, (r, (row, _fresh)) in enumerate(zip(reads, admitted, strict=True)):
                if outcomes[i] is not None:
                    continue
                first = by_row.get(row.id)  # a second copy in this batch: handled once
                outcomes[i] = by_row[row.id] = _handle(ctx, r, row, handled, now) \
                    if first is None else first._replace(raw=r.raw, status=(
                        "retry" if first.status == "retry" else "known"))
            ctx.store.journal_mark_handled_many(handled, now)
    return [o for o in outcomes if o is not None]


class _Read(NamedTuple):
    """A message as read before it is journaled: its journal entry, model and kind."""

    raw: RawMail
    entry: JournalEntry
    msg: MailMessage | None
    """None when it is not read (over the size limit)."""
    found: Classification


def _read(ctx: Context, raw: RawMail, classifying: rules.Settings) -> _Read:
    octets = raw.octets
    if octets > ctx.settings.mailbox.max_message_bytes or not raw.data:
        unread = JournalEntry(raw.mailbox, raw.uidvalidity, raw.uid, "",
                              f"unread:{raw.mailbox}:{raw.uidvalidity}:{raw.uid}", octets, None)
        return _Read(raw, unread, None, Classification("quarantined", "not read"))
    msg = parse_message(raw.data)
    unreadable = next((d for d in msg.header_defects if d.startswith("unreadable")), None) \
        if msg.header_defects else None
    found = Classification("quarantined", unreadable) if unreadable \
        else classify(msg, classifying)
    verdict = None if unreadable or dispatch.handler_for(found.kind) is not None \
        else Verdict(found.kind, found.reason, _NO_HANDLER.format(found.kind))
    entry = JournalEntry(raw.mailbox, raw.uidvalidity, raw.uid, _message_id(raw.data),
                         hashlib.sha256(raw.data).hexdigest(), octets, raw.data, verdict)
    return _Read(raw, entry, msg, found)


def _done(raw: RawMail, row: JournalRow, fresh: bool) -> Outcome:
    """A row that needs nothing more: handled on admission (`fresh`), or known from before."""
    kind = "quarantined" if row.status == "quarantined" else row.kind or ""
    return Outcome(raw, row.id, "handled" if fresh else "known", kind, row.reason or "",
                   row.message_id)


def _message_id(data: bytes) -> str:
    """The Message-ID from the header block without a full parse (the journal needs it first).

    Its result names a message in the journal across versions: it must never change."""
    end = data.find(b"\r\n\r\n")  # the block ends at the first CRLF CRLF, else LF LF
    if end < 0:
        end = data.find(b"\n\n")
    head = data[:end] if end >= 0 else data
    lower = head.lower()
    at = lower.find(_MESSAGE_ID_LINE)
    if at < 0:
        if not lower.startswith(_MESSAGE_ID):
            return ""
        at = -1
    start = at + 1 + len(_MESSAGE_ID)
    value = head[start:start + 1000]
    lt, gt = value.find(b"<"), value.find(b">")
    if lt < 0 or gt < lt or b"\n" in value[:lt].strip():
        return ""
    return value[lt:gt + 1].decode("utf-8", "replace")


def _handle(ctx: Context, r: _Read, row: JournalRow, handled: list[tuple[int, Verdict]],
            now: datetime) -> Outcome:
    if row.data is None or r.msg is None:
        limit = ctx.settings.mailbox.max_message_bytes
        reason = f"over the size limit ({row.size} > {limit} bytes), not read"
        _quarantine(ctx, row, reason, row.message_id, "", "", now)
        ctx.store.journal_quarantine(row.id, reason=reason, now=now)
        return Outcome(r.raw, row.id, "quarantined", "quarantined", reason, row.message_id)
    msg, found = r.msg, r.found
    try:
        if found.kind == "quarantined":
            raise ValueError(found.reason)
        outcome = _dispatch(ctx, msg, found, now)
    except Exception as exc:
        return _failed(ctx, r.raw, row, msg, found, exc, now)
    handled.append((row.id, Verdict(found.kind, found.reason, outcome)))
    return Outcome(r.raw, row.id, "handled", found.kind, found.reason, msg.message_id)


def classify_settings(settings: Settings) -> rules.Settings:
    """The classification rules' view of the configuration."""
    bot, addresses = settings.bot, settings.addresses
    domain = bot.message_id_domain or bot.address.rsplit("@", 1)[1]
    return rules.Settings(
        bot_address=bot.address.lower(),
        own_addresses=frozenset(a.lower() for a in (
            bot.address, addresses.csc_mailbox, bot.reply_to) if a),
        secretariat=frozenset(a.lower() for a in addresses.secretariat),
        pti_senders=frozenset(a.lower() for a in addresses.pti_senders),
        no_reply_patterns=addresses.no_reply_patterns,
        digest_subject_tag=settings.digest.subject_tag,
        message_id_domain=domain.lower())


def _dispatch(ctx: Context, msg: MailMessage, found: Classification, now: datetime) -> str:
    handler = dispatch.handler_for(found.kind)
    if handler is None:
        return _NO_HANDLER.format(found.kind)
    with ctx.store.savepoint():  # a handler that raises undoes only its own writes
        return handler(ctx, msg, now)


def _failed(ctx: Context, raw: RawMail, row: JournalRow, msg: MailMessage,
            found: Classification, exc: Exception, now: datetime) -> Outcome:
    error = f"{type(exc).__name__}: {exc}"[:2000]
    give_up = (row.attempts + 1 >= ctx.settings.mailbox.max_attempts
               or found.kind == "quarantined" or isinstance(exc, QuarantineError))
    log.warning("intake: message %s (%s) failed (attempt %d): %s", row.id,
                msg.message_id or raw.uid, row.attempts + 1, error)
    ctx.store.journal_mark_failed(row.id, kind=found.kind, reason=found.reason, error=error,
                                  quarantine=give_up, now=now)
    if not give_up:
        return Outcome(raw, row.id, "retry", found.kind, error, msg.message_id)
    _quarantine(ctx, row, error, msg.message_id, msg.from_addr, msg.subject, now)
    if isinstance(exc, QuarantineError):  # the handler's own word to the secretariat
        ctx.store.notice_add(kind=exc.notice_kind, ref=exc.notice_ref, summary=str(exc),
                             details={**exc.details, "journal_id": row.id}, now=now)
    return Outcome(raw, row.id, "quarantined", "quarantined", error, msg.message_id)


def _quarantine(ctx: Context, row: JournalRow, reason: str, message_id: str, sender: str,
                subject: str, now: datetime) -> None:
    ctx.store.notice_add(
        kind="quarantine", ref=f"J{row.id}", now=now,
        summary=f"quarantined message from {sender or 'unknown sender'}: "
                f"{subject[:80] or '(no subject)'} — {reason[:200]}",
        details={"journal_id": row.id, "message_id": message_id, "from": sender,
                 "subject": subject, "reason": reason, "mailbox": row.mailbox,
                 "uid": row.uid, "size": row.size})


async def _settle(source: MailSource, outcomes: list[Outcome]) -> None:
    """Move what the committed journal says is done; 'retry' messages stay for the next poll."""
    by_place: dict[Disposition, list[RawMail]] = {"processed": [], "quarantine": []}
    for o in outcomes:
        if o.settle_to is not None:
            by_place[o.settle_to].append(o.raw)
    for disposition, mails in by_place.items():
        if mails:
            await source.settle(mails, disposition)
