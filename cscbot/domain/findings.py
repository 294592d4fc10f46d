"""The CSC's monthly findings, pure: the facts of a month, the compliance figure, the proposed
rating and the rule that proposed it, the 12-month chart rows, the subject.

Everything is computed from a `FindingsFacts` (built by the composition root from the PTI,
complaints and RAP records), so this module knows nothing of where the facts come from.
"""

from __future__ import annotations

import calendar
import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from cscbot.domain.periods import check_period, month_name, parse_period, shift_period

Rating = Literal["Excellent", "Satisfactory", "Needs improvement"]
RATINGS: tuple[Rating, ...] = ("Excellent", "Satisfactory", "Needs improvement")


@dataclass(frozen=True)
class MissedMetric:
    name: str
    narrative: str | None
    """PTI's explanation from "Exceptions and Narrative for Reporting Period"; None when absent."""
    streak: int = 1
    """Consecutive months (this one included) in which this metric was missed."""

    @property
    def explained(self) -> bool:
        return bool(self.narrative and self.narrative.strip())


@dataclass(frozen=True)
class MonthCompliance:
    period: str
    """YYYY-MM"""
    met: int
    total: int

    @property
    def pct(self) -> Decimal:
        return compliance_pct(self.met, self.total)


@dataclass(frozen=True)
class FindingsFacts:
    """Everything one month's findings need, gathered from the stores at drafting time."""

    period: str
    """The month reported, YYYY-MM."""
    total: int
    """Applicable thresholds (N)."""
    met: int
    """Thresholds met (n)."""
    missed: tuple[MissedMetric, ...] = ()
    headline_pct: Decimal | None = None
    """PTI's own figure from its mail, shown to the secretariat only (PTI rounds unevenly)."""
    history: tuple[MonthCompliance, ...] = ()
    """Compliance of the months up to this one, oldest first (the chart shows the last 12)."""
    complaints: int = 0
    """Complaints received in the month."""
    complaint_clusters: tuple[str, ...] = ()
    """Labels of the clusters those complaints belong to."""
    systemic_flags: tuple[str, ...] = ()
    """Labels of open systemic/persistent pattern flags."""
    escalations: tuple[str, ...] = ()
    """One line per open escalation (RAP case)."""
    sla_changes: tuple[str, ...] = ()
    """One line per SLA change in progress."""
    correction: bool = False
    """The report corrects a month already posted (cscbot also knows this from its own record)."""

    def __post_init__(self) -> None:
        check_period(self.period)
        if not 0 <= self.met <= self.total or self.total <= 0:
            raise ValueError(f"{self.period}: thresholds met {self.met} of {self.total} "
                             "is not a compliance figure")


# --- the figure --------------------------------------------------------------------------------


def compliance_pct(met: int, total: int) -> Decimal:
    """met / total as a percentage, one decimal, half-up (never PTI's own rounding)."""
    return (Decimal(met * 100) / Decimal(total)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def format_pct(pct: Decimal) -> str:
    """'95.4', and '100' for full compliance (as the CSC has always written it)."""
    return "100" if pct == 100 else f"{pct:.1f}"


# --- the rating --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RatingRules:
    consecutive_misses: int = 2
    """A metric missed this many months in a row proposes Needs improvement."""
    on_unexplained_miss: bool = True
    on_systemic_flag: bool = True


@dataclass(frozen=True)
class RatingProposal:
    rating: Rating
    rule: str
    """The rule that fired, in words the secretariat reads."""
    reasons: tuple[str, ...] = ()
    """Every rule that fired (the first is `rule`), and notes the secretariat should weigh."""


def propose_rating(facts: FindingsFacts, rules: RatingRules) -> RatingProposal:
    """The bot's proposal; the CSC decides (the secretariat confirms or overrides)."""
    flags = tuple(f"open systemic flag: {f}" for f in facts.systemic_flags)
    if facts.met == facts.total:
        return RatingProposal("Excellent",
                              f"every applicable threshold met ({facts.total} of {facts.total})",
                              flags)
    reasons: list[str] = []
    for m in facts.missed:
        if m.streak >= rules.consecutive_misses:
            reasons.append(f"{m.name} missed {m.streak} months in a row "
                           f"(rule: {rules.consecutive_misses})")
    if rules.on_unexplained_miss:
        reasons += [f"{m.name} missed without an explanation from PTI"
                    for m in facts.missed if not m.explained]
        unnamed = facts.total - facts.met - len(facts.missed)
        if unnamed > 0:
            reasons.append(f"{unnamed} missed threshold(s) not named in the report")
    if rules.on_systemic_flag:
        reasons += flags
    if reasons:
        return RatingProposal("Needs improvement", reasons[0], tuple(reasons))
    misses = facts.total - facts.met
    return RatingProposal("Satisfactory",
                          f"each of the {misses} missed threshold(s) is explained by PTI and "
                          "no rule points to a performance issue")


def parse_rating(text: str) -> Rating:
    """A rating as the secretariat may type it ('satisfactory', 'Needs Improvement')."""
    wanted = " ".join(text.split()).strip("\"'").casefold()
    for r in RATINGS:
        if r.casefold() == wanted:
            return r
    raise ValueError(f"{text!r} is not a rating ({', '.join(RATINGS)})")


# --- the chart ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartRow:
    label: str
    """'Oct 2026'"""
    met: int
    total: int
    pct: str
    """'95.4'"""
    width: int
    """Bar length in percent of the chart width (0-100)."""
    full: bool
    current: bool


def chart_rows(facts: FindingsFacts, months: int = 12) -> tuple[ChartRow, ...]:
    """The last `months` months up to the facts' month, oldest first (this month included)."""
    by_period = {h.period: h for h in facts.history if h.period < facts.period}
    by_period[facts.period] = MonthCompliance(facts.period, facts.met, facts.total)
    rows = []
    for h in sorted(by_period.values(), key=lambda h: h.period)[-months:]:
        pct = h.pct
        rows.append(ChartRow(month_name(h.period, short=True), h.met, h.total, format_pct(pct),
                             int(pct.to_integral_value(ROUND_HALF_UP)), h.met == h.total,
                             h.period == facts.period))
    return tuple(rows)


# --- identity of a report ----------------------------------------------------------------------


def report_fingerprint(facts: FindingsFacts) -> str:
    """What PTI reported for the month; equal for a re-imported identical report.

    Only the report's own content counts: a complaint filed later, or an earlier month's
    record, does not turn the same report into a correction.
    """
    report = {"period": facts.period, "total": facts.total, "met": facts.met,
              "missed": sorted([m.name, (m.narrative or "").strip()] for m in facts.missed),
              "headline": None if facts.headline_pct is None else str(facts.headline_pct)}
    canonical = json.dumps(report, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def facts_to_json(facts: FindingsFacts) -> str:
    d = asdict(facts)
    d["headline_pct"] = None if facts.headline_pct is None else str(facts.headline_pct)
    return json.dumps(d, sort_keys=True, ensure_ascii=False)


def facts_from_json(text: str) -> FindingsFacts:
    d: dict[str, Any] = json.loads(text)
    d["missed"] = tuple(MissedMetric(**m) for m in d.get("missed", ()))
    d["history"] = tuple(MonthCompliance(**h) for h in d.get("history", ()))
    d["headline_pct"] = None if d.get("headline_pct") is None else Decimal(d["headline_pct"])
    for k in ("complaint_clusters", "systemic_flags", "escalations", "sla_changes"):
        d[k] = tuple(d.get(k, ()))
    return FindingsFacts(**d)


# --- the decision ------------------------------------------------------------------------------

MIN_DAYS_TO_DECIDE = 2
"""A draft made late (or a correction) still gets this long before the secretariat is nudged."""


def decision_due(period: str, reminder_day: int, drafted_at: datetime) -> datetime:
    """When an undecided draft earns a reminder: the configured day of the month after the
    period, and never sooner than MIN_DAYS_TO_DECIDE after drafting."""
    year, month = parse_period(shift_period(period, 1))
    due = datetime(year, month, reminder_day, tzinfo=UTC)
    return max(due, drafted_at + timedelta(days=MIN_DAYS_TO_DECIDE))


# --- the subject -------------------------------------------------------------------------------

SUBJECT_FIELDS = ("month_name", "year", "yyyymm", "period")


def fill_month(pattern: str, period: str) -> str:
    """Fill {month_name} {year} {yyyymm} {period} of a configured subject or URL."""
    year, month = parse_period(period)
    return pattern.format(month_name=calendar.month_name[month], year=year,
                          yyyymm=f"{year}{month:02d}", period=period)


@dataclass(frozen=True)
class Announcement:
    subject: str
    body: str


def parse_announcement(text: str) -> Announcement:
    """An ad-hoc announcement file: first line 'Subject: ...', then the body."""
    first, _, rest = text.lstrip("\ufeff").partition("\n")
    name, sep, subject = first.partition(":")
    if not sep or name.strip().lower() != "subject" or not subject.strip():
        raise ValueError("the first line must be 'Subject: <the subject>'")
    body = rest.strip("\n")
    if not body.strip():
        raise ValueError("the announcement has a subject but no text")
    return Announcement(" ".join(subject.split()), body.rstrip() + "\n")
