"""Authentication-Results (RFC 8601): only our server's topmost headers, DMARC or aligned DKIM."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cscbot.domain.authres import ours_on_top, parse_auth_results, sender_vouched

MX = "mx.csc.example.org"


def test_parse_methods_properties_comments_and_quotes() -> None:
    ar = parse_auth_results(
        'mx.csc.example.org 1; dkim=pass (2048-bit key; secure) header.d=icann.org '
        'header.i=@icann.org header.s="s1"; spf = pass smtp.mailfrom=icann.org; '
        'dmarc=pass (p=reject) header.from=icann.org')
    assert ar is not None and ar.authserv_id == MX
    assert [(r.method, r.result) for r in ar.results] == [
        ("dkim", "pass"), ("spf", "pass"), ("dmarc", "pass")]
    assert ar.results[0].properties == {"header.d": "icann.org", "header.i": "@icann.org",
                                        "header.s": "s1"}
    assert ar.results[2].properties["header.from"] == "icann.org"


def test_none_and_garbage() -> None:
    ar = parse_auth_results("mx.csc.example.org; none")
    assert ar is not None and ar.results == ()
    assert parse_auth_results("   ") is None


@given(st.text(max_size=200))
def test_parsing_never_raises(text: str) -> None:
    parse_auth_results(text)


def test_only_the_topmost_run_of_our_headers_counts() -> None:
    headers = [f"{MX}; dkim=pass header.d=icann.org",
               "evil.example; dmarc=pass header.from=icann.org",
               f"{MX}; dmarc=pass header.from=icann.org"]
    mine = ours_on_top(headers, MX)
    assert len(mine) == 1 and mine[0].results[0].method == "dkim"
    assert ours_on_top(headers[1:], MX) == []


@pytest.mark.parametrize(("header", "vouched"), [
    ("dmarc=pass header.from=icann.org", None),
    ("dkim=pass header.d=icann.org", None),
    ("dkim=pass header.d=mail.icann.org", "not aligned"),
    ("dkim=pass header.d=attacker.example; spf=pass smtp.mailfrom=icann.org", "not aligned"),
    ("dmarc=fail header.from=icann.org; dkim=pass header.d=icann.org", "DMARC fail"),
    ("dmarc=pass header.from=attacker.example", "not for the From domain"),
    ("spf=pass smtp.mailfrom=icann.org", "neither DMARC nor aligned DKIM"),
])
def test_what_vouches_for_a_sender(header: str, vouched: str | None) -> None:
    results = ours_on_top([f"{MX}; {header}"], MX)
    outcome = sender_vouched(results, "icann.org")
    if vouched is None:
        assert outcome is None
    else:
        assert outcome is not None and vouched in outcome


def test_subdomain_sender_aligned_with_parent_dkim() -> None:
    results = ours_on_top([f"{MX}; dkim=pass header.d=icann.org"], MX)
    assert sender_vouched(results, "staff.icann.org") is None


def test_no_header_of_ours() -> None:
    assert "no Authentication-Results" in (sender_vouched([], "icann.org") or "")
