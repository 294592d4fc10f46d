"""Writes the PTI report fixtures of this folder (run: python tests/data/pti/generate.py).

Each fixture is a month of PTI's report in one of the layouts seen or expected: a Word/Outlook
HTML mail, a clean HTML page, an attached HTML file, a CSV attachment, a headline-only mail.
The wording comes from the shipped catalogue; outcomes are set per fixture below, and the
expected figures live in tests/unit/test_pti_fixtures.py (computed by hand, not by this code).
"""

from __future__ import annotations

import base64
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from cscbot.domain.sla import Catalogue, MetricDefinition, parse_catalogue_csv  # noqa: E402

CATALOGUE = Catalogue(parse_catalogue_csv(
    (HERE.parents[2] / "cscbot" / "data" / "sla_catalogue.csv").read_text()))
UNITS = {"s": "seconds", "min": "minutes", "h": "hours", "d": "days", "%": "%"}


def threshold(m: MetricDefinition) -> str:
    return f"≤ {m.threshold:g} {UNITS[m.unit]}" if m.unit != "%" else f"{m.threshold:g}%"


def mail(subject: str, date: str, msgid: str, parts: list[str], boundary: str = "b1") -> str:
    head = (f"From: IANA Reports <reports@iana.example>\nTo: csc@csc.example.org\n"
            f"Subject: {subject}\nDate: {date}\nMessage-ID: <{msgid}>\nMIME-Version: 1.0\n")
    if len(parts) == 1:
        return head + parts[0]
    body = "".join(f"--{boundary}\n{p}\n" for p in parts)
    return head + f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n{body}--{boundary}--\n'


def part(ctype: str, text: str, filename: str | None = None) -> str:
    disp = f'Content-Disposition: attachment; filename="{filename}"\n' if filename else ""
    encoded = base64.encodebytes(text.encode("utf-8")).decode()
    return (f"Content-Type: {ctype}; charset=utf-8\n{disp}"
            f"Content-Transfer-Encoding: base64\n\n{encoded}")


# --- layouts ---------------------------------------------------------------------------------


def word_html(period_name: str, rows: list[tuple[MetricDefinition, str, str]],
              headline: str, narrative: str) -> str:
    """Word/Outlook: mso classes, <o:p>, a layout table around the data table, category
    heading rows, decimal commas."""
    out = []
    category = None
    for m, actual, met in rows:
        if m.category != category:
            category = m.category
            out.append(f'<tr><td colspan=6 style="background:#D9E2F3;mso-yfti-irow:1">'
                       f'<p class=MsoNormal><b>Category {category}<o:p></o:p></b></p></td></tr>')
        out.append(
            "<tr style='mso-yfti-irow:2'>"
            f"<td><p class=MsoNormal>{m.phase}<o:p></o:p></p></td>"
            f"<td><p class=MsoNormal>{m.name}<o:p></o:p></p></td>"
            f"<td><p class=MsoNormal>{threshold(m)}<o:p></o:p></p></td>"
            f"<td><p class=MsoNormal>{m.compliance_pct:g}&nbsp;%<o:p></o:p></p></td>"
            f"<td><p class=MsoNormal><span style='color:black'>{actual}</span><o:p></o:p>"
            f"</p></td><td><p class=MsoNormal>{met}<o:p></o:p></p></td></tr>")
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}} --></style>
<!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]-->
</head>
<body lang=EN-US style='tab-interval:36.0pt'><div class=WordSection1>
<p class=MsoNormal>Dear CSC members,<o:p></o:p></p>
<p class=MsoNormal>Please find below the IANA Naming Function performance report for
{period_name}. {headline}<o:p></o:p></p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='mso-cellspacing:0cm'>
<tr><td style='padding:0cm'>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
<td><p class=MsoNormal><b>Phase<o:p></o:p></b></p></td>
<td><p class=MsoNormal><b>Service Level<o:p></o:p></b></p></td>
<td><p class=MsoNormal><b>Threshold<o:p></o:p></b></p></td>
<td><p class=MsoNormal><b>Compliance<o:p></o:p></b></p></td>
<td><p class=MsoNormal><b>Actual<o:p></o:p></b></p></td>
<td><p class=MsoNormal><b>SLA Met?<o:p></o:p></b></p></td></tr>
{chr(10).join(out)}
</table></td></tr></table>
<p class=MsoNormal><b>Exceptions and Narrative for Reporting Period<o:p></o:p></b></p>
{narrative}
<p class=MsoNormal>Kind regards,<o:p></o:p></p>
<p class=MsoNormal>IANA Services<o:p></o:p></p></div></body></html>
"""


def clean_page(period_name: str, rows: list[tuple[MetricDefinition, str, str]],
               headline: str, narrative: str) -> str:
    """The published page: title, one table per category, category column, Status column."""
    tables = []
    for category in dict.fromkeys(m.category for m, _a, _s in rows):
        body = "\n".join(
            f"<tr><td>{m.category}</td><td>{m.label}</td><td>{threshold(m)}</td>"
            f"<td>{m.compliance_pct:g}%</td><td>{actual}</td><td>{met}</td></tr>"
            for m, actual, met in rows if m.category == category)
        tables.append(f"""<h2>Category {category}</h2>
<table class="sla"><thead><tr><th>Category</th><th>Metric</th><th>SLA Threshold</th>
<th>Target</th><th>Result</th><th>Status</th></tr></thead>
<tbody>
{body}
</tbody></table>""")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>IANA Naming Function Performance Report — {period_name}</title></head>
<body><header><nav><a href="/">IANA</a> › Performance › CSC reports</nav></header>
<main><h1>Performance Report: {period_name}</h1>
<p class="summary">{headline}</p>
{chr(10).join(tables)}
<h2>Exceptions and Narrative for Reporting Period</h2>
{narrative}
</main><footer><p>© Public Technical Identifiers</p></footer></body></html>
"""


def history_page(months: list[str], rows: list[tuple[MetricDefinition, list[str], str]],
                 headline: str) -> str:
    """A table with a column per month (newest first) instead of an 'Actual' column."""
    head = "".join(f"<th>{m}</th>" for m in months)
    body = "\n".join(
        f"<tr><td>Category {m.category}</td><td>{m.label}</td><td>{threshold(m)}</td>"
        f"<td>{m.compliance_pct:g} %</td>{''.join(f'<td>{v}</td>' for v in values)}"
        f"<td>{met}</td></tr>" for m, values, met in rows)
    return f"""<html><body>
<p>Dear CSC,</p><p>{headline}</p>
<table border="1"><tr><th>Category</th><th>SLA Metric</th><th>Threshold</th><th>Compliance Target</th>{head}<th>Met</th></tr>
{body}
</table>
<p>Exceptions and Narrative for Reporting Period: none this month.</p>
<p>Regards,<br>PTI</p></body></html>
"""


def csv_report(rows: list[tuple[str, ...]]) -> str:
    lines = ["Category;Metric;Threshold;Compliance target;Actual compliance;Requests;Met;Comment"]
    lines += [";".join(r) for r in rows]
    return "\n".join(lines) + "\n"


# --- the months ------------------------------------------------------------------------------


def outcomes(period: str, missed: dict[str, str], na: set[str] = frozenset(),  # type: ignore[assignment]
             comma: bool = False) -> list[tuple[MetricDefinition, str, str]]:
    out = []
    for i, m in enumerate(CATALOGUE.metrics_for(period)):
        if m.key in na:
            out.append((m, "N/A", "N/A"))
        elif m.key in missed:
            out.append((m, missed[m.key], "No"))
        else:
            actual = ["100%", "99.5%", "97,25 %" if comma else "97.25 %", "100 %"][i % 4]
            if m.compliance_pct > 97:
                actual = "100%"
            out.append((m, actual, "Yes"))
    return out


def word_2018_03() -> str:
    """March 2018: 62 of 65 (retest, supplemental check, ccTLD validation), mailed as 95.3 %."""
    rows = outcomes("2018-03", {"I.technical_checks.retest": "93,75 %",
                                "I.supplemental_technical_checks.checks": "90,00 %",
                                "IV.validation_reviews.completed": "0 %"}, comma=True)
    narrative = """<p class=MsoNormal>Technical checks — results of a retest after earlier failed
tests: two of 32 retests took longer than 10 minutes because the registry&#8217;s name servers
did not answer.<o:p></o:p></p>
<p class=MsoNormal>Supplemental technical checks: one request of ten waited for a manual
check over a weekend.<o:p></o:p></p>
<p class=MsoNormal>ccTLD delegation or transfer evaluation completed: the single transfer
this month needed documents from the government and took 74 days.<o:p></o:p></p>"""
    html = word_html("March 2018", rows, "For this period we met 95.3% of the SLA thresholds.",
                     narrative)
    return mail("March 2018 IANA Naming Function Performance Report",
                "Tue, 10 Apr 2018 14:02:11 +0000", "report.2018-03@iana.example",
                ["Content-Type: multipart/alternative; boundary=\"alt\"\n\n--alt\n"
                 + part("text/plain", "Dear CSC members,\nFor this period we met 95.3% of "
                        "the SLA thresholds.\n") + "\n--alt\n" + part("text/html", html)
                 + "\n--alt--"])


def attached_2018_05() -> str:
    """May 2018: 62 of 65 again, but the mail says 95.2 % (beyond rounding)."""
    rows = outcomes("2018-05", {"I.technical_checks.retest": "91.2%",
                                "III.publication.report": "50%",
                                "Other.review_processing.validations": "66.7%"})
    narrative = "<p>Technical checks: results of a retest after earlier failed tests — a " \
                "registry's name servers did not answer during a maintenance window.</p>"
    html = clean_page("May 2018", rows, "", narrative)
    body = ("Dear CSC members,\n\nPlease find attached the performance report for May 2018. "
            "In May we met 95.2% of the SLA thresholds.\n\nBest regards,\nIANA Services\n")
    return mail("May 2018 IANA Naming Function Performance Report",
                "Fri, 08 Jun 2018 09:30:00 +0000", "report.2018-05@iana.example",
                [part("text/plain", body), part("text/html", html, "iana-report-201805.html")])


def clean_2019_01() -> str:
    """January 2019 page: one miss with a narrative, one metric without requests; 98.4 %."""
    rows = outcomes("2019-01", {"I.technical_checks.retest": "88.9%"},
                    na={"III.technical_checks.retest"})
    narrative = ("<p>Technical checks: results of a retest after earlier failed tests. One "
                 "registry's DNSSEC configuration kept failing; its retests queued behind "
                 "a stuck job for 25 minutes.</p>")
    return clean_page("January 2019", rows,
                      "In January 2019 we met 98.4% of the SLA thresholds (63 of 64).", narrative)


def history_2019_11() -> str:
    """November 2019: every threshold met; a column per month, no 'Actual' header."""
    months = ["November 2019", "October 2019", "September 2019"]
    rows = [(m, ["100%", "99.1%", "97%"], "Yes") for m in CATALOGUE.metrics_for("2019-11")]
    html = history_page(months, rows, "We are pleased to report that we met 100% of the SLA "
                                      "thresholds in November 2019.")
    return mail("November 2019 IANA Naming Function Performance Report",
                "Wed, 04 Dec 2019 17:00:00 +0000", "report.2019-11@iana.example",
                [part("text/html", html)])


def csv_2026_10_text() -> str:
    """October 2026 as CSV: a metric the catalogue lacks (missed), one catalogue metric
    absent, one metric with no requests."""
    rows: list[tuple[str, ...]] = []
    for m in CATALOGUE.metrics_for("2026-10"):
        if m.key == "RZM.notice.maintenance":
            continue
        if m.key == "IV.publication.report":
            rows.append((m.category, m.label, threshold(m), f"{m.compliance_pct:g}%", "—",
                         "0", "", ""))
            continue
        rows.append((m.category, m.label, threshold(m), f"{m.compliance_pct:g}%",
                     "100%" if m.compliance_pct > 99.5 else "99,5%",
                     "120", "Met", ""))
    rows.append(("I", "Root zone: DNSSEC key signing key rollover published", "≤ 48 hours",
                 "95%", "80%", "5", "Missed", "One rollover waited for a signing ceremony."))
    return csv_report(rows)


def csv_2026_10() -> str:
    body = ("Dear CSC,\n\nAttached is the October 2026 report (CSV). We met 98.4% of the SLA "
            "thresholds.\n\nIANA Services\n")
    return mail("October 2026 IANA Naming Function Performance Report",
                "Thu, 05 Nov 2026 12:00:00 +0000", "report.2026-10.csv@iana.example",
                [part("text/plain", body),
                 part("text/csv", csv_2026_10_text(), "performance-2026-10.csv")])


def headline_2021_05() -> str:
    body = ("Dear CSC members,\n\nThe report for May 2021 is published at "
            "https://www.iana.org/performance/csc-reports/202105. For this period we met "
            "98.4% of the SLA thresholds.\n\nKind regards,\nIANA Services\n")
    return mail("May 2021 IANA Naming Function Performance Report",
                "Mon, 07 Jun 2021 08:00:00 +0000", "report.2021-05@iana.example",
                ["Content-Type: text/plain; charset=utf-8\n\n" + body])


def unreadable() -> str:
    pdf = base64.encodebytes(b"%PDF-1.4 scanned report").decode()
    return mail("June 2021 IANA Naming Function Performance Report",
                "Tue, 06 Jul 2021 08:00:00 +0000", "report.2021-06@iana.example",
                ["Content-Type: text/plain; charset=utf-8\n\nPlease see the attachment.\n",
                 "Content-Type: application/pdf\nContent-Disposition: attachment; "
                 f'filename="report.pdf"\nContent-Transfer-Encoding: base64\n\n{pdf}'])


def demo_2026_10() -> str:
    """The demo's report: HTML mail with the headline, the full report attached (63 of 64)."""
    rows = outcomes("2026-10", {"I.technical_checks.retest": "87.5%"})
    narrative = ("<p>Technical checks: results of a retest after earlier failed tests — two "
                 "requests were delayed because the registry's IPv6 name servers did not "
                 "answer the retest in time.</p>")
    html = clean_page("October 2026", rows, "", narrative)
    body = ("<html><body><p>Dear CSC members,</p><p>Please find attached the performance "
            "report for October 2026. For this period we met 98.4% of the SLA thresholds.</p>"
            "<p>Kind regards,<br>IANA Services</p></body></html>")
    return mail("October 2026 IANA Naming Function Performance Report",
                "Fri, 06 Nov 2026 16:00:00 +0000", "report.2026-10@iana.example",
                [part("text/html", body),
                 part("text/html", html, "iana-performance-202610.html")])


FIXTURES = {
    "word-2018-03.eml": word_2018_03,
    "attached-2018-05.eml": attached_2018_05,
    "clean-2019-01.html": clean_2019_01,
    "history-2019-11.eml": history_2019_11,
    "csv-2026-10.eml": csv_2026_10,
    "csv-2026-10.csv": csv_2026_10_text,
    "headline-2021-05.eml": headline_2021_05,
    "unreadable-2021-06.eml": unreadable,
}

if __name__ == "__main__":
    for name, make in FIXTURES.items():
        (HERE / name).write_text(make(), encoding="utf-8")
    (HERE.parents[2] / "cscbot" / "data" / "demo" / "05-pti-report.eml").write_text(
        demo_2026_10(), encoding="utf-8")
    print(f"wrote {len(FIXTURES)} fixtures and the demo report")
