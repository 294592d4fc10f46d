"""Loop safety: who is never answered automatically, the daily budget, and the ping-pong."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cscbot.domain.mail import MailMessage, parse_message
from cscbot.services.context import Context
from cscbot.services.mailer import queue_auto_answer
from tests.services.outbox_helpers import NOW, mail, make_ctx, make_settings


def incoming(sender: str = "alice@registry.example", subject: str = "Slow DS update",
             extra: str = "", msg_id: str = "<c1@registry.example>",
             content_type: str = "text/plain") -> MailMessage:
    raw = (f"From: Alice <{sender}>\r\nTo: csc@csc.example.org\r\nSubject: {subject}\r\n"
           f"Message-ID: {msg_id}\r\nContent-Type: {content_type}\r\n{extra}\r\n"
           "Our DS change took 9 days.\r\n")
    return parse_message(raw.encode())


def answer(ctx: Context, msg: MailMessage, key: str | None = None) -> str | None:
    return queue_auto_answer(ctx, msg, mail(key or f"ack:{msg.message_id}",
                                            to=(msg.from_addr,)), NOW)


@pytest.mark.parametrize(("msg", "reason"), [
    (incoming(extra="Auto-Submitted: auto-replied\r\n"), "Auto-Submitted"),
    (incoming(extra="Auto-Submitted: auto-generated\r\n"), "Auto-Submitted"),
    (incoming(extra="Precedence: bulk\r\n"), "Precedence"),
    (incoming(extra="Precedence: list\r\n"), "Precedence"),
    (incoming(extra="List-Id: <dns-ops.lists.example>\r\n"), "list"),
    (incoming(extra="Return-Path: <>\r\n"), "null sender"),
    (incoming(sender="mailer-daemon@mx.registry.example",
              content_type="multipart/report; report-type=delivery-status; boundary=b"),
     "report"),
    (incoming(sender="noreply@registry.example"), "no-reply"),
    (incoming(sender="no-reply@registry.example"), "no-reply"),
    (incoming(sender="MAILER-DAEMON@registry.example"), "mailer-daemon"),
    (incoming(sender="csc-bot@csc.example.org"), "own"),
    (incoming(sender="csc@csc.example.org"), "own"),
    (incoming(extra="X-Autoreply: yes\r\n"), "x-autoreply"),
    (incoming(subject="Out of office: Slow DS update"), "out of office"),
])
def test_never_answered_automatically(msg: MailMessage, reason: str) -> None:
    ctx = make_ctx()
    refusal = answer(ctx, msg)
    assert refusal is not None and reason.lower() in refusal.lower()
    assert ctx.store.outbox_list() == []


def test_an_answer_is_threaded_and_marked() -> None:
    ctx = make_ctx()
    assert answer(ctx, incoming()) is None
    [row] = ctx.store.outbox_list()
    head = parse_message(row.data)
    assert head.header("auto-submitted") == "auto-replied"
    assert head.in_reply_to == "<c1@registry.example>"


def test_at_most_the_budget_per_sender_per_day() -> None:
    ctx = make_ctx()
    first, second = incoming(msg_id="<1@r.example>"), incoming(msg_id="<2@r.example>")
    assert answer(ctx, first) is None
    assert answer(ctx, first) is None  # the same answer again is a no-op, not a refusal
    assert "already answered 1" in (answer(ctx, second) or "")
    assert answer(ctx, incoming(sender="bob@registry.example")) is None
    tomorrow = queue_auto_answer(ctx, second, mail("ack:<2@r.example>:next-day"),
                                 NOW + timedelta(days=1))
    assert tomorrow is None
    assert len(ctx.store.outbox_list()) == 3


def test_a_budget_of_zero_never_answers() -> None:
    ctx = make_ctx(make_settings(loops={"max_auto_replies_per_sender_per_day": 0}))
    assert answer(ctx, incoming()) is not None


def test_a_dry_run_shows_the_answer_and_spends_no_budget() -> None:
    shown: list[str] = []
    base = make_ctx()
    ctx = Context(base.settings, base.store, base.renderer, preview=shown.append)
    assert answer(ctx, incoming()) is None
    assert len(shown) == 1 and "Auto-Submitted: auto-replied" in shown[0]
    assert ctx.store.outbox_list() == [] and ctx.store.auto_answers_on(
        "alice@registry.example", NOW.date().isoformat()) == 0


def _responder_reply(to_bot: bytes, n: int) -> MailMessage:
    """A badly made auto-responder: answers everything, marks nothing as automatic."""
    ours = parse_message(to_bot)
    raw = (f"From: helpdesk@registry.example\r\nTo: {ours.reply_to[0] if ours.reply_to else ''}"
           f"\r\nSubject: Re: {ours.subject}\r\nMessage-ID: <r{n}@registry.example>\r\n"
           f"In-Reply-To: {ours.message_id}\r\n\r\nWe got your mail, ticket #{n}.\r\n")
    return parse_message(raw.encode())


def test_ping_pong_with_an_auto_responder_stops_after_one() -> None:
    ctx = make_ctx()
    inbox = [incoming(sender="helpdesk@registry.example")]
    answers = 0
    for n in range(10):
        if not inbox:
            break
        msg = inbox.pop()
        if answer(ctx, msg) is None:
            answers += 1
            [latest] = ctx.store.outbox_list(limit=1)
            inbox.append(_responder_reply(latest.data, n))
    assert answers == 1
    assert len(ctx.store.outbox_list()) == 1
