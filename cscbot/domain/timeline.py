"""When the bot's timeline fires: weekly slots ("mon-fri at 07:00") and fixed intervals.

Pure: every function takes the instant it reasons about.  All slots are UTC.  The scheduler
uses these to decide what to run after a pause (start-up catch-up, the fast test clock) and
`cscbot schedule` to list what is coming; interval slots are aligned on the Unix epoch, so an
interval of 15 minutes fires at :00, :15, :30 and :45 whoever computes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
"""Interval slots are aligned on this instant, so every process computes the same ones."""


def parse_hhmm(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


@dataclass(frozen=True)
class Weekly:
    """Fires at `at` (UTC) on each of `days` ('mon'..'sun')."""

    days: tuple[str, ...]
    at: time

    def slots(self, start: datetime, end: datetime) -> Iterator[datetime]:
        """Slots in [start, end), in order."""
        wanted = {WEEKDAYS.index(d) for d in self.days}
        day = start.astimezone(UTC).date()
        while True:
            slot = datetime.combine(day, self.at, UTC)
            if slot >= end:
                return
            if slot >= start and day.weekday() in wanted:
                yield slot
            day += timedelta(days=1)

    def latest(self, now: datetime) -> datetime | None:
        """The last slot at or before `now` (within the past week), or None."""
        found = None
        for slot in self.slots(now - timedelta(days=8), now + timedelta(microseconds=1)):
            found = slot
        return found


@dataclass(frozen=True)
class Every:
    """Fires every `interval`, aligned on the Unix epoch."""

    interval: timedelta

    def slots(self, start: datetime, end: datetime) -> Iterator[datetime]:
        first = self.latest(start)
        slot = first if first == start else first + self.interval
        while slot < end:
            yield slot
            slot += self.interval

    def latest(self, now: datetime) -> datetime:
        periods = (now - EPOCH) // self.interval
        return EPOCH + periods * self.interval


Trigger = Weekly | Every


@dataclass(frozen=True)
class Entry:
    """One line of the timeline: run job `job` at the trigger's slots, late by at most grace."""

    job: str
    trigger: Trigger
    grace: timedelta


def due_entries(entries: tuple[Entry, ...], last_run: dict[str, datetime], now: datetime,
                ) -> list[tuple[Entry, datetime]]:
    """Entries with a slot not yet run at `now`, each once however many slots passed.

    `last_run` holds the slot each job last ran for (absent: never in this process).  A slot
    older than the entry's grace is let go: the job itself decides what is still worth doing.
    """
    due = []
    for entry in entries:
        slot = entry.trigger.latest(now)
        if slot is None or now - slot > entry.grace:
            continue
        previous = last_run.get(entry.job)
        if previous is None or slot > previous:
            due.append((entry, slot))
    return due


def waited(since: datetime, now: datetime) -> str:
    """'3 days', '5 hours', 'under an hour' (how long a draft has waited)."""
    seconds = max((now - since).total_seconds(), 0)
    if seconds >= 2 * 86400:
        return f"{int(seconds // 86400)} days"
    if seconds >= 7200:
        return f"{int(seconds // 3600)} hours"
    if seconds >= 3600:
        return "1 hour"
    return "under an hour"
