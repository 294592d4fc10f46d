"""The command grammar: one command per line, never guessed, wording between markers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cscbot.domain.commands import Command, NotUnderstood, parse_line, parse_reply


@pytest.mark.parametrize(("line", "expected"), [
    ("approve D3", Command("approve", "approve D3", "D3")),
    ("Approve d3 rating satisfactory",
     Command("approve", "Approve d3 rating satisfactory", "D3", rating="Satisfactory")),
    ("approve D3 rating Needs improvement",
     Command("approve", "approve D3 rating Needs improvement", "D3",
             rating="Needs improvement")),
    ("reject D4 wrong month", Command("reject", "reject D4 wrong month", "D4", "wrong month")),
    ("merge K2 K5", Command("merge", "merge K2 K5", "K2", "K5")),
    ("move csc-2026-0042 K7", Command("move", "move csc-2026-0042 K7", "CSC-2026-0042", "K7")),
    ("rename K7 DNSSEC checks", Command("rename", "rename K7 DNSSEC checks", "K7",
                                        "DNSSEC checks")),
    ("close K7", Command("close", "close K7", "K7")),
    ("close CSC-2026-0042 duplicate", Command("close", "close CSC-2026-0042 duplicate",
                                              "CSC-2026-0042", "duplicate")),
    ("reopen K7", Command("reopen", "reopen K7", "K7")),
    ("escalate K7", Command("escalate", "escalate K7", "K7")),
    ("advance RAP-3", Command("advance", "advance RAP-3", "RAP-3")),
    ("resolve RAP-3 plan delivered", Command("resolve", "resolve RAP-3 plan delivered",
                                             "RAP-3", "plan delivered")),
    ("meeting 2026-12 cancelled", Command("meeting", "meeting 2026-12 cancelled", "2026-12",
                                          cancelled=True)),
    ("meeting 2026-12 moved to 2026-12-10 18:00 UTC",
     Command("meeting", "meeting 2026-12 moved to 2026-12-10 18:00 UTC", "2026-12",
             moved_to=datetime(2026, 12, 10, 18, 0, tzinfo=UTC))),
    ("snooze K7 7", Command("snooze", "snooze K7 7", "K7", "7")),
    ("help", Command("help", "help")),
])
def test_each_command(line: str, expected: Command) -> None:
    assert parse_line(line) == expected


@pytest.mark.parametrize(("line", "problem"), [
    ("Thanks!", "not a command"),
    ("approve", "say which draft"),
    ("approve D3 rating Superb", "rating"),
    ("reject D3", "give a reason"),
    ("merge K2", "usage"),
    ("merge K2 CSC-2026-0001", "usage"),
    ("escalate K7 now please", "unexpected"),
    ("meeting 2026-13 cancelled", "usage"),
    ("meeting 2026-12 moved to tomorrow", "usage"),
    ("snooze K7 1000", "usage"),
    ("rename K7", "usage"),
    ("aprove D3", "not a command"),
])
def test_what_is_not_understood_is_never_guessed(line: str, problem: str) -> None:
    parsed = parse_line(line)
    assert isinstance(parsed, NotUnderstood) and problem in parsed.problem


def test_the_draft_mail_supplies_the_item() -> None:
    assert parse_line("approve", "D9") == Command("approve", "approve", "D9")
    assert parse_line("approve rating Excellent", "D9") == Command(
        "approve", "approve rating Excellent", "D9", rating="Excellent")
    assert parse_line("reject numbers are wrong", "D9") == Command(
        "reject", "reject numbers are wrong", "D9", "numbers are wrong")


def test_a_reply_with_wording_between_markers() -> None:
    parsed = parse_reply("approve D3\n\n--- begin chair paragraph ---\nPTI did well.\n"
                         "approve D4\n--- end chair paragraph ---\nThanks")
    assert [c.target for c in parsed.commands] == ["D3"]
    assert parsed.commands[0].replacement_text == "PTI did well.\napprove D4"
    assert parsed.replacement_name == "chair paragraph"
    assert [u.line for u in parsed.not_understood] == ["Thanks"]


def test_an_unclosed_marker_block_is_reported() -> None:
    parsed = parse_reply("approve D3\n--- begin chair paragraph ---\nwords")
    assert parsed.replacement_text is None and parsed.commands[0].replacement_text is None
    assert "no `--- end chair paragraph ---`" in parsed.not_understood[0].problem


@given(st.text(max_size=300))
def test_parsing_never_raises(text: str) -> None:
    parse_reply(text)
