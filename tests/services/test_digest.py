"""`send_digest` with the real store and templates: what it shows, when it is (not) sent."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from cscbot.domain.mail import parse_message
from cscbot.records import OutboxRow
from cscbot.services.commands import handle_reply
from cscbot.services.context import Context
from cscbot.services.digest import digest_due, send_digest
from cscbot.services.sections import SECTION_PROVIDERS, DigestItem, DigestSection

from .conftest import NOW, SECRETARIAT, reply_to
from .test_commands import _draft


def _digests(ctx: Context) -> list[OutboxRow]:
    return [r for r in ctx.store.outbox_list() if r.kind == "digest"]


@pytest.fixture
def clusters() -> Iterator[list[datetime | None]]:
    """A feature's section provider, as the composition root registers one."""
    calls: list[datetime | None] = []

    def provider(_ctx: Context, since: datetime | None, _now: datetime) -> DigestSection:
        calls.append(since)
        return DigestSection("New complaints", (
            DigestItem("CSC-2026-0042", "slow DS update for .example", ("cluster K7",)),
            DigestItem("K7", "DNSSEC checks (3 complaints)", acted_by="renamed by sec@"),
        ))
    SECTION_PROVIDERS.append(provider)
    yield calls
    SECTION_PROVIDERS.remove(provider)


def test_nothing_new_sends_nothing(ctx: Context) -> None:
    report = send_digest(ctx, NOW)
    assert not report.sent and ctx.store.outbox_list() == []


def test_the_digest_shows_notices_drafts_and_sections(
        ctx: Context, clusters: list[datetime | None]) -> None:
    _draft(ctx)
    with ctx.store.transaction():
        ctx.store.notice_add(kind="quarantine", ref="<bad@x>", summary="unreadable mail from "
                             "a@registry.example", now=NOW, details={"reason": "too large"})
        ctx.store.notice_add(kind="dead_letter", ref="ack:CSC-2026-0001",
                             summary="not delivered: Re: complaint", now=NOW)
        ctx.store.notice_add(kind="unknown_metric", ref="2026-10:Z9", summary="metric Z9",
                             now=NOW)
    report = send_digest(ctx, NOW + timedelta(days=3))
    assert report.sent and clusters == [None]
    (row,) = _digests(ctx)
    assert row.recipients == SECRETARIAT
    msg = parse_message(row.data)
    assert msg.subject.startswith("[CSC-bot ") and "1 draft waiting" in msg.subject
    assert msg.reply_to[0].startswith("csc-bot+") and msg.html is not None
    text = msg.text
    for expected in ("[D1] Findings findings:2026-10 (findings), waiting 3 days",
                     "== Quarantined mail (1) ==", "reason: too large",
                     "== Mail that could not be delivered (1) ==",
                     "== Unknown SLA metrics in PTI's report (1) ==",
                     "[CSC-2026-0042] slow DS update", "[K7] DNSSEC checks (3 complaints) -- "
                     "renamed by sec@"):
        assert expected in text, expected
    assert text.index("Quarantined") < text.index("New complaints")
    assert "renamed by sec@" in msg.html and "D1" in msg.html
    assert all(n.digest_id is not None for n in ctx.store.notices())


def test_a_second_digest_without_news_is_not_sent(ctx: Context) -> None:
    _draft(ctx)
    assert send_digest(ctx, NOW).sent
    assert not send_digest(ctx, NOW + timedelta(days=1)).sent
    assert len(_digests(ctx)) == 1


def test_what_was_done_shows_who_did_it_and_snoozed_items_hide(
        ctx: Context, clusters: list[datetime | None]) -> None:
    request = _draft(ctx)
    send_digest(ctx, NOW)
    handle_reply(ctx, reply_to(request, "approve\nsnooze K7 5"), NOW + timedelta(hours=2))
    report = send_digest(ctx, NOW + timedelta(days=1))
    assert report.text is not None
    assert "[D1] Findings findings:2026-10 -- sent by sec@csc.example.org" in report.text
    assert "snooze K7 5 -- by sec@csc.example.org" in report.text
    assert "[K7]" not in report.text and "[CSC-2026-0042]" in report.text
    assert clusters[-1] == NOW


def test_dry_run_queues_and_marks_nothing(ctx: Context) -> None:
    _draft(ctx)
    report = send_digest(ctx, NOW, dry_run=True)
    assert report.sent and report.text and "[D1]" in report.text
    assert _digests(ctx) == [] and ctx.store.notices_unreported()


@pytest.mark.parametrize(("now", "due"), [
    (datetime.fromisoformat("2026-11-02T06:59+00:00"), False),  # Monday, before 07:00
    (datetime.fromisoformat("2026-11-02T07:00+00:00"), True),
    (datetime.fromisoformat("2026-11-02T18:00+00:00"), True),   # within 12 h grace
    (datetime.fromisoformat("2026-11-02T19:01+00:00"), False),
    (datetime.fromisoformat("2026-11-07T08:00+00:00"), False),  # Saturday
])
def test_when_the_scheduled_digest_is_due(ctx: Context, now: datetime, due: bool) -> None:
    assert digest_due(ctx, now) is due


def test_not_due_again_after_it_went(ctx: Context) -> None:
    _draft(ctx)
    send_digest(ctx, NOW)
    assert not digest_due(ctx, NOW + timedelta(hours=1))
    assert digest_due(ctx, NOW + timedelta(days=1))
