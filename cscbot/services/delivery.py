"""Bounces: a delivery report marks the recipient of the outbox mail it returns as failed.

Runs as the intake handler of kind `bounce`, inside the intake transaction.  A bounce is never
answered; one that names no mail of ours becomes a notice for the secretariat.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from cscbot.domain.dsn import FailedRecipient, mentioned_addresses, read_delivery_report
from cscbot.domain.mail import MailMessage
from cscbot.records import OutboxRow
from cscbot.services.context import Context


def handle_bounce(ctx: Context, msg: MailMessage, now: datetime) -> str:
    report = read_delivery_report(msg)
    row = _returned_mail(ctx, report.message_ids)
    if row is None:
        ref = msg.message_id or hashlib.sha256(msg.text.encode()).hexdigest()[:16]
        ctx.store.notice_add(kind="bounce_unmatched", ref=ref,
                             summary=f"a bounce for no mail of ours: {msg.subject}",
                             details={"from": msg.from_addr, "message_ids":
                                      list(report.message_ids)}, now=now)
        return "bounce: returned mail not found in the outbox"
    failed = list(report.failed)
    if not report.standard:
        guessed = mentioned_addresses(msg, row.recipients)
        if not guessed and len(row.recipients) == 1:
            guessed = row.recipients
        failed = [FailedRecipient(a, "", None, msg.subject) for a in guessed]
    marked = [f for f in failed if _mark(ctx, row, f, now)]
    if not marked:
        return f"bounce for {row.key}: no recipient of it named"
    return f"bounce for {row.key}: " + ", ".join(f"{f.address} {f.status}".strip()
                                               for f in marked)


def _returned_mail(ctx: Context, message_ids: tuple[str, ...]) -> OutboxRow | None:
    for mid in message_ids:
        row = ctx.store.outbox_by_message_id(mid)
        if row is not None:
            return row
    return None


def _mark(ctx: Context, row: OutboxRow, failed: FailedRecipient, now: datetime) -> bool:
    if not ctx.store.outbox_mark_bounced(row.id, failed.address, failed.code,
                                         failed.diagnostic or failed.status, now):
        return False
    ctx.store.notice_add(
        kind="delivery_failed", ref=f"{row.key} {failed.address}",
        summary=f"{failed.address} bounced {row.subject!r}: {failed.status} "
                f"{failed.diagnostic}".strip(),
        details={"key": row.key, "recipient": failed.address, "status": failed.status,
                 "code": failed.code, "diagnostic": failed.diagnostic}, now=now)
    return True
