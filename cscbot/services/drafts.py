"""Drafts the secretariat approves by reply: findings, announcements, escalation letters.

A feature creates a draft holding the mail it wants posted; the secretariat's `approve` queues
that mail (once: its outbox key is the draft's key), `reject` closes the draft with a reason.
A feature that must act on approval (re-render with an override, record that a letter went
out) registers a hook for its kind in `APPROVE_HOOKS`.

Each new draft is also mailed to the secretariat on its own (key `draft:<id>`) with a reply
token, so it can be approved by answering that mail (`approve`, `reject <reason>`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from cscbot.domain.outgoing import OutgoingMail
from cscbot.errors import CommandError
from cscbot.records import DraftRow
from cscbot.services.context import Context
from cscbot.services.mailer import queue_mail
from cscbot.services.tokenmail import queue_with_token


@dataclass(frozen=True)
class ApprovalOptions:
    """What an approving reply may add: a rating override, replacement wording."""

    rating: str | None = None
    replacement_text: str | None = None


ApproveHook = Callable[[Context, DraftRow, OutgoingMail, ApprovalOptions, datetime],
                       OutgoingMail]
"""Called inside the approval transaction; returns the mail to post (maybe re-rendered)."""

APPROVE_HOOKS: dict[str, ApproveHook] = {}


def create_draft(ctx: Context, *, key: str, kind: str, subject_ref: str, title: str,
                 mail: OutgoingMail, now: datetime, note: str = "",
                 request_review: bool = True) -> int | None:
    """Store a pending draft (None when this key exists), tell the digest, mail it for review.

    `note` is what the secretariat should know to decide (e.g. why a rating was proposed);
    it heads the review mail.  `request_review=False` when the caller approves at once
    (findings.auto_send): no review mail for a decision already taken.
    """
    draft_id = ctx.store.draft_add(key=key, kind=kind, subject_ref=subject_ref, title=title,
                                   mail_json=mail.to_json(), now=now)
    if draft_id is not None:
        ctx.store.notice_add(kind="draft", ref=f"D{draft_id}",
                             summary=f"draft waiting for approval: {title}", now=now,
                             details={"draft_id": draft_id, "kind": kind})
        if request_review:
            queue_with_token(ctx, _draft_request(ctx, draft_id, kind, title, mail, note),
                             "draft", now)
    return draft_id


def _draft_request(ctx: Context, draft_id: int, kind: str, title: str,
                   mail: OutgoingMail, note: str) -> OutgoingMail:
    """The mail asking the secretariat to decide on a draft (the draft shown in full)."""
    s = ctx.settings
    rendered = ctx.renderer.render(
        "draft_request", draft_id=draft_id, kind=kind, title=title, to=", ".join(mail.to),
        subject=mail.subject, text=mail.text, note=note, commands_on=ctx.token_key is not None,
        key_env=s.digest.token_key_env, bot_name=s.bot.name)
    return OutgoingMail(key=f"draft:{draft_id}", kind="draft_request",
                        to=s.addresses.secretariat, subject=f"Draft D{draft_id}: {title}",
                        text=rendered.text, html=rendered.html)


def _pending(ctx: Context, draft_id: int) -> DraftRow:
    draft = ctx.store.draft_get(draft_id)
    if draft is None:
        raise CommandError(f"there is no draft D{draft_id}")
    if draft.status != "pending":
        who = f" by {draft.decided_by}" if draft.decided_by else ""
        raise CommandError(f"draft D{draft_id} is already {draft.status}{who}")
    return draft


def approve_draft(ctx: Context, draft_id: int, by: str, now: datetime,
                  options: ApprovalOptions = ApprovalOptions()) -> str:
    """Queue the draft's mail once and mark it sent; a second approval changes nothing."""
    with ctx.store.transaction():
        draft = _pending(ctx, draft_id)
        mail = OutgoingMail.from_json(draft.mail)
        hook = APPROVE_HOOKS.get(draft.kind)
        if hook is not None:
            mail = hook(ctx, draft, mail, options, now)
        queue_mail(ctx, mail, now)
        ctx.store.draft_decide(draft_id, "sent", by, now)
    return f"approved D{draft_id} ({draft.title}); queued to {', '.join(mail.to)}"


def reject_draft(ctx: Context, draft_id: int, reason: str, by: str, now: datetime) -> str:
    with ctx.store.transaction():
        draft = _pending(ctx, draft_id)
        ctx.store.draft_decide(draft_id, "rejected", by, now, reason)
    return f"rejected D{draft_id} ({draft.title}): {reason}"
