"""Composition root: the only place that builds adapters and wires them to the services.

`App` owns the store and the mail adapters; `run()` is the daemon (intake, outbox and the
scheduled jobs as asyncio tasks, SIGTERM drains within the grace period); `run_job(name)` runs
one job once (`cscbot once JOB`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from cscbot.adapters.emldir import EmlDirSink
from cscbot.adapters.maildir import MaildirSource
from cscbot.adapters.sqlite import SqliteStore
from cscbot.clock import FastClock, SystemClock
from cscbot.config import Settings
from cscbot.errors import ConfigError
from cscbot.ports import Clock, MailSink, MailSource
from cscbot.render import Renderer
from cscbot.scheduler import Timeline
from cscbot.services.context import Context
from cscbot.services.intake import poll_inbox
from cscbot.services.outbox import flush_outbox
from cscbot.services.reminders import digest_section as meetings_section
from cscbot.services.reminders import send_due_reminders
from cscbot.services.sections import SECTION_PROVIDERS

log = logging.getLogger(__name__)

Job = Callable[["App", datetime], Awaitable[Any]]


def make_clock(settings: Settings) -> Clock:
    d = settings.daemon
    if d.clock_speed == 1.0 and d.clock_start is None:
        return SystemClock()
    start = datetime.fromisoformat(str(d.clock_start).replace("Z", "+00:00"))
    return FastClock(start, d.clock_speed, d.clock_anchor_unix)


def make_source(settings: Settings) -> MailSource:
    mb = settings.mailbox
    if mb.kind == "maildir":
        return MaildirSource(mb.maildir)
    raise ConfigError(f"mailbox.kind = {mb.kind!r} is not available in this build")


def make_sink(settings: Settings) -> MailSink:
    ob = settings.outbox
    if ob.kind == "emldir":
        return EmlDirSink(ob.eml_dir)
    raise ConfigError(f"outbox.kind = {ob.kind!r} is not available in this build")


class App:
    def __init__(self, settings: Settings, clock: Clock | None = None,
                 store: SqliteStore | None = None) -> None:
        self.settings = settings
        self.clock = clock or make_clock(settings)
        self.store = store or SqliteStore(settings.storage.path)
        self.ctx = Context(settings, self.store, Renderer(settings.daemon.templates_dir))
        self._source: MailSource | None = None
        self._sink: MailSink | None = None

    @property
    def source(self) -> MailSource:
        if self._source is None:
            self._source = make_source(self.settings)
        return self._source

    @property
    def sink(self) -> MailSink:
        if self._sink is None:
            self._sink = make_sink(self.settings)
        return self._sink

    async def run_job(self, name: str) -> Any:
        job = JOBS.get(name)
        if job is None:
            raise ConfigError(f"unknown job {name!r}; jobs: {', '.join(sorted(JOBS))}")
        return await job(self, self.clock.now())

    async def close(self) -> None:
        for part in (self._source, self._sink):
            if part is not None:
                with contextlib.suppress(Exception):
                    await part.close()
        self.store.close()

    # --- the daemon ------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event | None = None) -> None:
        stop = stop or asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop.set)
        log.info("cscbot running: mailbox=%s outbox=%s store=%s", self.settings.mailbox.kind,
                 self.settings.outbox.kind, self.settings.storage.path)
        tasks = [asyncio.create_task(self._loop("intake", self._intake_round, stop)),
                 asyncio.create_task(self._loop("outbox", self._outbox_round, stop)),
                 asyncio.create_task(Timeline(self, JOBS).run(stop))]
        await stop.wait()
        log.info("stopping: finishing the job in hand (grace %.0fs)",
                 self.settings.daemon.shutdown_grace_seconds)
        _done, pending = await asyncio.wait(tasks,
                                            timeout=self.settings.daemon.shutdown_grace_seconds)
        for t in pending:
            t.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        await self.close()
        log.info("stopped")

    async def _loop(self, name: str, round_: Callable[[asyncio.Event], Awaitable[None]],
                    stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await round_(stop)
            except Exception:
                log.exception("%s: round failed; retrying shortly", name)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), 5.0)

    async def _intake_round(self, stop: asyncio.Event) -> None:
        await poll_inbox(self.ctx, self.source, self.clock.now())
        waiter = asyncio.create_task(self.source.wait_for_news(60.0))
        stopper = asyncio.create_task(stop.wait())
        await asyncio.wait({waiter, stopper}, return_when=asyncio.FIRST_COMPLETED)
        for t in (waiter, stopper):
            t.cancel()

    async def _outbox_round(self, stop: asyncio.Event) -> None:
        await flush_outbox(self.ctx, self.sink, self.clock.now())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), self.settings.outbox.flush_interval_seconds)


async def _job_intake(app: App, now: datetime) -> Any:
    return await poll_inbox(app.ctx, app.source, now)


async def _job_outbox(app: App, now: datetime) -> Any:
    return await flush_outbox(app.ctx, app.sink, now)


async def _job_reminders(app: App, now: datetime) -> Any:
    return send_due_reminders(app.ctx, now)


JOBS: dict[str, Job] = {
    "intake": _job_intake,
    "outbox": _job_outbox,
    "reminders": _job_reminders,
}

SECTION_PROVIDERS.append(meetings_section)
