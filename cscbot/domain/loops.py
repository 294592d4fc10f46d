"""Loop safety: may the bot answer this message automatically?  Pure.

No automatic answer to auto-submitted mail, bounces, lists or bulk, null senders, no-reply
addresses, or the bot's own address (RFC 3834).
"""

from __future__ import annotations

from cscbot.domain.mail import MailMessage

_AUTO_SUBJECT = ("out of office", "automatic reply", "auto-reply", "autoreply",
                 "réponse automatique", "respuesta automática", "abwesenheitsnotiz",
                 "delivery status notification", "undeliverable", "returned mail")


def auto_submitted(msg: MailMessage) -> str | None:
    """The Auto-Submitted value of a machine-sent message (RFC 3834); None for 'no' or none."""
    auto = (msg.header("auto-submitted") or "no").strip().lower()
    return None if auto.startswith("no") else auto


def no_reply_pattern(address: str, patterns: tuple[str, ...]) -> str | None:
    """The configured no-reply pattern found in the address's local part, if any."""
    local = address.split("@", 1)[0]
    return next((p for p in patterns if p in local), None)


def auto_answer_refusal(msg: MailMessage, own_addresses: tuple[str, ...],
                        no_reply_patterns: tuple[str, ...]) -> str | None:
    """None when an automatic answer is allowed, else the reason it is not."""
    auto = auto_submitted(msg)
    if auto is not None:
        return f"Auto-Submitted: {auto}"
    for name in ("x-autoreply", "x-autorespond", "x-auto-response-suppress"):
        value = msg.header(name)
        if value is not None and name != "x-auto-response-suppress":
            return f"{name}: {value}"
        if name == "x-auto-response-suppress" and value and any(
                v in value.lower() for v in ("all", "autoreply", "oof")):
            return f"X-Auto-Response-Suppress: {value}"
    precedence = (msg.header("precedence") or "").strip().lower()
    if precedence in ("bulk", "list", "junk", "auto_reply"):
        return f"Precedence: {precedence}"
    if msg.header("list-id") or msg.header("list-unsubscribe"):
        return "a list message"
    if msg.envelope_from.strip() == "<>":
        return "null sender"
    if msg.content_type == "multipart/report":
        return "a delivery or disposition report"
    sender = msg.from_addr
    if not sender:
        return "no sender address"
    if sender in {a.lower() for a in own_addresses}:
        return "our own address"
    pattern = no_reply_pattern(sender, no_reply_patterns)
    if pattern is not None:
        return f"no-reply address ({pattern})"
    subject = msg.subject.lower()
    for marker in _AUTO_SUBJECT:
        if subject.startswith(marker) or f"{marker}:" in subject:
            return f"subject says {marker!r}"
    return None
