"""The findings' pure core: the compliance figure, the rating proposal, the chart, identity."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cscbot.domain.findings import (
    FindingsFacts,
    MissedMetric,
    MonthCompliance,
    RatingRules,
    chart_rows,
    compliance_pct,
    decision_due,
    facts_from_json,
    facts_to_json,
    fill_month,
    format_pct,
    parse_announcement,
    parse_rating,
    propose_rating,
    report_fingerprint,
)
from tests.services.findings_support import history

RULES = RatingRules(consecutive_misses=2)
RETEST = MissedMetric("Technical checks: retest after failed tests",
                      "A registry's name servers did not answer.")
SUPPLEMENTAL = MissedMetric("Supplemental technical checks", "One slow request.")
CCTLD = MissedMetric("Category IV: validation and reviews", "A complex ccTLD transfer.")


@pytest.mark.parametrize(("met", "total", "shown"), [
    (65, 65, "100"),      # Aug 2017, Nov 2019: Excellent 100 %
    (62, 65, "95.4"),     # March 2018: mailed by PTI as 95.2 % and 95.3 %
    (63, 64, "98.4"),     # Jan 2019, May 2021: one miss
    (1, 16, "6.3"),       # 6.25: half-up, not banker's 6.2
    (3, 16, "18.8"),      # 18.75
    (0, 64, "0.0"),
])
def test_compliance_figure_is_one_decimal_half_up(met: int, total: int, shown: str) -> None:
    assert format_pct(compliance_pct(met, total)) == shown


@given(st.integers(1, 500).flatmap(lambda t: st.tuples(st.integers(0, t), st.just(t))))
def test_compliance_figure_is_the_exact_ratio_rounded(pair: tuple[int, int]) -> None:
    met, total = pair
    pct = compliance_pct(met, total)
    assert abs(Fraction(pct) - Fraction(100 * met, total)) <= Fraction(1, 20)
    assert Decimal(0) <= pct <= Decimal(100) and pct.as_tuple().exponent == -1


def test_all_met_proposes_excellent() -> None:
    p = propose_rating(FindingsFacts("2019-11", 64, 64), RULES)
    assert p.rating == "Excellent" and "64 of 64" in p.rule


def test_three_explained_misses_propose_satisfactory() -> None:
    facts = FindingsFacts("2018-03", 65, 62, (RETEST, SUPPLEMENTAL, CCTLD))
    p = propose_rating(facts, RULES)
    assert p.rating == "Satisfactory" and "3 missed" in p.rule and p.reasons == ()


def test_a_metric_missed_in_consecutive_months_proposes_needs_improvement() -> None:
    again = MissedMetric(RETEST.name, RETEST.narrative, streak=2)
    p = propose_rating(FindingsFacts("2021-05", 64, 63, (again,)), RULES)
    assert p.rating == "Needs improvement"
    assert p.rule == f"{RETEST.name} missed 2 months in a row (rule: 2)"
    assert propose_rating(FindingsFacts("2021-05", 64, 63, (again,)),
                          RatingRules(consecutive_misses=3)).rating == "Satisfactory"


def test_an_unexplained_miss_or_a_systemic_flag_proposes_needs_improvement() -> None:
    bare = MissedMetric("Implementation: root zone change published", None)
    p = propose_rating(FindingsFacts("2021-05", 64, 63, (bare,)), RULES)
    assert (p.rating, p.rule) == ("Needs improvement",
                                  f"{bare.name} missed without an explanation from PTI")
    unnamed = propose_rating(FindingsFacts("2021-05", 64, 62, (RETEST,)), RULES)
    assert unnamed.rule == "1 missed threshold(s) not named in the report"
    flagged = FindingsFacts("2021-05", 64, 63, (RETEST,), systemic_flags=("slow DS checks",))
    assert propose_rating(flagged, RULES).rule == "open systemic flag: slow DS checks"
    lenient = RatingRules(2, on_unexplained_miss=False, on_systemic_flag=False)
    assert propose_rating(flagged, lenient).rating == "Satisfactory"
    assert propose_rating(FindingsFacts("2021-05", 64, 63, (bare,)), lenient).rating == \
        "Satisfactory"


def test_every_rule_that_fired_is_listed() -> None:
    facts = FindingsFacts("2021-05", 64, 62, (MissedMetric("A", None, 3),
                                                MissedMetric("B", "why", 1)),
                          systemic_flags=("K3 portal",))
    p = propose_rating(facts, RULES)
    assert p.reasons == ("A missed 3 months in a row (rule: 2)",
                         "A missed without an explanation from PTI",
                         "open systemic flag: K3 portal")


def test_ratings_are_read_as_typed() -> None:
    assert parse_rating("satisfactory") == "Satisfactory"
    assert parse_rating(" needs   Improvement ") == "Needs improvement"
    with pytest.raises(ValueError, match="not a rating"):
        parse_rating("Good")


def test_facts_refuse_impossible_figures() -> None:
    with pytest.raises(ValueError, match="65 of 64"):
        FindingsFacts("2021-05", 64, 65)
    with pytest.raises(ValueError, match="not a month"):
        FindingsFacts("2021-13", 64, 64)


def test_chart_shows_the_last_twelve_months_ending_with_this_one() -> None:
    facts = FindingsFacts("2026-10", 65, 62, (RETEST, SUPPLEMENTAL, CCTLD),
                          history=history("2026-09", 20))
    rows = chart_rows(facts)
    assert rows[0].label == "Nov 2025" and rows[-1].label == "Oct 2026"
    assert len(rows) == 12 and rows[-1].current and rows[-1].pct == "95.4"
    assert [r.width for r in rows if r.full] == [100] * sum(r.full for r in rows)
    assert rows[-2].pct == "98.4" and rows[-2].width == 98  # Sep: 63 of 64


def test_this_months_own_figure_wins_over_its_history_entry() -> None:
    facts = FindingsFacts("2026-10", 65, 62, history=(MonthCompliance("2026-10", 1, 65),))
    assert [(r.met, r.total) for r in chart_rows(facts)] == [(62, 65)]


def test_same_report_same_fingerprint_whatever_else_changed() -> None:
    facts = FindingsFacts("2018-03", 65, 62, (RETEST, SUPPLEMENTAL, CCTLD))
    later = FindingsFacts("2018-03", 65, 62, (CCTLD, RETEST, SUPPLEMENTAL), complaints=2,
                          escalations=("RAP-1",), history=history("2018-02", 3))
    assert report_fingerprint(facts) == report_fingerprint(later)
    revised = FindingsFacts("2018-03", 65, 63, (RETEST, SUPPLEMENTAL))
    assert report_fingerprint(revised) != report_fingerprint(facts)


def test_facts_survive_the_store() -> None:
    facts = FindingsFacts("2018-03", 65, 62, (RETEST, SUPPLEMENTAL, CCTLD),
                          headline_pct=Decimal("95.2"), history=history("2018-02", 3),
                          complaints=1, complaint_clusters=("K1 slow DS",),
                          systemic_flags=("x",), escalations=("RAP-1: stage 1",),
                          sla_changes=("IDN tables: public comment",), correction=True)
    assert facts_from_json(facts_to_json(facts)) == facts


def test_subject_and_url_are_filled_from_the_month() -> None:
    assert fill_month("CSC Findings on PTI Performance {month_name} {year}", "2018-03") == \
        "CSC Findings on PTI Performance March 2018"
    assert fill_month("https://www.iana.org/performance/csc-reports/{yyyymm}", "2018-03") == \
        "https://www.iana.org/performance/csc-reports/201803"


def test_decision_is_due_on_the_configured_day_and_never_at_once() -> None:
    drafted = datetime(2026, 11, 8, 9, 0, tzinfo=UTC)
    assert decision_due("2026-10", 20, drafted) == datetime(2026, 11, 20, tzinfo=UTC)
    late = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert decision_due("2026-10", 20, late) == datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    assert decision_due("2026-12", 20, drafted) == datetime(2027, 1, 20, tzinfo=UTC)


def test_announcement_files_start_with_their_subject() -> None:
    a = parse_announcement("Subject: Public comment on the IDN SLA\n\nDear all,\nText.\n\n")
    assert (a.subject, a.body) == ("Public comment on the IDN SLA", "Dear all,\nText.\n")
    with pytest.raises(ValueError, match="first line"):
        parse_announcement("Dear all,\nText.")
    with pytest.raises(ValueError, match="no text"):
        parse_announcement("Subject: only\n\n")
