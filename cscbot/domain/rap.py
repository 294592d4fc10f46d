"""Remedial Action Procedures (RAP): a case, its stages, letters and response windows.

Pure: every function takes the case and `now` and returns a new case (or what is due); the
services load and store it.  A stage starts with its letter drafted; the window opens when the
secretariat approves the letter (it is sent); a response from the stage's recipients closes
the window; a window that passes unanswered has lapsed.  Only the secretariat moves a case on
(`advance`) or closes it (`resolve`): nothing here happens by itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Literal

from cscbot.errors import CommandError

StageStatus = Literal["drafted", "sent", "responded", "lapsed"]
ReminderKind = Literal["before", "lapse"]

_TAG = re.compile(r"\[RAP-(\d+)\]", re.IGNORECASE)
_CASE_ID = re.compile(r"^(?:RAP-)?(\d+)$", re.IGNORECASE)


def case_label(number: int) -> str:
    return f"RAP-{number}"


def parse_case_id(text: str) -> int:
    """'RAP-3', 'rap-3' or '3' -> 3; anything else is a CommandError naming the input."""
    m = _CASE_ID.match(text.strip())
    if not m:
        raise CommandError(f"{text!r} is not a RAP case id (like RAP-3)")
    return int(m[1])


def case_in_subject(subject: str) -> int | None:
    """The case number of a `[RAP-n]` tag in a subject, or None."""
    m = _TAG.search(subject)
    return int(m[1]) if m else None


@dataclass(frozen=True)
class Evidence:
    """Why the case was opened: what the CSC saw, as plain references."""

    cluster: str | None = None
    """Complaint cluster short id (K7) when opened by `escalate`."""
    complaints: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()
    """SLA metrics missed."""
    months: tuple[str, ...] = ()
    """YYYY-MM months concerned."""
    note: str = ""

    def describe(self) -> str:
        parts = []
        if self.metrics:
            parts.append("missed: " + "; ".join(self.metrics))
        if self.months:
            parts.append("months: " + ", ".join(self.months))
        if self.cluster:
            parts.append(f"cluster {self.cluster}")
        if self.complaints:
            parts.append("complaints: " + ", ".join(self.complaints))
        if self.note:
            parts.append(self.note)
        return "; ".join(parts) or "no evidence recorded"

    def to_dict(self) -> dict[str, Any]:
        return {"cluster": self.cluster, "complaints": list(self.complaints),
                "metrics": list(self.metrics), "months": list(self.months), "note": self.note}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        return cls(cluster=d.get("cluster"), complaints=tuple(d.get("complaints", ())),
                   metrics=tuple(d.get("metrics", ())), months=tuple(d.get("months", ())),
                   note=d.get("note", ""))


@dataclass(frozen=True)
class StagePlan:
    """One step of the escalation path as configured: who is written to, how long they have."""

    name: str
    recipients: tuple[str, ...]
    window_days: int
    template: str


@dataclass(frozen=True)
class Stage:
    index: int
    """1-based position in the escalation path."""
    name: str
    recipients: tuple[str, ...]
    window_days: int
    template: str
    started_at: datetime
    started_by: str
    draft_id: int | None = None
    sent_at: datetime | None = None
    responded_at: datetime | None = None

    @property
    def deadline(self) -> datetime | None:
        """End of the response window; None until the letter is sent."""
        if self.sent_at is None:
            return None
        return self.sent_at + timedelta(days=self.window_days)

    def status(self, now: datetime) -> StageStatus:
        if self.sent_at is None:
            return "drafted"
        if self.responded_at is not None:
            return "responded"
        deadline = self.deadline
        return "lapsed" if deadline is not None and now >= deadline else "sent"


@dataclass(frozen=True)
class RapCase:
    number: int
    evidence: Evidence
    opened_at: datetime
    opened_by: str
    stages: tuple[Stage, ...]
    """Stages reached so far, in order; the last is the current one."""
    resolved_at: datetime | None = None
    resolved_by: str | None = None
    summary: str | None = None

    @property
    def label(self) -> str:
        return case_label(self.number)

    @property
    def current(self) -> Stage:
        return self.stages[-1]

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None

    def stage(self, index: int) -> Stage:
        for s in self.stages:
            if s.index == index:
                return s
        raise CommandError(f"{self.label} has not reached stage {index}")


def _start(plan: StagePlan, index: int, by: str, now: datetime) -> Stage:
    return Stage(index=index, name=plan.name, recipients=plan.recipients,
                 window_days=plan.window_days, template=plan.template, started_at=now,
                 started_by=by)


def open_case(number: int, evidence: Evidence, first: StagePlan, by: str,
              now: datetime) -> RapCase:
    return RapCase(number=number, evidence=evidence, opened_at=now, opened_by=by,
                   stages=(_start(first, 1, by, now),))


def _must_be_open(case: RapCase) -> None:
    if not case.is_open:
        raise CommandError(f"{case.label} was resolved on {case.resolved_at:%Y-%m-%d}"
                           f" by {case.resolved_by}")


def _replace_stage(case: RapCase, stage: Stage) -> RapCase:
    return replace(case, stages=tuple(stage if s.index == stage.index else s
                                      for s in case.stages))


def with_draft(case: RapCase, index: int, draft_id: int | None) -> RapCase:
    return _replace_stage(case, replace(case.stage(index), draft_id=draft_id))


def letter_sent(case: RapCase, index: int, now: datetime) -> RapCase:
    """The stage's letter was approved and queued: its response window opens now."""
    _must_be_open(case)
    stage = case.stage(index)
    if index != case.current.index:
        raise CommandError(f"{case.label} has moved on to stage {case.current.index}; the"
                           f" letter of stage {index} ({stage.name}) is no longer due")
    if stage.sent_at is not None:
        raise CommandError(f"the letter of {case.label} stage {index} was sent on"
                           f" {stage.sent_at:%Y-%m-%d}")
    return _replace_stage(case, replace(stage, sent_at=now))


def response_received(case: RapCase, index: int, now: datetime) -> RapCase:
    """A response from the recipients of stage `index`: its window is answered (first wins)."""
    stage = case.stage(index)
    if stage.sent_at is None or stage.responded_at is not None:
        return case
    return _replace_stage(case, replace(stage, responded_at=now))


def advance(case: RapCase, plans: tuple[StagePlan, ...], by: str, now: datetime) -> RapCase:
    """Move to the next configured stage (the secretariat's `advance`)."""
    _must_be_open(case)
    index = case.current.index
    if index >= len(plans):
        raise CommandError(f"{case.label} is at the last stage ({case.current.name});"
                           f" resolve it with a summary")
    return replace(case, stages=(*case.stages, _start(plans[index], index + 1, by, now)))


def set_window(case: RapCase, days: int, now: datetime) -> RapCase:
    """Change the current stage's response window, as agreed with its recipients."""
    _must_be_open(case)
    if days <= 0:
        raise CommandError(f"a response window must be at least 1 day, not {days}")
    return _replace_stage(case, replace(case.current, window_days=days))


def resolve(case: RapCase, summary: str, by: str, now: datetime) -> RapCase:
    _must_be_open(case)
    if not summary.strip():
        raise CommandError(f"resolving {case.label} needs a summary of the outcome")
    return replace(case, resolved_at=now, resolved_by=by, summary=summary.strip())


@dataclass(frozen=True)
class DueReminder:
    """A reminder to the secretariat about a response window."""

    case: str
    stage_index: int
    stage_name: str
    kind: ReminderKind
    deadline: datetime

    @property
    def key(self) -> str:
        """Outbox key: once per case, stage, kind and deadline (an extended window reminds
        again for its new end)."""
        return (f"rap:{self.case}:stage{self.stage_index}:{self.kind}"
                f":{self.deadline:%Y-%m-%d}")


def due_reminders(case: RapCase, now: datetime, remind_before_days: int,
                  ) -> tuple[DueReminder, ...]:
    """What to tell the secretariat at `now`: the window ends soon, or has lapsed.

    Only the current stage of an open case with its letter sent and no response counts.  Once
    the window has lapsed only the lapse is due (a 'soon' reminder after the fact is noise).
    """
    stage = case.current
    deadline = stage.deadline
    if not case.is_open or deadline is None or stage.responded_at is not None:
        return ()
    if now >= deadline:
        kind: ReminderKind = "lapse"
    elif remind_before_days > 0 and now >= deadline - timedelta(days=remind_before_days):
        kind = "before"
    else:
        return ()
    return (DueReminder(case.label, stage.index, stage.name, kind, deadline),)
