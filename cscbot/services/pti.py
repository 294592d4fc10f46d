"""PTI's monthly report: import it as the month's record, keep the catalogue and the history.

Judging is pure (`domain.pti_month`); this module picks the catalogue in force for the month
(shipped data merged with versions SLA changes added), stores the record (a re-import with a
different content becomes a new version; the previous one is kept as history) and tells the
secretariat, through notices for its digest, everything it must hear: unlisted and missing
metrics, a headline that disagrees with cscbot's count, a period the report contradicts, a
correction, what could not be read.

What the findings feature uses: `findings_input(ctx, period)` (record, streak of each missed
metric, last 12 months' compliance, corrected or not), `month_record`, `month_versions`,
`corrected_after`, `metric_history`, `compliance_history`.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime
from functools import lru_cache
from importlib import resources

from cscbot.domain.mail import MailMessage
from cscbot.domain.periods import check_period, month_name, period_of, shift_period
from cscbot.domain.pti_month import (
    MetricMonth,
    MonthRecord,
    judge_report,
    miss_streak,
    record_from_dict,
    record_to_dict,
)
from cscbot.domain.pti_report import ParsedReport, parse_report_message
from cscbot.domain.sla import Catalogue, MetricDefinition, parse_catalogue_csv
from cscbot.errors import QuarantineError
from cscbot.services.context import Context

log = logging.getLogger(__name__)

# --- the catalogue ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def shipped_catalogue() -> tuple[MetricDefinition, ...]:
    """The catalogue shipped in the package (cscbot/data/sla_catalogue.csv)."""
    data = resources.files("cscbot") / "data" / "sla_catalogue.csv"
    return tuple(parse_catalogue_csv(data.read_text(encoding="utf-8"), str(data)))


def add_catalogue_version(ctx: Context, definition: MetricDefinition, now: datetime) -> None:
    """Record an SLA change: `definition` applies from its `effective_from` month on.

    A new key adds a metric; an existing key changes it from that month; `retired_from` set
    retires it.  Months before `effective_from` keep being judged by the older version.
    """
    check_period(definition.effective_from)
    ctx.store.sla_version_put(key=definition.key, effective_from=definition.effective_from,
                              definition_json=json.dumps(asdict(definition), sort_keys=True),
                              now=now)


def catalogue(ctx: Context) -> Catalogue:
    """Shipped versions, then stored ones (a stored version wins for the same month)."""
    stored = []
    for text in ctx.store.sla_versions():
        d = json.loads(text)
        d["aliases"] = tuple(d.get("aliases", ()))
        stored.append(MetricDefinition(**d))
    return Catalogue((*shipped_catalogue(), *stored))


def catalogue_for(ctx: Context, period: str) -> list[MetricDefinition]:
    """The catalogue in force in `period` (YYYY-MM)."""
    return catalogue(ctx).metrics_for(period)


# --- import ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportOutcome:
    record: MonthRecord
    version: int
    """1 for a month's first report; higher for a correction."""
    unchanged: bool
    """The same content was imported before: nothing stored."""

    @property
    def corrected(self) -> bool:
        return self.version > 1 and not self.unchanged


def report_period(report: ParsedReport, received: datetime | None) -> str | None:
    """The report's own month; else the month before it was received (PTI reports early in
    the following month)."""
    if report.period:
        return report.period
    if received is not None:
        return shift_period(period_of(received), -1)
    return None


def judge(ctx: Context, report: ParsedReport, period: str) -> MonthRecord:
    """The month record of a parsed report, against the catalogue in force in `period`."""
    return judge_report(report, period, catalogue_for(ctx, period))


def import_report(ctx: Context, report: ParsedReport, source: str, now: datetime,
                  period: str | None = None, received: datetime | None = None) -> ImportOutcome:
    """Store the month record and queue the notices it calls for (inside one transaction).

    Raises QuarantineError (kind report_unreadable) when nothing at all can be read.
    """
    period = period or report_period(report, received)
    if not report.readable or period is None:
        why = "no metric table and no headline" if not report.readable else "no month found"
        raise QuarantineError(
            f"PTI report unreadable ({source}): {why}; tried: {'; '.join(report.problems)}",
            notice_kind="report_unreadable", notice_ref=source,
            details={"problems": list(report.problems), "source": report.source})
    record = judge(ctx, report, check_period(period))
    with ctx.store.transaction():
        current = ctx.store.pti_month_current(period)
        if current is not None:
            previous = record_from_dict(json.loads(current.record))
            if record_to_dict(previous) == record_to_dict(record) or (
                    record.headline_only and not previous.headline_only):
                return ImportOutcome(previous, current.version, unchanged=True)
        row = ctx.store.pti_month_add(
            period=period, record_json=json.dumps(record_to_dict(record), sort_keys=True),
            source=source, now=now,
            results=[(m.key, m.status, m.actual_pct, m.target_pct) for m in record.metrics])
        outcome = ImportOutcome(record, row.version, unchanged=False)
        _notify(ctx, outcome, source, now)
    log.info("pti: %s v%d from %s: %d of %d met", period, row.version, source, record.met,
             record.total)
    return outcome


def _notify(ctx: Context, outcome: ImportOutcome, source: str, now: datetime) -> None:
    """One notice per kind per stored version of the month."""
    record, tolerance = outcome.record, ctx.settings.findings.rounding_tolerance_pct
    month = month_name(record.period)
    ref = record.period if outcome.version == 1 else f"{record.period}#{outcome.version}"
    add = ctx.store.notice_add
    if outcome.corrected:
        add(kind="pti_correction", ref=ref, now=now, details={"source": source},
            summary=f"{month}: PTI's report was imported again with changes (version "
                    f"{outcome.version}); the earlier record is kept as history.")
    if record.unlisted:
        add(kind="unknown_metric", ref=ref, now=now,
            details={"metrics": [m.reported_name for m in record.unlisted]},
            summary=f"{month}: {len(record.unlisted)} metric(s) not in the SLA catalogue, "
                    f"counted and judged by PTI's own target: "
                    + "; ".join(f"{m.reported_name!r} ({m.status})" for m in record.unlisted))
    if record.missing:
        add(kind="missing_metric", ref=ref, now=now, details={"keys": list(record.missing)},
            summary=f"{month}: {len(record.missing)} catalogue metric(s) absent from PTI's "
                    f"report: " + ", ".join(record.missing))
    if record.headline_differs(tolerance):
        computed = record.computed_pct or 0.0
        add(kind="headline_mismatch", ref=ref, now=now,
            details={"headline_pct": record.headline_pct,
                     "headline_count": record.headline_count, "met": record.met,
                     "total": record.total},
            summary=f"{month}: PTI's headline says {_headline(record)}; cscbot counts "
                    f"{record.met} of {record.total} = {computed:.1f} %.")
    if len(set(record.periods.values())) > 1:
        add(kind="period_conflict", ref=ref, now=now, details=dict(record.periods),
            summary=f"{month}: the report names different months ("
                    + ", ".join(f"{k} {v}" for k, v in record.periods.items())
                    + f"); recorded as {record.period}.")
    differing = [m for m in record.metrics if "status_differs" in m.flags]
    if differing:
        add(kind="status_mismatch", ref=ref, now=now,
            details={"keys": [m.key for m in differing]},
            summary=f"{month}: PTI's met/missed column disagrees with its own figures for "
                    + ", ".join(m.name for m in differing) + " (cscbot follows the figures).")
    if record.problems or record.headline_only:
        add(kind="report_incomplete", ref=ref, now=now, details={"problems": list(
            record.problems)}, summary=f"{month}: parts of PTI's report could not be read "
            f"({source}): " + "; ".join(record.problems))


def _headline(record: MonthRecord) -> str:
    parts = []
    if record.headline_pct is not None:
        parts.append(f"{record.headline_pct:g} %")
    if record.headline_count:
        parts.append(f"{record.headline_count[0]} of {record.headline_count[1]}")
    return " / ".join(parts)


def import_report_message(ctx: Context, msg: MailMessage, now: datetime) -> ImportOutcome:
    """Read PTI's report from a mail and store the month (runs inside intake's transaction).

    An unreadable report raises QuarantineError: intake quarantines the message and records
    the report_unreadable notice the error carries (see cscbot.errors.QuarantineError).
    """
    report = parse_report_message(msg)
    source = msg.message_id or f"message of {msg.date or now:%Y-%m-%d} from {msg.from_addr}"
    return import_report(ctx, report, source, now, received=msg.date or now)


def describe_import(outcome: ImportOutcome) -> str:
    record = outcome.record
    state = "unchanged" if outcome.unchanged else (
        f"correction v{outcome.version}" if outcome.corrected else "recorded")
    if record.headline_only:
        return f"pti report {record.period}: headline only ({record.headline_pct} %), {state}"
    return (f"pti report {record.period}: {record.met} of {record.total} met, "
            f"{len(record.missed)} missed, {state}")


# --- what findings and the CLI read ----------------------------------------------------------


@dataclass(frozen=True)
class MonthVersion:
    version: int
    imported_at: datetime
    source: str
    record: MonthRecord
    current: bool


@dataclass(frozen=True)
class FindingsInput:
    """Everything the findings draft needs about one month."""

    record: MonthRecord
    version: int
    corrected: bool
    """The month's record was replaced by a later report (version > 1)."""
    streaks: dict[str, int]
    """Missed metric key -> consecutive months missed, ending with this month."""
    last_12: list[tuple[str, float | None]]
    """(YYYY-MM, overall %) for the 12 months ending with this one; None: no record."""


def month_record(ctx: Context, period: str) -> MonthRecord | None:
    row = ctx.store.pti_month_current(period)
    return record_from_dict(json.loads(row.record)) if row else None


def month_versions(ctx: Context, period: str) -> list[MonthVersion]:
    """Every import of the month, first first; the last one is current."""
    return [MonthVersion(r.version, datetime.fromisoformat(r.imported_at), r.source,
                         record_from_dict(json.loads(r.record)), r.superseded_at is None)
            for r in ctx.store.pti_month_versions(period)]


def corrected_after(ctx: Context, period: str, since: datetime) -> bool:
    """A correction of the month was imported after `since` (e.g. after findings went out)."""
    return any(v.version > 1 and v.imported_at > since for v in month_versions(ctx, period))


def metric_history(ctx: Context, key: str, upto: str | None = None) -> list[MetricMonth]:
    """The metric month by month (current records only), oldest first."""
    return [_metric_month(r.key, r.period, r.status, r.actual_pct, r.target_pct)
            for r in ctx.store.pti_results(key, upto)]


def all_history(ctx: Context, upto: str | None = None) -> list[MetricMonth]:
    """Every metric's months (current records only), by key then month."""
    return [_metric_month(r.key, r.period, r.status, r.actual_pct, r.target_pct)
            for r in ctx.store.pti_results(None, upto)]


def _metric_month(key: str, period: str, status: str, actual: float | None,
                  target: float | None) -> MetricMonth:
    if status not in ("met", "missed", "not_applicable"):
        raise ValueError(f"{key} {period}: unknown status {status!r}")
    return MetricMonth(period, key, status, actual, target)  # type: ignore[arg-type]


STREAK_WINDOW = 12
"""Months read first when counting a run of misses: runs are short, history grows."""


def streaks(ctx: Context, period: str, record: MonthRecord | None = None) -> dict[str, int]:
    """Each metric missed in `period` -> how many months in a row it has been missed."""
    record = record or month_record(ctx, period)
    if record is None:
        return {}
    return {key: _streak(ctx, key, period) for key in record.missed}


def _streak(ctx: Context, key: str, period: str) -> int:
    """The run of misses ending at `period`, reading the whole history only when the run
    fills the recent window (this is asked at every complaint placed)."""
    since = shift_period(period, -(STREAK_WINDOW - 1))
    recent = [_metric_month(r.key, r.period, r.status, r.actual_pct, r.target_pct)
              for r in ctx.store.pti_results(key, period, since)]
    unbroken = len({m.period for m in recent}) == STREAK_WINDOW and all(
        m.status in ("missed", "not_applicable") for m in recent)
    if not unbroken:  # something in the window ended the run: it is all there
        return miss_streak(recent, period)
    return miss_streak(metric_history(ctx, key, period), period)


def compliance_history(ctx: Context, upto: str, months: int = 12
                       ) -> list[tuple[str, float | None]]:
    """(month, overall %) for the `months` months ending with `upto`; None: no record."""
    first = shift_period(upto, -(months - 1))
    known = {r.period: record_from_dict(json.loads(r.record)).overall_pct()
             for r in ctx.store.pti_months(first, upto)}
    return [(p, known.get(p)) for p in (shift_period(first, i) for i in range(months))]


def findings_input(ctx: Context, period: str) -> FindingsInput | None:
    """The month record, its streaks and the year's compliance; None before PTI reported."""
    row = ctx.store.pti_month_current(period)
    if row is None:
        return None
    return FindingsInput(record=record_from_dict(json.loads(row.record)), version=row.version,
                         corrected=row.version > 1, streaks=streaks(ctx, period),
                         last_12=compliance_history(ctx, period))
