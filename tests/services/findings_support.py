"""Shared by the findings tests: a context on a real in-memory store, facts by month."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cscbot.adapters.sqlite import SqliteStore
from cscbot.config import parse
from cscbot.domain.findings import FindingsFacts, MissedMetric, MonthCompliance
from cscbot.render import Renderer
from cscbot.services import findings
from cscbot.services.context import Context

NOW = datetime(2026, 11, 9, 10, 0, tzinfo=UTC)
REPORT_URL = "https://www.iana.org/performance/csc-reports/202610"
SUBSCRIBE_URL = "https://mm.icann.org/mailman/listinfo/csc-announce"

RETEST = MissedMetric("Technical checks: retest after earlier failed tests",
                      "A registry's own name servers did not answer during the retest.")
SUPPLEMENTAL = MissedMetric("Supplemental technical checks",
                            "One request waited for a manual check.")
CCTLD = MissedMetric("Category IV: ccTLD validation and reviews",
                     "A complex transfer needed more documentation.")


def history(last: str = "2026-09", n: int = 11) -> tuple[MonthCompliance, ...]:
    """Past months: all met except every third, one miss (the published pattern)."""
    year, month = map(int, last.split("-"))
    out = []
    for _ in range(n):
        out.append(MonthCompliance(f"{year}-{month:02d}", 64 - (month % 3 == 0), 64))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return tuple(reversed(out))


EXCELLENT = FindingsFacts("2026-10", 64, 64, history=history())
SATISFACTORY = FindingsFacts("2026-10", 65, 62, (RETEST, SUPPLEMENTAL, CCTLD),
                             headline_pct=None, history=history())
ONE_MISS = FindingsFacts("2026-10", 64, 63, (RETEST,), history=history())
REPEATED = FindingsFacts("2026-10", 64, 63, (replace(RETEST, streak=2),), history=history())


def settings_doc(**findings_keys: Any) -> dict[str, Any]:
    return {"bot": {"address": "csc-bot@csc.example.org"},
            "addresses": {"csc_mailbox": "csc@csc.example.org",
                          "secretariat": ["secretariat@csc.example.org"],
                          "announce": "csc-announce@csc.example.org"},
            "findings": findings_keys}


def make_ctx(store: SqliteStore | None = None, **findings_keys: Any) -> Context:
    settings = parse(settings_doc(**findings_keys), Path("/tmp/c.toml"))
    return Context(settings, store or SqliteStore(":memory:"), Renderer())


class Facts:
    """A facts source serving literal facts, registered for the length of a test."""

    def __init__(self) -> None:
        self.by_period: dict[str, FindingsFacts] = {}

    def set(self, facts: FindingsFacts) -> None:
        self.by_period[facts.period] = facts

    def __call__(self, ctx: Context, period: str, now: datetime) -> FindingsFacts | None:
        return self.by_period.get(period)


@contextmanager
def registered_facts() -> Iterator[Facts]:
    source = Facts()
    findings.FACTS_SOURCES.append(source)
    try:
        yield source
    finally:
        findings.FACTS_SOURCES.remove(source)
