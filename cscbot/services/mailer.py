"""Queue a mail in the outbox: render it to bytes with its stable Message-ID, once per key.

Call inside the store transaction of the state change that causes the mail.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from cscbot.domain.loops import auto_answer_refusal
from cscbot.domain.mail import MailMessage
from cscbot.domain.mime import build_mime
from cscbot.domain.outgoing import OutgoingMail, message_id_for
from cscbot.services.context import Context


def queue_mail(ctx: Context, mail: OutgoingMail, now: datetime) -> bool:
    """True when queued now; False when a mail with this key was queued before (no-op)."""
    if ctx.store.outbox_has(mail.key):
        return False
    bot = ctx.settings.bot
    message_id = message_id_for(mail.key, ctx.message_id_domain)
    list_id = None
    if mail.list_post:
        announce = ctx.settings.addresses.announce
        list_id = f"<{announce.replace('@', '.')}>"
    if mail.reply_to is None and bot.reply_to:
        mail = replace(mail, reply_to=bot.reply_to)
    data = build_mime(mail, sender=bot.address, sender_name=bot.name, message_id=message_id,
                      date=now, list_id=list_id)
    return ctx.store.outbox_add(
        key=mail.key, kind=mail.kind, message_id=message_id, sender=bot.address,
        recipients=tuple(dict.fromkeys((*mail.to, *mail.cc))), subject=mail.subject, data=data,
        now=now)


def queue_auto_answer(ctx: Context, to_msg: MailMessage, mail: OutgoingMail,
                      now: datetime) -> str | None:
    """Queue an automatic answer to `to_msg` unless the loop rules forbid it.

    Returns None when queued (or already queued under the same key), else the reason it was
    not sent (the caller records it).  The answer is marked `Auto-Submitted: auto-replied` and
    threaded to the message it answers.
    """
    s = ctx.settings
    own = tuple(a for a in (s.bot.address, s.addresses.csc_mailbox, s.bot.reply_to) if a)
    refusal = auto_answer_refusal(to_msg, own, s.addresses.no_reply_patterns)
    if refusal:
        return refusal
    mail = replace(mail, auto_submitted="auto-replied",
                   in_reply_to=mail.in_reply_to or to_msg.message_id or None,
                   references=mail.references or tuple(
                       r for r in (*to_msg.references, to_msg.message_id) if r))
    queue_mail(ctx, mail, now)
    return None
