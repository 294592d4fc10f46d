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


def build_mime(mail: OutgoingMail, *, sender: str, sender_name: str, message_id: str,
               date: datetime, list_id: str | None = None) -> bytes:
    """The finished message. Refuses any header value with CR or LF (no header injection)."""
    msg = EmailMessage(policy=_POLICY)
    msg["From"] = email.utils.formataddr((_clean("From", sender_name), _clean("From", sender)))
    msg["To"] = ", ".join(_clean("To", a) for a in mail.to)
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
        if list_id:
            msg["List-Id"] = _clean("List-Id", list_id)
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
