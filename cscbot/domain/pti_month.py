"""A month of PTI performance: each metric judged, n of N computed by cscbot, history and streaks.

`judge_report` turns what the report states (`ParsedReport`) into a `MonthRecord` against the
catalogue in force that month.  cscbot's own count is the figure of record; PTI's headline is
kept beside it and a difference beyond rounding is flagged.  A row the catalogue does not know
still counts (judged by the report's own target) and is flagged; a catalogue metric the report
does not give is listed as missing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from cscbot.domain.periods import shift_period
from cscbot.domain.pti_report import ParsedReport, ReportRow
from cscbot.domain.sla import MetricDefinition, match_metric, normalise

Status = Literal["met", "missed", "not_applicable"]

_EPSILON = 1e-9


@dataclass(frozen=True)
class MetricResult:
    key: str
    """Catalogue key, or 'unlisted:<category>:<wording>' for a row the catalogue lacks."""
    category: str | None
    name: str
    """The catalogue's wording (the report's for an unlisted row)."""
    reported_name: str
    status: Status
    actual_pct: float | None
    target_pct: float | None
    threshold: str | None
    reported_met: bool | None
    """PTI's own met column (None when absent)."""
    narrative: str | None = None
    flags: tuple[str, ...] = ()
    """'unlisted', 'status_differs', 'target_differs', 'no_actual'."""

    @property
    def listed(self) -> bool:
        return not self.key.startswith("unlisted:")


@dataclass(frozen=True)
class MonthRecord:
    period: str
    metrics: tuple[MetricResult, ...]
    headline_pct: float | None
    headline_count: tuple[int, int] | None
    missing: tuple[str, ...]
    """Catalogue keys in force that month that the report does not give."""
    source: str
    periods: dict[str, str] = field(default_factory=dict)
    problems: tuple[str, ...] = ()
    narrative: str = ""

    @property
    def total(self) -> int:
        """N: every applicable metric the report gives."""
        return sum(1 for m in self.metrics if m.status != "not_applicable")

    @property
    def met(self) -> int:
        return sum(1 for m in self.metrics if m.status == "met")

    @property
    def missed(self) -> tuple[str, ...]:
        return tuple(m.key for m in self.metrics if m.status == "missed")

    @property
    def not_applicable(self) -> tuple[str, ...]:
        return tuple(m.key for m in self.metrics if m.status == "not_applicable")

    @property
    def unlisted(self) -> tuple[MetricResult, ...]:
        return tuple(m for m in self.metrics if not m.listed)

    @property
    def computed_pct(self) -> float | None:
        """met ÷ total × 100, unrounded; None for a headline-only report."""
        return 100.0 * self.met / self.total if self.total else None

    @property
    def headline_only(self) -> bool:
        return not self.metrics

    def overall_pct(self) -> float | None:
        """cscbot's figure when it has rows, else PTI's headline (the best there is)."""
        return self.computed_pct if self.metrics else self.headline_pct

    def headline_differs(self, tolerance_pct: float) -> bool:
        """PTI's headline disagrees with cscbot's count beyond rounding (or in n of N)."""
        if self.headline_only:
            return False
        computed = self.computed_pct
        if self.headline_pct is not None and computed is not None and \
                abs(self.headline_pct - computed) > tolerance_pct + _EPSILON:
            return True
        return self.headline_count is not None and self.headline_count != (self.met, self.total)

    def result(self, key: str) -> MetricResult | None:
        return next((m for m in self.metrics if m.key == key), None)

    def to_json(self, tolerance_pct: float) -> dict[str, Any]:
        """The record as `cscbot pti-report parse --json` prints it."""
        computed = self.computed_pct
        return {
            "period": self.period, "total": self.total, "met": self.met,
            "missed": list(self.missed), "not_applicable": list(self.not_applicable),
            "headline_pct": self.headline_pct,
            "headline_count": list(self.headline_count) if self.headline_count else None,
            "computed_pct": None if computed is None else round(computed, 1),
            "headline_mismatch": self.headline_differs(tolerance_pct),
            "unlisted": [m.key for m in self.unlisted], "missing": list(self.missing),
            "source": self.source, "periods": dict(self.periods),
            "period_conflict": len(set(self.periods.values())) > 1,
            "problems": list(self.problems),
            "metrics": [_result_json(m) for m in self.metrics],
        }


def _result_json(m: MetricResult) -> dict[str, Any]:
    d = asdict(m)
    d["flags"] = list(m.flags)
    return d


# --- storage form (the store keeps the record as JSON) ---------------------------------------


def record_to_dict(record: MonthRecord) -> dict[str, Any]:
    d = asdict(record)
    d["headline_count"] = list(record.headline_count) if record.headline_count else None
    return d


def record_from_dict(d: dict[str, Any]) -> MonthRecord:
    metrics = tuple(MetricResult(**{**m, "flags": tuple(m.get("flags", ()))})
                    for m in d["metrics"])
    count = d.get("headline_count")
    return MonthRecord(
        period=d["period"], metrics=metrics, headline_pct=d.get("headline_pct"),
        headline_count=(int(count[0]), int(count[1])) if count else None,
        missing=tuple(d.get("missing", ())), source=d.get("source", ""),
        periods=dict(d.get("periods", {})), problems=tuple(d.get("problems", ())),
        narrative=d.get("narrative", ""))


# --- judging ---------------------------------------------------------------------------------


def judge_report(report: ParsedReport, period: str, metrics: Sequence[MetricDefinition]
                 ) -> MonthRecord:
    """Judge every row against the catalogue in force in `period` (`metrics`)."""
    results: list[MetricResult] = []
    problems = list(report.problems)
    seen: set[str] = set()
    for row in report.rows:
        definition = match_metric(metrics, row.category, row.metric, row.phase)
        if definition is not None and definition.key in seen:
            problems.append(f"{row.metric!r}: given twice; the second row is kept as unlisted")
            definition = None
        result = _judge_row(row, definition)
        if result is None:
            problems.append(f"{row.metric!r}: neither an actual figure nor a met/missed value")
            continue
        seen.add(result.key)
        results.append(result)
    results = _with_narratives(results, report.narrative)
    missing = tuple(m.key for m in metrics if m.key not in seen) if report.rows else ()
    return MonthRecord(period=period, metrics=tuple(results), headline_pct=report.headline_pct,
                       headline_count=report.headline_count, missing=missing,
                       source=report.source, periods=dict(report.periods),
                       problems=tuple(problems), narrative=report.narrative)


def _judge_row(row: ReportRow, definition: MetricDefinition | None) -> MetricResult | None:
    flags: list[str] = []
    target = definition.compliance_pct if definition else row.target_pct
    if definition and row.target_pct is not None and \
            abs(row.target_pct - definition.compliance_pct) > _EPSILON:
        flags.append("target_differs")
    if definition is None:
        flags.append("unlisted")
    status: Status
    if row.not_applicable:
        status = "not_applicable"
    elif row.actual_pct is not None and target is not None:
        status = "met" if row.actual_pct + _EPSILON >= target else "missed"
        if row.met is not None and row.met != (status == "met"):
            flags.append("status_differs")
    elif row.met is not None:
        status = "met" if row.met else "missed"
        flags.append("no_actual")
    else:
        return None
    key = definition.key if definition else unlisted_key(row)
    return MetricResult(
        key=key, category=definition.category if definition else row.category,
        name=definition.label if definition else row.metric, reported_name=row.metric,
        status=status, actual_pct=row.actual_pct, target_pct=target, threshold=row.threshold,
        reported_met=row.met, narrative=row.narrative, flags=tuple(flags))


def unlisted_key(row: ReportRow) -> str:
    words = normalise(f"{row.phase or ''} {row.metric}").replace(" ", "_")[:80]
    return f"unlisted:{row.category or '-'}:{words}"


def _with_narratives(results: list[MetricResult], narrative: str) -> list[MetricResult]:
    """Give each miss the narrative paragraph that names it (the only one, if one miss)."""
    paragraphs = [p.strip() for p in re.split(r"\n+", narrative) if len(p.strip()) > 20]
    missed = [r for r in results if r.status == "missed" and not r.narrative]
    out = []
    for r in results:
        if r in missed and paragraphs:
            text = _paragraph_for(r, paragraphs) or (paragraphs[0] if len(missed) == 1 and
                                                     len(paragraphs) == 1 else None)
            if text:
                r = MetricResult(**{**asdict(r), "narrative": text, "flags": r.flags})
        out.append(r)
    return out


def _paragraph_for(result: MetricResult, paragraphs: Sequence[str]) -> str | None:
    wanted = [normalise(result.reported_name), normalise(result.name.split(": ", 1)[-1])]
    for paragraph in paragraphs:
        flat = normalise(paragraph)
        if any(w and w in flat for w in wanted):
            return paragraph
    best, best_share = None, 0.6
    for paragraph in paragraphs:
        words = set(normalise(paragraph).split())
        mine = set(wanted[0].split())
        share = len(mine & words) / len(mine) if mine else 0.0
        if share > best_share:
            best, best_share = paragraph, share
    return best


# --- history and streaks ---------------------------------------------------------------------


@dataclass(frozen=True)
class MetricMonth:
    """One metric in one month, as the current record of that month has it."""

    period: str
    key: str
    status: Status
    actual_pct: float | None
    target_pct: float | None


def miss_streak(history: Sequence[MetricMonth], upto: str) -> int:
    """Consecutive months missed, ending at `upto` (0 when `upto` was not missed).

    A month where the metric had no requests (not applicable) neither extends nor breaks the
    streak; a month with no record of the metric at all breaks it (nothing says it was missed).
    """
    by_period = {h.period: h.status for h in history}
    streak, month = 0, upto
    if by_period.get(upto) != "missed":
        return 0
    while True:
        status = by_period.get(month)
        if status == "missed":
            streak += 1
        elif status != "not_applicable":
            return streak
        month = shift_period(month, -1)


def longest_streak(history: Sequence[MetricMonth]) -> int:
    """The longest run of consecutive missed months anywhere in the history."""
    return max((miss_streak(history, h.period) for h in history if h.status == "missed"),
               default=0)
