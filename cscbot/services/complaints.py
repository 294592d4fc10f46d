"""Complaints: record and acknowledge, attach follow-ups, cluster, flag patterns; corrections.

`handle_complaint` is the intake handler for kind 'complaint' (runs inside the intake
transaction).  The secretariat's corrections (`merge_clusters`, `move_complaint`,
`rename_cluster`, `close_item`, `reopen_item`) win over the bot: a moved complaint stays where
it was put, a renamed cluster keeps its name, and later complaints are placed against the
corrected clusters' centres.  The bot never opens a RAP case: flags become `flag` notices
offered as RAP candidates in the digest.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources

from cscbot.domain.categories import CategoryModel, model_from_json
from cscbot.domain.complaints import (
    ComplaintText,
    clean_subject,
    complaint_text,
    detect_language,
    format_reference,
    organisation_of,
    reference_pattern,
    references_in,
    tickets_in,
    tld_of_address,
    tlds_in,
)
from cscbot.domain.mail import MailMessage
from cscbot.domain.outgoing import OutgoingMail, message_id_for
from cscbot.domain.triage import (
    MAX_CANDIDATES,
    Flag,
    Member,
    MetricMisses,
    Profile,
    Signature,
    best_cluster,
    index_keys,
    label_of,
    message_profile,
    persistent_flag,
    profile_from_json,
    profile_to_json,
    signature_from_json,
    signature_of,
    signature_to_json,
    systemic_flag,
)
from cscbot.errors import CommandError
from cscbot.records import ClusterRow, ComplaintRow
from cscbot.services.context import Context
from cscbot.services.mailer import queue_auto_answer
from cscbot.services.sections import DigestItem, DigestSection

log = logging.getLogger(__name__)

SlaMissesProvider = Callable[[Context, datetime], Sequence[MetricMisses]]
SLA_MISSES: list[SlaMissesProvider] = []
"""Where the persistent flag learns which SLA metrics PTI missed in consecutive months (the
composition root adds the PTI feature's provider)."""

BOT = "bot"
EVIDENCE_REFS = 50
PERSISTENT_HORIZON_YEARS = 3
"""Consecutive months are counted within the last three years (keeps the cost flat)."""
"""At most this many complaint references name a flag's evidence (the latest ones)."""


# --- intake ---------------------------------------------------------------------------------


def handle_complaint(ctx: Context, msg: MailMessage, now: datetime) -> str:
    """Record a new complaint (ack, cluster, flags) or attach a follow-up to its complaint."""
    if msg.message_id and ctx.store.complaint_by_message([msg.message_id]):
        return f"{msg.message_id} already recorded"
    existing = _complaint_followed(ctx, msg)
    if existing is not None:
        ctx.store.complaint_link_message(message_id=msg.message_id or _synthetic_id(msg, now),
                                         complaint_id=existing.id, role="followup",
                                         sender=msg.from_addr, now=now)
        return f"follow-up to {existing.ref} from {msg.from_addr}"
    row = _record(ctx, msg, now)
    ack = _acknowledge(ctx, msg, row, now)
    cluster = ctx.store.cluster_get(row.cluster_id or 0)
    flags = _check_flags(ctx, row.cluster_id or 0, now)
    label = cluster.label if cluster else "?"
    return (f"complaint {row.ref} from {row.sender} in K{row.cluster_id} ({label}); {ack}"
            + "".join(f"; flag {f}" for f in flags))


def _complaint_followed(ctx: Context, msg: MailMessage) -> ComplaintRow | None:
    """The complaint this message follows: by reference in subject or text, or by thread."""
    for ref in references_in(ctx.settings.triage.reference_prefix, msg.subject, msg.text):
        row = ctx.store.complaint_get(ref)
        if row is not None:
            return row
    return ctx.store.complaint_by_message([msg.in_reply_to, *msg.references])


@lru_cache(maxsize=1)
def shipped_kinds() -> CategoryModel:
    """The model of known kinds of problem shipped in the package
    (cscbot/data/complaint_kinds.json, written by `make model`)."""
    data = resources.files("cscbot") / "data" / "complaint_kinds.json"
    return model_from_json(data.read_text(encoding="utf-8"))


def _synthetic_id(msg: MailMessage, now: datetime) -> str:
    return f"<no-id.{now.timestamp():.0f}.{abs(hash(msg.text)) % 10**8}@cscbot>"


def _record(ctx: Context, msg: MailMessage, now: datetime) -> ComplaintRow:
    if ctx.backfill and msg.date is not None and msg.date <= now:
        now = msg.date  # an imported complaint counts in the month it was written
    text = complaint_text(msg)
    profile = message_profile(msg.subject, text, shipped_kinds())
    tlds = tlds_in(f"{msg.subject}\n{text.new_text}\n{text.forwarded}\n{msg.signature}")
    if not tlds and (own := tld_of_address(msg.from_addr)):
        tlds = [own]
    number = ctx.store.complaint_next_number(now.year)
    ref = format_reference(ctx.settings.triage.reference_prefix, now.year, number)
    cluster_id = _place(ctx, profile, now)
    row = ctx.store.complaint_add(
        ref=ref, message_id=msg.message_id or _synthetic_id(msg, now), sender=msg.from_addr,
        sender_name=msg.from_name,
        organisation=organisation_of(msg.signature, text.tail, msg.from_name, msg.from_addr),
        registry=_registry(tlds, msg.from_addr), tlds=tlds,
        tickets=tickets_in(f"{msg.subject}\n{msg.text}"), subject=msg.subject,
        language=detect_language(f"{text.new_text}\n{text.forwarded}"),
        new_text=_own_words(text), profile=profile_to_json(profile), received_at=now,
        cluster_id=cluster_id)
    ctx.store.complaint_link_message(message_id=row.message_id, complaint_id=row.id,
                                     role="complaint", sender=row.sender, now=now)
    ctx.store.cluster_month_add(cluster_id, now.strftime("%Y-%m"))
    return row


def _own_words(text: ComplaintText) -> str:
    if text.forwarded:
        return f"{text.new_text}\n\n[forwarded]\n{text.forwarded}".strip()
    return text.new_text


def _registry(tlds: Sequence[str], address: str) -> str:
    """What counts as one registry for the systemic flag: its first TLD, else its domain."""
    return tlds[0] if tlds else address.rsplit("@", 1)[-1].lower()


def _acknowledge(ctx: Context, msg: MailMessage, row: ComplaintRow, now: datetime) -> str:
    subject = clean_subject(msg.subject) or "your complaint"
    rendered = ctx.renderer.render(
        "ack", ref=row.ref, sender_name=row.sender_name, subject=subject, tlds=row.tlds,
        tickets=row.tickets, received=now.strftime("%d %B %Y %H:%M UTC"),
        language=row.language, bot_name=ctx.settings.bot.name)
    mail = OutgoingMail(key=f"ack:{row.ref}", kind="ack", to=(msg.reply_to or (msg.from_addr,))[:1],
                        subject=f"[{row.ref}] {subject}", text=rendered.text,
                        html=rendered.html)
    refusal = queue_auto_answer(ctx, msg, mail, now)
    if refusal and ctx.backfill:
        return f"no ack ({refusal})"  # expected for old mail: nothing to tell the secretariat
    if refusal:
        ctx.store.notice_add(kind="refusal", ref=f"ack:{row.ref}",
                             summary=f"no acknowledgement for {row.ref}: {refusal}", now=now,
                             details={"complaint": row.ref, "sender": row.sender})
        return f"no ack ({refusal})"
    ctx.store.complaint_link_message(
        message_id=message_id_for(mail.key, ctx.message_id_domain), complaint_id=row.id,
        role="ack", sender=ctx.settings.bot.address, now=now)
    return "ack queued"


# --- placement --------------------------------------------------------------------------------


def _place(ctx: Context, profile: Profile, now: datetime) -> int:
    """The open cluster most like the profile (above the threshold), else a new one."""
    candidates = ctx.store.cluster_candidates(index_keys(profile), MAX_CANDIDATES)
    signatures = {c.id: signature_from_json(c.signature) for c in candidates}
    cid, _score = best_cluster(profile, signatures.items(),
                               ctx.settings.triage.similarity_threshold)
    if cid is None:
        sig = signature_of([profile])
        label = _label(sig)
        cid = ctx.store.cluster_add(label=label, signature=signature_to_json(sig), now=now)
        ctx.store.cluster_event_add(cluster_id=cid, kind="created",
                                    summary=f"new cluster K{cid}: {label}", by=BOT, now=now)
        _save(ctx, cid, sig, locked=False, now=now)
        return cid
    sig = signatures[cid]
    sig.add(profile)
    locked = next(c.label_locked for c in candidates if c.id == cid)
    _save(ctx, cid, sig, locked=locked, now=now)
    return cid


def _label(sig: Signature) -> str:
    return label_of(sig, shipped_kinds().labels)


def _save(ctx: Context, cid: int, sig: Signature, locked: bool, now: datetime) -> None:
    ctx.store.cluster_save(cid, signature=signature_to_json(sig), size=sig.size,
                           label=None if locked else _label(sig), postings=sig.postings(),
                           now=now)


def _rebuild(ctx: Context, cluster: ClusterRow, now: datetime) -> Signature:
    """Recompute a cluster's centre, months and index from its members (after a correction)."""
    members = ctx.store.complaints_of_cluster(cluster.id)
    sig = signature_of(profile_from_json(m.profile) for m in members)
    _save(ctx, cluster.id, sig, locked=cluster.label_locked, now=now)
    if cluster.status != "open":
        ctx.store.cluster_save(cluster.id, signature=signature_to_json(sig), size=sig.size,
                               label=None, postings=(), now=now)
    ctx.store.cluster_months_rebuild(cluster.id)
    return sig


# --- flags ------------------------------------------------------------------------------------


def _check_flags(ctx: Context, cid: int, now: datetime) -> list[str]:
    """Evaluate the systemic and persistent patterns of a cluster; record what is new.

    Reads only the complaints of the systemic window and the cluster's month counts, so the
    cost does not grow with the cluster; the persistent evidence is read when the flag changes.
    """
    t = ctx.settings.triage
    cluster = ctx.store.cluster_get(cid)
    if cluster is None or cluster.status != "open":
        return []
    recent = ctx.store.complaints_of_cluster(cid, since=now - timedelta(
        days=t.systemic_window_days))
    systemic = systemic_flag([_member(r) for r in recent], now, t.systemic_min_complaints,
                             t.systemic_min_registries, t.systemic_window_days)
    misses = [m for provider in SLA_MISSES for m in provider(ctx, now)]
    horizon = f"{now.year - PERSISTENT_HORIZON_YEARS:04d}-{now.month:02d}"
    persistent = persistent_flag(ctx.store.cluster_months(cid, since=horizon),
                                 signature_from_json(cluster.signature), misses,
                                 t.persistent_min_months, t.persistent_missed_months,
                                 t.similarity_threshold)
    known = {f.kind: f.summary for f in ctx.store.cluster_flags(cid)}
    recorded = []
    for flag in (systemic, persistent):
        if flag is None or known.get(flag.kind) == flag.summary:
            continue
        if not flag.refs:
            flag = replace(flag, refs=_refs_in_months(ctx, cid, flag.months))
        _record_flag(ctx, cid, flag, now)
        recorded.append(f"{flag.kind} K{cid}")
    return recorded


def _refs_in_months(ctx: Context, cid: int, months: Sequence[str]) -> tuple[str, ...]:
    """The latest complaints of the flag's months (at most EVIDENCE_REFS), as its evidence."""
    since = datetime.fromisoformat(f"{min(months)}-01T00:00:00+00:00") if months else None
    rows = ctx.store.complaints_of_cluster(cid, since=since, latest=EVIDENCE_REFS)
    return tuple(r.ref for r in rows)


def _record_flag(ctx: Context, cid: int, flag: Flag, now: datetime) -> None:
    evidence = {"cluster": f"K{cid}", "refs": list(flag.refs), "months": list(flag.months),
                "registries": list(flag.registries), "metric": flag.metric,
                "rap_candidate": True}
    ctx.store.cluster_flag_set(cluster_id=cid, kind=flag.kind, summary=flag.summary,
                               evidence=evidence, now=now)
    # one notice per cluster and kind; the digest section shows the latest evidence
    ctx.store.notice_add(kind="flag", ref=f"K{cid}:{flag.kind}",
                         summary=f"RAP candidate: K{cid} is {flag.kind}: {flag.summary}",
                         now=now, details=evidence)


def _member(r: ComplaintRow) -> Member:
    return Member(r.ref, r.registry, datetime.fromisoformat(r.received_at))


# --- the secretariat's corrections ---------------------------------------------------------------


def merge_clusters(ctx: Context, keep: str, other: str, by: str, now: datetime) -> str:
    with ctx.store.transaction():
        target, source = _cluster(ctx, keep), _cluster(ctx, other)
        if target.id == source.id:
            raise CommandError(f"{keep} and {other} are the same cluster")
        if target.status == "merged":
            raise CommandError(f"K{target.id} was merged into K{target.merged_into}")
        moved = ctx.store.complaints_move_cluster(source.id, target.id)
        ctx.store.cluster_set_status(source.id, "merged", merged_into=target.id, now=now)
        _rebuild(ctx, ctx.store.cluster_get(source.id) or source, now)
        sig = _rebuild(ctx, target, now)
        account = (f"merged K{source.id} into K{target.id} ({moved} complaints moved; "
                   f"K{target.id} now has {sig.size})")
        for cid in (target.id, source.id):
            ctx.store.cluster_event_add(cluster_id=cid, kind="merged", summary=account, by=by,
                                        now=now)
        _check_flags(ctx, target.id, now)
    return account


def move_complaint(ctx: Context, ref: str, cluster: str, by: str, now: datetime) -> str:
    """Move a complaint to cluster K<n>, or to a cluster of its own with cluster 'new'."""
    with ctx.store.transaction():
        row = _complaint(ctx, ref)
        old = ctx.store.cluster_get(row.cluster_id or 0)
        if cluster.strip().lower() == "new":
            profile = profile_from_json(row.profile)
            sig = signature_of([profile])
            target_id = ctx.store.cluster_add(label=_label(sig),
                                              signature=signature_to_json(sig), now=now)
        else:
            target_id = _cluster(ctx, cluster).id
        target = _cluster(ctx, f"K{target_id}")
        if target.status != "open":
            raise CommandError(f"K{target.id} is {target.status}; reopen it first")
        if old is not None and old.id == target.id:
            raise CommandError(f"{row.ref} is already in K{target.id}")
        ctx.store.complaint_set_cluster(row.ref, target.id, placed_by=by)
        for c in (old, target):
            if c is not None:
                _rebuild(ctx, c, now)
        account = f"moved {row.ref} from K{old.id if old else '?'} to K{target.id}"
        for c in (old, target):
            if c is not None:
                ctx.store.cluster_event_add(cluster_id=c.id, kind="moved", summary=account,
                                            by=by, now=now)
        _check_flags(ctx, target.id, now)
    return account


def rename_cluster(ctx: Context, cluster: str, label: str, by: str, now: datetime) -> str:
    label = " ".join(label.split())
    if not label:
        raise CommandError("a cluster needs a non-empty label")
    if len(label) > 200:
        raise CommandError("a cluster label has at most 200 characters")
    with ctx.store.transaction():
        row = _cluster(ctx, cluster)
        ctx.store.cluster_rename(row.id, label, now)
        account = f"renamed K{row.id} from '{row.label}' to '{label}'"
        ctx.store.cluster_event_add(cluster_id=row.id, kind="renamed", summary=account, by=by,
                                    now=now)
    return account


def close_item(ctx: Context, item: str, reason: str, by: str, now: datetime) -> str:
    """Close a complaint (CSC-2026-0042) or a cluster (K7); a closed cluster takes no new
    complaints (a recurrence starts a new cluster)."""
    reason = " ".join(reason.split()) or "closed"
    with ctx.store.transaction():
        if _is_cluster_id(item):
            row = _cluster(ctx, item)
            if row.status != "open":
                raise CommandError(f"K{row.id} is already {row.status}")
            return _set_cluster_status(ctx, row, "closed", f"closed K{row.id} ({reason})",
                                       by, now, reason)
        complaint = _complaint(ctx, item)
        if complaint.status == "closed":
            raise CommandError(f"{complaint.ref} is already closed")
        ctx.store.complaint_set_status(complaint.ref, "closed", reason)
        return f"closed {complaint.ref} ({reason})"


def _set_cluster_status(ctx: Context, row: ClusterRow, status: str, account: str, by: str,
                        now: datetime, reason: str | None = None) -> str:
    """Close or reopen a cluster: its signature is rebuilt and the change logged for the
    digest."""
    ctx.store.cluster_set_status(row.id, status, reason=reason, now=now)
    _rebuild(ctx, _cluster(ctx, f"K{row.id}"), now)
    event = "closed" if status == "closed" else "reopened"
    ctx.store.cluster_event_add(cluster_id=row.id, kind=event, summary=account, by=by, now=now)
    return account


def reopen_item(ctx: Context, item: str, by: str, now: datetime) -> str:
    with ctx.store.transaction():
        if _is_cluster_id(item):
            row = _cluster(ctx, item)
            if row.status != "closed":
                raise CommandError(f"K{row.id} is {row.status}, not closed")
            return _set_cluster_status(ctx, row, "open", f"reopened K{row.id}", by, now)
        complaint = _complaint(ctx, item)
        if complaint.status != "closed":
            raise CommandError(f"{complaint.ref} is not closed")
        ctx.store.complaint_set_status(complaint.ref, "open", None)
        return f"reopened {complaint.ref}"


def cluster_of_message(ctx: Context, message_id: str) -> str | None:
    """The cluster (K<n>, after merges) of the complaint a message opened or attached to."""
    row = ctx.store.complaint_by_message([message_id])
    if row is None or row.cluster_id is None:
        return None
    return f"K{current_cluster(ctx, row.cluster_id)}"


def current_cluster(ctx: Context, cluster_id: int) -> int:
    seen = set()
    cluster = ctx.store.cluster_get(cluster_id)
    while cluster is not None and cluster.merged_into and cluster.id not in seen:
        seen.add(cluster.id)
        cluster = ctx.store.cluster_get(cluster.merged_into)
    return cluster.id if cluster else cluster_id


_CLUSTER_ID = re.compile(r"^\s*[Kk](\d+)\s*$")


def _is_cluster_id(item: str) -> bool:
    return bool(_CLUSTER_ID.match(item))


def _cluster(ctx: Context, item: str) -> ClusterRow:
    m = _CLUSTER_ID.match(item)
    if not m:
        raise CommandError(f"{item!r} is not a cluster id (like K7)")
    row = ctx.store.cluster_get(int(m[1]))
    if row is None:
        raise CommandError(f"no cluster K{m[1]}")
    return row


def _complaint(ctx: Context, item: str) -> ComplaintRow:
    prefix = ctx.settings.triage.reference_prefix
    if not reference_pattern(prefix).fullmatch(item.strip()):
        raise CommandError(f"{item!r} is not a complaint reference (like {prefix}-2026-0042)"
                           " nor a cluster id (like K7)")
    row = ctx.store.complaint_get(item.strip().upper())
    if row is None:
        raise CommandError(f"no complaint {item.strip()}")
    return row


# --- the digest -----------------------------------------------------------------------------------


def digest_section(ctx: Context, since: datetime | None, now: datetime) -> DigestSection | None:
    """New complaints (ref, sender, cluster), follow-ups, cluster changes and flags since the
    last digest.  Flags are offered as RAP candidates: escalating is the CSC's decision."""
    items: list[DigestItem] = []
    for c in ctx.store.complaints_since(since):
        where = f"K{current_cluster(ctx, c.cluster_id)}" if c.cluster_id else "unclustered"
        tlds = f" ({', '.join(c.tlds)})" if c.tlds else ""
        items.append(DigestItem(c.ref, f"new complaint from {c.sender}{tlds}: "
                                f"{clean_subject(c.subject)[:80]} -> {where}"))
    for m in ctx.store.complaint_messages(role="followup", since=since):
        ref = _ref_of(ctx, m.message_id)
        items.append(DigestItem(ref, f"follow-up from {m.sender} to {ref}"))
    for e in ctx.store.cluster_events(since=since):
        if e.kind == "created":
            continue
        items.append(DigestItem(f"K{e.cluster_id}", e.summary,
                                acted_by=None if e.by == BOT else e.by))
    for f in ctx.store.cluster_flags(since=since):
        refs = f.evidence.get("refs", [])
        details = [f"complaints: {', '.join(refs[:12])}{' ...' if len(refs) > 12 else ''}",
                   f"months: {', '.join(f.evidence.get('months', []))}"]
        if f.evidence.get("metric"):
            details.append(f"SLA metric: {f.evidence['metric']}")
        items.append(DigestItem(f"K{f.cluster_id}", f"RAP candidate ({f.kind}): {f.summary}",
                                tuple(details)))
    if not items:
        return None
    return DigestSection("Complaints and clusters", tuple(items))


def _ref_of(ctx: Context, message_id: str) -> str:
    row = ctx.store.complaint_by_message([message_id])
    return row.ref if row else "?"


# --- reading clusters (CLI) -------------------------------------------------------------------


def cluster_overview(ctx: Context) -> list[str]:
    """One line per open or closed cluster: id, size, label, registries, months, flags."""
    lines = []
    for c in ctx.store.clusters():
        if c.status == "merged":
            continue
        members = ctx.store.complaints_of_cluster(c.id)
        registries = sorted({m.registry for m in members})
        months = sorted(ctx.store.cluster_months(c.id))
        flags = ",".join(f.kind for f in ctx.store.cluster_flags(c.id)) or "-"
        lines.append(f"K{c.id:<4} {c.status:<6} n={c.size:<4} flags={flags:<20} {c.label}\n"
                     f"       registries: {', '.join(registries) or '-'}; months: "
                     f"{_month_span(months)}")
    return lines


def cluster_detail(ctx: Context, cluster: str) -> list[str]:
    c = _cluster(ctx, cluster)
    head = [f"K{c.id} ({c.status}{', merged into K' + str(c.merged_into) if c.merged_into else ''}"
            f"{', ' + c.reason if c.reason else ''}): {c.label}"]
    for f in ctx.store.cluster_flags(c.id):
        head.append(f"  flag {f.kind}: {f.summary} [{', '.join(f.evidence.get('refs', []))}]")
    for m in ctx.store.complaints_of_cluster(c.id):
        head.append(f"  {m.ref} {m.received_at[:10]} {m.sender} {' '.join(m.tlds)} "
                    f"[{m.language}] {clean_subject(m.subject)[:60]}"
                    f"{' (placed by ' + m.placed_by + ')' if m.placed_by != BOT else ''}"
                    f"{' (closed)' if m.status == 'closed' else ''}")
    for e in ctx.store.cluster_events(cluster_id=c.id):
        head.append(f"  {e.at[:16]} {e.kind} by {e.by}: {e.summary}")
    return head


def _month_span(months: Sequence[str]) -> str:
    if not months:
        return "-"
    return months[0] if len(months) == 1 else f"{months[0]}..{months[-1]} ({len(months)})"
