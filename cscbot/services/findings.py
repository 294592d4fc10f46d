"""The monthly findings: draft them from the month's facts, post them once when approved.

The facts come from a `FactsSource` the composition root registers in `FACTS_SOURCES` (it
reads the PTI, complaints and RAP records); this module never reads those records itself.

Promises: a month is posted to csc-announce once (a second approval, a restart, a re-imported
identical report change nothing); a corrected report after posting makes a new draft marked as
a correction; a new report before posting supersedes the pending draft.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from cscbot.domain.findings import (
    FindingsFacts,
    MissedMetric,
    RatingProposal,
    RatingRules,
    chart_rows,
    compliance_pct,
    decision_due,
    facts_from_json,
    facts_to_json,
    fill_month,
    format_pct,
    parse_rating,
    propose_rating,
    report_fingerprint,
)
from cscbot.domain.outgoing import OutgoingMail
from cscbot.domain.periods import check_period, month_name
from cscbot.errors import CommandError
from cscbot.records import DraftRow
from cscbot.services.context import Context
from cscbot.services.drafts import APPROVE_HOOKS, ApprovalOptions, approve_draft, create_draft
from cscbot.services.mailer import queue_mail

log = logging.getLogger(__name__)

FactsSource = Callable[[Context, str, datetime], FindingsFacts | None]
"""(context, 'YYYY-MM', now) -> the month's facts, or None when its report has not been read."""

FACTS_SOURCES: list[FactsSource] = []
"""Filled by the composition root; the first source that knows the month answers."""

AUTO_SEND_BY = "cscbot (findings.auto_send)"


@dataclass(frozen=True)
class DraftOutcome:
    summary: str
    """One line: what was done (or would be, in a dry run)."""
    draft_id: int | None = None
    mail: OutgoingMail | None = None
    proposal: RatingProposal | None = None


def facts_for(ctx: Context, period: str, now: datetime) -> FindingsFacts:
    if not FACTS_SOURCES:
        raise CommandError("no findings facts source is installed (PTI records not wired)")
    for source in FACTS_SOURCES:
        facts = source(ctx, period, now)
        if facts is not None:
            return facts
    raise CommandError(f"no PTI report has been read for {period}")


def rating_rules(ctx: Context) -> RatingRules:
    f = ctx.settings.findings
    return RatingRules(f.needs_improvement_consecutive_misses,
                       f.needs_improvement_on_unexplained_miss,
                       f.needs_improvement_on_systemic_flag)


def _suffix(correction: int) -> str:
    return f":correction-{correction}" if correction else ""


def _title(period: str, correction: int) -> str:
    extra = f" (correction {correction})" if correction else ""
    return f"CSC findings for {month_name(period)}{extra}"


# --- drafting ----------------------------------------------------------------------------------


def draft_findings(ctx: Context, period: str, now: datetime, dry_run: bool = False,
                   force: bool = False) -> DraftOutcome:
    """Draft the month's findings from its facts, unless nothing new would come of it.

    Called when a month's PTI report has been read, and by `cscbot findings draft`.  `force`
    drafts again facts the secretariat rejected (never facts already posted).
    """
    try:
        check_period(period)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    facts = facts_for(ctx, period, now)
    fingerprint = report_fingerprint(facts)
    with ctx.store.transaction():
        posts = ctx.store.findings_posts_for(period)
        drafts = ctx.store.findings_drafts_for(period)
        posted = [p for p in posts if p.fingerprint == fingerprint]
        if posted:
            return DraftOutcome(f"{period}: this report was posted already "
                                f"(D{posted[-1].draft_id}, {posted[-1].approved_at[:10]})")
        correction = posts[-1].correction + 1 if posts else int(facts.correction)
        same = [d for d in drafts if d.fingerprint == fingerprint and d.correction == correction]
        known = [d for d in same if d.status == "pending" or
                 (d.status == "rejected" and not force)]
        if known:
            return DraftOutcome(f"{period}: D{known[-1].draft_id} holds this report already "
                                f"({known[-1].status})", known[-1].draft_id)
        proposal = propose_rating(facts, rating_rules(ctx))
        revision = 1 + sum(1 for d in drafts if d.correction == correction)
        mail = render_findings(ctx, facts, proposal.rating, correction)
        if dry_run:
            return DraftOutcome(f"dry run: would draft {_title(period, correction)}, proposed "
                                f"{proposal.rating!r} ({proposal.rule})", None, mail, proposal)
        draft_id = _store_draft(ctx, facts, proposal, correction, revision, fingerprint, mail,
                                now)
        for old in drafts:
            if old.status == "pending":
                ctx.store.draft_decide(old.draft_id, "superseded", "cscbot", now,
                                       f"superseded by D{draft_id} (a newer report)")
        if ctx.settings.findings.auto_send:
            approve_draft(ctx, draft_id, AUTO_SEND_BY, now)
            summary = f"posted {_title(period, correction)} (auto_send), D{draft_id}"
        else:
            summary = (f"drafted {_title(period, correction)} as D{draft_id}, proposed "
                       f"{proposal.rating!r} ({proposal.rule})")
    log.info("findings: %s", summary)
    return DraftOutcome(summary, draft_id, mail, proposal)


def findings_after_report(ctx: Context, period: str, now: datetime) -> str:
    """For the PTI report handler (inside the intake transaction): draft the month's findings.

    Never raises for a month that cannot be drafted (the report stays handled); the reason goes
    to the secretariat's digest instead.
    """
    try:
        return draft_findings(ctx, period, now).summary
    except CommandError as exc:
        ctx.store.notice_add(kind="findings", ref=period, now=now,
                             summary=f"findings for {period} not drafted: {exc}")
        return f"findings not drafted: {exc}"


def _store_draft(ctx: Context, facts: FindingsFacts, proposal: RatingProposal, correction: int,
                 revision: int, fingerprint: str, mail: OutgoingMail, now: datetime) -> int:
    period = facts.period
    key = f"findings-draft:{period}{_suffix(correction)}" + (f":v{revision}" if revision > 1
                                                              else "")
    auto = ctx.settings.findings.auto_send
    note = "" if auto else _review_note(ctx, facts, proposal, now)
    draft_id = create_draft(ctx, key=key, kind="findings", subject_ref=period,
                            title=_title(period, correction), mail=mail, now=now, note=note,
                            request_review=not auto)
    if draft_id is None:
        raise CommandError(f"a draft with key {key} exists already")
    ctx.store.findings_draft_add(draft_id=draft_id, period=period, correction=correction,
                                 fingerprint=fingerprint, rating=proposal.rating,
                                 rule=proposal.rule, facts_json=facts_to_json(facts), now=now)
    return draft_id


def _review_note(ctx: Context, facts: FindingsFacts, proposal: RatingProposal,
                 now: datetime) -> str:
    """Why this rating is proposed, and PTI's headline when it differs from cscbot's figure."""
    f = ctx.settings.findings
    pct = compliance_pct(facts.met, facts.total)
    headline_note = ""
    if facts.headline_pct is not None and abs(facts.headline_pct - pct) > Decimal(
            str(f.rounding_tolerance_pct)):
        headline_note = (f"PTI's mail said {facts.headline_pct} %; cscbot computed "
                         f"{format_pct(pct)} % ({facts.met} of {facts.total}). The draft uses "
                         "cscbot's figure.")
    due = decision_due(facts.period, f.decision_reminder_day, now)
    return ctx.renderer.render(
        "findings_draft", proposal=proposal, pct=format_pct(pct), met=facts.met,
        total=facts.total, headline_note=headline_note, due=due.strftime("%d %B %Y")).text


# --- rendering ---------------------------------------------------------------------------------

_CHAIR_PARAGRAPHS = {
    "Excellent": "The CSC congratulates PTI on meeting every applicable service level "
                 "threshold this month.",
    "Satisfactory": "The CSC considers each miss satisfactorily explained by PTI and not a "
                    "sign of a performance issue.",
    "Needs improvement": "The CSC considers that action is necessary and will take these "
                         "misses up with PTI at its next meeting.",
}


def _verdict(m: MissedMetric, rules: RatingRules) -> str:
    if not m.explained:
        return "missed; PTI gave no explanation"
    if m.streak >= rules.consecutive_misses:
        return f"explained by PTI, but missed {m.streak} months in a row"
    return "missed; satisfactorily explained by PTI"


def _complaints_line(facts: FindingsFacts) -> str:
    month = month_name(facts.period)
    if facts.complaints == 0:
        return f"no complaints were received in {month}."
    what = "1 complaint was" if facts.complaints == 1 else f"{facts.complaints} complaints were"
    about = f" (about: {'; '.join(facts.complaint_clusters)})" if facts.complaint_clusters else ""
    return f"{what} received in {month}{about}."


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def render_findings(ctx: Context, facts: FindingsFacts, rating: str, correction: int,
                    chair_text: str | None = None) -> OutgoingMail:
    """The findings mail to csc-announce (text and HTML with the 12-month chart)."""
    f = ctx.settings.findings
    rules = rating_rules(ctx)
    period = facts.period
    subject = fill_month(f.subject, period)
    if correction:
        subject = f"Correction: {subject}"
    posts = [p for p in ctx.store.findings_posts_for(period) if p.correction < correction]
    chair = (chair_text or _CHAIR_PARAGRAPHS[rating]).strip()
    rendered = ctx.renderer.render(
        "findings", subject=subject, month=month_name(period), rating=rating,
        pct=format_pct(compliance_pct(facts.met, facts.total)), met=facts.met,
        total=facts.total,
        missed=[{"name": m.name, "narrative": (m.narrative or "").strip(),
                 "verdict": _verdict(m, rules)} for m in facts.missed],
        chair_paragraph=chair,
        chair_paragraphs=[p.strip() for p in chair.split("\n\n") if p.strip()],
        complaints_line=_complaints_line(facts), escalations=facts.escalations,
        sla_changes=facts.sla_changes, chart=chart_rows(facts),
        report_url=fill_month(f.report_url, period),
        meeting_day=_ordinal(ctx.settings.meetings.day_of_month),
        subscribe_url=f.subscribe_url, chair=f.chair, correction=bool(correction),
        corrected_on=posts[-1].approved_at[:10] if posts else "")
    return OutgoingMail(key=f"findings:{period}{_suffix(correction)}", kind="findings",
                        to=(ctx.settings.addresses.announce,), subject=subject,
                        text=rendered.text, html=rendered.html, list_post=True)


# --- approval ----------------------------------------------------------------------------------


def apply_approval(ctx: Context, draft: DraftRow, mail: OutgoingMail, options: ApprovalOptions,
                   now: datetime) -> OutgoingMail:
    """APPROVE_HOOKS['findings']: apply an override, record the month as posted (once)."""
    row = ctx.store.findings_draft_get(draft.id)
    if row is None:
        return mail
    done = [p for p in ctx.store.findings_posts_for(row.period) if p.correction == row.correction]
    if done:
        raise CommandError(f"{_title(row.period, row.correction)} was posted already "
                           f"(D{done[0].draft_id}, {done[0].approved_at[:10]})")
    rating = row.rating
    if options.rating:
        try:
            rating = parse_rating(options.rating)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
    facts = facts_from_json(row.facts)
    if options.rating or options.replacement_text:
        mail = replace(render_findings(ctx, facts, rating, row.correction,
                                       options.replacement_text), key=mail.key)
    ctx.store.findings_post_add(period=row.period, correction=row.correction, draft_id=draft.id,
                                rating=rating, met=facts.met, total=facts.total,
                                fingerprint=row.fingerprint, outbox_key=mail.key, now=now)
    return mail


APPROVE_HOOKS["findings"] = apply_approval


# --- reminders ---------------------------------------------------------------------------------


def send_findings_nudges(ctx: Context, now: datetime) -> int:
    """Remind the secretariat once of each findings draft undecided past its day."""
    day = ctx.settings.findings.decision_reminder_day
    queued = 0
    for row in ctx.store.findings_drafts_pending():
        drafted = datetime.fromisoformat(row.created_at)
        if now < decision_due(row.period, day, drafted):
            continue
        draft = ctx.store.draft_get(row.draft_id)
        assert draft is not None
        text = ctx.renderer.render(
            "findings_nudge", title=draft.title, draft_id=row.draft_id,
            drafted=drafted.strftime("%d %B %Y"), announce=ctx.settings.addresses.announce,
            rating=row.rating, rule=row.rule).text
        mail = OutgoingMail(key=f"findings-nudge:{row.period}{_suffix(row.correction)}",
                            kind="findings_nudge", to=ctx.settings.addresses.secretariat,
                            subject=f"[{ctx.settings.digest.subject_tag} D{row.draft_id}] "
                                    f"Reminder: decision needed on {draft.title}",
                            text=text)
        with ctx.store.transaction():
            queued += queue_mail(ctx, mail, now)
    if queued:
        log.info("findings nudges: %d queued", queued)
    return queued


# --- what a month looks like -------------------------------------------------------------------


def describe_month(ctx: Context, period: str, now: datetime) -> list[str]:
    """Lines for `cscbot findings show`: the facts, the proposal, the drafts, the posts."""
    try:
        check_period(period)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    lines = [f"Findings for {month_name(period)}"]
    try:
        facts: FindingsFacts | None = facts_for(ctx, period, now)
    except CommandError as exc:
        facts, lines = None, [*lines, f"  facts: {exc}"]
    if facts is not None:
        proposal = propose_rating(facts, rating_rules(ctx))
        lines += [f"  compliance: {format_pct(compliance_pct(facts.met, facts.total))} % "
                  f"({facts.met} of {facts.total} thresholds met)",
                  f"  proposed rating: {proposal.rating} ({proposal.rule})",
                  *(f"    also: {r}" for r in proposal.reasons[1:]),
                  *(f"  missed: {m.name} ({'explained' if m.explained else 'no narrative'}, "
                    f"{m.streak} month(s) in a row)" for m in facts.missed),
                  f"  complaints: {facts.complaints}"]
    for d in ctx.store.findings_drafts_for(period):
        kind = f"correction {d.correction}" if d.correction else "findings"
        lines.append(f"  D{d.draft_id}: {kind}, {d.status}, proposed {d.rating!r}, "
                     f"drafted {d.created_at[:16]}")
    for p in ctx.store.findings_posts_for(period):
        lines.append(f"  posted: {p.outbox_key} as {p.rating!r} ({p.met} of {p.total}), "
                     f"approved {p.approved_at[:16]} (D{p.draft_id})")
    return lines
