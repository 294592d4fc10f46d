"""The secretariat digest: notices, drafts waiting, what was done, and the features' sections.

Sent to the secretariat list with a reply token, only when there is something new: notices
not yet reported, decisions or commands since the previous digest, or a feature's section.
The notices it reports are marked with its id in the transaction that queues it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from cscbot.domain.outgoing import OutgoingMail
from cscbot.domain.timeline import Weekly, parse_hhmm, waited
from cscbot.records import DraftRow, NoticeRow
from cscbot.services.context import Context
from cscbot.services.sections import SECTION_PROVIDERS, DigestItem, DigestSection
from cscbot.services.tokenmail import queue_with_token

log = logging.getLogger(__name__)

NOTICE_TITLES = {
    "refusal": "Refused commands (nobody was answered)",
    "flag": "Pattern flags (RAP candidates)",
    "rap_window": "RAP response windows",
    "dead_letter": "Mail that could not be delivered",
    "quarantine": "Quarantined mail",
    "report_unreadable": "PTI reports that could not be read",
    "unknown_metric": "Unknown SLA metrics in PTI's report",
    "missing_metric": "SLA metrics missing from PTI's report",
    "headline_mismatch": "PTI headline figures that differ from ours",
}
"""Known notice kinds, in the order shown; other kinds follow under their own name."""


@dataclass
class DigestReport:
    sent: bool = False
    key: str | None = None
    notices: int = 0
    drafts_waiting: int = 0
    sections: list[str] = field(default_factory=list)
    text: str | None = None

    def __str__(self) -> str:
        if not self.sent:
            return "nothing new: no digest"
        return (f"digest {self.key}: {self.notices} notices, {self.drafts_waiting} drafts "
                f"waiting, sections: {', '.join(self.sections) or 'none'}")


def _notice_sections(notices: list[NoticeRow]) -> list[DigestSection]:
    by_kind: dict[str, list[DigestItem]] = {}
    for n in notices:
        if n.kind == "draft":  # shown in the drafts section
            continue
        details = tuple(f"{k}: {v}" for k, v in sorted(n.details.items())
                        if isinstance(v, str | int | float) and str(v))[:4]
        by_kind.setdefault(n.kind, []).append(DigestItem("", f"{n.summary} ({n.ref})", details))
    order = [*NOTICE_TITLES, *sorted(set(by_kind) - set(NOTICE_TITLES))]
    return [DigestSection(NOTICE_TITLES.get(kind, kind.replace("_", " ").capitalize()),
                          tuple(by_kind[kind])) for kind in order if kind in by_kind]


def _draft_sections(drafts: list[DraftRow], since: datetime | None, snoozed: dict[str, str],
                    now: datetime) -> list[DigestSection]:
    waiting = tuple(
        DigestItem(f"D{d.id}", f"{d.title} ({d.kind}), waiting "
                   f"{waited(datetime.fromisoformat(d.created_at), now)}",
                   (f"approve D{d.id}  |  reject D{d.id} <reason>",))
        for d in drafts if d.status == "pending" and f"D{d.id}" not in snoozed)
    decided = tuple(
        DigestItem(f"D{d.id}", d.title,
                   (f"reason: {d.reason}",) if d.reason else (),
                   acted_by=f"{d.status} by {d.decided_by} on {d.decided_at[:16]}")
        for d in drafts if d.decided_at and d.decided_by
        and (since is None or datetime.fromisoformat(d.decided_at) >= since))
    out = []
    if waiting:
        out.append(DigestSection("Drafts waiting for your decision", waiting))
    if decided:
        out.append(DigestSection("Drafts decided since the last digest", decided))
    return out


def _commands_done(ctx: Context, since: datetime | None) -> list[DigestSection]:
    done = tuple(DigestItem("", a.command, (a.detail,), acted_by=f"by {a.sender}")
                 for a in ctx.store.audit(since) if a.outcome == "done")
    return [DigestSection("Commands carried out since the last digest", done)] if done else []


def _provider_sections(ctx: Context, since: datetime | None, snoozed: dict[str, str],
                       now: datetime) -> list[DigestSection]:
    out = []
    for provider in SECTION_PROVIDERS:
        section = provider(ctx, since, now)
        if section is None:
            continue
        items = tuple(i for i in section.items if not i.id or i.id not in snoozed)
        if items:
            out.append(replace(section, items=items))
    return out


def send_digest(ctx: Context, now: datetime, dry_run: bool = False) -> DigestReport:
    """Compose the digest now and queue it (none when nothing is new)."""
    with ctx.store.transaction():
        last = ctx.store.last_digest()
        since = datetime.fromisoformat(last.created_at) if last else None
        snoozed = ctx.store.snoozed(now)
        notices = ctx.store.notices_unreported()
        drafts = ctx.store.drafts()
        news = [*_notice_sections(notices), *_commands_done(ctx, since),
                *_provider_sections(ctx, since, snoozed, now)]
        draft_sections = _draft_sections(drafts, since, snoozed, now)
        decided = [s for s in draft_sections if s.title.startswith("Drafts decided")]
        report = DigestReport(notices=len(notices),
                              drafts_waiting=sum(d.status == "pending" for d in drafts))
        if not notices and all(s.informational for s in news) and not decided:
            return report
        sections = [*draft_sections, *news]
        mail = _digest_mail(ctx, sections, report, now)
        report.key, report.sections = mail.key, [s.title for s in sections]
        report.sent, report.text = True, mail.text
        if dry_run:
            return report
        row = queue_with_token(ctx, mail, "digest", now)
        ctx.store.notices_mark_reported([n.id for n in notices], row.id)
    log.info("digest: %s", report)
    return report


def _digest_mail(ctx: Context, sections: list[DigestSection], report: DigestReport,
                 now: datetime) -> OutgoingMail:
    s = ctx.settings
    counts = [f"{report.drafts_waiting} draft{'s' if report.drafts_waiting != 1 else ''} "
              f"waiting"] if report.drafts_waiting else []
    shown = sum(1 for n in sections if not n.title.startswith("Drafts"))
    if shown:
        counts.append(f"{shown} section{'s' if shown != 1 else ''}")
    when = f"{now:%a %d %b %Y %H:%M} UTC"
    rendered = ctx.renderer.render(
        "digest", when=when, sections=sections, commands_on=ctx.token_key is not None,
        key_env=s.digest.token_key_env, bot_name=s.bot.name)
    return OutgoingMail(
        key=f"digest:{now:%Y-%m-%dT%H:%MZ}", kind="digest", to=s.addresses.secretariat,
        subject=f"CSC digest {now:%d %b %Y}: {', '.join(counts) or 'news'}",
        text=rendered.text, html=rendered.html)


def digest_due(ctx: Context, now: datetime) -> bool:
    """A scheduled slot has passed (within the grace period) and no digest went since."""
    cfg = ctx.settings.digest
    slot = Weekly(cfg.days, parse_hhmm(cfg.time_utc)).latest(now)
    if slot is None or now - slot > timedelta(hours=cfg.grace_hours):
        return False
    last = ctx.store.last_digest()
    return last is None or datetime.fromisoformat(last.created_at) < slot
