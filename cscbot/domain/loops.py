"""Loop safety: may the bot answer this message automatically?  Pure.

No automatic answer to auto-submitted mail, bounces, lists or bulk, null senders, no-reply
addresses, or the bot's own address (RFC 3834).
"""

from __future__ import annotations

from cscbot.domain.mail import MailMessage

_AUTO_SUBJECT = ("out of office", "automatic reply", "auto-reply", "autoreply",
                 "réponse automatique", "respuesta automática", "abwesenheitsnotiz",
                 "delivery status notification", "undeliverable", "returned mail")


def auto_answer_refusal(msg: MailMessage, own_addresses: tuple[str, ...],
                        no_reply_patterns: tuple[str, ...]) -> str | None:
    """None when an automatic answer is allowed, else the reason it is not."""
    auto = (msg.header("auto-submitted") or "no").strip().lower()
    if not auto.startswith("no"):
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
    local = sender.split("@", 1)[0]
    for pattern in no_reply_patterns:
        if pattern in local:
            return f"no-reply address ({pattern})"
    subject = msg.subject.lower()
    for marker in _AUTO_SUBJECT:
        if subject.startswith(marker) or f"{marker}:" in subject:
            return f"subject says {marker!r}"
    return None
