"""The pure meeting calendar: rules, overrides, numbering, reminders due, zones across DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from cscbot.domain.meetings import (
    CalendarRule,
    Meeting,
    Override,
    apply_weekday_policy,
    build_calendar,
    due_reminders,
    meetings_between,
    reminder_due,
    zone_times,
)

RULE = CalendarRule(
    day_of_month=15, times_utc=(time(2), time(10), time(18)),
    weekday_policy="nearest_wednesday", duration=timedelta(minutes=90), first_number=80,
    first_month="2027-01", leads=("7d", "1d", "0d"), morning_utc=time(6))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


OVERRIDES = (
    Override(month="2027-05", moved_to=utc(2027, 5, 19, 18), note="moved for a holiday"),
    Override(month="2027-08", cancelled=True),
    Override(month="2027-10", extra=True, moved_to=utc(2027, 10, 27, 10)),
    Override(month="2027-12", number=150),
)

# 2027 written out by hand: the 15th moved to the nearest Wednesday, times rotating from
# January (02:00, 10:00, 18:00), May moved, August cancelled, an extra one in October, and the
# numbering restarted at 150 in December.
YEAR_2027 = [
    (date(2027, 1, 13), 2, 80), (date(2027, 2, 17), 10, 81), (date(2027, 3, 17), 18, 82),
    (date(2027, 4, 14), 2, 83), (date(2027, 5, 19), 18, 84), (date(2027, 6, 16), 18, 85),
    (date(2027, 7, 14), 2, 86), (date(2027, 9, 15), 18, 87), (date(2027, 10, 13), 2, 88),
    (date(2027, 10, 27), 10, 89), (date(2027, 11, 17), 10, 90), (date(2027, 12, 15), 18, 150),
]


def test_a_year_of_meetings_by_hand() -> None:
    meetings = meetings_between(build_calendar(RULE, OVERRIDES, date(2027, 12, 31)),
                                utc(2027, 1, 1), utc(2028, 1, 1))
    held = [(m.start.date(), m.start.hour, m.number) for m in meetings if not m.cancelled]
    assert held == YEAR_2027
    august = next(m for m in meetings if m.id == "2027-08")
    assert august.cancelled and august.number is None and august.sequence == 1
    may = next(m for m in meetings if m.id == "2027-05")
    assert may.moved and may.regular_start == utc(2027, 5, 12, 10) and may.sequence == 1
    assert may.note == "moved for a holiday"


def test_a_simulated_year_sends_exactly_the_expected_reminders() -> None:
    meetings = build_calendar(RULE, OVERRIDES, date(2028, 1, 31))
    sent: dict[str, datetime] = {}
    now = utc(2027, 1, 1)
    while now < utc(2028, 1, 1):
        for r in due_reminders(meetings, RULE, now, timedelta(hours=12)):
            sent.setdefault(r.key, now)
        now += timedelta(hours=1)
    expected = {}
    for day, hour, _number in YEAR_2027:
        at_six = datetime.combine(day, time(6), UTC)
        expected[f"reminder:{day}:7d"] = at_six - timedelta(days=7)
        expected[f"reminder:{day}:1d"] = at_six - timedelta(days=1)
        # the same-day reminder of a 02:00 meeting cannot wait for 06:00: two hours before
        expected[f"reminder:{day}:0d"] = at_six if hour >= 8 else at_six - timedelta(hours=6)
    assert sent == expected


def test_late_reminders_only_within_grace_and_never_after_the_start() -> None:
    meetings = build_calendar(RULE, (), date(2027, 2, 28))
    feb = next(m for m in meetings if m.id == "2027-02")  # Wed 17 Feb 10:00
    grace = timedelta(hours=12)
    assert [r.lead for r in due_reminders([feb], RULE, utc(2027, 2, 16, 17), grace)] == ["1d"]
    assert due_reminders([feb], RULE, utc(2027, 2, 16, 18, 1), grace) == []
    # 0d due 06:00, the meeting starts 10:00: nothing once it has begun
    assert due_reminders([feb], RULE, utc(2027, 2, 17, 10), grace) == []


def test_after_a_long_pause_only_the_latest_reminder_of_a_meeting_goes_out() -> None:
    meetings = build_calendar(RULE, (), date(2027, 2, 28))
    feb = [m for m in meetings if m.id == "2027-02"]
    due = due_reminders(feb, RULE, utc(2027, 2, 17, 7), timedelta(days=30))
    assert [r.key for r in due] == ["reminder:2027-02-17:0d"]


def test_weekday_policies() -> None:
    sunday = date(2023, 1, 15)
    assert apply_weekday_policy(sunday, "nearest_wednesday") == date(2023, 1, 18)  # #67
    assert apply_weekday_policy(sunday, "skip_weekends") == date(2023, 1, 16)
    assert apply_weekday_policy(date(2026, 8, 15), "skip_weekends") == date(2026, 8, 17)
    assert apply_weekday_policy(date(2026, 8, 14), "skip_weekends") == date(2026, 8, 14)
    assert apply_weekday_policy(sunday, "none") == sunday


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_nearest_wednesday_is_a_wednesday_within_three_days(day: date) -> None:
    moved = apply_weekday_policy(day, "nearest_wednesday")
    assert moved.weekday() == 2 and abs((moved - day).days) <= 3


@given(st.datetimes(min_value=datetime(2027, 1, 1), max_value=datetime(2027, 12, 31)),
       st.integers(min_value=0, max_value=72))
def test_due_reminders_respect_their_window(naive: datetime, hours: int) -> None:
    now, grace = naive.replace(tzinfo=UTC), timedelta(hours=hours)
    for r in due_reminders(build_calendar(RULE, OVERRIDES, date(2028, 1, 31)), RULE, now,
                           grace):
        assert r.due <= now <= r.due + grace and now < r.meeting.start
        assert not r.meeting.cancelled


def test_a_cancelled_meeting_gives_its_number_to_the_next() -> None:
    meetings = build_calendar(RULE, [Override(month="2027-02", cancelled=True)],
                              date(2027, 3, 1))
    numbers = {m.id: m.number for m in meetings}
    assert numbers["2027-01"] == 80 and numbers["2027-02"] is None
    assert numbers["2027-03"] == 81


def test_a_move_then_a_cancellation_raise_the_sequence() -> None:
    ovs = [Override(month="2027-03", moved_to=utc(2027, 3, 10, 18)),
           Override(month="2027-03", cancelled=True)]
    march = next(m for m in build_calendar(RULE, ovs, date(2027, 3, 31)) if m.id == "2027-03")
    assert march.cancelled and march.sequence == 2
    revived = [*ovs, Override(month="2027-03", moved_to=utc(2027, 3, 24, 18))]
    march = next(m for m in build_calendar(RULE, revived, date(2027, 3, 31))
                 if m.id == "2027-03")
    assert not march.cancelled and march.sequence == 3


def test_same_day_reminder_of_an_early_meeting_precedes_it() -> None:
    early = Meeting("2027-01", utc(2027, 1, 13, 2), timedelta(minutes=90))
    assert reminder_due(early, "0d", time(6)) == utc(2027, 1, 13, 0)
    assert reminder_due(early, "1d", time(6)) == utc(2027, 1, 12, 6)


ZONES = ("UTC", "America/Los_Angeles", "Europe/Brussels", "Asia/Singapore")


def _shown(start: datetime) -> list[str]:
    return [z.text for z in zone_times(Meeting("x", start, timedelta(minutes=90)), ZONES)]


def test_zone_times_across_the_spring_changes() -> None:
    # US clocks moved on 14 March 2027, Europe's only on 28 March
    assert _shown(utc(2027, 3, 17, 18)) == [
        "Wed 17 Mar 2027 18:00-19:30 UTC",
        "Wed 17 Mar 2027 11:00-12:30 PDT (UTC-07:00)",
        "Wed 17 Mar 2027 19:00-20:30 CET (UTC+01:00)",
        "Thu 18 Mar 2027 02:00-03:30 UTC+08:00",
    ]
    assert _shown(utc(2027, 4, 14, 2))[1:3] == [
        "Tue 13 Apr 2027 19:00-20:30 PDT (UTC-07:00)",
        "Wed 14 Apr 2027 04:00-05:30 CEST (UTC+02:00)",
    ]


def test_zone_times_across_the_autumn_changes() -> None:
    # Europe moved back on 31 October 2027, the US on 7 November
    assert _shown(utc(2027, 10, 27, 10))[1:3] == [
        "Wed 27 Oct 2027 03:00-04:30 PDT (UTC-07:00)",
        "Wed 27 Oct 2027 12:00-13:30 CEST (UTC+02:00)",
    ]
    assert _shown(utc(2027, 11, 3, 10))[1:3] == [
        "Wed 03 Nov 2027 03:00-04:30 PDT (UTC-07:00)",
        "Wed 03 Nov 2027 11:00-12:30 CET (UTC+01:00)",
    ]
    assert _shown(utc(2027, 11, 17, 10))[1] == "Wed 17 Nov 2027 02:00-03:30 PST (UTC-08:00)"
    # a meeting that runs over local midnight shows the day it ends
    assert _shown(utc(2027, 11, 17, 23))[2] == "Thu 18 Nov 2027 00:00-01:30 CET (UTC+01:00)"
