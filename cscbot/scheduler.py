"""The bot's timeline: which job runs when (reminders, digest, nudges, deadlines).

The IMAP catch-up sweep is not here: the IMAP source does it itself (its wait for news returns
at least every `sweep_interval_seconds`, and every fetch searches by UID).

What has been sent lives in the store (outbox keys), never here: every timeline job is a
due-check `async fn(app, now)` that works out from `now` what is owed, sends what is still
within its grace and nothing twice.  This module only decides when to ask, so a restart, a
missed trigger or a run too many costs nothing.

Two ways to ask, one set of slots (`cscbot.domain.timeline`):

- Real clock: APScheduler 3 (`AsyncIOScheduler`), cron triggers for weekly slots and interval
  triggers aligned on the epoch, all in UTC; `coalesce=True` (a backlog runs once) and
  `misfire_grace_time` = the entry's grace, set per job.
- Any other clock (the fast test clock of `[daemon] clock_speed`): APScheduler can only follow
  real time, so a plain loop looks every `tick` real seconds at the app's `now` and runs each
  entry whose latest slot it has not run yet (coalesced, within grace, like the above).

Either way, start-up first runs every entry whose latest slot is within grace: the catch-up of
what fell due while the daemon was down.  A Timeline given only some jobs (a test) skips the
others with a debug line; the daemon's JOBS has every entry's job (a test checks).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from cscbot.clock import SystemClock
from cscbot.config import Settings
from cscbot.domain.timeline import EPOCH, Entry, Every, Weekly, due_entries, parse_hhmm
from cscbot.services.reminders import CHECK_INTERVAL

if TYPE_CHECKING:
    from cscbot.app import App

log = logging.getLogger(__name__)

JobFn = Callable[["App", datetime], Awaitable[Any]]

HOURLY = timedelta(hours=1)


def timeline(settings: Settings) -> tuple[Entry, ...]:
    """The bot's timeline from the config (job names are keys of `app.JOBS`)."""
    digest = settings.digest
    return (
        Entry("reminders", Every(CHECK_INTERVAL), grace=CHECK_INTERVAL),
        Entry("digest", Weekly(digest.days, parse_hhmm(digest.time_utc)),
              grace=timedelta(hours=digest.grace_hours)),
        Entry("findings_nudges", Every(HOURLY), grace=HOURLY),
        Entry("rap_deadlines", Every(HOURLY), grace=HOURLY),
    )


class Timeline:
    """Runs the timeline's jobs for one daemon: `await Timeline(app, JOBS).run(stop)`."""

    def __init__(self, app: App, jobs: Mapping[str, JobFn], tick_seconds: float | None = None,
                 entries: tuple[Entry, ...] | None = None) -> None:
        self.app = app
        self.jobs = jobs
        self.tick_seconds = tick_seconds or _tick_for(app.clock)
        self.entries = tuple(e for e in (entries or timeline(app.settings))
                             if self._known(e.job))
        self.last_run: dict[str, datetime] = {}
        """The slot each job last ran for (in this process only: the store is the memory)."""

    def _known(self, job: str) -> bool:
        if job not in self.jobs:
            log.debug("timeline: no job %r in this build; skipped", job)
            return False
        return True

    async def run(self, stop: asyncio.Event) -> None:
        ran = await self.run_due(self.app.clock.now())
        log.info("timeline: start-up catch-up ran %s", ", ".join(ran) or "nothing")
        if isinstance(self.app.clock, SystemClock):
            await self._with_apscheduler(stop)
        else:
            await self._loop(stop)

    async def run_due(self, now: datetime) -> list[str]:
        """Run each entry whose latest slot (within grace) has not run yet; names run."""
        ran = []
        for entry in self.entries:
            if await self.run_if_due(entry, now):
                ran.append(entry.job)
        return ran

    async def _run(self, job: str, now: datetime) -> None:
        try:
            result = await self.jobs[job](self.app, now)
        except Exception:
            log.exception("timeline: job %s failed at %s", job, now.isoformat())
            return
        self.app.outbox_wake.set()  # the job may have queued mail: send it now
        log.info("timeline: %s at %s: %s", job, now.isoformat(), result)

    async def _fire(self, entry: Entry) -> None:
        """An APScheduler trigger fired: run unless the catch-up already ran this slot."""
        await self.run_if_due(entry, self.app.clock.now())

    async def run_if_due(self, entry: Entry, now: datetime) -> bool:
        for due, slot in due_entries((entry,), self.last_run, now):
            self.last_run[due.job] = slot
            await self._run(due.job, now)
            return True
        return False

    async def _loop(self, stop: asyncio.Event) -> None:
        log.info("timeline: simulated clock; checking every %.2fs real time", self.tick_seconds)
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.tick_seconds)
            if not stop.is_set():
                await self.run_due(self.app.clock.now())

    def scheduler(self) -> AsyncIOScheduler:
        """An APScheduler with one job per entry (not started)."""
        sched = AsyncIOScheduler(timezone=UTC)
        for entry in self.entries:
            sched.add_job(self._fire, _trigger(entry), args=[entry], id=entry.job,
                          name=entry.job, coalesce=True, max_instances=1,
                          misfire_grace_time=max(1, int(entry.grace.total_seconds())))
        return sched

    async def _with_apscheduler(self, stop: asyncio.Event) -> None:
        sched = self.scheduler()
        sched.start()
        try:
            await stop.wait()
        finally:
            sched.shutdown(wait=False)


def _tick_for(clock: object) -> float:
    """Real seconds between looks under a simulated clock: a reminder check interval of
    simulated time, between 0.05 s (a very fast clock) and 1 s."""
    real_seconds = getattr(clock, "real_seconds", None)
    if real_seconds is None:
        return 1.0
    return float(min(1.0, max(0.05, real_seconds(CHECK_INTERVAL.total_seconds()))))


def _trigger(entry: Entry) -> CronTrigger | IntervalTrigger:
    t = entry.trigger
    if isinstance(t, Weekly):
        return CronTrigger(day_of_week=",".join(t.days), hour=t.at.hour, minute=t.at.minute,
                           timezone=UTC)
    assert isinstance(t, Every)
    return IntervalTrigger(seconds=int(t.interval.total_seconds()), start_date=EPOCH,
                           timezone=UTC)
