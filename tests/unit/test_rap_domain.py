"""The pure RAP state machine: window status and what is due at `now`, as properties."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cscbot.domain import rap
from cscbot.errors import CommandError

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
PLANS = tuple(rap.StagePlan(name, (f"s{i}@x.example",), 10, "rap_letter")
              for i, name in enumerate(("CSC with PTI", "PTI Board", "PTI President")))


def sent_case(window: int = 10) -> rap.RapCase:
    case = rap.open_case(1, rap.Evidence(months=("2026-10",)), PLANS[0], "sec", T0)
    case = rap.set_window(case, window, T0)
    return rap.letter_sent(case, 1, T0)


@given(window=st.integers(1, 60), before=st.integers(0, 20),
       offset=st.integers(-5 * 24, 90 * 24))
def test_exactly_one_kind_is_due_in_each_part_of_the_window(window: int, before: int,
                                                            offset: int) -> None:
    case = sent_case(window)
    now = T0 + timedelta(hours=offset)
    deadline = T0 + timedelta(days=window)
    due = rap.due_reminders(case, now, before)
    kinds = [d.kind for d in due]
    if now >= deadline:
        assert kinds == ["lapse"] and case.current.status(now) == "lapsed"
    elif before and now >= deadline - timedelta(days=before):
        assert kinds == ["before"] and case.current.status(now) == "sent"
    else:
        assert kinds == []
    assert all(d.deadline == deadline for d in due)


@given(offset=st.integers(0, 90 * 24))
def test_nothing_is_due_once_answered_or_resolved(offset: int) -> None:
    now = T0 + timedelta(hours=offset)
    answered = rap.response_received(sent_case(), 1, T0 + timedelta(days=1))
    assert rap.due_reminders(answered, now, 2) == ()
    resolved = rap.resolve(sent_case(), "remedied", "sec", T0)
    assert rap.due_reminders(resolved, now, 2) == ()


def test_a_drafted_letter_has_no_window() -> None:
    case = rap.open_case(1, rap.Evidence(), PLANS[0], "sec", T0)
    assert case.current.deadline is None and case.current.status(T0) == "drafted"
    assert rap.due_reminders(case, T0 + timedelta(days=99), 2) == ()


def test_transitions_and_their_refusals() -> None:
    case = sent_case()
    with pytest.raises(CommandError, match="was sent on 2026-11-02"):
        rap.letter_sent(case, 1, T0)
    case = rap.advance(case, PLANS, "sec", T0 + timedelta(days=11))
    case = rap.advance(case, PLANS, "sec", T0 + timedelta(days=12))
    assert [s.index for s in case.stages] == [1, 2, 3] and case.current.name == "PTI President"
    with pytest.raises(CommandError, match="last stage"):
        rap.advance(case, PLANS, "sec", T0)
    with pytest.raises(CommandError, match="has not reached stage 4"):
        case.stage(4)
    done = rap.resolve(case, " remedied ", "sec", T0)
    assert done.summary == "remedied" and not done.is_open
    with pytest.raises(CommandError, match="was resolved on"):
        rap.set_window(done, 20, T0)


@pytest.mark.parametrize(("text", "number"), [("RAP-3", 3), ("rap-12", 12), (" 7 ", 7)])
def test_case_ids(text: str, number: int) -> None:
    assert rap.parse_case_id(text) == number


def test_bad_case_id_and_subject_tags() -> None:
    with pytest.raises(CommandError, match="not a RAP case id"):
        rap.parse_case_id("K7")
    assert rap.case_in_subject("Re: [RAP-4] CSC Remedial Action Procedures") == 4
    assert rap.case_in_subject("Re: RAP-4 without brackets") is None


def test_reminder_keys_name_the_deadline() -> None:
    (due,) = rap.due_reminders(sent_case(), T0 + timedelta(days=9), 2)
    assert due.key == "rap:RAP-1:stage1:before:2026-11-12"
