"""Intake service on the real in-memory store and a fake source: journal, retry, quarantine."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cscbot.domain.mail import MailMessage
from cscbot.ports import RawMail
from cscbot.services import dispatch
from cscbot.services.context import Context
from cscbot.services.intake import _message_id, poll_inbox
from tests.intake_support import FakeSource, mail, make_context

NOW = datetime(2026, 2, 2, 12, 0, tzinfo=UTC)
MIME = Path(__file__).resolve().parents[1] / "data" / "mime"


@pytest.fixture
def handlers() -> Iterator[dict[str, dispatch.Handler]]:
    """Register handlers for a test only (the registry is process-wide)."""
    saved = dict(dispatch.HANDLERS)
    yield dispatch.HANDLERS
    dispatch.HANDLERS.clear()
    dispatch.HANDLERS.update(saved)


def raw(n: int, data: bytes | None = None, uidvalidity: int = 7) -> RawMail:
    return RawMail("INBOX", uidvalidity, str(n), data if data is not None else mail(n))


async def test_messages_are_journaled_classified_and_settled() -> None:
    ctx = make_context()
    source = FakeSource([raw(1), raw(2, mail(2, "Out of office", extra="Auto-Submitted: "
                                                 "auto-replied\r\n"))])
    report = await poll_inbox(ctx, source, NOW)
    assert (report.seen, report.handled) == (2, 2)
    rows = sorted(ctx.store.journal_list(), key=lambda r: r.id)
    assert [(r.kind, r.status) for r in rows] == [("complaint", "handled"),
                                                 ("auto_reply", "handled")]
    assert rows[0].data == mail(1) and rows[0].message_id == "<m1@registry.example>"
    assert len(rows[0].sha256) == 64 and rows[0].reason
    assert source.settled == [("1", "processed"), ("2", "processed")]


async def test_handler_runs_once_even_when_settling_failed(
        handlers: dict[str, dispatch.Handler]) -> None:
    calls: list[str] = []

    def handle(ctx: Context, msg: MailMessage, now: datetime) -> str:
        calls.append(msg.message_id)
        ctx.store.notice_add(kind="flag", ref=msg.message_id, summary="seen", now=now)
        return "noted"
    handlers["complaint"] = handle
    ctx = make_context()
    source = FakeSource([raw(1)])
    await poll_inbox(ctx, source, NOW, settle=False)  # as if the MOVE never happened
    report = await poll_inbox(ctx, source, NOW)
    assert calls == ["<m1@registry.example>"]
    assert report.known == 1 and source.settled == [("1", "processed")]
    assert ctx.store.journal_list()[0].outcome == "noted"


async def test_uidvalidity_reset_rematches_by_message_id_and_hash(
        handlers: dict[str, dispatch.Handler]) -> None:
    calls: list[str] = []
    handlers["complaint"] = lambda ctx, msg, now: calls.append(msg.message_id) or "ok"
    ctx = make_context()
    await poll_inbox(ctx, FakeSource([raw(1)]), NOW, settle=False)
    reset = FakeSource([raw(1, uidvalidity=8), raw(2, uidvalidity=8)])
    report = await poll_inbox(ctx, reset, NOW)
    assert calls == ["<m1@registry.example>", "<m2@registry.example>"]
    assert (report.known, report.handled) == (1, 1)
    rows = ctx.store.journal_list()
    assert len(rows) == 2 and {r.uidvalidity for r in rows} == {8}
    assert max(r.seen_count for r in rows) == 2


async def test_failing_handler_is_retried_then_quarantined_with_a_notice(
        handlers: dict[str, dispatch.Handler]) -> None:
    def explode(ctx: Context, msg: MailMessage, now: datetime) -> str:
        ctx.store.notice_add(kind="flag", ref="half-done", summary="must be undone", now=now)
        raise RuntimeError("database of tickets unreachable")
    handlers["complaint"] = explode
    ctx = make_context(max_attempts=3)
    source = FakeSource([raw(1), raw(2, mail(2, "News", extra="List-Id: <l.example>\r\n"))])
    first = await poll_inbox(ctx, source, NOW)
    assert (first.retrying, first.handled) == (1, 1)  # the bad one does not block the other
    assert source.settled == [("2", "processed")]
    await poll_inbox(ctx, source, NOW)
    third = await poll_inbox(ctx, source, NOW)
    assert third.quarantined == 1 and ("1", "quarantine") in source.settled
    row = next(r for r in ctx.store.journal_list() if r.uid == "1")
    assert (row.status, row.attempts) == ("quarantined", 3)
    assert row.error == "RuntimeError: database of tickets unreachable"
    assert [n.kind for n in ctx.store.notices()] == ["quarantine"]  # the flag was rolled back
    assert "database of tickets unreachable" in ctx.store.notices()[0].summary


async def test_oversize_message_is_quarantined_unread() -> None:
    ctx = make_context(max_message_bytes=1000)
    source = FakeSource([RawMail("INBOX", 7, "9", b"", 5_000_000), raw(1)])
    report = await poll_inbox(ctx, source, NOW)
    assert (report.quarantined, report.handled) == (1, 1)
    row = next(r for r in ctx.store.journal_list() if r.uid == "9")
    assert row.data is None and row.status == "quarantined" and "size limit" in (row.reason or "")
    assert ("9", "quarantine") in source.settled


async def test_every_corpus_message_is_classified_or_quarantined() -> None:
    ctx = make_context()
    mails = [RawMail("corpus", 0, p.name, p.read_bytes()) for p in sorted(MIME.glob("*.eml"))]
    report = await poll_inbox(ctx, FakeSource(mails), NOW)
    assert report.seen == len(mails) == report.handled + report.quarantined
    for row in ctx.store.journal_list():
        assert row.kind and row.reason, row.uid


def _message_id_as_first_released(data: bytes) -> str:
    """intake._message_id as first released, kept as the oracle: the journal matches messages
    by what it returns, so a faster version must return exactly the same."""
    head = data.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in data else data.split(b"\n\n", 1)[0]
    lower = head.lower()
    at = lower.find(b"\nmessage-id:")
    if at < 0:
        if not lower.startswith(b"message-id:"):
            return ""
        at = -1
    start = at + 1 + len(b"message-id:")
    value = head[start:start + 1000]
    lt, gt = value.find(b"<"), value.find(b">")
    if lt < 0 or gt < lt or b"\n" in value[:lt].strip():
        return ""
    return value[lt:gt + 1].decode("utf-8", "replace")


_ID_PIECES = st.sampled_from([b"Message-ID:", b"message-id: ", b"MESSAGE-ID:\r\n ", b"<a@b>",
                              b"<", b">", b"\r\n", b"\n", b"\r\n\r\n", b"\n\n", b"X: y", b" ",
                              b"\xc3\xa9", b"\xff"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_ID_PIECES, max_size=12).map(b"".join))
def test_message_id_read_without_parsing_never_changes(data: bytes) -> None:
    assert _message_id(data) == _message_id_as_first_released(data)
