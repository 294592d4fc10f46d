"""SLA change requests: open one, record its steps by command, apply it when implemented.

The SLA catalogue belongs to the PTI feature: when the implementation step is recorded, every
function in `CATALOGUE_APPLIERS` is called (inside the same transaction) with the change, so
the composition root wires the catalogue's "new version from month M" there.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date, datetime

from cscbot.domain import sla_change as sc
from cscbot.errors import CommandError
from cscbot.records import SlaChangeRow, SlaStepRow
from cscbot.services.context import Context
from cscbot.services.sections import DigestItem, DigestSection

log = logging.getLogger(__name__)

CatalogueApplier = Callable[[Context, sc.SlaChange, datetime], None]
CATALOGUE_APPLIERS: list[CatalogueApplier] = []
"""Composition root: called once when a change is implemented (new catalogue version from
`change.implemented.month`)."""

def _step_from(row: SlaStepRow) -> sc.StepRecord:
    return sc.StepRecord(step=row.step, on=date.fromisoformat(row.on_date),
                         recorded_at=datetime.fromisoformat(row.recorded_at),
                         recorded_by=row.recorded_by, note=row.note,
                         comment_ends=date.fromisoformat(row.comment_ends)
                         if row.comment_ends else None, month=row.month)


def _change_from(ctx: Context, row: SlaChangeRow) -> sc.SlaChange:
    return sc.SlaChange(
        number=row.id, title=row.title, proposer=row.proposer,  # type: ignore[arg-type]
        action=row.action,  # type: ignore[arg-type]
        definition=sc.MetricDefinition.from_dict(json.loads(row.definition)),
        effective_month=row.effective_month, opened_at=datetime.fromisoformat(row.opened_at),
        opened_by=row.opened_by,
        steps=tuple(_step_from(s) for s in ctx.store.sla_steps(row.id)))


def load_change(ctx: Context, change: str | int) -> sc.SlaChange:
    number = change if isinstance(change, int) else sc.parse_change_id(change)
    row = ctx.store.sla_change_get(number)
    if row is None:
        raise CommandError(f"there is no SLA change {sc.change_label(number)}")
    return _change_from(ctx, row)


def _save_step(ctx: Context, number: int, rec: sc.StepRecord) -> None:
    ctx.store.sla_step_add(SlaStepRow(
        change_id=number, step=rec.step, on_date=rec.on.isoformat(),
        recorded_at=rec.recorded_at.isoformat(), recorded_by=rec.recorded_by, note=rec.note,
        comment_ends=rec.comment_ends.isoformat() if rec.comment_ends else None,
        month=rec.month))


def open_change(ctx: Context, *, title: str, proposer: str, action: str,
                definition: sc.MetricDefinition, effective_month: str, on: date, by: str,
                now: datetime) -> str:
    """A change request, with its written proposal (dated `on`) recorded."""
    checked = sc.propose(0, title=title, proposer=proposer, action=action,
                         definition=definition, effective_month=effective_month, on=on, by=by,
                         now=now)
    with ctx.store.transaction():
        number = ctx.store.sla_change_add(
            title=checked.title, proposer=checked.proposer, action=checked.action,
            definition_json=json.dumps(definition.to_dict()),
            effective_month=checked.effective_month, opened_by=by, now=now)
        _save_step(ctx, number, checked.steps[0])
    log.info("sla change: opened %s by %s", sc.change_label(number), by)
    return (f"opened {sc.change_label(number)} ({checked.action}: {definition.describe()},"
            f" from {checked.effective_month}) proposed by {checked.proposer}")


def record_step(ctx: Context, change: str, step: str, *, on: date, by: str, now: datetime,
                note: str = "", comment_ends: date | None = None,
                month: str | None = None) -> str:
    """Record one step; at implementation the catalogue appliers run in the same transaction."""
    with ctx.store.transaction():
        before = load_change(ctx, change)
        after = sc.record_step(before, step, on=on, by=by, now=now, note=note,
                               comment_ends=comment_ends,
                               comment_days=ctx.settings.rap.sla_public_comment_days, month=month)
        rec = after.steps[-1]
        _save_step(ctx, after.number, rec)
        if step == "implementation":
            _apply(ctx, after, now)
    extra = ""
    if rec.comment_ends:
        extra = f", public comment until {rec.comment_ends:%Y-%m-%d}"
    if rec.month:
        extra = f", catalogue changed from {rec.month}"
    return f"{after.label}: {sc.STEP_TITLES[step]} recorded on {on:%Y-%m-%d}{extra}"


def _apply(ctx: Context, change: sc.SlaChange, now: datetime) -> None:
    if not CATALOGUE_APPLIERS:
        ctx.store.notice_add(kind="sla_change", ref=change.label, now=now,
                             summary=f"{change.label} implemented, but no SLA catalogue is wired:"
                                     " change the catalogue by hand")
    for apply in CATALOGUE_APPLIERS:
        apply(ctx, change, now)


# --- what others show ------------------------------------------------------------------------


def _in_progress(ctx: Context) -> list[sc.SlaChange]:
    changes = (_change_from(ctx, row) for row in ctx.store.sla_changes())
    return [c for c in changes if c.implemented is None]


def changes_in_progress(ctx: Context) -> list[str]:
    """One sentence per change not yet implemented, for the monthly findings; empty if none."""
    return [f"{c.label} ({c.action} metric: {c.definition.describe()}, proposed by"
            f" {c.proposer}, planned from {c.effective_month}): {c.describe_state()}."
            for c in _in_progress(ctx)]


def digest_section(ctx: Context, since: datetime | None, now: datetime) -> DigestSection | None:
    """SectionProvider: SLA changes in progress with their next step."""
    items = tuple(DigestItem(id=c.label, text=f"{c.title}: {c.describe_state()}",
                             details=(c.definition.describe(),))
                  for c in _in_progress(ctx))
    return DigestSection(title="SLA changes in progress", items=items) if items else None


def list_changes(ctx: Context) -> list[str]:
    return [f"{c.label}  {c.action} {c.definition.metric} ({c.proposer}):"
            f" {c.describe_state()}"
            for c in (_change_from(ctx, row) for row in ctx.store.sla_changes())]


def describe_change(ctx: Context, change: str) -> list[str]:
    c = load_change(ctx, change)
    lines = [f"{c.label}  {c.title}", f"  proposed by {c.proposer}; {c.action}:"
             f" {c.definition.describe()}; effective {c.effective_month}",
             f"  {c.describe_state()}"]
    for s in c.steps:
        extra = f" (until {s.comment_ends:%Y-%m-%d})" if s.comment_ends else ""
        extra += f" (from {s.month})" if s.month else ""
        note = f": {s.note}" if s.note else ""
        lines.append(f"  {s.on:%Y-%m-%d} {sc.STEP_TITLES[s.step]}{extra}, recorded by"
                     f" {s.recorded_by}{note}")
    return lines
