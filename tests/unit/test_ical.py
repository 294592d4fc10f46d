"""The iCalendar writer, read back by the `icalendar` library."""

from __future__ import annotations

from datetime import UTC, datetime

import icalendar
from hypothesis import given
from hypothesis import strategies as st

from cscbot.domain.ical import Invitation, calendar_bytes, fold

START = datetime(2026, 12, 16, 18, tzinfo=UTC)


def _invitation(**changes: object) -> Invitation:
    values: dict[str, object] = dict(
        uid="csc-meeting-2026-12@csc.example.org", sequence=0, start=START,
        end=datetime(2026, 12, 16, 19, 30, tzinfo=UTC),
        stamp=datetime(2026, 12, 9, 6, tzinfo=UTC), summary="CSC meeting #120",
        organizer="csc-bot@csc.example.org", organizer_name='CSC "mail" robot, Inc.',
        attendees=("a@x.org", "b@x.org"),
        description="1. Roll call; action items, AOB\n2. Next meetings \\ more",
        location="Zoom: https://zoom.example/j/1", url="https://example.org/agenda")
    values.update(changes)
    return Invitation(**values)  # type: ignore[arg-type]


def test_a_request_reads_back() -> None:
    cal = icalendar.Calendar.from_ical(calendar_bytes(_invitation()))
    assert cal["METHOD"] == "REQUEST"
    (event,) = cal.walk("VEVENT")
    assert str(event["UID"]) == "csc-meeting-2026-12@csc.example.org"
    assert event["SEQUENCE"] == 0
    assert event.decoded("DTSTART") == START
    assert str(event["SUMMARY"]) == "CSC meeting #120"
    assert str(event["DESCRIPTION"]) == ("1. Roll call; action items, AOB\n"
                                         "2. Next meetings \\ more")
    assert str(event["STATUS"]) == "CONFIRMED"
    assert [str(a) for a in event["ATTENDEE"]] == ["mailto:a@x.org", "mailto:b@x.org"]
    assert event["ORGANIZER"].params["CN"] == "CSC mail robot, Inc."


def test_a_cancellation_reads_back() -> None:
    data = calendar_bytes(_invitation(cancelled=True, sequence=2))
    cal = icalendar.Calendar.from_ical(data)
    assert cal["METHOD"] == "CANCEL"
    (event,) = cal.walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED" and event["SEQUENCE"] == 2


def test_lines_are_crlf_and_at_most_75_octets() -> None:
    data = calendar_bytes(_invitation(description="é" * 300, summary="x" * 200))
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in data.split(b"\r\n")) <= 75
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert str(event["DESCRIPTION"]) == "é" * 300


@given(st.text(min_size=0, max_size=400))
def test_folding_keeps_the_text_and_utf8_whole(text: str) -> None:
    line = "DESCRIPTION:" + text.replace("\r", "").replace("\n", "")
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert parts[0] + "".join(p[1:] for p in parts[1:]) == line
