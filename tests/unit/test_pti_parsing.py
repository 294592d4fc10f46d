"""Report parsing details: numbers, met words, headers by name, Word HTML, periods, streaks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cscbot.domain.pti_month import MetricMonth, longest_streak, miss_streak
from cscbot.domain.pti_report import (
    is_not_applicable,
    parse_headline,
    parse_html,
    parse_met,
    parse_number,
    period_of,
)
from cscbot.domain.sla import Catalogue, MetricDefinition, match_metric, normalise_category
from cscbot.services.pti import shipped_catalogue


@pytest.mark.parametrize(("text", "value"), [
    ("93.75 %", 93.75), ("93,75%", 93.75), ("100%", 100.0), (" 98.4 % ", 98.4),
    ("1,234.5", 1234.5), ("0 %", 0.0), ("87.5% (7/8)", 87.5), ("95&nbsp;%", 95.0),
    ("N/A", None), ("—", None), ("", None),
])
def test_numbers(text: str, value: float | None) -> None:
    assert parse_number(text.replace("&nbsp;", "\xa0")) == value


@given(st.decimals(min_value=0, max_value=100, places=2), st.sampled_from(
    ["{}%", "{} %", "{}\xa0%", "{}"]), st.booleans())
def test_percentages_read_back_in_every_spelling(value: object, pattern: str,
                                                  comma: bool) -> None:
    text = pattern.format(value)
    if comma:
        text = text.replace(".", ",")
    assert parse_number(text) == pytest.approx(float(str(value)))


@given(st.text())
def test_number_parsing_never_raises(text: str) -> None:
    result = parse_number(text)
    assert result is None or isinstance(result, float)
    assert isinstance(is_not_applicable(text), bool)


@pytest.mark.parametrize(("text", "met"), [
    ("Yes", True), ("Met", True), ("✓", True), ("No", False), ("Missed", False),
    ("Not met", False), ("N/A", None), ("", None),
])
def test_met_words(text: str, met: bool | None) -> None:
    assert parse_met(text) is met


@pytest.mark.parametrize(("text", "pct", "count"), [
    ("For this period we met 98.4% of the SLA thresholds.", 98.4, None),
    ("we met 95,2 % of the service level thresholds", 95.2, None),
    ("62 of 65 SLA thresholds were met (95.3%)", None, (62, 65)),
    ("In January we met 98.4% of the SLA thresholds (63 of 64).", 98.4, None),
    ("Nothing to report.", None, None),
])
def test_headline(text: str, pct: float | None, count: tuple[int, int] | None) -> None:
    got_pct, got_count = parse_headline(text)
    assert got_pct == pct
    if count:
        assert got_count == count


@pytest.mark.parametrize(("text", "period"), [
    ("October 2026 IANA Naming Function Performance Report", "2026-10"),
    ("Report for Sept. 2019", "2019-09"), ("csc-reports/2018-03", "2018-03"),
    ("no month here", None),
])
def test_period_of(text: str, period: str | None) -> None:
    assert period_of(text) == period


ROW = ("<tr><td>{met}</td><td>{actual}</td><td>Technical checks: results of a retest after"
       " earlier failed tests</td><td>95%</td><td>I</td></tr>")


def test_columns_are_found_by_header_name_not_position() -> None:
    html = ("<table><tr><th>Met?</th><th>Actual performance</th><th>Service Level</th>"
            "<th>Compliance target</th><th>Cat.</th></tr>"
            + ROW.format(met="No", actual="90 %") + "</table>")
    (row,) = parse_html(html).rows
    assert (row.category, row.actual_pct, row.target_pct, row.met) == ("I", 90.0, 95.0, False)


def test_layout_tables_and_office_markup_are_seen_through() -> None:
    inner = ("<table><tr><td><p class=MsoNormal><b>Metric<o:p></o:p></b></p></td>"
             "<td><b>Result<o:p></o:p></b></td></tr>"
             "<tr><td colspan=2><p class=MsoNormal>Category IV<o:p></o:p></p></td></tr>"
             "<tr><td><p class=MsoNormal><span style='mso-bidi-font-weight:bold'>Supplemental"
             "</span> technical checks<o:p></o:p></p></td><td>96,5&nbsp;%<o:p></o:p></td></tr>"
             "</table>")
    html = f"<table><tr><td><p>Layout</p></td><td>{inner}</td></tr></table>"
    (row,) = parse_html(html).rows
    assert (row.category, row.metric, row.actual_pct) == ("IV", "Supplemental technical checks",
                                                          96.5)


def test_period_conflict_is_reported() -> None:
    html = ("<title>Performance report: September 2026</title><table><tr><th>Metric</th>"
            "<th>Actual</th></tr><tr><td>Response affirmed</td><td>100%</td></tr></table>")
    report = parse_html(html, subject="October 2026 IANA Naming Function Performance Report")
    assert report.periods == {"subject": "2026-10", "page": "2026-09"}
    assert report.period_conflict and report.period == "2026-09"


def test_no_requests_is_not_applicable() -> None:
    html = ("<table><tr><th>Metric</th><th>Requests</th><th>Actual</th><th>Met</th></tr>"
            "<tr><td>Response affirmed</td><td>0</td><td>0%</td><td></td></tr>"
            "<tr><td>Supplemental technical checks</td><td>4</td><td>—</td><td>N/A</td></tr>"
            "</table>")
    assert [r.not_applicable for r in parse_html(html).rows] == [True, True]


def test_matching_uses_category_and_wording() -> None:
    metrics = Catalogue(shipped_catalogue()).metrics_for("2026-10")
    wording = "Technical Checks – Results of a re-test after earlier failed tests"
    found = match_metric(metrics, "III", wording.replace("re-test", "retest"))
    assert found is not None and found.key == "III.technical_checks.retest"
    assert match_metric(metrics, None, "Results of a retest after earlier failed tests") is None
    assert normalise_category("Category I — Routine updates") == "I"
    assert normalise_category("Cat. 4") == "IV"


def _months(statuses: str, start: int = 1) -> list[MetricMonth]:
    codes = {"X": "missed", "+": "met", ".": "not_applicable"}
    return [MetricMonth(f"2026-{start + i:02d}", "k", codes[c], None, None)  # type: ignore[arg-type]
            for i, c in enumerate(statuses) if c != " "]


@pytest.mark.parametrize(("statuses", "upto", "streak"), [
    ("+XXX", "2026-04", 3), ("XX+X", "2026-04", 1), ("X.X", "2026-03", 2),
    ("XX X", "2026-04", 1), ("XXX+", "2026-04", 0), ("XXX+", "2026-03", 3),
])
def test_miss_streak(statuses: str, upto: str, streak: int) -> None:
    assert miss_streak(_months(statuses), upto) == streak


def test_longest_streak_and_year_boundary() -> None:
    assert longest_streak(_months("XX+XXX+")) == 3
    history = [MetricMonth("2025-12", "k", "missed", None, None),
               MetricMonth("2026-01", "k", "missed", None, None)]
    assert miss_streak(history, "2026-01") == 2


def test_catalogue_counts_follow_the_published_history() -> None:
    catalogue = Catalogue(shipped_catalogue())
    counts = {p: len(catalogue.metrics_for(p)) for p in ("2017-06", "2018-03", "2025-03")}
    assert counts == {"2017-06": 63, "2018-03": 65, "2025-03": 64}
    category_one = [m for m in catalogue.metrics_for("2020-06") if m.category == "I"
                    and m.phase != "Accuracy" and m.phase != "Overall"]
    assert len(category_one) == 10


def test_a_version_applies_from_its_month() -> None:
    old = MetricDefinition("X.a", "X", "P", "a", 10, "min", "Max", 95, "monthly", "2020-01")
    new = MetricDefinition("X.a", "X", "P", "a", 5, "min", "Max", 95, "monthly", "2021-06")
    gone = MetricDefinition("X.a", "X", "P", "a", 5, "min", "Max", 95, "monthly", "2021-06",
                            retired_from="2023-01")
    assert Catalogue([old, new]).metrics_for("2021-05") == [old]
    assert Catalogue([old, new]).metrics_for("2021-06") == [new]
    assert Catalogue([old, gone]).metrics_for("2023-01") == []
    assert Catalogue([old]).metrics_for("2019-12") == []
