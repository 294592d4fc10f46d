"""SLA change requests: the agreed procedure from a written proposal to a new catalogue version.

CSC or PTI proposes in writing -> both agree the metric -> public comment (~6 weeks) -> formal
approval by CSC and PTI -> request to the ccNSO and GNSO Councils -> both councils approve ->
PTI implements from month M.  Each step is recorded by command with its date; a step whose
predecessors are missing, or dated before them, is refused with the reason.  Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, Literal

from cscbot.domain.periods import check_period, period_of
from cscbot.errors import CommandError

Proposer = Literal["CSC", "PTI"]
Action = Literal["new", "changed", "retired"]
PROPOSERS: tuple[Proposer, ...] = ("CSC", "PTI")
ACTIONS: tuple[Action, ...] = ("new", "changed", "retired")

STEPS: tuple[str, ...] = ("proposal", "agreement", "public_comment", "formal_approval",
                          "council_request", "ccnso_approval", "gnso_approval",
                          "implementation")

STEP_TITLES: dict[str, str] = {
    "proposal": "written proposal",
    "agreement": "CSC and PTI agree the metric",
    "public_comment": "public comment",
    "formal_approval": "formal approval by CSC and PTI",
    "council_request": "request to the ccNSO and GNSO Councils",
    "ccnso_approval": "ccNSO Council approval",
    "gnso_approval": "GNSO Council approval",
    "implementation": "implementation",
}

_REQUIRES: dict[str, tuple[str, ...]] = {
    "proposal": (),
    "agreement": ("proposal",),
    "public_comment": ("agreement",),
    "formal_approval": ("public_comment",),
    "council_request": ("formal_approval",),
    "ccnso_approval": ("council_request",),
    "gnso_approval": ("council_request",),
    "implementation": ("ccnso_approval", "gnso_approval"),
}

def change_label(number: int) -> str:
    return f"SLA-{number}"


def parse_change_id(text: str) -> int:
    m = re.match(r"^(?:SLA-)?(\d+)$", text.strip(), re.IGNORECASE)
    if not m:
        raise CommandError(f"{text!r} is not an SLA change id (like SLA-2)")
    return int(m[1])


def check_month(text: str) -> str:
    """`text` when it is a month YYYY-MM; a CommandError naming it otherwise."""
    try:
        return check_period(text)
    except ValueError as exc:
        raise CommandError(str(exc)) from None


@dataclass(frozen=True)
class MetricDefinition:
    """The metric as the change leaves it (for `retired`: which one goes)."""

    category: str
    phase: str
    metric: str
    threshold: float | None = None
    unit: str = ""
    """s, min, h, days ..."""
    type: str = "Max"
    compliance_pct: float | None = None

    def describe(self) -> str:
        head = f"Category {self.category}, {self.phase}: {self.metric}"
        if self.threshold is None:
            return head
        limit = f"{'≤' if self.type.lower() == 'max' else '≥'} {self.threshold:g} {self.unit}"
        pct = f", {self.compliance_pct:g} %" if self.compliance_pct is not None else ""
        return f"{head} ({limit}{pct})"

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> MetricDefinition:
        return cls(**d)


def check_definition(action: Action, d: MetricDefinition) -> None:
    """A new or changed metric needs its threshold, unit and compliance; names what is missing."""
    if not (d.category.strip() and d.phase.strip() and d.metric.strip()):
        raise CommandError("a metric needs its category, phase and name")
    if action == "retired":
        return
    missing = [n for n, v in (("threshold", d.threshold), ("unit", d.unit),
                              ("compliance", d.compliance_pct)) if v in (None, "")]
    if missing:
        raise CommandError(f"a {action} metric needs its {', '.join(missing)}")
    if d.compliance_pct is not None and not 0 < d.compliance_pct <= 100:
        raise CommandError(f"compliance must be a percentage in (0, 100], not"
                           f" {d.compliance_pct:g}")
    if d.threshold is not None and d.threshold <= 0:
        raise CommandError(f"threshold must be greater than 0, not {d.threshold:g}")


@dataclass(frozen=True)
class StepRecord:
    step: str
    on: date
    """The date the step happened (as the secretariat says), not when it was typed."""
    recorded_at: datetime
    recorded_by: str
    note: str = ""
    comment_ends: date | None = None
    """public_comment only: the end of the comment period."""
    month: str | None = None
    """implementation only: the first month judged against the changed catalogue."""


@dataclass(frozen=True)
class SlaChange:
    number: int
    title: str
    proposer: Proposer
    action: Action
    definition: MetricDefinition
    effective_month: str
    opened_at: datetime
    opened_by: str
    steps: tuple[StepRecord, ...] = ()

    @property
    def label(self) -> str:
        return change_label(self.number)

    def done(self, step: str) -> StepRecord | None:
        return next((s for s in self.steps if s.step == step), None)

    @property
    def implemented(self) -> StepRecord | None:
        return self.done("implementation")

    def next_steps(self) -> tuple[str, ...]:
        return tuple(s for s in STEPS if self.done(s) is None
                     and all(self.done(r) for r in _REQUIRES[s]))

    @property
    def comment_ends(self) -> date | None:
        rec = self.done("public_comment")
        return rec.comment_ends if rec else None

    def describe_state(self) -> str:
        if self.implemented:
            return f"implemented from {self.implemented.month}"
        last = self.steps[-1] if self.steps else None
        done = f"{STEP_TITLES[last.step]} on {last.on:%Y-%m-%d}" if last else "nothing recorded"
        if last and last.step == "public_comment" and last.comment_ends:
            done += f" (until {last.comment_ends:%Y-%m-%d})"
        nxt = ", ".join(STEP_TITLES[s] for s in self.next_steps())
        return f"{done}; next: {nxt}"


def propose(number: int, *, title: str, proposer: str, action: str,
            definition: MetricDefinition, effective_month: str, on: date, by: str,
            now: datetime) -> SlaChange:
    """A new change request with its written proposal recorded."""
    if proposer not in PROPOSERS:
        raise CommandError(f"an SLA change is proposed by CSC or PTI, not {proposer!r}")
    if action not in ACTIONS:
        raise CommandError(f"the change must be one of {', '.join(ACTIONS)}, not {action!r}")
    check_definition(action, definition)
    change = SlaChange(number=number, title=title.strip() or definition.metric,
                       proposer=proposer, action=action,
                       definition=definition, effective_month=check_month(effective_month),
                       opened_at=now, opened_by=by)
    return record_step(change, "proposal", on=on, by=by, now=now)


def record_step(change: SlaChange, step: str, *, on: date, by: str, now: datetime,
                note: str = "", comment_ends: date | None = None, comment_days: int = 42,
                month: str | None = None) -> SlaChange:
    """Record `step` on date `on`; refuse it when out of order, repeated or dated too early."""
    if step not in STEPS:
        raise CommandError(f"unknown step {step!r}; steps: {', '.join(STEPS)}")
    _check_order(change, step, on)
    if step == "public_comment":
        comment_ends = comment_ends or on + timedelta(days=comment_days)
        if comment_ends <= on:
            raise CommandError(f"public comment must end after it opens ({on:%Y-%m-%d})")
    else:
        comment_ends = None
    month = _implementation_month(change, month) if step == "implementation" else None
    record = StepRecord(step=step, on=on, recorded_at=now, recorded_by=by, note=note,
                        comment_ends=comment_ends, month=month)
    return replace(change, steps=(*change.steps, record))


def _check_order(change: SlaChange, step: str, on: date) -> None:
    title = STEP_TITLES[step]
    earlier = change.done(step)
    if earlier:
        raise CommandError(f"{change.label}: {title} was already recorded on"
                           f" {earlier.on:%Y-%m-%d}")
    missing = [STEP_TITLES[r] for r in _REQUIRES[step] if change.done(r) is None]
    if missing:
        raise CommandError(f"{change.label}: {title} cannot be recorded before"
                           f" {' and '.join(missing)}")
    latest = max((s.on for s in change.steps), default=None)
    if latest and on < latest:
        raise CommandError(f"{change.label}: {title} dated {on:%Y-%m-%d} is before the"
                           f" previous step ({latest:%Y-%m-%d})")
    ends = change.comment_ends
    if step == "formal_approval" and ends and on < ends:
        raise CommandError(f"{change.label}: public comment runs until {ends:%Y-%m-%d};"
                           f" formal approval cannot be dated {on:%Y-%m-%d}")


def _implementation_month(change: SlaChange, month: str | None) -> str:
    month = check_month(month or change.effective_month)
    approvals = [s.on for s in change.steps if s.step in ("ccnso_approval", "gnso_approval")]
    last = max(approvals)
    if month < period_of(last):
        raise CommandError(f"{change.label}: cannot apply from {month}, before the councils'"
                           f" approval ({last:%Y-%m-%d})")
    return month
