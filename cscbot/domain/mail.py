"""Mail bytes -> a message model.  Never raises: any bytes give a `MailMessage`.

Parsing uses the fast `compat32` parser and decodes headers tolerantly itself (RFC 2047, broken
charsets, raw 8-bit), since `policy.default` costs ~20x more per message.
"""

from __future__ import annotations

import email
import email.header
import email.message
import email.utils
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message

from cscbot.domain.text import html_to_text, split_reply


@dataclass(frozen=True)
class AttachmentInfo:
    filename: str | None
    content_type: str
    size: int
    payload: bytes = field(repr=False, default=b"")


@dataclass(frozen=True)
class MailMessage:
    message_id: str
    """With angle brackets, as in the header; '' when absent."""
    subject: str
    from_addr: str
    """Lower-cased address of From; '' when none can be read."""
    from_name: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    reply_to: tuple[str, ...]
    date: datetime | None
    in_reply_to: str
    references: tuple[str, ...]
    headers: tuple[tuple[str, str], ...]
    """Every header, decoded, in order (lower-cased names)."""
    text: str
    """The whole text: the text/plain part, or text drawn from the HTML part."""
    html: str | None
    new_text: str
    """The text above any quoted reply, without the signature."""
    quoted_text: str
    signature: str
    attachments: tuple[AttachmentInfo, ...]
    content_type: str
    envelope_from: str
    """Return-Path as the receiving server recorded it; '<>' for a null sender."""
    size: int
    defects: tuple[str, ...]

    def header(self, name: str) -> str | None:
        name = name.lower()
        for k, v in self.headers:
            if k == name:
                return v
        return None

    def header_all(self, name: str) -> list[str]:
        name = name.lower()
        return [v for k, v in self.headers if k == name]


def decode_header(value: str | email.header.Header | None) -> str:
    """RFC 2047 and raw 8-bit tolerant; unknown charsets fall back to latin-1 / replacement."""
    if value is None:
        return ""
    raw = str(value)
    try:
        parts = email.header.decode_header(raw)
    except (ValueError, LookupError, AssertionError):
        return _unfold(raw)
    out = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            out.append(_bytes_to_str(chunk, charset))
        else:
            out.append(chunk)
    # decode_header drops the whitespace between an encoded word and plain text
    joined = "".join(out) if any(c for _p, c in parts) else raw
    return _unfold(joined)


def _unfold(text: str) -> str:
    return re.sub(r"\r?\n[ \t]+", " ", text).replace("\r", "").replace("\n", " ").strip()


def _bytes_to_str(data: bytes, charset: str | None) -> str:
    for cs in (charset, "utf-8"):
        if not cs or cs == "unknown-8bit":
            continue
        try:
            return data.decode(cs)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _addresses(values: list[str]) -> list[tuple[str, str]]:
    try:
        pairs = email.utils.getaddresses(values)
    except (ValueError, IndexError, TypeError):
        return []
    return [(decode_header(n), a.strip().lower()) for n, a in pairs if "@" in a or a == ""]


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        d = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if d is None:
        return None
    return d.replace(tzinfo=UTC) if d.tzinfo is None else d.astimezone(UTC)


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, AssertionError, LookupError):
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    return _bytes_to_str(payload, part.get_content_charset())


def _walk(msg: Message) -> tuple[str, str | None, list[AttachmentInfo]]:
    text: str | None = None
    html: str | None = None
    attachments: list[AttachmentInfo] = []
    is_report = msg.get_content_type() == "multipart/report"
    for part in msg.walk():
        if part.is_multipart():
            if is_report and part is not msg:
                attachments.extend(_report_part(part))
            continue
        ctype = (part.get_content_type() or "text/plain").lower()
        disposition = (part.get("Content-Disposition") or "").lower()
        filename = part.get_filename()
        is_attachment = "attachment" in disposition or (filename and not ctype.startswith("text/"))
        if not is_attachment and ctype == "text/plain" and text is None:
            text = _part_text(part)
        elif not is_attachment and ctype == "text/html" and html is None:
            html = _part_text(part)
        else:
            try:
                payload = part.get_payload(decode=True)
            except (ValueError, AssertionError, LookupError):
                payload = None
            data = payload if isinstance(payload, bytes) else b""
            attachments.append(AttachmentInfo(
                decode_header(filename) if filename else None, ctype, len(data), data))
    if text is None:
        text = html_to_text(html) if html else ""
    return text, html, attachments


def _report_part(part: Message) -> list[AttachmentInfo]:
    """The machine-readable parts of a delivery report, which the parser splits into
    header-only sub-messages: the status fields, or the returned message's headers."""
    ctype = part.get_content_type()
    payload = part.get_payload()
    if not isinstance(payload, list):
        return []
    if ctype == "message/delivery-status":
        data = "\n".join(str(block) for block in payload).encode("utf-8", "replace")
    elif ctype in ("message/rfc822", "message/global") and isinstance(payload[0], Message):
        inner = payload[0]
        data = "".join(f"{k}: {v}\n" for k, v in inner.items()).encode("utf-8", "replace")
        ctype = "text/rfc822-headers"
    else:
        return []
    return [AttachmentInfo(None, ctype, len(data), data)]


def parse_message(raw: bytes) -> MailMessage:
    try:
        return _parse(raw)
    except Exception as exc:
        return _unreadable(raw, f"{type(exc).__name__}: {exc}")


def _parse(raw: bytes) -> MailMessage:
    msg = email.message_from_bytes(raw)
    headers = tuple((k.lower(), decode_header(v)) for k, v in msg.raw_items())
    text, html, attachments = _walk(msg)
    text = text.replace("\r\n", "\n")
    new, quoted, signature = split_reply(text)
    froms = _addresses([str(v) for v in msg.get_all("From", [])])
    from_name, from_addr = froms[0] if froms else ("", "")
    refs = re.findall(r"<[^<>\s]+>", decode_header(msg.get("References")))
    irt = re.findall(r"<[^<>\s]+>", decode_header(msg.get("In-Reply-To")))
    return MailMessage(
        message_id=(re.findall(r"<[^<>\s]+>", decode_header(msg.get("Message-ID"))) or [""])[0],
        subject=decode_header(msg.get("Subject")),
        from_addr=from_addr,
        from_name=from_name,
        to=tuple(a for _n, a in _addresses([str(v) for v in msg.get_all("To", [])]) if a),
        cc=tuple(a for _n, a in _addresses([str(v) for v in msg.get_all("Cc", [])]) if a),
        reply_to=tuple(a for _n, a in _addresses([str(v) for v in msg.get_all("Reply-To", [])])
                       if a),
        date=_date(msg.get("Date")),
        in_reply_to=irt[0] if irt else "",
        references=tuple(refs),
        headers=headers,
        text=text,
        html=html,
        new_text=new,
        quoted_text=quoted,
        signature=signature,
        attachments=tuple(attachments),
        content_type=(msg.get_content_type() or "text/plain").lower(),
        envelope_from=decode_header(msg.get("Return-Path")),
        size=len(raw),
        defects=tuple(type(d).__name__ for d in msg.defects),
    )


def _unreadable(raw: bytes, reason: str) -> MailMessage:
    text = raw.decode("utf-8", "replace")
    return MailMessage("", "", "", "", (), (), (), None, "", (), (), text, None, text, "", "", (),
                       "text/plain", "", len(raw), (f"unreadable: {reason}",))
