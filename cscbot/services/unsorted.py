"""Mail that is no complaint, report or command: kept in the journal and shown in the digest,
so a person reads what the bot could not place (DESIGN: other -> digest item)."""

from __future__ import annotations

from datetime import datetime

from cscbot.domain.mail import MailMessage
from cscbot.services.context import Context


def handle_other(ctx: Context, msg: MailMessage, now: datetime) -> str:
    ref = msg.message_id or f"{msg.from_addr}|{msg.subject}|{now.isoformat()}"
    ctx.store.notice_add(
        kind="unsorted", ref=ref, now=now,
        summary=f"mail for a person from {msg.from_addr or 'unknown sender'}: "
                f"{msg.subject[:100] or '(no subject)'}",
        details={"message_id": msg.message_id, "from": msg.from_addr, "subject": msg.subject})
    return "left for the secretariat (digest)"
