"""An SLA change from proposal through every step to implementation: the catalogue applier is
called once with the effective month; out-of-order steps are refused with the reason."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from cscbot.adapters.sqlite import SqliteStore
from cscbot.config import parse
from cscbot.domain.sla_change import MetricDefinition, SlaChange
from cscbot.errors import CommandError
from cscbot.render import Renderer
from cscbot.services import sla_change
from cscbot.services.context import Context

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
RETEST = MetricDefinition(category="I", phase="Technical checks",
                          metric="results of a retest after earlier failed tests",
                          threshold=15, unit="min", type="Max", compliance_pct=95)


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[Context]:
    settings = parse({"bot": {"address": "bot@csc.example.org"},
                      "addresses": {"csc_mailbox": "csc@csc.example.org",
                                    "secretariat": ["s@csc.example.org"],
                                    "announce": "a@csc.example.org"}}, tmp_path / "c.toml")
    store = SqliteStore(":memory:")
    yield Context(settings, store, Renderer())
    store.close()


@pytest.fixture
def applied() -> Iterator[list[tuple[str, str | None]]]:
    calls: list[tuple[str, str | None]] = []

    def apply(_ctx: Context, change: SlaChange, _now: datetime) -> None:
        implemented = change.implemented
        calls.append((change.label, implemented.month if implemented else None))
    sla_change.CATALOGUE_APPLIERS.append(apply)
    yield calls
    sla_change.CATALOGUE_APPLIERS.remove(apply)


def _open(ctx: Context) -> None:
    out = sla_change.open_change(ctx, title="Relax the retest threshold", proposer="PTI",
                                 action="changed", definition=RETEST, effective_month="2026-10",
                                 on=date(2026, 3, 2), by="s@csc.example.org", now=NOW)
    assert out.startswith("opened SLA-1 (changed: Category I, Technical checks: results of a"
                          " retest after earlier failed tests (≤ 15 min, 95 %), from 2026-10)")


STEPS = [("agreement", date(2026, 3, 20)), ("public_comment", date(2026, 4, 1)),
         ("formal_approval", date(2026, 5, 14)), ("council_request", date(2026, 5, 20)),
         ("gnso_approval", date(2026, 6, 18)), ("ccnso_approval", date(2026, 6, 25)),
         ("implementation", date(2026, 9, 1))]


def test_a_change_from_proposal_to_implementation(
        ctx: Context, applied: list[tuple[str, str | None]]) -> None:
    _open(ctx)
    assert sla_change.changes_in_progress(ctx) == [
        "SLA-1 (changed metric: Category I, Technical checks: results of a retest after earlier"
        " failed tests (≤ 15 min, 95 %), proposed by PTI, planned from 2026-10): written proposal"
        " on 2026-03-02; next: CSC and PTI agree the metric."]
    for step, on in STEPS:
        out = sla_change.record_step(ctx, "SLA-1", step, on=on, by="s@csc.example.org", now=NOW)
        assert f"recorded on {on:%Y-%m-%d}" in out
        if step == "public_comment":
            assert out.endswith("public comment until 2026-05-13")  # 6 weeks by default
    assert applied == [("SLA-1", "2026-10")]
    assert sla_change.changes_in_progress(ctx) == []
    assert sla_change.digest_section(ctx, None, NOW) is None
    with pytest.raises(CommandError, match="implementation was already recorded on 2026-09-01"):
        sla_change.record_step(ctx, "SLA-1", "implementation", on=date(2026, 9, 2), by="s",
                               now=NOW)
    assert applied == [("SLA-1", "2026-10")]
    shown = "\n".join(sla_change.describe_change(ctx, "SLA-1"))
    assert "2026-04-01 public comment (until 2026-05-13)" in shown
    assert "2026-09-01 implementation (from 2026-10)" in shown


@pytest.mark.parametrize(("done", "step", "reason"), [
    (0, "public_comment", "cannot be recorded before CSC and PTI agree the metric"),
    (1, "formal_approval", "cannot be recorded before public comment"),
    (3, "ccnso_approval", "cannot be recorded before request to the ccNSO and GNSO Councils"),
    (5, "implementation", "cannot be recorded before ccNSO Council approval$"),
    (4, "implementation", "before ccNSO Council approval and GNSO Council approval"),
    (1, "agreement", "already recorded on 2026-03-20"),
    (0, "launch", "unknown step 'launch'"),
])
def test_out_of_order_steps_are_refused(ctx: Context, done: int, step: str,
                                        reason: str) -> None:
    _open(ctx)
    for name, on in STEPS[:done]:
        sla_change.record_step(ctx, "SLA-1", name, on=on, by="s", now=NOW)
    with pytest.raises(CommandError, match=reason):
        sla_change.record_step(ctx, "SLA-1", step, on=date(2026, 12, 1), by="s", now=NOW)


def test_formal_approval_waits_for_the_end_of_public_comment(ctx: Context) -> None:
    _open(ctx)
    for name, on in STEPS[:2]:
        sla_change.record_step(ctx, "SLA-1", name, on=on, by="s", now=NOW)
    with pytest.raises(CommandError, match="public comment runs until 2026-05-13"):
        sla_change.record_step(ctx, "SLA-1", "formal_approval", on=date(2026, 5, 1), by="s",
                               now=NOW)


def test_without_a_wired_catalogue_the_secretariat_is_told(
        ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sla_change, "CATALOGUE_APPLIERS", [])  # whatever the wiring installed
    _open(ctx)
    for name, on in STEPS:
        sla_change.record_step(ctx, "SLA-1", name, on=on, by="s", now=NOW)
    (notice,) = ctx.store.notices("sla_change")
    assert "no SLA catalogue is wired" in notice.summary


def test_implementation_cannot_predate_the_councils(ctx: Context,
                                                   applied: list[tuple[str, str | None]]) -> None:
    _open(ctx)
    for name, on in STEPS[:-1]:
        sla_change.record_step(ctx, "SLA-1", name, on=on, by="s", now=NOW)
    with pytest.raises(CommandError, match="cannot apply from 2026-05, before the councils"):
        sla_change.record_step(ctx, "SLA-1", "implementation", on=date(2026, 7, 1), by="s",
                               now=NOW, month="2026-05")
    sla_change.record_step(ctx, "SLA-1", "implementation", on=date(2026, 7, 1), by="s",
                           now=NOW, month="2026-08")
    assert applied == [("SLA-1", "2026-08")]


@pytest.mark.parametrize(("kwargs", "reason"), [
    ({"proposer": "ICANN"}, "proposed by CSC or PTI"),
    ({"action": "renamed"}, "must be one of new, changed, retired"),
    ({"definition": MetricDefinition("I", "Submission", "x")}, "needs its threshold, unit"),
    ({"definition": MetricDefinition("I", "Submission", "x", 5, "s", "Max", 120)},
     "percentage"),
    ({"effective_month": "2026-13"}, "not a month"),
])
def test_a_bad_proposal_says_why(ctx: Context, kwargs: dict[str, object], reason: str) -> None:
    args: dict[str, object] = dict(title="t", proposer="CSC", action="new", definition=RETEST,
                                   effective_month="2026-10")
    args.update(kwargs)
    with pytest.raises(CommandError, match=reason):
        sla_change.open_change(ctx, on=date(2026, 3, 2), by="s", now=NOW,
                               **args)  # type: ignore[arg-type]
    assert ctx.store.sla_changes() == []


def test_a_retired_metric_needs_no_threshold(ctx: Context) -> None:
    out = sla_change.open_change(ctx, title="", proposer="CSC", action="retired",
                                 definition=MetricDefinition("IV", "Validation and reviews",
                                                             "ccTLD validation"),
                                 effective_month="2027-01", on=date(2026, 3, 2), by="s", now=NOW)
    assert "retired: Category IV, Validation and reviews: ccTLD validation" in out
    assert sla_change.list_changes(ctx)[0].startswith("SLA-1  retired ccTLD validation (CSC)")
