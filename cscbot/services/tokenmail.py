"""Mails the secretariat can answer with commands: a token in the subject tag and Reply-To.

The token is recorded with the mail's key, Message-ID and recipients (what it is bound to) in
the same transaction that queues the mail.  Without a signing key the mail still goes, without
a token; its text says that commands by reply are off.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from cscbot.domain.outgoing import OutgoingMail, message_id_for
from cscbot.domain.tokens import make_token, plus_address, subject_tag
from cscbot.records import TokenMailRow
from cscbot.services.context import Context
from cscbot.services.mailer import queue_mail


def queue_with_token(ctx: Context, mail: OutgoingMail, kind: str,
                     now: datetime) -> TokenMailRow:
    """Queue `mail` (once per key) carrying a reply token; returns the token's record."""
    cfg = ctx.settings.digest
    row = ctx.store.token_mail_add(
        key=mail.key, kind=kind, message_id=message_id_for(mail.key, ctx.message_id_domain),
        recipients=tuple(dict.fromkeys((*mail.to, *mail.cc))), now=now,
        expires_at=now + timedelta(days=cfg.token_ttl_days))
    if ctx.token_key is not None:
        token = make_token(ctx.token_key, issue_id=row.id, ref=row.key,
                           recipients=row.recipients,
                           expires_at=datetime.fromisoformat(row.expires_at))
        mail = replace(mail, subject=f"{subject_tag(cfg.subject_tag, token)} {mail.subject}",
                       reply_to=plus_address(ctx.settings.bot.address, token))
    queue_mail(ctx, mail, now)
    return row
