"""Reminder service on the real store: once per key, grace, moves and cancellations by command."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import icalendar
import pytest

from cscbot.adapters.sqlite import SqliteStore
from cscbot.config import Settings, parse
from cscbot.errors import CommandError
from cscbot.render import Renderer
from cscbot.services.context import Context
from cscbot.services.reminders import digest_section, override_meeting, send_due_reminders

MEETINGS: dict[str, Any] = {
    "rotation_utc": ["02:00", "10:00", "18:00"], "weekday_policy": "nearest_wednesday",
    "first_number": 100, "first_month": "2026-10", "grace_hours": 12,
    "zones": ["UTC", "America/Los_Angeles", "Europe/Brussels"],
    "agenda_url": "https://community.example.org/csc/meetings",
    "dial_in": "Zoom https://zoom.example/j/42",
    "public_recipients": ["csc-announce@csc.example.org"],
}
# 2026-12: the 15th is a Tuesday -> Wed 16 Dec, third month of the rotation -> 18:00 UTC
DEC = datetime(2026, 12, 16, 18, tzinfo=UTC)


def settings(tmp: Path, **meetings: Any) -> Settings:
    doc = {"bot": {"address": "csc-bot@csc.example.org", "name": "CSC mail robot"},
           "addresses": {"csc_mailbox": "csc@csc.example.org",
                         "secretariat": ["s@csc.example.org"],
                         "announce": "csc-announce@csc.example.org",
                         "members": ["members@csc.example.org"]},
           "meetings": {**MEETINGS, **meetings}}
    return parse(doc, tmp / "c.toml")


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[Context]:
    store = SqliteStore(":memory:")
    yield Context(settings(tmp_path), store, Renderer())
    store.close()


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def message(ctx: Context, key: str) -> EmailMessage:
    row = ctx.store.outbox_get(key)
    assert row is not None, key
    msg = email.message_from_bytes(row.data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def event(ctx: Context, key: str) -> tuple[str, Any]:
    msg = message(ctx, key)
    (part,) = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    assert part.get_param("method") in ("REQUEST", "CANCEL")
    cal = icalendar.Calendar.from_ical(part.get_payload(decode=True))
    (ev,) = cal.walk("VEVENT")
    return str(cal["METHOD"]), ev


def test_restarts_at_every_hour_of_a_reminder_day_send_each_once(ctx: Context) -> None:
    for hour in range(24):
        send_due_reminders(ctx, utc(2026, 12, 15, hour, 7))
    keys = sorted(r.key for r in ctx.store.outbox_list())
    assert keys == ["reminder:2026-12-16:1d"]


def test_the_reminder_says_when_where_and_what(ctx: Context) -> None:
    report = send_due_reminders(ctx, utc(2026, 12, 9, 6))
    assert report.queued == ["reminder:2026-12-16:7d"]
    msg = message(ctx, "reminder:2026-12-16:7d")
    assert msg["Subject"] == "Reminder: CSC meeting #102 on Wed 16 Dec 2026 18:00 UTC"
    assert msg["To"] == "members@csc.example.org"
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    for expected in ("in 7 days", "Wed 16 Dec 2026 10:00-11:30 PST (UTC-08:00)",
                     "Wed 16 Dec 2026 19:00-20:30 CET (UTC+01:00)",
                     "PTI's performance report and the CSC findings for November 2026",
                     "Welcome and roll call", "AOB", "Zoom https://zoom.example/j/42",
                     "https://community.example.org/csc/meetings",
                     "CSC meeting #103: Wed 13 Jan 2027 02:00 UTC"):
        assert expected in text, expected
    method, ev = event(ctx, "reminder:2026-12-16:7d")
    assert method == "REQUEST" and ev.decoded("DTSTART") == DEC and ev["SEQUENCE"] == 0


def test_downtime_across_the_due_time(ctx: Context) -> None:
    send_due_reminders(ctx, utc(2026, 12, 15, 5))  # 1d due at 06:00: not yet
    send_due_reminders(ctx, utc(2026, 12, 15, 18, 1))  # back 12h01 late: let go
    assert ctx.store.outbox_list() == []
    send_due_reminders(ctx, utc(2026, 12, 16, 17, 59))  # 0d due at 06:00: still within grace
    assert [r.key for r in ctx.store.outbox_list()] == ["reminder:2026-12-16:0d"]
    assert message(ctx, "reminder:2026-12-16:0d")["Subject"].startswith("Today:")


def test_a_move_updates_the_same_entry_and_later_a_cancel(ctx: Context) -> None:
    send_due_reminders(ctx, utc(2026, 12, 9, 6))
    _, first = event(ctx, "reminder:2026-12-16:7d")
    answer = override_meeting(ctx, "2026-12", utc(2026, 12, 17, 18), False, "s@csc.example.org",
                              utc(2026, 12, 10, 9))
    assert "moved to Thu 17 Dec 2026 18:00 UTC" in answer
    method, moved = event(ctx, "meeting-change:2026-12:1")
    assert method == "REQUEST" and str(moved["UID"]) == str(first["UID"])
    assert moved["SEQUENCE"] == 1 and moved.decoded("DTSTART") == utc(2026, 12, 17, 18)
    notice = message(ctx, "meeting-notice:2026-12:1")
    assert notice["To"] == "csc-announce@csc.example.org" and notice["Precedence"] == "list"
    # the reminders now follow the new date
    send_due_reminders(ctx, utc(2026, 12, 16, 6))
    assert ctx.store.outbox_has("reminder:2026-12-17:1d")
    assert not ctx.store.outbox_has("reminder:2026-12-16:1d")
    override_meeting(ctx, "2026-12", None, True, "s@csc.example.org", utc(2026, 12, 16, 9))
    method, cancel = event(ctx, "meeting-change:2026-12:2")
    assert method == "CANCEL" and str(cancel["UID"]) == str(first["UID"])
    assert cancel["SEQUENCE"] == 2 and str(cancel["STATUS"]) == "CANCELLED"
    send_due_reminders(ctx, utc(2026, 12, 17, 6))
    assert not ctx.store.outbox_has("reminder:2026-12-17:0d")


@pytest.mark.parametrize(("month", "moved_to", "cancelled", "now", "words"), [
    ("2026-13", None, True, utc(2026, 12, 1), "not a month"),
    ("2026-12", None, False, utc(2026, 12, 1), "either"),
    ("2026-12", utc(2026, 12, 20, 18), True, utc(2026, 12, 1), "either"),
    ("2026-09", None, True, utc(2026, 8, 1), "no regular meeting"),
    ("2026-11", None, True, utc(2026, 12, 1), "already started"),
    ("2026-12", utc(2026, 11, 30, 18), False, utc(2026, 12, 1), "in the past"),
    ("2026-12", DEC, False, utc(2026, 12, 1), "already at that time"),
    ("2026-12", datetime(2026, 12, 16, 18), False, utc(2026, 12, 1), "already at that time"),
])
def test_impossible_overrides_say_why(ctx: Context, month: str, moved_to: datetime | None,
                                      cancelled: bool, now: datetime, words: str) -> None:
    with pytest.raises(CommandError, match=words):
        override_meeting(ctx, month, moved_to, cancelled, "s@csc.example.org", now)
    assert ctx.store.meeting_overrides() == [] and ctx.store.outbox_list() == []


def test_cancelling_twice_is_refused(ctx: Context) -> None:
    override_meeting(ctx, "2027-02", None, True, "s@csc.example.org", utc(2026, 12, 1))
    with pytest.raises(CommandError, match="already cancelled"):
        override_meeting(ctx, "2027-02", None, True, "s@csc.example.org", utc(2026, 12, 2))


def test_a_config_edit_after_the_invitation_sends_the_update(tmp_path: Path) -> None:
    store = SqliteStore(":memory:")
    before = Context(settings(tmp_path), store, Renderer())
    send_due_reminders(before, utc(2026, 12, 9, 6))
    edited = settings(tmp_path, overrides=[{"month": "2026-12", "cancelled": True,
                                            "note": "no quorum"}])
    after = Context(edited, store, Renderer())
    report = send_due_reminders(after, utc(2026, 12, 9, 6, 15))
    assert report.changes == ["meeting-change:2026-12:1", "meeting-notice:2026-12:1"]
    method, ev = event(after, "meeting-change:2026-12:1")
    assert method == "CANCEL" and ev["SEQUENCE"] == 1
    assert send_due_reminders(after, utc(2026, 12, 9, 6, 30)).changes == []
    store.close()


def test_no_recipients_is_a_notice_not_a_crash(tmp_path: Path) -> None:
    store = SqliteStore(":memory:")
    s = settings(tmp_path)
    bare = Context(replace(s, addresses=replace(s.addresses, members=())), store, Renderer())
    report = send_due_reminders(bare, utc(2026, 12, 9, 6))
    assert report.queued == [] and report.problem and "no recipients" in report.problem
    assert [n.ref for n in store.notices()] == ["meetings.recipients"]
    store.close()


def test_digest_section_lists_upcoming_meetings(ctx: Context) -> None:
    send_due_reminders(ctx, utc(2026, 12, 9, 6))
    override_meeting(ctx, "2027-01", None, True, "s@csc.example.org", utc(2026, 12, 9, 7))
    section = digest_section(ctx, None, utc(2026, 12, 9, 8))
    assert section is not None and section.title == "Upcoming meetings"
    assert [i.id for i in section.items] == ["2026-12", "2027-01"]
    dec, jan = section.items
    assert dec.text == "CSC meeting #102: Wed 16 Dec 2026 18:00 UTC"
    assert "reminder 7d: Wed 09 Dec 06:00 UTC (queued)" in dec.details
    assert jan.text.endswith("CANCELLED")
    assert digest_section(ctx, None, utc(2026, 12, 9, 8) - timedelta(days=400)) is None
