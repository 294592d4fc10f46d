"""The sender: deliver what the outbox holds, record what each server said.

Promises:
- a mail is marked sent only in the transaction that follows the server's final 250 to DATA;
- a temporary failure (4xx, connection refused or dropped, timeout, refused AUTH) is retried
  with exponential backoff and full jitter, and ends the batch (the next round reconnects);
  after `outbox.max_attempts` attempts the mail is dead;
- a permanent failure (5xx to the sender or the data) makes the mail dead at once;
- recipients are tracked one by one: those a server accepted are never sent to again, those
  it refused for good (5xx) are recorded and reported, those deferred (4xx) are retried alone;
- every dead mail and every refused recipient becomes a notice for the secretariat's digest.

The one re-send window: the server has answered 250 to DATA but the process dies (or the
connection drops, so the 250 is never read) before the store commits `sent`.  The next round
sends that mail again, to the recipients whose acceptance was not recorded, with the same
Message-ID (receivers that deduplicate by Message-ID see one mail).  Nothing else can be sent
twice: a mail whose acceptance was recorded is never picked again.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from cscbot.errors import AuthenticationError, PermanentError, TransientError
from cscbot.ports import DeliveryResult, MailSink
from cscbot.records import OutboxRow
from cscbot.services.context import Context

log = logging.getLogger(__name__)

Pace = Callable[[], Awaitable[None]]


@dataclass
class FlushReport:
    sent: int = 0
    retried: int = 0
    dead: int = 0
    refused_recipients: int = 0


def backoff(attempts: int, base: float, cap: float, rng: random.Random) -> float:
    """Exponential backoff with full jitter: a retry storm spreads out."""
    return rng.uniform(base / 2, min(cap, base * 2 ** max(attempts - 1, 0)))


async def flush_outbox(ctx: Context, sink: MailSink, now: datetime,
                       rng: random.Random | None = None, pace: Pace | None = None,
                       ) -> FlushReport:
    """Send one batch of due mail over one connection (closed at the end of the batch)."""
    rng = rng or random.Random()
    report = FlushReport()
    rows = ctx.store.outbox_due(now, ctx.settings.outbox.batch_size)
    try:
        for row in rows:
            recipients = ctx.store.outbox_pending_recipients(row.id)
            if not recipients:  # every recipient settled before a crash: only the mark is left
                ctx.store.outbox_mark_sent(row.id, now)
                report.sent += 1
                continue
            if pace is not None:
                await pace()
            try:
                result = await sink.deliver(row.sender, recipients, row.data)
            except (TransientError, AuthenticationError) as exc:
                _failed(ctx, row, str(exc), now, rng, report)
                break  # the connection is gone or unusable: the rest waits for the next round
            except PermanentError as exc:
                with ctx.store.transaction():
                    _dead(ctx, row, str(exc), now, report)
                continue
            _settle(ctx, row, result, now, rng, report)
    finally:
        if rows:
            await sink.close()
    if report.sent or report.retried or report.dead:
        log.info("outbox: sent=%d retried=%d dead=%d refused_recipients=%d", report.sent,
                 report.retried, report.dead, report.refused_recipients)
    return report


def _settle(ctx: Context, row: OutboxRow, result: DeliveryResult, now: datetime,
            rng: random.Random, report: FlushReport) -> None:
    """Record the server's answer per recipient and the mail's new state, in one commit."""
    with ctx.store.transaction():
        ctx.store.outbox_record_recipients(row.id, [
            *((a, "accepted", 250, None) for a in result.accepted),
            *((a, "refused", c, m) for a, c, m in result.refused),
            *((a, "pending", c, m) for a, c, m in result.deferred)], now)
        for address, code, message in result.refused:
            report.refused_recipients += 1
            ctx.store.notice_add(
                kind="delivery_failed", ref=f"{row.key} {address}",
                summary=f"{address} refused {row.subject!r}: {code} {message}",
                details={"key": row.key, "recipient": address, "code": code,
                         "message": message}, now=now)
        if result.deferred:
            first = result.deferred[0]
            _failed(ctx, row, f"deferred {first[0]}: {first[1]} {first[2]}", now, rng, report)
        elif not result.accepted:
            _dead(ctx, row, "every recipient refused", now, report)
        else:
            ctx.store.outbox_mark_sent(row.id, now)
            report.sent += 1


def _failed(ctx: Context, row: OutboxRow, error: str, now: datetime, rng: random.Random,
            report: FlushReport) -> None:
    cfg = ctx.settings.outbox
    attempts = row.attempts + 1
    if attempts >= cfg.max_attempts:
        with ctx.store.transaction():
            _dead(ctx, row, f"{error} (after {attempts} attempts)", now, report)
        return
    delay = backoff(attempts, cfg.backoff_base_seconds, cfg.backoff_max_seconds, rng)
    ctx.store.outbox_mark_failed(row.id, error, now + timedelta(seconds=delay), dead=False)
    log.warning("outbox: %s failed (%s); retry in %.0fs", row.key, error, delay)
    report.retried += 1


def _dead(ctx: Context, row: OutboxRow, error: str, now: datetime, report: FlushReport) -> None:
    ctx.store.outbox_mark_failed(row.id, error, now, dead=True)
    ctx.store.notice_add(kind="dead_letter", ref=row.key, summary=f"not delivered: {row.subject}",
                         details={"key": row.key, "error": error,
                                  "recipients": list(row.recipients)}, now=now)
    log.error("outbox: %s is dead: %s", row.key, error)
    report.dead += 1
