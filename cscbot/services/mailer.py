"""Queue a mail in the outbox: render it to bytes with its stable Message-ID, once per key.

Call inside the store transaction of the state change that causes the mail.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

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
