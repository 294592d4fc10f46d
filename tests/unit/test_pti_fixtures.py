"""Every fixture layout read and judged: n of N, misses, narratives, headline, period, flags.

Expected figures were counted by hand from each fixture's story (see generate.py docstrings),
e.g. March 2018: 62 of 65 = 95.4 %, mailed as 95.3 % (within rounding).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cscbot.cli.pti import read_report_file
from cscbot.domain.pti_month import judge_report
from cscbot.domain.sla import Catalogue
from cscbot.services.pti import shipped_catalogue

DATA = Path(__file__).resolve().parents[1] / "data" / "pti"
DEMO = Path(__file__).resolve().parents[2] / "cscbot" / "data" / "demo" / "05-pti-report.eml"
TOLERANCE = 0.15
RETEST = "I.technical_checks.retest"
UNLISTED = "unlisted:I:root_zone_dnssec_key_signing_key_rollover_published"

CASES = [
    # file, period, met, total, missed, not applicable, headline, mismatch, source, narrated
    ("word-2018-03.eml", "2018-03", 62, 65,
     {RETEST, "I.supplemental_technical_checks.checks", "IV.validation_reviews.completed"},
     set(), 95.3, False, "html body",
     {RETEST, "I.supplemental_technical_checks.checks", "IV.validation_reviews.completed"}),
    ("attached-2018-05.eml", "2018-05", 62, 65,
     {RETEST, "III.publication.report", "Other.review_processing.validations"},
     set(), 95.2, True, "html attachment", {RETEST}),
    ("clean-2019-01.html", "2019-01", 63, 64, {RETEST}, {"III.technical_checks.retest"},
     98.4, False, "html file", {RETEST}),
    ("history-2019-11.eml", "2019-11", 65, 65, set(), set(), 100.0, False, "html body", set()),
    ("csv-2026-10.eml", "2026-10", 62, 63, {UNLISTED}, {"IV.publication.report"}, 98.4, False,
     "csv attachment", {UNLISTED}),
    ("csv-2026-10.csv", "2026-10", 62, 63, {UNLISTED}, {"IV.publication.report"}, None, False,
     "csv file", {UNLISTED}),
    ("headline-2021-05.eml", "2021-05", 0, 0, set(), set(), 98.4, False, "headline only",
     set()),
]


@pytest.mark.parametrize(("name", "period", "met", "total", "missed", "na", "headline",
                          "mismatch", "source", "narrated"), CASES, ids=[c[0] for c in CASES])
def test_fixture_is_read_and_judged(name: str, period: str, met: int, total: int,
                                    missed: set[str], na: set[str], headline: float | None,
                                    mismatch: bool, source: str, narrated: set[str]) -> None:
    report = read_report_file(DATA / name)
    assert report.period == period and not report.period_conflict
    record = judge_report(report, period, Catalogue(shipped_catalogue()).metrics_for(period))
    assert (record.met, record.total) == (met, total)
    assert set(record.missed) == missed
    assert set(record.not_applicable) == na
    assert record.headline_pct == headline
    assert record.headline_differs(TOLERANCE) is mismatch
    assert record.source.startswith(source)
    assert {m.key for m in record.metrics if m.status == "missed" and m.narrative} == narrated
    assert not [m for m in record.metrics if "status_differs" in m.flags]


def test_62_of_65_rounds_to_95_4_and_95_2_is_beyond_rounding() -> None:
    report = read_report_file(DATA / "word-2018-03.eml")
    record = judge_report(report, "2018-03",
                          Catalogue(shipped_catalogue()).metrics_for("2018-03"))
    assert round(record.computed_pct or 0, 1) == 95.4
    assert record.to_json(TOLERANCE)["computed_pct"] == 95.4


def test_unlisted_row_counts_by_its_own_target_and_is_flagged() -> None:
    report = read_report_file(DATA / "csv-2026-10.csv")
    record = judge_report(report, "2026-10",
                          Catalogue(shipped_catalogue()).metrics_for("2026-10"))
    row = record.result(UNLISTED)
    assert row is not None and row.flags == ("unlisted",)
    assert (row.actual_pct, row.target_pct, row.status) == (80.0, 95.0, "missed")
    assert record.missing == ("RZM.notice.maintenance",)


def test_demo_report_is_a_98_4_month() -> None:
    report = read_report_file(DEMO)
    record = judge_report(report, "2026-10",
                          Catalogue(shipped_catalogue()).metrics_for("2026-10"))
    assert (record.met, record.total, record.missed) == (63, 64, (RETEST,))
    assert not record.missing and not record.headline_differs(TOLERANCE)


def test_unreadable_report_says_why() -> None:
    report = read_report_file(DATA / "unreadable-2021-06.eml")
    assert not report.readable
    assert any("report.pdf" in p for p in report.problems)
