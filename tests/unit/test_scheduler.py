"""The bot's timeline: slots, catch-up after a restart, the simulated-clock loop, APScheduler."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from cscbot.adapters.sqlite import SqliteStore
from cscbot.app import JOBS, App
from cscbot.clock import FastClock, SystemClock
from cscbot.config import Settings, parse
from cscbot.domain.timeline import Entry, Every, Weekly, due_entries
from cscbot.scheduler import Timeline, timeline


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def settings(tmp: Path, **daemon: Any) -> Settings:
    doc = {"bot": {"address": "csc-bot@csc.example.org"},
           "addresses": {"csc_mailbox": "csc@csc.example.org",
                         "secretariat": ["s@csc.example.org"],
                         "announce": "csc-announce@csc.example.org",
                         "members": ["members@csc.example.org"]},
           "storage": {"path": "store.sqlite3"}, "mailbox": {"maildir": "Maildir"},
           "outbox": {"eml_dir": "out"},
           "meetings": {"first_month": "2026-10", "time_utc": "18:00"},
           "digest": {"days": ["mon", "wed"], "time_utc": "07:00", "grace_hours": 12},
           "daemon": daemon}
    return parse(doc, tmp / "c.toml")


class SetClock:
    def __init__(self, now: datetime) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current


class Recorder:
    """Fake jobs: remember (job, now) of every run."""

    def __init__(self, *names: str) -> None:
        self.runs: list[tuple[str, datetime]] = []
        self.jobs = {name: self._job(name) for name in names}

    def _job(self, name: str) -> Any:
        async def job(app: App, now: datetime) -> str:
            self.runs.append((name, now))
            return "ok"
        return job

    def of(self, name: str) -> list[datetime]:
        return [now for job, now in self.runs if job == name]


def test_weekly_and_interval_slots() -> None:
    weekly = Weekly(("mon", "wed"), time(7))
    assert list(weekly.slots(utc(2026, 11, 30), utc(2026, 12, 8))) == [
        utc(2026, 11, 30, 7), utc(2026, 12, 2, 7), utc(2026, 12, 7, 7)]
    assert weekly.latest(utc(2026, 12, 1, 12)) == utc(2026, 11, 30, 7)
    assert weekly.latest(utc(2026, 12, 2, 7)) == utc(2026, 12, 2, 7)
    quarter = Every(timedelta(minutes=15))
    assert quarter.latest(utc(2026, 12, 1, 6, 14, 59)) == utc(2026, 12, 1, 6)
    assert list(quarter.slots(utc(2026, 12, 1, 6), utc(2026, 12, 1, 6, 31))) == [
        utc(2026, 12, 1, 6), utc(2026, 12, 1, 6, 15), utc(2026, 12, 1, 6, 30)]


def test_a_backlog_runs_once_and_a_stale_slot_is_let_go() -> None:
    digest = Entry("digest", Weekly(("mon", "wed"), time(7)), grace=timedelta(hours=12))
    assert due_entries((digest,), {}, utc(2026, 12, 2, 18)) == [(digest, utc(2026, 12, 2, 7))]
    assert due_entries((digest,), {"digest": utc(2026, 12, 2, 7)}, utc(2026, 12, 2, 18)) == []
    assert due_entries((digest,), {}, utc(2026, 12, 2, 19, 1)) == []


def test_the_timeline_from_config_and_jobs_not_built_are_skipped(tmp_path: Path) -> None:
    s = settings(tmp_path)
    assert [e.job for e in timeline(s)] == ["reminders", "digest", "findings_nudges",
                                            "rap_deadlines"]
    app = App(s, clock=SetClock(utc(2026, 12, 1)), store=SqliteStore(":memory:"))
    assert [e.job for e in Timeline(app, Recorder("reminders").jobs).entries] == ["reminders"]
    app.store.close()


async def test_a_job_run_wakes_the_sender(tmp_path: Path) -> None:
    """Mail a job queued is sent at once, not at the sender's next flush interval."""
    clock = SetClock(utc(2026, 12, 2, 18, 3))
    app = App(settings(tmp_path), clock=clock, store=SqliteStore(":memory:"))
    assert not app.outbox_wake.is_set()
    assert await Timeline(app, Recorder("reminders").jobs).run_due(clock.now()) == ["reminders"]
    assert app.outbox_wake.is_set()
    app.store.close()


async def test_start_up_catch_up_runs_what_is_within_grace(tmp_path: Path) -> None:
    rec = Recorder("reminders", "digest")
    clock = SetClock(utc(2026, 12, 2, 18, 3))  # Wednesday, 11 hours after the digest slot
    app = App(settings(tmp_path), clock=clock, store=SqliteStore(":memory:"))
    tl = Timeline(app, rec.jobs)
    assert await tl.run_due(clock.now()) == ["reminders", "digest"]
    assert await tl.run_due(clock.now()) == []  # same slots: nothing again
    clock.current = utc(2026, 12, 2, 18, 15)
    assert await tl.run_due(clock.now()) == ["reminders"]
    late = Timeline(app, rec.jobs)  # a restart 13 hours after the slot: the digest is stale
    assert await late.run_due(utc(2026, 12, 2, 20, 1)) == ["reminders"]
    app.store.close()


async def test_restarts_every_hour_of_a_reminder_day_send_each_reminder_once(
        tmp_path: Path) -> None:
    s = settings(tmp_path)
    for hour in range(24):  # the day before the Dec 15 18:00 meeting: its 1d reminder
        now = utc(2026, 12, 14, hour, 30)
        app = App(s, clock=SetClock(now), store=SqliteStore(s.storage.path))
        await Timeline(app, {"reminders": JOBS["reminders"]}).run_due(now)
        await app.close()
    store = SqliteStore(s.storage.path)
    assert [r.key for r in store.outbox_list()] == ["reminder:2026-12-15:1d"]
    store.close()


async def test_the_simulated_clock_loop_fires_each_slot_once(tmp_path: Path) -> None:
    rec = Recorder("reminders", "digest")
    clock = SetClock(utc(2026, 11, 29, 12))  # Sunday noon: no digest slot within grace
    app = App(settings(tmp_path), clock=clock, store=SqliteStore(":memory:"))
    stop = asyncio.Event()
    task = asyncio.create_task(Timeline(app, rec.jobs, tick_seconds=0.01).run(stop))
    for _ in range(3 * 24):  # three simulated days, an hour per tick or so
        await asyncio.sleep(0.012)
        clock.current += timedelta(hours=1)
    stop.set()
    await task
    digests = rec.of("digest")  # Monday and Wednesday, each once, soon after 07:00
    assert [d.date() for d in digests] == [utc(2026, 11, 30).date(), utc(2026, 12, 2).date()]
    assert all(time(7) <= d.time() <= time(9) for d in digests)
    assert len(rec.of("reminders")) >= 3 * 24 // 2
    app.store.close()


async def test_the_real_clock_uses_apscheduler_in_utc(tmp_path: Path) -> None:
    rec = Recorder("reminders", "digest")
    app = App(settings(tmp_path), clock=SystemClock(), store=SqliteStore(":memory:"))
    tl = Timeline(app, rec.jobs)
    jobs = {j.id: j for j in tl.scheduler().get_jobs()}
    digest, reminders = jobs["digest"], jobs["reminders"]
    assert isinstance(digest.trigger, CronTrigger) and digest.misfire_grace_time == 12 * 3600
    assert digest.coalesce and digest.max_instances == 1
    assert digest.trigger.get_next_fire_time(None, utc(2026, 12, 1, 12)) == utc(2026, 12, 2, 7)
    assert isinstance(reminders.trigger, IntervalTrigger)
    assert reminders.trigger.get_next_fire_time(None, utc(2026, 12, 1, 6, 1)) == utc(
        2026, 12, 1, 6, 15)
    stop = asyncio.Event()
    task = asyncio.create_task(tl.run(stop))
    await asyncio.sleep(0.05)  # the catch-up ran, APScheduler started
    stop.set()
    await task
    assert rec.of("reminders")
    app.store.close()


async def test_the_daemon_sends_reminders_on_a_fast_clock(tmp_path: Path) -> None:
    start = utc(2026, 12, 7, 23)
    s = settings(tmp_path, clock_speed=86400.0, clock_start=start.isoformat())
    app = App(s)
    assert isinstance(app.clock, FastClock)
    stop = asyncio.Event()
    daemon = asyncio.create_task(app.run(stop))
    await asyncio.sleep(1.0)  # a simulated day: the 7d reminder at Dec 8 06:00 falls due
    stop.set()
    await daemon
    store = SqliteStore(s.storage.path)
    assert store.outbox_has("reminder:2026-12-15:7d")
    store.close()


def test_every_timeline_entry_is_a_job_the_daemon_has(tmp_path: Path) -> None:
    """The Timeline skips names it has no job for (tests run subsets); the real timeline must
    name none: a skipped entry would be a silent hole in the bot's day."""
    from cscbot.config import load
    settings = load(Path(__file__).resolve().parents[2] / "config.toml")
    assert {e.job for e in timeline(settings)} <= set(JOBS)
