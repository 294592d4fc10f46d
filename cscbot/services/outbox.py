"""Send what the outbox holds: mark sent only after the server's final 250.

The window: a crash after the server accepted a mail but before `outbox_mark_sent` commits
re-sends that one mail at the next start.  Nothing else can be sent twice.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from cscbot.errors import PermanentError, TransientError
from cscbot.ports import MailSink
from cscbot.services.context import Context

log = logging.getLogger(__name__)


@dataclass
class FlushReport:
    sent: int = 0
    retried: int = 0
    dead: int = 0


def backoff(attempts: int, base: float, cap: float, rng: random.Random) -> float:
    """Exponential backoff with full jitter: a retry storm spreads out."""
    return rng.uniform(base / 2, min(cap, base * 2 ** max(attempts - 1, 0)))


async def flush_outbox(ctx: Context, sink: MailSink, now: datetime,
                       rng: random.Random | None = None) -> FlushReport:
    rng = rng or random.Random()
    cfg = ctx.settings.outbox
    report = FlushReport()
    for row in ctx.store.outbox_due(now, cfg.batch_size):
        try:
            await sink.deliver(row.sender, row.recipients, row.data)
        except TransientError as exc:
            dead = row.attempts + 1 >= cfg.max_attempts
            delay = backoff(row.attempts + 1, cfg.backoff_base_seconds, cfg.backoff_max_seconds,
                            rng)
            with ctx.store.transaction():
                ctx.store.outbox_mark_failed(row.id, str(exc), now + timedelta(seconds=delay),
                                             dead)
                if dead:
                    _dead_notice(ctx, row.key, row.subject, str(exc), now)
            report.dead += dead
            report.retried += not dead
            continue
        except PermanentError as exc:
            with ctx.store.transaction():
                ctx.store.outbox_mark_failed(row.id, str(exc), now, dead=True)
                _dead_notice(ctx, row.key, row.subject, str(exc), now)
            report.dead += 1
            continue
        ctx.store.outbox_mark_sent(row.id, now)
        report.sent += 1
    if report.sent or report.retried or report.dead:
        log.info("outbox: sent=%d retried=%d dead=%d", report.sent, report.retried, report.dead)
    return report


def _dead_notice(ctx: Context, key: str, subject: str, error: str, now: datetime) -> None:
    ctx.store.notice_add(kind="dead_letter", ref=key, summary=f"not delivered: {subject}",
                         details={"error": error}, now=now)
