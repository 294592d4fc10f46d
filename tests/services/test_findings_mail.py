"""The posted findings as a mail client sees them: parse the outbox bytes with the default
policy and read headers, both parts, the chart and its text table."""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterator
from dataclasses import replace
from email.message import EmailMessage

import pytest
from bs4 import BeautifulSoup

from cscbot.domain.findings import chart_rows
from cscbot.domain.mime import build_mime, list_headers
from cscbot.services.context import Context
from cscbot.services.drafts import approve_draft
from cscbot.services.findings import draft_findings
from tests.services.findings_support import (
    NOW,
    REPORT_URL,
    SATISFACTORY,
    SUBSCRIBE_URL,
    make_ctx,
    registered_facts,
)


@pytest.fixture
def posted() -> Iterator[tuple[Context, EmailMessage]]:
    with registered_facts() as facts:
        facts.set(SATISFACTORY)
        ctx = make_ctx()
        draft_id = draft_findings(ctx, "2026-10", NOW).draft_id
        assert draft_id is not None
        approve_draft(ctx, draft_id, "secretariat@csc.example.org", NOW)
        row = ctx.store.outbox_get("findings:2026-10")
        assert row is not None
        msg = email.message_from_bytes(row.data, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        yield ctx, msg


def _parts(msg: EmailMessage) -> tuple[str, str]:
    text, html = msg.get_body(("plain",)), msg.get_body(("html",))
    assert text is not None and html is not None, "both parts must be present"
    return text.get_content(), html.get_content()


def test_headers_are_those_of_a_list_post(posted: tuple[Context, EmailMessage]) -> None:
    _ctx, msg = posted
    assert msg["Subject"] == "CSC Findings on PTI Performance October 2026"
    assert msg["To"] == "csc-announce@csc.example.org"
    assert msg["List-Id"] == "<csc-announce.csc.example.org>"
    assert msg["Precedence"] == "list"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg.get_content_type() == "multipart/alternative"


def test_html_chart_has_twelve_labelled_bars(posted: tuple[Context, EmailMessage]) -> None:
    _ctx, msg = posted
    _text, html = _parts(msg)
    chart = BeautifulSoup(html, "html.parser").find("table", class_="compliance-chart")
    assert chart is not None
    rows = chart.find_all("tr", recursive=False)
    expected = chart_rows(SATISFACTORY)
    assert len(rows) == 12 == len(expected)
    for tr, want in zip(rows, expected, strict=True):
        label, bar, figure = tr.find_all("td", recursive=False)
        assert label.get_text(strip=True) == want.label
        assert figure.get_text(" ", strip=True).replace("\xa0", " ") == \
            f"{want.pct} % ({want.met}/{want.total})"
        filled = bar.find("td")
        assert filled is not None and filled["width"] == f"{want.width}%"
        assert "background-color" in str(filled.get("style"))
    assert expected[-1].label == "Oct 2026" and expected[-1].pct == "95.4"


def test_text_table_carries_the_same_figures(posted: tuple[Context, EmailMessage]) -> None:
    _ctx, msg = posted
    text, _html = _parts(msg)
    lines = text.splitlines()
    for want in chart_rows(SATISFACTORY):
        (line,) = [ln for ln in lines if ln.strip().startswith(want.label)]
        assert re.search(rf"{want.met}\s*/\s*{want.total}\s+{re.escape(want.pct)} %", line), line
    assert "Month      Met / Total  Compliance" in text


def test_no_external_resource_only_links(posted: tuple[Context, EmailMessage]) -> None:
    _ctx, msg = posted
    _text, html = _parts(msg)
    lowered = html.lower()
    for forbidden in ("src=", "<img", "<script", "<link", "url(", "@import", "<iframe"):
        assert forbidden not in lowered
    soup = BeautifulSoup(html, "html.parser")
    links = {a["href"] for a in soup.find_all("a")}
    assert links == {REPORT_URL, SUBSCRIBE_URL}
    assert set(re.findall(r"https?://[^\s\"<]+", html)) == links


def test_both_parts_tell_the_same_findings(posted: tuple[Context, EmailMessage]) -> None:
    _ctx, msg = posted
    text, html = _parts(msg)
    html_text = " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())
    flat = " ".join(text.split())
    for phrase in ("95.4 % compliance, 62 of 65 thresholds met",
                   "no complaints were received in October 2026",
                   "Technical checks: retest after earlier failed tests",
                   "on or around the 15th", "Sent on behalf of the CSC Chair"):
        assert phrase in flat and phrase in html_text.replace("\xa0", " ")
    assert '"Satisfactory"' in flat and "“Satisfactory”" in html_text


def test_mime_of_a_correction_says_so_in_subject_and_both_parts() -> None:
    with registered_facts() as facts:
        ctx = make_ctx()
        facts.set(replace(SATISFACTORY, correction=True))
        mail = draft_findings(ctx, "2026-10", NOW, dry_run=True).mail
    assert mail is not None
    data = build_mime(mail, sender="csc-bot@csc.example.org", sender_name="CSC",
                      message_id="<x@csc.example.org>", date=NOW,
                      list_info=list_headers("csc-announce@csc.example.org",
                                             "https://mm.icann.org/mailman/listinfo/csc-announce"))
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    assert msg["Subject"].startswith("Correction: ")
    text, html = _parts(msg)
    assert "CORRECTION:" in text and "Correction:" in html
