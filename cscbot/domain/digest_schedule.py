"""When a digest is due: the most recent scheduled slot at or before `now`.  Pure."""

from __future__ import annotations

from datetime import datetime, time, timedelta

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def latest_slot(days: tuple[str, ...], time_utc: str, now: datetime) -> datetime | None:
    """The latest 'day at HH:MM UTC' in the schedule not after `now` (None: empty schedule)."""
    hour, minute = (int(p) for p in time_utc.split(":"))
    wanted = {_WEEKDAYS.index(d) for d in days if d in _WEEKDAYS}
    for back in range(8):
        day = (now - timedelta(days=back)).date()
        slot = datetime.combine(day, time(hour, minute), tzinfo=now.tzinfo)
        if day.weekday() in wanted and slot <= now:
            return slot
    return None


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
