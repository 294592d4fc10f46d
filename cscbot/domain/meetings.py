"""The meeting calendar: which meetings there are, and which reminders are due at `now`.

Pure: the rule, the overrides and `now` come in; nothing here reads the clock.

- Regular meetings: `day_of_month` of every month from `first_month` on, at `times_utc[0]`,
  or rotating through `times_utc` month by month (`first_month` takes the first time).  There
  are no regular meetings before `first_month`.
- The weekday policy moves a regular date: `nearest_wednesday` (-3..+3 days),
  `skip_weekends` (Saturday and Sunday to Monday).
- Overrides apply in order (the config's first, then the secretariat's commands as given):
  `moved_to` sets the start (and revives a cancelled meeting), `cancelled` cancels, `number`
  sets the number, `extra` adds a meeting.  Each move or cancellation raises the meeting's
  SEQUENCE by one, so calendar clients replace the entry they hold (its UID is its id).
- Numbering counts meetings held: the first meeting of `first_month` is `first_number`, each
  later meeting that is not cancelled (regular or extra, by start) takes the next number.  A
  cancelled meeting has no number and the next meeting takes it (the archive numbers meetings
  held: #34 in Oct 2019, #67 in Jan 2023).  An override's `number` restarts the count there.
- Reminders: lead 'Nd' is due at `morning_utc` N days before the meeting's (UTC) date; '0d'
  is the morning of the meeting, or `LAST_CALL` before it when the meeting starts earlier than
  that (a 02:00 UTC meeting gets its same-day reminder at 00:00).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from cscbot.domain.periods import parse_period, period_of, shift_period

LAST_CALL = timedelta(hours=2)
"""A same-day reminder goes out at least this long before the meeting starts."""

WEEKDAY_POLICIES = ("none", "nearest_wednesday", "skip_weekends")
_WEDNESDAY = 2


@dataclass(frozen=True)
class CalendarRule:
    day_of_month: int
    times_utc: tuple[time, ...]
    """One time, or several to rotate through month by month."""
    weekday_policy: str
    duration: timedelta
    first_number: int
    first_month: str
    leads: tuple[str, ...]
    morning_utc: time


@dataclass(frozen=True)
class Override:
    month: str
    """'YYYY-MM' of the regular meeting it changes (ignored for an extra meeting)."""
    moved_to: datetime | None = None
    cancelled: bool = False
    extra: bool = False
    number: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class Meeting:
    id: str
    """'YYYY-MM' for a regular meeting (whatever its date), 'extra-YYYY-MM-DDTHHMM' else."""
    start: datetime
    duration: timedelta
    number: int | None = None
    cancelled: bool = False
    extra: bool = False
    sequence: int = 0
    regular_start: datetime | None = None
    note: str | None = None

    @property
    def end(self) -> datetime:
        return self.start + self.duration

    @property
    def moved(self) -> bool:
        return self.regular_start is not None and self.start != self.regular_start

    @property
    def date_key(self) -> str:
        return self.start.date().isoformat()

    @property
    def title(self) -> str:
        return f"CSC meeting #{self.number}" if self.number is not None else "CSC meeting"


@dataclass(frozen=True)
class Reminder:
    meeting: Meeting
    lead: str
    due: datetime

    @property
    def key(self) -> str:
        """The outbox idempotency key: what makes a reminder go out once."""
        return f"reminder:{self.meeting.date_key}:{self.lead}"


# --- months and the regular rule ---------------------------------------------------------


def _periods(first: str, last: str) -> Iterator[str]:
    period = first
    while period <= last:
        yield period
        period = shift_period(period, 1)


def lead_days(lead: str) -> int:
    if not re.fullmatch(r"\d+d", lead):
        raise ValueError(f"{lead!r} is not a lead like '7d'")
    return int(lead[:-1])


def apply_weekday_policy(day: date, policy: str) -> date:
    if policy == "nearest_wednesday":
        return day + timedelta(days=(_WEDNESDAY - day.weekday() + 3) % 7 - 3)
    if policy == "skip_weekends" and day.weekday() >= 5:
        return day + timedelta(days=7 - day.weekday())
    return day


def regular_start(rule: CalendarRule, year: int, month: int) -> datetime:
    first_year, first_month = parse_period(rule.first_month)
    index = (year - first_year) * 12 + (month - first_month)
    at = rule.times_utc[index % len(rule.times_utc)]
    day = apply_weekday_policy(date(year, month, rule.day_of_month), rule.weekday_policy)
    return datetime.combine(day, at, UTC)


# --- the calendar ------------------------------------------------------------------------


def build_calendar(rule: CalendarRule, overrides: Iterable[Override], until: date,
                   ) -> list[Meeting]:
    """Every meeting from `first_month` through two months past `until`, by start.

    The two extra months let a meeting moved back across a month end still be seen.
    """
    regular: dict[str, Meeting] = {}
    for period in _periods(rule.first_month, shift_period(period_of(until), 2)):
        start = regular_start(rule, *parse_period(period))
        regular[period] = Meeting(period, start, rule.duration, regular_start=start)
    extras: list[Meeting] = []
    for o in overrides:
        if o.extra and o.moved_to is not None:
            start = o.moved_to.astimezone(UTC)
            extras.append(Meeting(f"extra-{start:%Y-%m-%dT%H%M}", start, rule.duration,
                                  number=o.number, extra=True, note=o.note))
        elif o.month in regular:
            regular[o.month] = _apply(regular[o.month], o)
    meetings = sorted((*regular.values(), *extras), key=lambda m: (m.start, m.id))
    return _numbered(meetings, rule.first_number)


def _apply(meeting: Meeting, o: Override) -> Meeting:
    changed = meeting
    if o.moved_to is not None:
        changed = replace(changed, start=o.moved_to.astimezone(UTC), cancelled=False)
    if o.cancelled:
        changed = replace(changed, cancelled=True)
    if changed.start != meeting.start or changed.cancelled != meeting.cancelled:
        changed = replace(changed, sequence=meeting.sequence + 1)
    if o.number is not None:
        changed = replace(changed, number=o.number)
    if o.note:
        changed = replace(changed, note=o.note)
    return changed


def _numbered(meetings: list[Meeting], first: int) -> list[Meeting]:
    out, number = [], first
    for m in meetings:
        if m.cancelled:
            out.append(replace(m, number=None))
            continue
        number = m.number if m.number is not None else number
        out.append(replace(m, number=number))
        number += 1
    return out


def meetings_between(meetings: Iterable[Meeting], start: datetime, end: datetime,
                     ) -> list[Meeting]:
    return [m for m in meetings if start <= m.start < end]


def find_meeting(meetings: Iterable[Meeting], meeting_id: str) -> Meeting | None:
    return next((m for m in meetings if m.id == meeting_id), None)


def following(meetings: list[Meeting], meeting: Meeting, count: int) -> list[Meeting]:
    """The next `count` meetings held after `meeting`."""
    later = [m for m in meetings if m.start > meeting.start and not m.cancelled]
    return later[:count]


# --- reminders ---------------------------------------------------------------------------


def reminder_due(meeting: Meeting, lead: str, morning: time) -> datetime:
    day = meeting.start.date() - timedelta(days=lead_days(lead))
    return min(datetime.combine(day, morning, UTC), meeting.start - LAST_CALL)


def all_reminders(meetings: Iterable[Meeting], rule: CalendarRule) -> list[Reminder]:
    """The reminders of every meeting not cancelled, by due time."""
    out = [Reminder(m, lead, reminder_due(m, lead, rule.morning_utc))
           for m in meetings if not m.cancelled for lead in dict.fromkeys(rule.leads)]
    return sorted(out, key=lambda r: (r.due, r.meeting.start))


def reminders_between(meetings: Iterable[Meeting], rule: CalendarRule, start: datetime,
                      end: datetime) -> list[Reminder]:
    return [r for r in all_reminders(meetings, rule) if start <= r.due < end]


def due_reminders(meetings: Iterable[Meeting], rule: CalendarRule, now: datetime,
                  grace: timedelta) -> list[Reminder]:
    """Reminders to send at `now`: due, at most `grace` late, before their meeting starts.

    When a pause let several reminders of one meeting come due, only the latest goes out (a
    7-day notice the day before the meeting would only add noise).  Whether one went out
    before is the caller's memory (the outbox key), not this function's.
    """
    latest: dict[str, Reminder] = {}
    for r in all_reminders(meetings, rule):
        if r.due <= now <= r.due + grace and now < r.meeting.start:
            latest[r.meeting.id] = r
    return sorted(latest.values(), key=lambda r: r.due)


# --- showing the time in people's zones ----------------------------------------------------


@dataclass(frozen=True)
class ZoneTime:
    zone: str
    text: str
    """e.g. 'Wed 16 Dec 2026 10:00-11:30 PST (UTC-08:00)'."""


def zone_times(meeting: Meeting, zones: Iterable[str]) -> list[ZoneTime]:
    out = []
    for zone in zones:
        start = meeting.start.astimezone(ZoneInfo(zone))
        end = meeting.end.astimezone(ZoneInfo(zone))
        out.append(ZoneTime(zone, _local_text(start, end)))
    return out


def _local_text(start: datetime, end: datetime) -> str:
    offset = start.strftime("%z")
    utc = f"UTC{offset[:3]}:{offset[3:]}" if offset not in ("+0000", "") else "UTC"
    name = start.tzname() or ""
    label = utc if name in ("UTC", "") or name[0] in "+-" else f"{name} ({utc})"
    until = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%a %d %b %H:%M}"
    return f"{start:%a %d %b %Y %H:%M}-{until} {label}"


# --- what a reminder says ----------------------------------------------------------------


def agenda(meeting: Meeting) -> list[str]:
    """The standard items; the PTI report discussed is the previous month's."""
    first = meeting.start.date().replace(day=1)
    reported = first - timedelta(days=1)
    return ["Welcome and roll call", "Action items",
            f"PTI's performance report and the CSC findings for {reported:%B %Y}",
            "Other topics", "AOB", "Next meetings"]


def when_label(lead: str) -> str:
    days = lead_days(lead)
    return {0: "today", 1: "tomorrow"}.get(days, f"in {days} days")


def utc_text(meeting: Meeting) -> str:
    return f"{meeting.start:%a %d %b %Y %H:%M} UTC"
