"""May this reply command the bot?  Pure: (message, token, policy, now) -> None or why not.

Every rule must hold, in this order (the first that fails is the reason recorded):
1. the message is a person's reply (not an auto-reply, bounce or list copy);
2. the From address is on the secretariat list;
3. it carries a token of ours that is genuine, unexpired and was sent to that address, and the
   reply does not answer a different mail of ours than the one the token belongs to;
4. when `require_dmarc_pass`, our own receiving server's Authentication-Results vouch for the
   From domain (see `authres`).
Replays (the same Message-ID twice, a command repeated with the same token) need the store and
are refused by the service.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cscbot.domain.authres import ours_on_top, sender_vouched
from cscbot.domain.loops import auto_answer_refusal
from cscbot.domain.mail import MailMessage
from cscbot.domain.tokens import TokenClaims, token_refusal


@dataclass(frozen=True)
class ReplyPolicy:
    """The settings authorization reads (the service builds it from `Settings`)."""

    secretariat: tuple[str, ...]
    own_addresses: tuple[str, ...]
    """The bot's own addresses: mail from them never commands anything."""
    no_reply_patterns: tuple[str, ...]
    require_dmarc_pass: bool
    authserv_id: str | None
    message_id_domain: str
    """Right-hand side of our Message-IDs: tells our mails apart in In-Reply-To."""


@dataclass(frozen=True)
class IssuedMail:
    """What the store knows of the mail a token was issued for."""

    issue_id: int
    key: str
    """e.g. 'digest:2026-11-02T07:00Z' or 'draft:3'"""
    recipients: tuple[str, ...]
    message_id: str
    """The Message-ID that mail was sent with."""


@dataclass(frozen=True)
class PresentedToken:
    """A token found in the reply, with the issued mail it claims to belong to (if known)."""

    text: str
    claims: TokenClaims | None
    issued: IssuedMail | None


def authorize(msg: MailMessage, token: PresentedToken | None, policy: ReplyPolicy, key: bytes,
              now: datetime) -> str | None:
    """None when the reply may command the bot, else the reason it may not."""
    not_a_person = auto_answer_refusal(msg, policy.own_addresses, policy.no_reply_patterns)
    if not_a_person:
        return f"not a personal reply ({not_a_person})"
    sender = msg.from_addr
    if sender not in {a.lower() for a in policy.secretariat}:
        return f"sender {sender or '(none)'} is not on the secretariat list"
    problem = _token_problem(msg, token, key, policy.message_id_domain, now)
    if problem:
        return problem
    if policy.require_dmarc_pass:
        authserv = policy.authserv_id or ""
        results = ours_on_top(msg.header_all("authentication-results"), authserv)
        vouched = sender_vouched(results, sender.rpartition("@")[2])
        if vouched:
            return f"not authenticated by {authserv}: {vouched}"
    return None


def _token_problem(msg: MailMessage, token: PresentedToken | None, key: bytes,
                   own_domain: str, now: datetime) -> str | None:
    if token is None:
        return "no token: reply to a digest (keep the [tag] in the subject or the Reply-To)"
    if token.claims is None:
        return f"{token.text!r} is not a valid token"
    if token.issued is None:
        return f"the token names mail #{token.claims.issue_id}, which was never sent"
    issued = token.issued
    refusal = token_refusal(key, token.claims, ref=issued.key, recipients=issued.recipients,
                            sender=msg.from_addr, now=now)
    if refusal:
        return refusal
    answered = {r for r in (msg.in_reply_to, *msg.references)
                if r.startswith("<cscbot.") and r.endswith(f"@{own_domain}>")}
    if answered and issued.message_id not in answered:
        return (f"the token belongs to another mail ({issued.key}) than the one this "
                f"reply answers")
    return None
