"""Bounces: a DSN marks the returned mail's recipient as bounced, never gets an answer."""

from __future__ import annotations

from pathlib import Path

from cscbot.domain.mail import parse_message
from cscbot.services.context import Context
from cscbot.services.dispatch import handler_for
from cscbot.services.mailer import queue_auto_answer, queue_mail
from tests.services.outbox_helpers import NOW, mail, make_ctx

DATA = Path(__file__).resolve().parents[1] / "data"


def queued(ctx: Context, to: tuple[str, ...] = ("alice@registry.example",)) -> str:
    queue_mail(ctx, mail("ack:CSC-2026-0001", to=to), NOW)
    row = ctx.store.outbox_get("ack:CSC-2026-0001")
    assert row is not None
    return row.message_id


def postfix_bounce(message_id: str) -> bytes:
    return (DATA / "dsn_postfix.eml").read_bytes().replace(b"MSGID_PLACEHOLDER",
                                                           message_id.encode())


def test_a_dsn_marks_the_recipient_bounced_and_tells_the_secretariat() -> None:
    ctx = make_ctx()
    mid = queued(ctx, to=("alice@registry.example", "bob@registry.example"))
    handler = handler_for("bounce")
    assert handler is not None
    account = handler(ctx, parse_message(postfix_bounce(mid)), NOW)
    assert "alice@registry.example 5.1.1" in account
    row = ctx.store.outbox_get("ack:CSC-2026-0001")
    assert row is not None
    status = {r.address: (r.status, r.code) for r in ctx.store.outbox_recipients(row.id)}
    assert status == {"alice@registry.example": ("bounced", 550),
                      "bob@registry.example": ("pending", None)}
    [notice] = ctx.store.notices("delivery_failed")
    assert notice.details["status"] == "5.1.1" and "User unknown" in notice.summary


def test_a_bounce_returning_the_whole_message() -> None:
    ctx = make_ctx()
    mid = queued(ctx)
    raw = (
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example>\r\n"
        "To: csc-bot@csc.example.org\r\nSubject: Delivery Status Notification (Failure)\r\n"
        "Message-ID: <b2@mx.example>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example"
        "\r\n\r\nFinal-Recipient: rfc822; Alice@Registry.example\r\nAction: failed\r\n"
        "Status: 5.2.2\r\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\r\n\r\n"
        "--b\r\nContent-Type: message/rfc822\r\n\r\n"
        f"From: csc-bot@csc.example.org\r\nMessage-ID: {mid}\r\nSubject: x\r\n\r\nbody\r\n"
        "--b--\r\n")
    assert "bounce for ack:CSC-2026-0001" in handler_for("bounce")(  # type: ignore[misc]
        ctx, parse_message(raw.encode()), NOW)
    row = ctx.store.outbox_get("ack:CSC-2026-0001")
    assert row is not None and ctx.store.outbox_recipients(row.id)[0].code == 552


def test_a_non_standard_bounce_names_the_recipient_in_its_text() -> None:
    ctx = make_ctx()
    mid = queued(ctx, to=("alice@registry.example", "bob@registry.example"))
    raw = (f"From: postmaster@registry.example\r\nSubject: Returned mail\r\n"
           f"In-Reply-To: {mid}\r\n\r\nCould not deliver to bob@registry.example: no such "
           "user.\r\n").encode()
    handler_for("bounce")(ctx, parse_message(raw), NOW)  # type: ignore[misc]
    row = ctx.store.outbox_get("ack:CSC-2026-0001")
    assert row is not None
    assert [r.status for r in ctx.store.outbox_recipients(row.id)] == ["pending", "bounced"]


def test_a_bounce_for_unknown_mail_is_a_notice() -> None:
    ctx = make_ctx()
    account = handler_for("bounce")(  # type: ignore[misc]
        ctx, parse_message(postfix_bounce("<someone-else@x.org>")), NOW)
    assert "not found" in account
    assert ctx.store.notices("bounce_unmatched")[0].details["message_ids"] == [
        "<someone-else@x.org>"]


def test_a_bounce_is_never_answered() -> None:
    ctx = make_ctx()
    bounce = parse_message(postfix_bounce(queued(ctx)))
    assert queue_auto_answer(ctx, bounce, mail("ack:bounce", to=(bounce.from_addr,)),
                             NOW) is not None
    assert ctx.store.outbox_get("ack:bounce") is None
