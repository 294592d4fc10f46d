"""OutgoingMail -> RFC 5322 bytes.  Pure: the date and Message-ID are given."""

from __future__ import annotations

import email.policy
import email.utils
from datetime import datetime
from email.message import EmailMessage

from cscbot.domain.outgoing import OutgoingMail
from cscbot.errors import HeaderInjectionError

_POLICY = email.policy.SMTP.clone(max_line_length=78)


def _clean(name: str, value: str) -> str:
    if "\r" in value or "\n" in value:
        raise HeaderInjectionError(f"header {name} carries a line break: {value[:60]!r}")
    return value


def list_headers(list_address: str, unsubscribe: str) -> tuple[tuple[str, str], ...]:
    """RFC 2369/2919 headers of a post to an announcement list."""
    return (("List-Id", f"<{list_address.replace('@', '.')}>"),
            ("List-Post", f"<mailto:{list_address}>"),
            ("List-Unsubscribe", f"<{unsubscribe}>"))


def build_mime(mail: OutgoingMail, *, sender: str, sender_name: str, message_id: str,
               date: datetime, list_info: tuple[tuple[str, str], ...] = ()) -> bytes:
    """The finished message. Refuses any header value with CR or LF (no header injection).

    Non-ASCII display names and subjects are RFC 2047 encoded; `list_info` (see
    `list_headers`) is added to posts to a list.
    """
    msg = EmailMessage(policy=_POLICY)
    msg["From"] = email.utils.formataddr((_clean("From", sender_name), _clean("From", sender)))
    msg["To"] = ", ".join(_clean("To", a) for a in mail.to) or "undisclosed-recipients:;"
    if mail.cc:
        msg["Cc"] = ", ".join(_clean("Cc", a) for a in mail.cc)
    if mail.reply_to:
        msg["Reply-To"] = _clean("Reply-To", mail.reply_to)
    msg["Subject"] = _clean("Subject", mail.subject)
    msg["Date"] = email.utils.format_datetime(date)
    msg["Message-ID"] = message_id
    if mail.in_reply_to:
        msg["In-Reply-To"] = _clean("In-Reply-To", mail.in_reply_to)
    refs = list(mail.references)
    if mail.in_reply_to and mail.in_reply_to not in refs:
        refs.append(mail.in_reply_to)
    if refs:
        msg["References"] = " ".join(_clean("References", r) for r in refs)
    msg["Auto-Submitted"] = mail.auto_submitted
    msg["X-Auto-Response-Suppress"] = "All"
    if mail.list_post:
        msg["Precedence"] = "list"
        for name, value in list_info:
            msg[name] = _clean(name, value)
    else:
        msg["Precedence"] = "bulk" if mail.auto_submitted == "auto-generated" else "auto_reply"
    for name, value in mail.headers:
        msg[_clean("header name", name)] = _clean(name, value)
    msg.set_content(mail.text)
    if mail.html is not None:
        msg.add_alternative(mail.html, subtype="html")
    for att in mail.attachments:
        maintype, _, rest = att.content_type.partition("/")
        subtype, *params = [p.strip() for p in rest.split(";")]
        kwargs = dict(p.split("=", 1) for p in params if "=" in p)
        msg.add_attachment(att.data, maintype=maintype, subtype=subtype,
                           filename=_clean("filename", att.filename), params=kwargs)
    return msg.as_bytes()


def describe_mime(data: bytes) -> str:
    """A finished message as a person reads it: decoded headers, the text, what else it holds.

    Used by --dry-run to show a mail instead of queueing it.
    """
    msg = email.message_from_bytes(data, policy=email.policy.default)
    lines = [f"{name}: {value}" for name, value in msg.items()]
    body = msg.get_body(preferencelist=("plain",))
    lines.append("")
    if body is not None and isinstance(body, EmailMessage):
        lines.append(body.get_content().rstrip("\n"))
    for part in msg.walk():
        if part.is_multipart() or part is body:
            continue
        size = len(part.get_payload(decode=True) or b"")
        name = part.get_filename()
        lines.append(f"[{part.get_content_type()}{f' {name}' if name else ''}, {size} bytes]")
    return "\n".join(lines) + "\n"
