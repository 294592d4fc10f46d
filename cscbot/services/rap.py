"""Remedial Action Procedures: open a case, draft each stage's letter, watch its window.

The secretariat drives a case: `escalate K7` (or `cscbot rap open`) opens it at the first
stage with its letter drafted for approval; approving the draft sends the letter and opens the
response window; a reply tagged `[RAP-n]` from the stage's recipients is attached; the
`rap_deadlines` job reminds the secretariat before and when a window lapses; `advance` moves to
the next stage (and drafts its letter); `resolve` closes the case with a summary.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from cscbot.domain import rap
from cscbot.domain.mail import MailMessage
from cscbot.domain.outgoing import OutgoingMail
from cscbot.errors import CommandError
from cscbot.records import DraftRow, RapCaseRow, RapStageRow
from cscbot.services.context import Context
from cscbot.services.drafts import APPROVE_HOOKS, ApprovalOptions, create_draft
from cscbot.services.mailer import queue_mail
from cscbot.services.sections import DigestItem, DigestSection

log = logging.getLogger(__name__)

ClusterEvidence = Callable[[Context, str], rap.Evidence | None]
CLUSTER_EVIDENCE: list[ClusterEvidence] = []
"""Composition root: functions giving a cluster's evidence (its complaint references, months),
or None when the cluster is unknown.  The first one wired is asked; with none wired, a case
opened from a cluster carries only the cluster id."""

_CLUSTER_ID = re.compile(r"^K\d+$", re.IGNORECASE)


def _day(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d}" if moment else "-"


# --- loading and saving ----------------------------------------------------------------------


def _plans(ctx: Context) -> tuple[rap.StagePlan, ...]:
    """The configured escalation path; a stage without recipients writes to the secretariat."""
    return tuple(rap.StagePlan(name=s.name,
                               recipients=s.recipients or ctx.settings.addresses.secretariat,
                               window_days=s.window_days, template=s.template)
                 for s in ctx.settings.rap.stages)


def _stage_from(row: RapStageRow) -> rap.Stage:
    def at(text: str | None) -> datetime | None:
        return datetime.fromisoformat(text) if text else None
    return rap.Stage(index=row.idx, name=row.name, recipients=row.recipients,
                     window_days=row.window_days, template=row.template,
                     started_at=datetime.fromisoformat(row.started_at),
                     started_by=row.started_by, draft_id=row.draft_id,
                     sent_at=at(row.sent_at), responded_at=at(row.responded_at))


def _case_from(ctx: Context, row: RapCaseRow) -> rap.RapCase:
    stages = tuple(_stage_from(s) for s in ctx.store.rap_stages(row.id))
    return rap.RapCase(number=row.id, evidence=rap.Evidence.from_dict(json.loads(row.evidence)),
                       opened_at=datetime.fromisoformat(row.opened_at), opened_by=row.opened_by,
                       stages=stages,
                       resolved_at=datetime.fromisoformat(row.resolved_at)
                       if row.resolved_at else None,
                       resolved_by=row.resolved_by, summary=row.summary)


def load_case(ctx: Context, case: str | int) -> rap.RapCase:
    number = case if isinstance(case, int) else rap.parse_case_id(case)
    row = ctx.store.rap_case_get(number)
    if row is None:
        raise CommandError(f"there is no case {rap.case_label(number)}")
    return _case_from(ctx, row)


def _save_stage(ctx: Context, number: int, s: rap.Stage) -> None:
    def iso(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment else None
    ctx.store.rap_stage_put(RapStageRow(
        case_id=number, idx=s.index, name=s.name, recipients=s.recipients,
        window_days=s.window_days, template=s.template, started_at=s.started_at.isoformat(),
        started_by=s.started_by, draft_id=s.draft_id, sent_at=iso(s.sent_at),
        responded_at=iso(s.responded_at)))


# --- letters ---------------------------------------------------------------------------------


def _letter_key(case: rap.RapCase, index: int, version: int = 1) -> str:
    base = f"rap:{case.label}:stage{index}:letter"
    return base if version == 1 else f"{base}:v{version}"


def _draft_letter(ctx: Context, case: rap.RapCase, now: datetime,
                  version: int = 1) -> rap.RapCase:
    """Render the current stage's letter and hand it to the secretariat as a draft.

    The letter is the Chair's, approved by people: it carries no "sent automatically" footer.
    """
    stage = case.current
    plans = _plans(ctx)
    rendered = ctx.renderer.render(
        stage.template, case=case.label, stage=stage, stage_count=len(plans),
        evidence=case.evidence, evidence_text=case.evidence.describe(),
        earlier=case.stages[:-1], opened=f"{case.opened_at.day} {case.opened_at:%B %Y}",
        chair=ctx.settings.findings.chair)
    subject = (f"[{case.label}] CSC Remedial Action Procedures, stage {stage.index} of"
               f" {len(plans)}: {stage.name}")
    mailbox = ctx.settings.addresses.csc_mailbox
    mail = OutgoingMail(key=_letter_key(case, stage.index, version), kind="rap_letter",
                        to=stage.recipients, cc=(mailbox,), reply_to=mailbox, subject=subject,
                        text=rendered.text, html=rendered.html)
    draft_id = create_draft(ctx, key=mail.key, kind="rap_letter", subject_ref=case.label,
                            title=f"{case.label} letter to {stage.name}", mail=mail, now=now)
    return rap.with_draft(case, stage.index, draft_id)


def _letter_approved(ctx: Context, draft: DraftRow, mail: OutgoingMail,
                     options: ApprovalOptions, now: datetime) -> OutgoingMail:
    """APPROVE_HOOKS['rap_letter']: the letter goes out now, so its response window opens."""
    case = load_case(ctx, draft.subject_ref)
    m = re.search(r":stage(\d+):", draft.key)
    if m is None:
        raise CommandError(f"draft D{draft.id} does not name a RAP stage")
    case = rap.letter_sent(case, int(m[1]), now)
    _save_stage(ctx, case.number, case.current)
    if options.replacement_text:
        mail = replace(mail, text=options.replacement_text, html=None)
    return mail


APPROVE_HOOKS["rap_letter"] = _letter_approved


def _pending_letter(ctx: Context, stage: rap.Stage) -> DraftRow | None:
    if stage.draft_id is None:
        return None
    draft = ctx.store.draft_get(stage.draft_id)
    return draft if draft is not None and draft.status == "pending" else None


# --- the secretariat's commands --------------------------------------------------------------


def _open(ctx: Context, evidence: rap.Evidence, by: str, now: datetime) -> rap.RapCase:
    plans = _plans(ctx)
    if not plans:
        raise CommandError("no RAP stages are configured ([rap].stages is empty)")
    number = ctx.store.rap_case_add(evidence_json=json.dumps(evidence.to_dict()),
                                    cluster=evidence.cluster, opened_by=by, now=now)
    case = rap.open_case(number, evidence, plans[0], by, now)
    case = _draft_letter(ctx, case, now)
    _save_stage(ctx, number, case.current)
    log.info("rap: opened %s (%s) by %s", case.label, evidence.describe(), by)
    return case


def open_case(ctx: Context, evidence: rap.Evidence, by: str, now: datetime) -> str:
    """Open a case on the given evidence (CLI, a findings month)."""
    with ctx.store.transaction():
        case = _open(ctx, evidence, by, now)
    return (f"opened {case.label} at stage 1 ({case.current.name}); letter drafted as"
            f" D{case.current.draft_id}")


def escalate_cluster(ctx: Context, cluster: str, by: str, now: datetime,
                     evidence: rap.Evidence | None = None) -> str:
    """`escalate K7`: open a case whose evidence is the cluster (and what is known of it)."""
    cluster = cluster.strip().upper()
    if not _CLUSTER_ID.match(cluster):
        raise CommandError(f"{cluster!r} is not a cluster id (like K7)")
    if evidence is None:
        evidence = rap.Evidence(cluster=cluster)
        for provider in CLUSTER_EVIDENCE:
            found = provider(ctx, cluster)
            if found is None:
                raise CommandError(f"there is no cluster {cluster}")
            evidence = replace(found, cluster=cluster)
            break
    with ctx.store.transaction():
        existing = ctx.store.rap_open_case_for_cluster(cluster)
        if existing is not None:
            raise CommandError(f"{cluster} is already escalated as {rap.case_label(existing)}")
        case = _open(ctx, replace(evidence, cluster=cluster), by, now)
    return (f"escalated {cluster} as {case.label} at stage 1 ({case.current.name}); letter"
            f" drafted as D{case.current.draft_id}")


def advance_case(ctx: Context, case: str, by: str, now: datetime) -> str:
    """`advance RAP-3`: the next stage, with its letter drafted for approval."""
    with ctx.store.transaction():
        current = load_case(ctx, case)
        pending = _pending_letter(ctx, current.current)
        if current.is_open and pending is not None:
            raise CommandError(f"the letter of {current.label} stage {current.current.index}"
                               f" (D{pending.id}) is still waiting: approve or reject it first")
        moved = rap.advance(current, _plans(ctx), by, now)
        moved = _draft_letter(ctx, moved, now)
        _save_stage(ctx, moved.number, moved.current)
    stage = moved.current
    return (f"{moved.label} moved to stage {stage.index} ({stage.name}); letter drafted as"
            f" D{stage.draft_id}")


def redraft_letter(ctx: Context, case: str, by: str, now: datetime) -> str:
    """A fresh draft of the current stage's letter after the secretariat rejected the last."""
    with ctx.store.transaction():
        current = load_case(ctx, case)
        stage = current.current
        last = ctx.store.draft_get(stage.draft_id) if stage.draft_id is not None else None
        if not current.is_open or stage.sent_at is not None or (
                last is not None and last.status != "rejected"):
            raise CommandError(f"{current.label} stage {stage.index} has no rejected letter"
                               f" to redraft")
        versions = [d for d in ctx.store.drafts(kind="rap_letter")
                    if d.key.startswith(_letter_key(current, stage.index))]
        redrafted = _draft_letter(ctx, current, now, version=len(versions) + 1)
        _save_stage(ctx, redrafted.number, redrafted.current)
    log.info("rap: %s stage %d letter redrafted by %s", current.label, stage.index, by)
    return (f"{current.label} stage {stage.index} ({stage.name}): letter redrafted as"
            f" D{redrafted.current.draft_id}")


def resolve_case(ctx: Context, case: str, summary: str, by: str, now: datetime) -> str:
    """`resolve RAP-3 <summary>`: close the case; a letter still waiting is withdrawn."""
    with ctx.store.transaction():
        resolved = rap.resolve(load_case(ctx, case), summary, by, now)
        ctx.store.rap_case_resolve(resolved.number, summary=resolved.summary or "", by=by,
                                   now=now)
        pending = _pending_letter(ctx, resolved.current)
        if pending is not None:
            ctx.store.draft_decide(pending.id, "superseded", by, now,
                                   reason=f"{resolved.label} resolved")
    withdrawn = f"; letter D{pending.id} withdrawn" if pending else ""
    return f"resolved {resolved.label}: {resolved.summary}{withdrawn}"


def set_window(ctx: Context, case: str, days: int, by: str, now: datetime) -> str:
    """Change the current stage's response window (agreed with the recipients)."""
    with ctx.store.transaction():
        changed = rap.set_window(load_case(ctx, case), days, now)
        _save_stage(ctx, changed.number, changed.current)
    stage = changed.current
    due = f", response due {_day(stage.deadline)}" if stage.deadline else ""
    log.info("rap: %s stage %d window set to %d days by %s", changed.label, stage.index, days,
             by)
    return f"{changed.label} stage {stage.index} ({stage.name}): window {days} days{due}"


# --- responses -------------------------------------------------------------------------------


def _responding_stage(case: rap.RapCase, sender: str) -> rap.Stage | None:
    """The latest stage whose recipients include the sender."""
    for stage in reversed(case.stages):
        if sender.lower() in (r.lower() for r in stage.recipients):
            return stage
    return None


def handle_response(ctx: Context, msg: MailMessage, now: datetime) -> str:
    """HANDLERS['rap_response']: attach a reply from a stage's recipients; keep others aside.

    Nothing in the mail is executed: a reply from anyone else is recorded with a note and
    reported to the secretariat.
    """
    number = rap.case_in_subject(msg.subject)
    excerpt = (msg.new_text or msg.text).strip()[:2000]
    row = ctx.store.rap_case_get(number) if number is not None else None
    if number is None or row is None:
        label = rap.case_label(number) if number is not None else "no RAP tag"
        note = f"tagged {label}, which is no known case"
        ctx.store.rap_response_add(case_id=None, stage_idx=None, message_id=msg.message_id,
                                   from_addr=msg.from_addr, subject=msg.subject, excerpt=excerpt,
                                   attached=False, note=note, now=now)
        _response_notice(ctx, msg, f"mail from {msg.from_addr} {note}", now)
        return f"rap: {note}; kept for the secretariat"
    case = _case_from(ctx, row)
    stage = _responding_stage(case, msg.from_addr)
    note = "" if stage else "the sender is not among the recipients of any stage; not attached"
    ctx.store.rap_response_add(case_id=case.number, stage_idx=stage.index if stage else None,
                               message_id=msg.message_id, from_addr=msg.from_addr,
                               subject=msg.subject, excerpt=excerpt, attached=stage is not None,
                               note=note, now=now)
    if stage is None:
        _response_notice(ctx, msg, f"{case.label}: mail from {msg.from_addr} kept aside ({note})",
                         now)
        return f"rap: {case.label}: {note}"
    answered = rap.response_received(case, stage.index, now)
    _save_stage(ctx, case.number, answered.stage(stage.index))
    _response_notice(ctx, msg, f"{case.label}: response from {msg.from_addr} to stage"
                               f" {stage.index} ({stage.name})", now)
    return f"rap: response attached to {case.label} stage {stage.index}"


def _response_notice(ctx: Context, msg: MailMessage, summary: str, now: datetime) -> None:
    ctx.store.notice_add(kind="rap_response", ref=msg.message_id or f"{msg.from_addr}:{now}",
                         summary=summary, now=now,
                         details={"subject": msg.subject, "from": msg.from_addr})


# --- deadlines -------------------------------------------------------------------------------


def send_rap_reminders(ctx: Context, now: datetime) -> int:
    """Queue each due window reminder to the secretariat once; returns how many were new."""
    queued = 0
    plans = _plans(ctx)
    before_days = ctx.settings.rap.remind_before_days
    for row in ctx.store.rap_cases(open_only=True):
        case = _case_from(ctx, row)
        for due in rap.due_reminders(case, now, before_days):
            with ctx.store.transaction():
                queued += _remind(ctx, case, due, plans, now)
    if queued:
        log.info("rap: %d window reminders queued", queued)
    return queued


def _remind(ctx: Context, case: rap.RapCase, due: rap.DueReminder,
            plans: tuple[rap.StagePlan, ...], now: datetime) -> int:
    following = plans[due.stage_index].name if due.stage_index < len(plans) else None
    rendered = ctx.renderer.render(
        "rap_reminder", case=case.label, due=due, stage=case.current, deadline=_day(due.deadline),
        days_left=max((due.deadline - now).days, 0), following=following,
        evidence_text=case.evidence.describe(), bot_name=ctx.settings.bot.name)
    what = "lapsed" if due.kind == "lapse" else "ends"
    subject = (f"[{ctx.settings.digest.subject_tag}] {case.label}: response window of stage"
               f" {due.stage_index} ({due.stage_name}) {what} {_day(due.deadline)}")
    mail = OutgoingMail(key=due.key, kind="rap_reminder", to=ctx.settings.addresses.secretariat,
                        subject=subject, text=rendered.text, html=rendered.html)
    if not queue_mail(ctx, mail, now):
        return 0
    ctx.store.notice_add(kind="rap_window", ref=due.key, now=now,
                         summary=f"{case.label} stage {due.stage_index} ({due.stage_name}):"
                                 f" response window {what} {_day(due.deadline)}",
                         details={"case": case.label, "stage": due.stage_index,
                                  "kind": due.kind})
    return 1


# --- what others show ------------------------------------------------------------------------


def _position(ctx: Context, case: rap.RapCase, now: datetime) -> str:
    stage = case.current
    status = stage.status(now)
    where = f"stage {stage.index} of {len(_plans(ctx))} ({stage.name})"
    if status == "drafted":
        return f"{where}: letter drafted, waiting for approval"
    if status == "responded":
        return f"{where}: response received {_day(stage.responded_at)}"
    if status == "lapsed":
        return f"{where}: window lapsed {_day(stage.deadline)} without a response"
    return f"{where}: letter sent {_day(stage.sent_at)}, response due {_day(stage.deadline)}"


def digest_section(ctx: Context, since: datetime | None, now: datetime) -> DigestSection | None:
    """SectionProvider: every open case with its stage and window."""
    items = []
    for row in ctx.store.rap_cases(open_only=True):
        case = _case_from(ctx, row)
        details = [case.evidence.describe()]
        pending = _pending_letter(ctx, case.current)
        if pending is not None:
            details.append(f"letter D{pending.id} waits for approval")
        aside = [r for r in ctx.store.rap_responses(case.number) if not r.attached]
        if aside:
            details.append(f"{len(aside)} tagged mail(s) not from the recipients, kept aside")
        items.append(DigestItem(id=case.label, text=_position(ctx, case, now),
                                details=tuple(details)))
    if not items:
        return None
    return DigestSection(title="Remedial Action Procedures: open cases", items=tuple(items))


def open_cases_summary(ctx: Context, now: datetime) -> list[str]:
    """One sentence per open case for the monthly findings' escalations paragraph (public:
    metrics and months only, no complaint details); empty when none is open."""
    lines = []
    for row in ctx.store.rap_cases(open_only=True):
        case = _case_from(ctx, row)
        ev = case.evidence
        about = "; ".join(ev.metrics) or "a persistent performance issue"
        months = f" ({', '.join(ev.months)})" if ev.months else ""
        lines.append(f"{case.label}, opened {_day(case.opened_at)} on {about}{months}:"
                     f" {_position(ctx, case, now)}.")
    return lines


def describe_case(ctx: Context, case: str, now: datetime) -> list[str]:
    """The whole case as lines (CLI `rap show`)."""
    c = load_case(ctx, case)
    state = (f"resolved {_day(c.resolved_at)} by {c.resolved_by}: {c.summary}"
             if not c.is_open else _position(ctx, c, now))
    lines = [f"{c.label}  opened {_day(c.opened_at)} by {c.opened_by}", f"  {state}",
             f"  evidence: {c.evidence.describe()}"]
    for s in c.stages:
        lines.append(f"  stage {s.index} {s.name}: {s.status(now)}; to {', '.join(s.recipients)};"
                     f" window {s.window_days} d; letter D{s.draft_id} sent {_day(s.sent_at)};"
                     f" due {_day(s.deadline)}; response {_day(s.responded_at)}")
    for r in ctx.store.rap_responses(c.number):
        tag = f"stage {r.stage_idx}" if r.attached else f"NOT ATTACHED ({r.note})"
        lines.append(f"  mail {r.received_at[:10]} from {r.from_addr} [{tag}]: {r.subject}")
    return lines


def list_cases(ctx: Context, now: datetime, include_resolved: bool = False) -> list[str]:
    """One line per case (CLI `rap list`)."""
    out = []
    for row in ctx.store.rap_cases(open_only=not include_resolved):
        c = _case_from(ctx, row)
        state = _position(ctx, c, now) if c.is_open else f"resolved {_day(c.resolved_at)}"
        out.append(f"{c.label}  {state}  [{c.evidence.describe()}]")
    return out
