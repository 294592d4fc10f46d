"""Intake: every message in the source is handled once, then settled on the server.

(Foundation version: parse and settle.  The intake issue adds the journal, classification,
retries and quarantine.)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from cscbot.domain.mail import parse_message
from cscbot.ports import MailSource
from cscbot.services.context import Context

log = logging.getLogger(__name__)


@dataclass
class IntakeReport:
    seen: int = 0
    handled: int = 0
    quarantined: int = 0


async def poll_inbox(ctx: Context, source: MailSource, now: datetime) -> IntakeReport:
    report = IntakeReport()
    async for raw in source.fetch_new():
        report.seen += 1
        parse_message(raw.data)
        await source.settle(raw, "processed")
        report.handled += 1
    if report.seen:
        log.info("intake: seen=%d handled=%d quarantined=%d", report.seen, report.handled,
                 report.quarantined)
    return report
