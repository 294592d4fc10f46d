"""Reply tokens: genuine ones verify; altered, expired or misdirected ones are refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cscbot.domain.tokens import (
    make_token,
    plus_address,
    read_token,
    token_key_from,
    token_refusal,
    tokens_in,
)
from cscbot.errors import ConfigError

KEY = b"k" * 40
NOW = datetime(2026, 11, 2, 7, 0, tzinfo=UTC)
TEAM = ("sec@csc.example.org", "other@csc.example.org")


def _token(issue_id: int = 7, ref: str = "digest:1", recipients: tuple[str, ...] = TEAM,
           ttl: int = 14) -> str:
    return make_token(KEY, issue_id=issue_id, ref=ref, recipients=recipients,
                      expires_at=NOW + timedelta(days=ttl))


def _refusal(token: str, ref: str = "digest:1", recipients: tuple[str, ...] = TEAM,
             sender: str = "sec@csc.example.org", now: datetime = NOW) -> str | None:
    claims = read_token(token)
    assert claims is not None
    return token_refusal(KEY, claims, ref=ref, recipients=recipients, sender=sender, now=now)


def test_a_genuine_token_verifies_for_each_recipient() -> None:
    token = _token()
    assert _refusal(token) is None
    assert _refusal(token, sender="OTHER@csc.example.org") is None
    assert read_token(token).issue_id == 7  # type: ignore[union-attr]


def test_the_token_fits_a_plus_address_and_is_lower_case() -> None:
    token = _token()
    assert token == token.lower() and len(f"csc-bot+{token}") <= 64
    assert plus_address("csc-bot@csc.example.org", token) == f"csc-bot+{token}@csc.example.org"


@pytest.mark.parametrize(("kwargs", "reason"), [
    ({"ref": "digest:2"}, "signature"),
    ({"recipients": ("sec@csc.example.org",)}, "signature"),
    ({"sender": "intruder@csc.example.org"}, "not to intruder@csc.example.org"),
    ({"now": NOW + timedelta(days=14)}, "expired"),
])
def test_refusals(kwargs: dict[str, object], reason: str) -> None:
    assert reason in (_refusal(_token(), **kwargs) or "")  # type: ignore[arg-type]


def test_another_key_is_refused() -> None:
    claims = read_token(_token())
    assert claims is not None
    assert "signature" in (token_refusal(b"x" * 40, claims, ref="digest:1", recipients=TEAM,
                                         sender=TEAM[0], now=NOW) or "")


@given(st.integers(min_value=0, max_value=33), st.sampled_from("abcdefghijklmnopqrstuvwxyz234567"))
def test_any_altered_character_is_refused(position: int, char: str) -> None:
    token = _token()
    altered = token[:position] + char + token[position + 1:]
    if altered == token:
        return
    claims = read_token(altered)
    if claims is None:
        return  # not even a token
    assert token_refusal(KEY, claims, ref="digest:1", recipients=TEAM, sender=TEAM[0],
                         now=NOW) is not None


@given(st.text(max_size=60))
def test_reading_never_raises(text: str) -> None:
    read_token(text)


def test_tokens_are_found_in_the_subject_tag_and_plus_addresses() -> None:
    a, b = _token(1), _token(2)
    subject = f"Re: [CSC-bot {a.upper()}] Digest"
    assert tokens_in(subject, [f"csc-bot+{b}@csc.example.org", "x@y.org"], "CSC-bot") == [a, b]
    assert tokens_in("Re: [other tag] x", [f"csc-bot+{a}@csc.example.org"], "CSC-bot") == [a]
    assert tokens_in("Re: nothing", [], "CSC-bot") == []


@pytest.mark.parametrize(("env", "problem"), [
    ({}, "is not set"),
    ({"K": "short"}, "5 characters"),
])
def test_a_missing_or_short_key_is_a_clear_error(env: dict[str, str], problem: str) -> None:
    with pytest.raises(ConfigError, match=problem):
        token_key_from(env, "K")
    assert token_key_from({"K": "x" * 32}, "K") == b"x" * 32
