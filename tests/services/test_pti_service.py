"""Import into the real store: versions and corrections, notices, catalogue changes, handler,
and what findings reads (streaks, last 12 months)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cscbot.adapters.sqlite import SqliteStore
from cscbot.cli.pti import read_report_file
from cscbot.config import Settings, load
from cscbot.domain.mail import parse_message
from cscbot.domain.pti_report import ParsedReport, ReportRow
from cscbot.errors import QuarantineError
from cscbot.render import Renderer
from cscbot.services import pti
from cscbot.services.context import Context
from cscbot.services.dispatch import handler_for
from cscbot.services.monthly import handle_pti_report

DATA = Path(__file__).resolve().parents[1] / "data" / "pti"
NOW = datetime(2026, 11, 6, 17, 0, tzinfo=UTC)
RETEST = "I.technical_checks.retest"


@pytest.fixture
def ctx(config_file: Path) -> Context:
    settings: Settings = load(config_file)
    return Context(settings, SqliteStore(":memory:"), Renderer(None))


def _report(period: str, retest: str, headline: float | None = None) -> ParsedReport:
    """A small report of the Category I retest metric only."""
    row = ReportRow(metric="Technical checks: results of a retest after earlier failed tests",
                    category="I", actual_pct=float(retest) if retest != "na" else None,
                    not_applicable=retest == "na")
    return ParsedReport(rows=(row,), source="test", headline_pct=headline,
                        periods={"subject": period})


def test_mail_handler_records_the_month_and_tells_the_digest(ctx: Context) -> None:
    from cscbot import wiring
    wiring.install()  # the month's facts reach findings through the wiring
    handler = handler_for("pti_report")
    assert handler is not None
    msg = parse_message((DATA / "attached-2018-05.eml").read_bytes())
    with ctx.store.transaction():
        account = handler(ctx, msg, NOW)
    head, _, findings = account.partition("; ")
    assert head == "pti report 2018-05: 62 of 65 met, 3 missed, recorded"
    assert findings.startswith("drafted CSC findings for May 2018 as D1, proposed")
    (draft,) = ctx.store.drafts(kind="findings")
    assert draft.subject_ref == "2018-05"
    record = pti.month_record(ctx, "2018-05")
    assert record is not None and record.met == 62
    (notice,) = ctx.store.notices("headline_mismatch")
    assert notice.ref == "2018-05" and "95.2 %" in notice.summary and "95.4 %" in notice.summary
    assert not ctx.store.notices("missing_metric")


def test_unknown_and_missing_metrics_become_notices(ctx: Context) -> None:
    report = read_report_file(DATA / "csv-2026-10.eml")
    pti.import_report(ctx, report, "<report.2026-10.csv@iana.example>", NOW)
    (unknown,) = ctx.store.notices("unknown_metric")
    assert "DNSSEC key signing key rollover" in unknown.summary
    (missing,) = ctx.store.notices("missing_metric")
    assert missing.details == {"keys": ["RZM.notice.maintenance"]}


def test_unreadable_report_is_quarantined_with_its_notice(ctx: Context) -> None:
    """The notice rides on the error: intake records it after rolling the handler back."""
    msg = parse_message((DATA / "unreadable-2021-06.eml").read_bytes())
    with pytest.raises(QuarantineError) as caught, ctx.store.transaction():
        handle_pti_report(ctx, msg, NOW)
    error = caught.value
    assert "report.pdf" in str(error) and error.notice_kind == "report_unreadable"
    # what intake's quarantine path does with it (cscbot.errors.QuarantineError)
    ctx.store.notice_add(kind=error.notice_kind, ref=error.notice_ref, summary=str(error),
                         details=error.details, now=NOW)
    (notice,) = ctx.store.notices("report_unreadable")
    assert notice.ref == "<report.2021-06@iana.example>"
    assert pti.month_record(ctx, "2021-06") is None


def test_a_correction_replaces_the_month_and_keeps_history(ctx: Context) -> None:
    first = pti.import_report(ctx, _report("2026-09", "90"), "a", NOW)
    again = pti.import_report(ctx, _report("2026-09", "90"), "a again", NOW)
    later = NOW.replace(day=20)
    fixed = pti.import_report(ctx, _report("2026-09", "97"), "b", later)
    assert (first.version, again.unchanged, fixed.version, fixed.corrected) == (1, True, 2, True)
    record = pti.month_record(ctx, "2026-09")
    assert record is not None and record.missed == ()
    versions = pti.month_versions(ctx, "2026-09")
    assert [(v.version, v.current, v.record.missed) for v in versions] == [
        (1, False, (RETEST,)), (2, True, ())]
    assert pti.corrected_after(ctx, "2026-09", NOW.replace(day=10))
    assert not pti.corrected_after(ctx, "2026-09", later)
    assert [n.ref for n in ctx.store.notices("pti_correction")] == ["2026-09#2"]
    assert [h.status for h in pti.metric_history(ctx, RETEST)] == ["met"]


def test_a_catalogue_change_judges_its_month_and_later_only(ctx: Context) -> None:
    (retest,) = [m for m in pti.shipped_catalogue() if m.key == RETEST]
    pti.add_catalogue_version(ctx, replace(retest, compliance_pct=90.0,
                                           effective_from="2026-06"), NOW)
    added = replace(retest, key="I.technical_checks.dnssec", name="DNSSEC validation",
                    effective_from="2026-06")
    pti.add_catalogue_version(ctx, added, NOW)

    def target(period: str) -> float:
        (m,) = [m for m in pti.catalogue_for(ctx, period) if m.key == RETEST]
        return m.compliance_pct
    assert (target("2026-05"), target("2026-06"), target("2026-07")) == (95.0, 90.0, 90.0)
    keys = {p: {m.key for m in pti.catalogue_for(ctx, p)} for p in ("2026-05", "2026-06")}
    assert "I.technical_checks.dnssec" in keys["2026-06"] - keys["2026-05"]
    may = pti.import_report(ctx, _report("2026-05", "92"), "may", NOW).record
    june = pti.import_report(ctx, _report("2026-06", "92"), "june", NOW).record
    assert (may.missed, june.missed) == ((RETEST,), ())
    retired = replace(retest, effective_from="2026-08", retired_from="2026-08")
    pti.add_catalogue_version(ctx, retired, NOW)
    assert RETEST in {m.key for m in pti.catalogue_for(ctx, "2026-07")}
    assert RETEST not in {m.key for m in pti.catalogue_for(ctx, "2026-08")}


def test_findings_input_has_streaks_and_the_year(ctx: Context) -> None:
    for period, retest in (("2026-06", "90"), ("2026-07", "91"), ("2026-08", "na"),
                           ("2026-09", "80"), ("2026-10", "99")):
        pti.import_report(ctx, _report(period, retest, headline=100.0), period, NOW)
    september = pti.findings_input(ctx, "2026-09")
    assert september is not None and september.streaks == {RETEST: 3}
    assert not september.corrected and september.version == 1
    assert september.last_12[-4:] == [("2026-06", 0.0), ("2026-07", 0.0), ("2026-08", None),
                                      ("2026-09", 0.0)]
    assert september.last_12[0] == ("2025-10", None) and len(september.last_12) == 12
    october = pti.findings_input(ctx, "2026-10")
    assert october is not None and october.streaks == {}
    assert pti.findings_input(ctx, "2026-11") is None


def test_headline_only_report_is_kept_but_never_replaces_a_full_one(ctx: Context) -> None:
    msg = parse_message((DATA / "headline-2021-05.eml").read_bytes())
    assert "headline only (98.4 %)" in handle_pti_report(ctx, msg, NOW)
    assert pti.compliance_history(ctx, "2021-05", 1) == [("2021-05", 98.4)]
    assert ctx.store.notices("report_incomplete")
    pti.import_report(ctx, _report("2021-05", "99"), "full", NOW)
    outcome = pti.import_report(ctx, read_report_file(DATA / "headline-2021-05.eml"), "h", NOW)
    assert outcome.unchanged and not outcome.record.headline_only


@pytest.mark.parametrize(("months", "na_at", "expected"), [
    (pti.STREAK_WINDOW + 5, None, pti.STREAK_WINDOW + 5),  # a run longer than the window
    (pti.STREAK_WINDOW + 2, 3, pti.STREAK_WINDOW + 1),  # a month without requests inside it
    (pti.STREAK_WINDOW - 1, None, pti.STREAK_WINDOW - 1),  # broken inside the window
])
def test_a_run_of_misses_is_counted_whole_however_long(
        ctx: Context, months: int, na_at: int | None, expected: int) -> None:
    from cscbot.domain.periods import shift_period
    last = "2026-10"
    first = shift_period(last, -(months - 1))
    pti.import_report(ctx, _report(shift_period(first, -1), "99"), "met", NOW)  # before the run
    for i in range(months):
        period = shift_period(first, i)
        pti.import_report(ctx, _report(period, "na" if i == na_at else "80"), period, NOW)
    assert pti.streaks(ctx, last) == {RETEST: expected}
