"""Composition root: the only place that builds adapters and wires them to the services.

`App` owns the store and the mail adapters; `run()` is the daemon (intake, outbox and the
scheduled jobs as asyncio tasks, SIGTERM drains within the grace period); `run_job(name)` runs
one job once (`cscbot once JOB`).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import signal
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import Any

from cscbot import wiring
from cscbot.adapters.emldir import EmlDirSink
from cscbot.adapters.maildir import MaildirSource
from cscbot.adapters.preview import PreviewSink
from cscbot.adapters.sqlite import SqliteStore
from cscbot.clock import FastClock, RateLimiter, SystemClock
from cscbot.config import Settings
from cscbot.domain.tokens import token_key_from
from cscbot.errors import ConfigError
from cscbot.ports import Clock, MailSink, MailSource
from cscbot.render import Renderer
from cscbot.scheduler import Timeline
from cscbot.services import rap
from cscbot.services.context import Context
from cscbot.services.digest import digest_due, send_digest
from cscbot.services.findings import send_findings_nudges
from cscbot.services.intake import poll_inbox
from cscbot.services.outbox import flush_outbox
from cscbot.services.reminders import send_due_reminders

log = logging.getLogger(__name__)

Job = Callable[["App", datetime], Awaitable[Any]]


def make_clock(settings: Settings) -> Clock:
    d = settings.daemon
    if d.clock_speed == 1.0 and d.clock_start is None:
        return SystemClock()
    start = datetime.fromisoformat(str(d.clock_start).replace("Z", "+00:00"))
    return FastClock(start, d.clock_speed, d.clock_anchor_unix)


def read_token_key(settings: Settings) -> bytes | None:
    """The reply-token key from the environment; None (commands off, logged) when unusable."""
    try:
        return token_key_from(os.environ, settings.digest.token_key_env)
    except ConfigError as exc:
        log.error("%s", exc)
        return None


def make_source(settings: Settings, folder: str | None = None) -> MailSource:
    mb = settings.mailbox
    if mb.kind == "maildir":
        return MaildirSource(mb.maildir, max_bytes=mb.max_message_bytes)
    if mb.kind == "imap" and mb.imap is not None:
        from cscbot.adapters.imap import ImapSource
        password = os.environ.get(mb.imap.password_env)
        if password is None:
            raise ConfigError(f"mailbox.imap.password_env: environment variable "
                              f"{mb.imap.password_env} is not set")
        return ImapSource(mb.imap, password, processed_folder=mb.processed_folder,
                          quarantine_folder=mb.quarantine_folder,
                          max_bytes=mb.max_message_bytes, folder=folder)
    raise ConfigError(f"mailbox.kind = {mb.kind!r} is not available in this build")


def make_sink(settings: Settings, env: Mapping[str, str] | None = None) -> MailSink:
    """The sink of outbox.kind; the SMTP password comes from the variable named in the config."""
    ob = settings.outbox
    if ob.kind == "emldir":
        return EmlDirSink(ob.eml_dir)
    if ob.kind == "smtp" and ob.smtp is not None:
        from cscbot.adapters.smtp import SmtpEndpoint, SmtpSink
        smtp = ob.smtp
        env = os.environ if env is None else env
        password = env.get(smtp.password_env) if smtp.username else None
        if smtp.username and password is None:
            raise ConfigError(f"outbox.smtp.password_env: environment variable "
                              f"{smtp.password_env} is not set (needed for AUTH as "
                              f"{smtp.username!r})")
        return SmtpSink(SmtpEndpoint(
            host=smtp.host, port=smtp.port, security=smtp.security, username=smtp.username,
            password=password, cafile=smtp.cafile, timeout=smtp.timeout_seconds))
    raise ConfigError(f"outbox.kind = {ob.kind!r} is not available in this build")


YOUNG_COLLECTION_THRESHOLD = 20_000
"""Container allocations (net) between two young-generation collections (CPython's default:
700).  Intake holds a batch's records (~10 containers a message, 500 messages) until the batch
is committed: with the default, each batch's records were walked two or three times as they
were promoted, ~2 µs a message (bench/ingest.py); with this, a batch is freed before the
collector runs.  The price is memory: the bench's peak RSS went from 53 to 61 MB."""


def settle_collector() -> None:
    """Once the daemon is set up: what it keeps for its lifetime (modules, lexicon, templates,
    settings) is frozen, so full collections no longer walk it (~15 % of intake's time a
    message before), and young collections are made rarer (YOUNG_COLLECTION_THRESHOLD)."""
    gc.freeze()
    _young, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, middle, old)


class App:
    def __init__(self, settings: Settings, clock: Clock | None = None,
                 store: SqliteStore | None = None,
                 preview: Callable[[str], None] | None = None) -> None:
        """`preview` makes a dry run: mail is shown through it, neither queued nor sent
        (the caller also runs the work inside `store.discarding()`)."""
        wiring.install()
        self.settings = settings
        self.clock = clock or make_clock(settings)
        self.store = store or SqliteStore(settings.storage.path)
        self.ctx = Context(settings, self.store, Renderer(settings.daemon.templates_dir),
                           read_token_key(settings), preview=preview)
        self._source: MailSource | None = None
        self._sink: MailSink | None = PreviewSink(preview) if preview else None
        self.pace = RateLimiter(settings.outbox.rate_per_minute)
        self.outbox_wake = asyncio.Event()
        """Set when work may have queued mail: the sender flushes now, not at its next interval
        (an acknowledgement leaves within the round trip, not within flush_interval_seconds)."""

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
        settle_collector()
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
        report = await poll_inbox(self.ctx, self.source, self.clock.now())
        if report.handled or report.quarantined:
            self.outbox_wake.set()
        waiter = asyncio.create_task(self.source.wait_for_news(60.0))
        stopper = asyncio.create_task(stop.wait())
        await asyncio.wait({waiter, stopper}, return_when=asyncio.FIRST_COMPLETED)
        for t in (waiter, stopper):
            t.cancel()

    async def _outbox_round(self, stop: asyncio.Event) -> None:
        self.outbox_wake.clear()  # what is queued from here on is flushed by the next round
        await flush_outbox(self.ctx, self.sink, self.clock.now(), pace=self.pace)
        waiter = asyncio.create_task(self.outbox_wake.wait())
        stopper = asyncio.create_task(stop.wait())
        await asyncio.wait({waiter, stopper}, return_when=asyncio.FIRST_COMPLETED,
                           timeout=self.settings.outbox.flush_interval_seconds)
        for t in (waiter, stopper):
            t.cancel()


async def _job_intake(app: App, now: datetime) -> Any:
    return await poll_inbox(app.ctx, app.source, now)


async def _job_outbox(app: App, now: datetime) -> Any:
    return await flush_outbox(app.ctx, app.sink, now, pace=app.pace)


async def _job_findings_nudges(app: App, now: datetime) -> Any:
    return send_findings_nudges(app.ctx, now)


async def _job_rap_deadlines(app: App, now: datetime) -> Any:
    return rap.send_rap_reminders(app.ctx, now)


async def _job_digest(app: App, now: datetime) -> Any:
    """The scheduled digest: sent when a slot of digest.days/time_utc is due."""
    if not digest_due(app.ctx, now):
        return "not due"
    return send_digest(app.ctx, now)


async def _job_reminders(app: App, now: datetime) -> Any:
    return send_due_reminders(app.ctx, now)


JOBS: dict[str, Job] = {
    "intake": _job_intake,
    "outbox": _job_outbox,
    "findings_nudges": _job_findings_nudges,
    "rap_deadlines": _job_rap_deadlines,
    "digest": _job_digest,
    "reminders": _job_reminders,
}
