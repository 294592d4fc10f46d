"""Ad-hoc announcements to csc-announce (a consultation notice, a meeting change).

They take the findings' path: a draft the secretariat approves (or rejects) by reply, posted
once on approval.  The draft's key is derived from the text, so drafting the same file twice
makes one draft.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime

from cscbot.domain.findings import parse_announcement
from cscbot.domain.outgoing import OutgoingMail
from cscbot.errors import CommandError
from cscbot.services.context import Context
from cscbot.services.drafts import create_draft
from cscbot.services.findings import DraftOutcome

log = logging.getLogger(__name__)


def draft_announcement(ctx: Context, text: str, now: datetime,
                       dry_run: bool = False) -> DraftOutcome:
    """Draft the announcement in `text` ('Subject: ...' on the first line, then the body)."""
    try:
        announcement = parse_announcement(text)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    ident = hashlib.sha256(f"{announcement.subject}\n{announcement.body}".encode()).hexdigest()
    mail = OutgoingMail(key=f"announcement:{ident[:16]}", kind="announcement",
                        to=(ctx.settings.addresses.announce,), subject=announcement.subject,
                        text=announcement.body, list_post=True)
    if dry_run:
        return DraftOutcome(f"dry run: would draft the announcement {announcement.subject!r}",
                            mail=mail)
    with ctx.store.transaction():
        draft_id = create_draft(ctx, key=f"announcement-draft:{ident[:16]}", kind="announcement",
                                subject_ref=mail.key, title=f"announcement: {mail.subject}",
                                mail=mail, now=now)
    if draft_id is None:
        existing = ctx.store.draft_by_key(f"announcement-draft:{ident[:16]}")
        ref = f"D{existing.id} ({existing.status})" if existing else "a draft"
        return DraftOutcome(f"this announcement was drafted already: {ref}",
                            existing.id if existing else None, mail)
    summary = f"drafted the announcement {mail.subject!r} as D{draft_id}"
    log.info("announcements: %s", summary)
    return DraftOutcome(summary, draft_id, mail)
