"""Periods 'YYYY-MM': one parser and one arithmetic for every feature."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cscbot.domain.periods import (
    check_period,
    month_name,
    parse_period,
    period_of,
    shift_period,
)

periods = st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(1000, 9000), st.integers(1, 12))


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026-1", "26-10", "October", "",
                                  "2026-10 "])
def test_anything_but_a_month_is_refused_by_name(text: str) -> None:
    with pytest.raises(ValueError, match=f"{text!r} is not a month YYYY-MM"):
        check_period(text)


@given(periods, st.integers(-600, 600))
def test_shifting_there_and_back_is_the_same_month(period: str, months: int) -> None:
    assert shift_period(shift_period(period, months), -months) == period


@given(periods)
def test_the_next_month_sorts_after(period: str) -> None:
    assert shift_period(period, 1) > period


def test_shifting_crosses_year_ends() -> None:
    assert shift_period("2026-12", 1) == "2027-01"
    assert shift_period("2026-01", -1) == "2025-12"
    assert shift_period("2026-10", -22) == "2024-12"


def test_names_and_dates() -> None:
    assert parse_period("2026-03") == (2026, 3)
    assert period_of(date(2026, 3, 31)) == "2026-03"
    assert month_name("2026-10") == "October 2026"
    assert month_name("2026-10", short=True) == "Oct 2026"
