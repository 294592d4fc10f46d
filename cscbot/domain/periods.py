"""Months as the bot names them: periods 'YYYY-MM' (PTI reports, findings, meetings, clusters).

Pure.  One place for parsing, naming and shifting a period, so that every feature agrees on
what a month is and says the same thing when it is not one.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def parse_period(text: str) -> tuple[int, int]:
    """'2026-10' -> (2026, 10); ValueError naming the text for anything else."""
    m = PERIOD.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a month YYYY-MM")
    return int(m[1]), int(m[2])


def check_period(text: str) -> str:
    """`text` when it is a month YYYY-MM, else ValueError naming it."""
    parse_period(text)
    return text


def period_id(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def period_of(day: date) -> str:
    """The month a date (or datetime) falls in."""
    return period_id(day.year, day.month)


def shift_period(period: str, months: int) -> str:
    """The month `months` after (negative: before) `period`."""
    year, month = parse_period(period)
    index = year * 12 + month - 1 + months
    return period_id(index // 12, index % 12 + 1)


def month_name(period: str, short: bool = False) -> str:
    """'October 2026' ('Oct 2026' when `short`)."""
    year, month = parse_period(period)
    names = calendar.month_abbr if short else calendar.month_name
    return f"{names[month]} {year}"
