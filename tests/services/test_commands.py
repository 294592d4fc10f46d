"""Secretariat replies through `handle_reply`, with the real store: accepted and refused."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from cscbot.adapters.sqlite import SqliteStore
from cscbot.domain.mail import parse_message
from cscbot.domain.outgoing import OutgoingMail
from cscbot.errors import CommandError
from cscbot.records import DraftRow, OutboxRow
from cscbot.render import Renderer
from cscbot.services import commands
from cscbot.services.commands import handle_reply
from cscbot.services.context import Context
from cscbot.services.digest import send_digest
from cscbot.services.dispatch import HANDLERS
from cscbot.services.drafts import APPROVE_HOOKS, ApprovalOptions, create_draft
from cscbot.services.tokenmail import queue_with_token

from .conftest import KEY, NOW, SECRETARIAT, outbox_keys, reply_to, settings

POST = OutgoingMail(key="findings:2026-10", kind="findings", to=("csc-announce@csc.example.org",),
                    subject="CSC Findings on PTI Performance October 2026",
                    text="Dear community,\n--- begin chair paragraph ---\nPTI met all.\n"
                         "--- end chair paragraph ---\n", list_post=True)


def _draft(ctx: Context, key: str = "findings:2026-10", kind: str = "findings") -> OutboxRow:
    with ctx.store.transaction():
        draft_id = create_draft(ctx, key=key, kind=kind, subject_ref="2026-10",
                                title=f"Findings {key}", mail=replace(POST, key=key), now=NOW)
    row = ctx.store.outbox_get(f"draft:{draft_id}")
    assert row is not None
    return row


def _confirmations(ctx: Context) -> list[OutboxRow]:
    return [r for r in ctx.store.outbox_list() if r.key.startswith("confirm:")]


def test_the_reply_handler_is_registered() -> None:
    assert HANDLERS["secretariat_reply"] is handle_reply


def test_approve_by_replying_to_the_draft_mail_posts_once_and_confirms_once(
        ctx: Context) -> None:
    request = _draft(ctx)
    assert request.recipients == SECRETARIAT and "[CSC-bot " in request.subject
    msg = reply_to(request, "approve\n\n-- \nSec Person\nICANN")
    assert "1 done" in handle_reply(ctx, msg, NOW)
    post = ctx.store.outbox_get("findings:2026-10")
    assert post is not None and post.recipients == ("csc-announce@csc.example.org",)
    draft = ctx.store.draft_get(1)
    assert draft is not None and (draft.status, draft.decided_by) == ("sent", SECRETARIAT[0])
    (confirmation,) = _confirmations(ctx)
    assert confirmation.recipients == (SECRETARIAT[0],)
    assert b"approved D1" in confirmation.data
    assert [(a.command, a.outcome) for a in ctx.store.audit()] == [("approve", "done")]


def test_approve_with_rating_and_new_wording_reaches_the_hook(ctx: Context) -> None:
    seen: list[ApprovalOptions] = []

    def hook(_ctx: Context, _draft: DraftRow, mail: OutgoingMail, options: ApprovalOptions,
             _now: datetime) -> OutgoingMail:
        seen.append(options)
        return replace(mail, text=f"Rating: {options.rating}\n{options.replacement_text}")
    APPROVE_HOOKS["test_findings"] = hook
    try:
        request = _draft(ctx, kind="test_findings")
        body = ("approve rating Satisfactory\n--- begin chair paragraph ---\n"
                "PTI met 62 of 65 thresholds.\n--- end chair paragraph ---")
        handle_reply(ctx, reply_to(request, body), NOW)
    finally:
        del APPROVE_HOOKS["test_findings"]
    assert seen == [ApprovalOptions("Satisfactory", "PTI met 62 of 65 thresholds.")]
    post = ctx.store.outbox_get("findings:2026-10")
    assert post is not None and b"Rating: Satisfactory" in post.data


@pytest.fixture
def merges() -> Iterator[list[tuple[str, str, str]]]:
    calls: list[tuple[str, str, str]] = []

    def merge_clusters(_ctx: Context, keep: str, other: str, by: str, _now: datetime) -> str:
        if other == "K99":
            raise CommandError("there is no cluster K99")
        calls.append((keep, other, by))
        return f"merged {other} into {keep}"
    commands.COMMAND_ACTIONS["merge"] = merge_clusters
    yield calls
    del commands.COMMAND_ACTIONS["merge"]


def test_a_digest_reply_with_several_commands(ctx: Context,
                                              merges: list[tuple[str, str, str]]) -> None:
    _draft(ctx, "findings:2026-10")
    _draft(ctx, "findings:2026-09")
    send_digest(ctx, NOW)
    (digest,) = [r for r in ctx.store.outbox_list() if r.kind == "digest"]
    body = ("approve D1\nreject D2 the September report was corrected\nmerge K1 K2\n"
            "merge K1 K99\nescalate K1\nsnooze K3 7\nplease also look at the portal")
    handle_reply(ctx, reply_to(digest, body), NOW + timedelta(hours=1))
    assert merges == [("K1", "K2", SECRETARIAT[0])]
    assert ctx.store.outbox_has("findings:2026-10")
    assert not ctx.store.outbox_has("findings:2026-09")
    assert ctx.store.draft_get(2).status == "rejected"  # type: ignore[union-attr]
    assert "K3" in ctx.store.snoozed(NOW + timedelta(days=6))
    (confirmation,) = _confirmations(ctx)
    text = confirmation.data.decode()
    assert "merged K2 into K1" in text and "there is no cluster K99" in text
    assert "`escalate` is not available" in text
    assert "please also look at the portal: not a command" in text
    assert "Commands (one per line" in text  # help follows what was not understood
    outcomes = [a.outcome for a in ctx.store.audit()]
    assert outcomes == ["done", "done", "done", "failed", "failed", "done", "not_understood"]


def test_the_token_in_the_reply_to_plus_address_is_enough(ctx: Context) -> None:
    request = _draft(ctx)
    plus = parse_message(request.data).reply_to[0]
    handle_reply(ctx, reply_to(request, "approve", subject="Re: Draft D1", to=plus), NOW)
    assert ctx.store.outbox_has("findings:2026-10")


def test_an_html_only_reply_works_and_its_quote_is_ignored(ctx: Context) -> None:
    request = _draft(ctx)
    _draft(ctx, "findings:2026-09")
    html = ("<html><body><div>approve D1</div><br><div class=\"gmail_quote\">"
            "On Mon wrote:<blockquote>approve D2</blockquote></div></body></html>")
    handle_reply(ctx, reply_to(request, "", html=html), NOW)
    assert ctx.store.outbox_has("findings:2026-10")
    assert not ctx.store.outbox_has("findings:2026-09")


def test_replays_are_refused(ctx: Context) -> None:
    request = _draft(ctx)
    handle_reply(ctx, reply_to(request, "approve"), NOW)
    same_message = reply_to(request, "approve")
    assert "replayed: message" in handle_reply(ctx, same_message, NOW)
    again = reply_to(request, "approve", message_id="<r2@csc.example.org>")
    assert "every command was already carried out" in handle_reply(ctx, again, NOW)
    assert len(_confirmations(ctx)) == 1
    refusals = ctx.store.notices("refusal")
    assert len(refusals) == 2 and all("replayed" in n.summary for n in refusals)


def _other_mail(ctx: Context, key: str, to: tuple[str, ...]) -> OutboxRow:
    mail = OutgoingMail(key=key, kind="digest", to=to, subject="Other digest", text="x")
    with ctx.store.transaction():
        queue_with_token(ctx, mail, "digest", NOW)
    row = ctx.store.outbox_get(key)
    assert row is not None
    return row


AR = "Authentication-Results"
DMARC_CTX = {"require_dmarc_pass": True, "authserv_id": "mx.csc.example.org"}


def _refusal_cases(ctx: Context, request: OutboxRow) -> dict[str, tuple[object, str]]:
    sec = SECRETARIAT[0]
    for_deputy = _other_mail(ctx, "digest:deputy-only", (SECRETARIAT[1],))
    other_digest = _other_mail(ctx, "digest:other", SECRETARIAT)
    return {
        "not on the list": (reply_to(request, "approve", sender="someone@registry.example"),
                            "not on the secretariat list"),
        "forged From, no token": (reply_to(request, "approve D1", subject="Re: Draft D1"),
                                  "no token"),
        "token of another recipient": (reply_to(for_deputy, "approve D1"),
                                       f"not to {sec}"),
        "token of another digest": (reply_to(request, "approve D1",
                                             in_reply_to=other_digest.message_id),
                                    "belongs to another mail"),
        "hidden in the quote": (reply_to(request, "Looks fine to me."),
                                "only in the quoted text"),
        "auto-reply": (reply_to(request, "approve", headers=(("Auto-Submitted",
                                                              "auto-replied"),)),
                       "not a personal reply"),
    }


@pytest.mark.parametrize("case", ["not on the list", "forged From, no token",
                                  "token of another recipient", "token of another digest",
                                  "hidden in the quote", "auto-reply"])
def test_refused_replies_change_nothing_and_answer_nobody(ctx: Context, case: str) -> None:
    request = _draft(ctx)
    msg, reason = _refusal_cases(ctx, request)[case]
    before = outbox_keys(ctx)
    assert "refused" in handle_reply(ctx, msg, NOW)  # type: ignore[arg-type]
    _assert_refused(ctx, before, str(reason))


def _assert_refused(ctx: Context, outbox_before: list[str], reason: str) -> None:
    assert outbox_keys(ctx) == outbox_before  # no post, no confirmation, no backscatter
    draft = ctx.store.draft_get(1)
    assert draft is not None and draft.status == "pending"
    (notice,) = ctx.store.notices("refusal")
    assert reason in notice.summary
    audit = ctx.store.audit()
    assert audit and all(a.outcome == "refused" and reason in a.detail for a in audit)


def test_an_expired_token_is_refused(ctx: Context) -> None:
    request = _draft(ctx)
    before = outbox_keys(ctx)
    handle_reply(ctx, reply_to(request, "approve"), NOW + timedelta(days=15))
    _assert_refused(ctx, before, "expired")


@pytest.fixture
def dmarc_ctx() -> Iterator[Context]:
    store = SqliteStore(":memory:")
    yield Context(settings(**DMARC_CTX), store, Renderer(), KEY)
    store.close()


@pytest.mark.parametrize(("header", "reason"), [
    ("mx.csc.example.org; dmarc=fail header.from=csc.example.org", "DMARC fail"),
    ("evil.example; dmarc=pass header.from=csc.example.org",
     "no Authentication-Results header from our receiving server"),
    ("mx.csc.example.org; dkim=pass header.d=evil.example", "not aligned"),
    (None, "no Authentication-Results header from our receiving server"),
])
def test_authentication_results_must_vouch_for_the_sender(
        dmarc_ctx: Context, header: str | None, reason: str) -> None:
    request = _draft(dmarc_ctx)
    before = outbox_keys(dmarc_ctx)
    headers = ((AR, header),) if header else ()
    handle_reply(dmarc_ctx, reply_to(request, "approve", headers=headers), NOW)
    _assert_refused(dmarc_ctx, before, reason)


def test_dmarc_pass_from_our_server_is_accepted(dmarc_ctx: Context) -> None:
    request = _draft(dmarc_ctx)
    headers = ((AR, "mx.csc.example.org; dkim=pass header.d=csc.example.org; "
                    "dmarc=pass header.from=csc.example.org"),
               (AR, "evil.example; dmarc=fail"))
    handle_reply(dmarc_ctx, reply_to(request, "approve", headers=headers), NOW)
    assert dmarc_ctx.store.outbox_has("findings:2026-10")


def test_without_a_key_commands_are_off_and_the_reply_is_refused(ctx: Context) -> None:
    request = _draft(ctx)
    keyless = Context(ctx.settings, ctx.store, ctx.renderer, None)
    account = handle_reply(keyless, reply_to(request, "approve"), NOW)
    assert "commands are off" in account and "CSCBOT_TOKEN_KEY" in account
    assert not ctx.store.outbox_has("findings:2026-10")  # nothing executed
    (notice,) = ctx.store.notices("refusal")
    assert "CSCBOT_TOKEN_KEY" in notice.summary + str(notice.details)


def test_every_reply_that_carries_out_a_command_is_confirmed_the_same_day(
        ctx: Context) -> None:
    """The daily cap on automatic answers stops auto-responder ping-pong; it must not swallow
    the confirmations of a secretariat working through several drafts in one morning."""
    first, second = _draft(ctx, "findings:2026-10"), _draft(ctx, "findings:2026-09")
    handle_reply(ctx, reply_to(first, "approve", message_id="<a@x.org>"), NOW)
    handle_reply(ctx, reply_to(second, "approve", message_id="<b@x.org>"),
                 NOW + timedelta(minutes=5))
    assert len(_confirmations(ctx)) == 2


def test_replies_that_carry_out_nothing_are_answered_once_a_day(ctx: Context) -> None:
    """Answers that change nothing (help, words that are no command) could come from a
    responder that marks nothing: one answer a day, then silence."""
    request = _draft(ctx)
    for i, body in enumerate(("help", "help", "I am away until Monday.\nhelp")):
        handle_reply(ctx, reply_to(request, body, message_id=f"<o{i}@x>"),
                     NOW + timedelta(minutes=i))
    assert len(_confirmations(ctx)) == 1
