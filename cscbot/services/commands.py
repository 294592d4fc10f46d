"""Secretariat replies: authorize, then carry out each command, then confirm once.

Runs inside the intake transaction (`HANDLERS["secretariat_reply"]`).  A refused reply changes
nothing and is not answered (answering forged mail is how backscatter starts): the refusal and
its reason become a `refusal` notice for the next digest.  Every command, accepted or refused,
is written to the audit log.

Verbs owned by other features are carried out through `COMMAND_ACTIONS`, filled in by the
composition root with the contract functions (see `ACTION_ARGUMENTS` for how each is called).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from cscbot.domain.authz import IssuedMail, PresentedToken, ReplyPolicy, authorize
from cscbot.domain.commands import HELP, Command, ParsedReply, looks_like_commands, parse_reply
from cscbot.domain.mail import MailMessage
from cscbot.domain.outgoing import OutgoingMail
from cscbot.domain.tokens import read_token, tokens_in
from cscbot.errors import CommandError
from cscbot.records import TokenMailRow
from cscbot.services.context import Context
from cscbot.services.drafts import ApprovalOptions, approve_draft, reject_draft
from cscbot.services.mailer import queue_auto_answer

log = logging.getLogger(__name__)

Action = Callable[..., str]
"""A feature's contract function: (ctx, *arguments, by, now) -> one-line account."""

COMMAND_ACTIONS: dict[str, Action] = {}
"""verb -> function, wired by the composition root, e.g.
`COMMAND_ACTIONS["merge"] = complaints.merge_clusters`."""

ACTION_ARGUMENTS: dict[str, Callable[[Command], tuple[object, ...]]] = {
    "merge": lambda c: (c.target, c.other),          # merge_clusters(ctx, keep, other, by, now)
    "move": lambda c: (c.target, c.other),           # move_complaint(ctx, ref, cluster, by, now)
    "rename": lambda c: (c.target, c.other),         # rename_cluster(ctx, cluster, label, ...)
    "close": lambda c: (c.target, c.other),          # close_item(ctx, item, reason ('' if none)..)
    "reopen": lambda c: (c.target,),                 # reopen_item(ctx, item, by, now)
    "escalate": lambda c: (c.target,),               # escalate_cluster(ctx, cluster, by, now)
    "advance": lambda c: (c.target,),                # advance_case(ctx, case, by, now)
    "resolve": lambda c: (c.target, c.other),        # resolve_case(ctx, case, summary, by, now)
    "meeting": lambda c: (c.target, c.moved_to, c.cancelled),  # override_meeting(...)
}


@dataclass
class Outcomes:
    done: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    not_understood: list[str] = field(default_factory=list)
    show_help: bool = False


def policy_of(ctx: Context) -> ReplyPolicy:
    s = ctx.settings
    return ReplyPolicy(
        secretariat=s.addresses.secretariat,
        own_addresses=tuple(a for a in (s.bot.address, s.addresses.csc_mailbox, s.bot.reply_to)
                            if a),
        no_reply_patterns=s.addresses.no_reply_patterns,
        require_dmarc_pass=s.digest.require_dmarc_pass, authserv_id=s.digest.authserv_id,
        message_id_domain=ctx.message_id_domain)


def presented_token(ctx: Context, msg: MailMessage) -> PresentedToken | None:
    """The token the reply carries (subject tag, then plus addresses), with its mail."""
    addresses = [*msg.to, *msg.cc, *msg.header_all("delivered-to"),
                 *msg.header_all("x-original-to")]
    found: list[PresentedToken] = []
    for text in tokens_in(msg.subject, addresses, ctx.settings.digest.subject_tag):
        claims = read_token(text)
        row = ctx.store.token_mail_get(claims.issue_id) if claims else None
        issued = IssuedMail(row.id, row.key, row.recipients, row.message_id) if row else None
        found.append(PresentedToken(text, claims, issued))
    known = [t for t in found if t.issued is not None]
    return next(iter(known or found), None)


def handle_reply(ctx: Context, msg: MailMessage, now: datetime) -> str:
    """Carry out a secretariat reply, or refuse it silently (notice + audit)."""
    if ctx.token_key is None:
        # nothing can be authenticated: refuse (the digest says why), do not retry the mail
        off = (f"secretariat commands are off: no token key (set the environment "
               f"variable {ctx.settings.digest.token_key_env})")
        with ctx.store.transaction():
            _refuse(ctx, msg, None, parse_reply(msg.new_text, None), off, now)
        return f"refused reply from {msg.from_addr}: {off}"
    token = presented_token(ctx, msg)
    row = ctx.store.token_mail_get(token.issued.issue_id) if token and token.issued else None
    default_item = f"D{row.key.split(':', 1)[1]}" if row and row.kind == "draft" else None
    parsed = parse_reply(msg.new_text, default_item)
    with ctx.store.transaction():
        reason = _refusal(ctx, msg, token, parsed, now)
        if reason is None and row is not None:
            reason = _all_replayed(ctx, row, parsed)
        if reason is not None or row is None:
            reason = reason or "no token"
            _refuse(ctx, msg, token, parsed, reason, now)
            return f"refused reply from {msg.from_addr}: {reason}"
        outcomes = _carry_out(ctx, msg, row, parsed, now)
        _confirm(ctx, msg, outcomes, now)
    return (f"reply from {msg.from_addr}: {len(outcomes.done)} done, "
            f"{len(outcomes.failed)} failed, {len(outcomes.not_understood)} not understood")


def _refusal(ctx: Context, msg: MailMessage, token: PresentedToken | None, parsed: ParsedReply,
             now: datetime) -> str | None:
    assert ctx.token_key is not None
    if not msg.message_id:
        return "the reply has no Message-ID (needed to refuse replays)"
    if ctx.store.reply_seen(msg.message_id):
        return f"replayed: message {msg.message_id} was read before"
    reason = authorize(msg, token, policy_of(ctx), ctx.token_key, now)
    if reason:
        return reason
    if not parsed.commands and looks_like_commands(msg.quoted_text):
        return "commands appear only in the quoted text; nothing above the quote was a command"
    if not parsed.commands and not parsed.not_understood:
        return "no command above the quoted text"
    return None


def _all_replayed(ctx: Context, row: TokenMailRow, parsed: ParsedReply) -> str | None:
    acting = [c for c in parsed.commands if c.verb != "help"]
    if acting and all(ctx.store.command_used(row.id, c.canonical) for c in acting):
        return "replayed: every command was already carried out with this token"
    return None


def _refuse(ctx: Context, msg: MailMessage, token: PresentedToken | None, parsed: ParsedReply,
            reason: str, now: datetime) -> None:
    lines = [c.line for c in parsed.commands] + [u.line for u in parsed.not_understood]
    if not lines:
        lines = [ln.lstrip("> \t") for ln in msg.quoted_text.split("\n")
                 if looks_like_commands(ln)] or [""]
    issue_id = token.issued.issue_id if token and token.issued else None
    for line in lines:
        ctx.store.audit_add(sender=msg.from_addr, message_id=msg.message_id,
                            subject=msg.subject, token_mail_id=issue_id, command=line,
                            outcome="refused", detail=reason, now=now)
    ref = msg.message_id or "sha256:" + hashlib.sha256(
        f"{msg.from_addr}|{msg.subject}|{msg.text}".encode()).hexdigest()[:16]
    ctx.store.notice_add(
        kind="refusal", ref=ref, now=now,
        summary=f"refused a reply from {msg.from_addr or '(no sender)'}: {reason}",
        details={"subject": msg.subject, "commands": "; ".join(filter(None, lines))[:300]})
    log.warning("refused a reply from %s: %s", msg.from_addr, reason)


def _carry_out(ctx: Context, msg: MailMessage, row: TokenMailRow, parsed: ParsedReply,
               now: datetime) -> Outcomes:
    out = Outcomes()
    for command in parsed.commands:
        outcome, detail = _one(ctx, msg, row, command, now)
        ctx.store.audit_add(sender=msg.from_addr, message_id=msg.message_id,
                            subject=msg.subject, token_mail_id=row.id, command=command.line,
                            outcome=outcome, detail=detail, now=now)
        if command.verb == "help":
            out.show_help = True
        elif outcome == "done":
            out.done.append(detail)
        else:
            out.failed.append(f"{command.line}: {detail}")
    for unknown in parsed.not_understood:
        ctx.store.audit_add(sender=msg.from_addr, message_id=msg.message_id,
                            subject=msg.subject, token_mail_id=row.id, command=unknown.line,
                            outcome="not_understood", detail=unknown.problem, now=now)
        out.not_understood.append(f"{unknown.line}: {unknown.problem}")
        out.show_help = True
    return out


def _one(ctx: Context, msg: MailMessage, row: TokenMailRow, command: Command,
         now: datetime) -> tuple[str, str]:
    """(outcome, account) of one accepted command."""
    if command.verb == "help":
        return "done", "help sent"
    if ctx.store.command_used(row.id, command.canonical):
        return "refused", "replayed: already carried out with this token"
    try:
        account = _execute(ctx, command, msg.from_addr, now)
    except CommandError as exc:
        return "failed", str(exc)
    ctx.store.command_use(row.id, command.canonical, msg.message_id, now)
    return "done", account


def _execute(ctx: Context, command: Command, by: str, now: datetime) -> str:
    if command.verb == "approve":
        return approve_draft(ctx, _draft_id(command.target), by, now,
                             ApprovalOptions(command.rating, command.replacement_text))
    if command.verb == "reject":
        return reject_draft(ctx, _draft_id(command.target), command.other, by, now)
    if command.verb == "snooze":
        until = now + timedelta(days=int(command.other))
        ctx.store.snooze(command.target, until, by, now)
        return f"{command.target} is left out of the digests until {until:%Y-%m-%d}"
    action = COMMAND_ACTIONS.get(command.verb)
    if action is None:
        raise CommandError(f"`{command.verb}` is not available in this installation")
    return action(ctx, *ACTION_ARGUMENTS[command.verb](command), by, now)


def _draft_id(item: str) -> int:
    return int(item[1:])


def _confirm(ctx: Context, msg: MailMessage, outcomes: Outcomes, now: datetime) -> None:
    s = ctx.settings
    rendered = ctx.renderer.render(
        "confirmation", subject=msg.subject, when=f"{now:%Y-%m-%d %H:%M} UTC",
        done=outcomes.done, failed=outcomes.failed, not_understood=outcomes.not_understood,
        show_help=outcomes.show_help, help=HELP, bot_name=s.bot.name)
    subject = msg.subject if msg.subject.lower().startswith("re:") else f"Re: {msg.subject}"
    mail = OutgoingMail(key=f"confirm:{msg.message_id}", kind="confirmation",
                        to=(msg.from_addr,), subject=subject, text=rendered.text)
    # a reply that carried out a command is a person's (tokens are single-use), so the daily
    # cap against auto-responder ping-pong does not hold back its confirmation
    refused = queue_auto_answer(ctx, msg, mail, now, capped=not outcomes.done)
    if refused:
        log.warning("no confirmation to %s: %s", msg.from_addr, refused)
