"""Queue a mail in the outbox: render it to bytes with its stable Message-ID, once per key.

Call inside the store transaction of the state change that causes the mail.  With
`ctx.preview` set (--dry-run) the finished mail is shown through it and nothing is stored.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from cscbot.domain.loops import auto_answer_refusal
from cscbot.domain.mail import MailMessage
from cscbot.domain.mime import build_mime, describe_mime, list_headers
from cscbot.domain.outgoing import OutgoingMail, message_id_for
from cscbot.services.context import Context


def render_mail(ctx: Context, mail: OutgoingMail, now: datetime) -> tuple[str, bytes]:
    """(Message-ID, finished bytes) of a mail as the outbox would send it."""
    s = ctx.settings
    message_id = message_id_for(mail.key, ctx.message_id_domain)
    list_info: tuple[tuple[str, str], ...] = ()
    if mail.list_post:
        list_info = list_headers(s.addresses.announce,
                                 s.outbox.list_unsubscribe or s.findings.subscribe_url)
    if mail.reply_to is None and s.bot.reply_to:
        mail = replace(mail, reply_to=s.bot.reply_to)
    data = build_mime(mail, sender=s.bot.address, sender_name=s.bot.name,
                      message_id=message_id, date=now, list_info=list_info)
    return message_id, data


def queue_mail(ctx: Context, mail: OutgoingMail, now: datetime) -> bool:
    """True when queued now (or shown, in a dry run); False when a mail with this key was
    queued before (no-op)."""
    if ctx.store.outbox_has(mail.key):
        return False
    message_id, data = render_mail(ctx, mail, now)
    if ctx.preview is not None:
        ctx.preview(f"--- dry run: {mail.kind} {mail.key} (not queued)\n{describe_mime(data)}")
        return True
    return ctx.store.outbox_add(
        key=mail.key, kind=mail.kind, message_id=message_id, sender=ctx.settings.bot.address,
        recipients=tuple(dict.fromkeys((*mail.to, *mail.cc))), subject=mail.subject, data=data,
        now=now)


def queue_auto_answer(ctx: Context, to_msg: MailMessage, mail: OutgoingMail,
                      now: datetime, capped: bool = True) -> str | None:
    """Queue an automatic answer to `to_msg` unless the loop rules forbid it.

    Returns None when queued (or already queued under the same key), else the reason it was
    not sent (the caller records it).  The answer is marked `Auto-Submitted: auto-replied` and
    threaded to the message it answers.  At most `loops.max_auto_replies_per_sender_per_day`
    answers go to one sender per UTC day, whatever the message looks like: the brake that
    stops a ping-pong with an auto-responder that marks nothing.  `capped=False` only for an
    answer to something no auto-responder can repeat (a command carried out under a
    single-use token).
    """
    if ctx.backfill:
        return "backfill: no automatic answers to old mail"
    s = ctx.settings
    own = tuple(a for a in (s.bot.address, s.addresses.csc_mailbox, s.bot.reply_to) if a)
    refusal = auto_answer_refusal(to_msg, own, s.addresses.no_reply_patterns)
    if refusal:
        return refusal
    if ctx.store.outbox_has(mail.key):
        return None
    day = now.date().isoformat()
    budget = s.loops.max_auto_replies_per_sender_per_day
    if capped and ctx.store.auto_answers_on(to_msg.from_addr, day) >= budget:
        return (f"already answered {budget} time(s) today"
                " (loops.max_auto_replies_per_sender_per_day)")
    mail = replace(mail, auto_submitted="auto-replied",
                   in_reply_to=mail.in_reply_to or to_msg.message_id or None,
                   references=mail.references or tuple(
                       r for r in (*to_msg.references, to_msg.message_id) if r))
    with ctx.store.transaction():
        if queue_mail(ctx, mail, now) and ctx.preview is None:
            ctx.store.auto_answer_counted(to_msg.from_addr, day)
    return None
