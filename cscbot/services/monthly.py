"""The month, end to end: PTI's report read -> the findings drafted from every record.

This is where the features meet: the PTI month record, its streaks and history, the month's
complaints and clusters, open RAP cases and SLA changes become the `FindingsFacts` the findings
draft is made from.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from cscbot.domain.findings import FindingsFacts, MissedMetric, MonthCompliance
from cscbot.domain.mail import MailMessage
from cscbot.domain.periods import shift_period
from cscbot.domain.pti_month import MonthRecord
from cscbot.domain.pti_report import ParsedReport
from cscbot.domain.sla import MetricDefinition, match_metric, normalise
from cscbot.domain.sla_change import SlaChange
from cscbot.errors import CommandError
from cscbot.services import findings, pti, rap, sla_change
from cscbot.services.context import Context


def handle_pti_report(ctx: Context, msg: MailMessage, now: datetime) -> str:
    """Dispatch handler for 'pti_report': store the month, then draft its findings."""
    return _drafted_after(ctx, pti.import_report_message(ctx, msg, now), now)


def import_pti_report(ctx: Context, report: ParsedReport, source: str, now: datetime,
                      period: str | None = None) -> str:
    """A report read from a file (`cscbot pti-report import`): what a mailed one causes."""
    with ctx.store.transaction():
        return _drafted_after(ctx, pti.import_report(ctx, report, source, now, period), now)


def _drafted_after(ctx: Context, outcome: pti.ImportOutcome, now: datetime) -> str:
    summary = pti.describe_import(outcome)
    if not outcome.unchanged and not outcome.record.headline_only:
        summary += "; " + findings.findings_after_report(ctx, outcome.record.period, now)
    return summary


def _history(ctx: Context, period: str) -> tuple[MonthCompliance, ...]:
    out = []
    for i in range(11, -1, -1):
        month = shift_period(period, -i)
        record = pti.month_record(ctx, month)
        if record is not None and not record.headline_only and record.total:
            out.append(MonthCompliance(month, record.met, record.total))
    return tuple(out)


def _missed(record: MonthRecord, streaks: dict[str, int]) -> tuple[MissedMetric, ...]:
    missed = []
    for key in record.missed:
        result = record.result(key)
        if result is not None:
            missed.append(MissedMetric(result.name, result.narrative, streaks.get(key, 1)))
    return tuple(missed)


def _complaints_of(ctx: Context, period: str) -> dict[str, Any]:
    """The month's complaints, their clusters' labels, and open systemic flags."""
    start = datetime.fromisoformat(f"{period}-01T00:00:00+00:00")
    end = f"{shift_period(period, 1)}-01"
    rows = [r for r in ctx.store.complaints_since(start - timedelta(microseconds=1))
            if r.received_at < end]
    labels = {}
    for r in rows:
        cluster = ctx.store.cluster_get(r.cluster_id) if r.cluster_id else None
        if cluster is not None:
            labels[cluster.id] = cluster.label
    open_clusters = {c.id: c.label for c in ctx.store.clusters(status="open")}
    flags = tuple(dict.fromkeys(
        open_clusters[f.cluster_id] for f in ctx.store.cluster_flags()
        if f.kind == "systemic" and f.cluster_id in open_clusters))
    return {"complaints": len(rows), "complaint_clusters": tuple(labels.values()),
            "systemic_flags": flags}


def findings_facts(ctx: Context, period: str, now: datetime) -> FindingsFacts | None:
    """The facts of one month, or None while PTI's report for it has not been read."""
    data = pti.findings_input(ctx, period)
    if data is None or data.record.headline_only or not data.record.total:
        return None
    record = data.record
    headline = None if record.headline_pct is None else Decimal(str(record.headline_pct))
    return FindingsFacts(
        period=period, total=record.total, met=record.met,
        missed=_missed(record, data.streaks), headline_pct=headline,
        history=_history(ctx, period),
        **_complaints_of(ctx, period),
        escalations=tuple(rap.open_cases_summary(ctx, now)),
        sla_changes=tuple(sla_change.changes_in_progress(ctx)),
        correction=data.corrected)


def apply_sla_change(ctx: Context, change: SlaChange, now: datetime) -> None:
    """An implemented SLA change becomes a catalogue version from its month on.

    A changed or retired metric keeps its key (found by category and wording in the catalogue
    in force that month); a new one gets a key from its category, phase and name.
    """
    implemented = change.implemented
    month = implemented.month if implemented and implemented.month else change.effective_month
    d = change.definition
    current = match_metric(pti.catalogue_for(ctx, month), d.category, d.metric, d.phase)
    if change.action != "new" and current is None:
        raise CommandError(f"{change.label}: no metric {d.describe()!r} in force in {month}")
    if change.action == "retired":
        assert current is not None
        version = replace(current, effective_from=month, retired_from=month)
    else:
        key = current.key if current else ".".join(
            (d.category, _slug(d.phase), _slug(d.metric)))
        version = MetricDefinition(
            key=key, category=d.category, phase=d.phase, name=d.metric,
            threshold=d.threshold if d.threshold is not None else current.threshold
            if current else 0.0,
            unit=d.unit or (current.unit if current else ""), type=d.type,
            compliance_pct=d.compliance_pct if d.compliance_pct is not None
            else current.compliance_pct if current else 100.0,
            period="monthly", effective_from=month)
    pti.add_catalogue_version(ctx, version, now)


def _slug(text: str) -> str:
    return normalise(text).replace(" ", "_")[:40] or "metric"
