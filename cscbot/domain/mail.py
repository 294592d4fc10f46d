"""Mail bytes -> a message model.  Never raises: any bytes give a `MailMessage`.

The header block is split eagerly by a small tolerant reader (RFC 2047, broken charsets, raw
8-bit, folding), and the fields every message needs (Message-ID, Subject, From, threading,
Content-Type) decoded; any other header is decoded when asked for.  The body (text, HTML,
quoted text, attachments) is parsed on first use with the fast `compat32` parser
(`policy.default` costs ~20x more).  Intake classifies most mail from its headers alone, so a
message nobody reads the body of costs a few microseconds.
"""

from __future__ import annotations

import email
import email.errors
import email.header
import email.message
import email.utils
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from typing import Any, Generic, TypeVar

from cscbot.domain.text import html_to_text, split_reply

T = TypeVar("T")


class _read_once(Generic[T]):  # lower case: a decorator, like cached_property
    """`functools.cached_property` without its per-access lock (Python 3.11 takes an RLock on
    every first read, ~1.5 µs, and intake reads a few of these per message): the value lands in
    the instance's __dict__, which shadows this non-data descriptor from then on."""

    def __init__(self, read: Callable[[Any], T]) -> None:
        self.read = read
        self.name = read.__name__

    def __get__(self, instance: object, owner: type | None = None) -> T:
        value = instance.__dict__[self.name] = self.read(instance)
        return value


@dataclass(frozen=True)
class AttachmentInfo:
    filename: str | None
    content_type: str
    size: int
    payload: bytes = field(repr=False, default=b"")


@dataclass(frozen=True)
class MailBody:
    """What the body of a message says (parsed on first use)."""

    text: str
    html: str | None
    new_text: str
    quoted_text: str
    signature: str
    attachments: tuple[AttachmentInfo, ...]
    defects: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class MailMessage:
    message_id: str
    """With angle brackets, as in the header; '' when absent."""
    subject: str
    from_addr: str
    """Lower-cased address of From; '' when none can be read."""
    from_name: str
    fields: tuple[tuple[str, str], ...] = field(repr=False)
    """Every header field as written (name, raw value), in order; see `headers`."""
    first_fields: dict[str, str] = field(repr=False)
    """The raw value of the first field of each (lower-cased) name."""
    content_type: str
    size: int
    raw: bytes = field(repr=False, default=b"")
    header_defects: tuple[str, ...] = ()

    @_read_once
    def headers(self) -> tuple[tuple[str, str], ...]:
        """Every header, decoded, in order (lower-cased names)."""
        return tuple((k.lower(), decode_header(v)) for k, v in self.fields)

    def header(self, name: str) -> str | None:
        """The first header of that name, decoded (only this one is: most are never asked)."""
        value = self.first_fields.get(name.lower())
        return None if value is None else decode_header(value)

    def header_all(self, name: str) -> list[str]:
        name = name.lower()
        return [decode_header(v) for k, v in self.fields if k.lower() == name]

    # --- read on first use ---------------------------------------------------------------

    @_read_once
    def in_reply_to(self) -> str:
        found = _message_ids(self.first_fields.get("in-reply-to"))
        return found[0] if found else ""

    @_read_once
    def references(self) -> tuple[str, ...]:
        return tuple(_message_ids(self.first_fields.get("references")))

    @_read_once
    def envelope_from(self) -> str:
        """Return-Path as the receiving server recorded it; '<>' for a null sender."""
        return decode_header(self.first_fields.get("return-path"))

    @_read_once
    def to(self) -> tuple[str, ...]:
        return tuple(a for _n, a in _addresses(self._raw_header_all("to")) if a)

    @_read_once
    def cc(self) -> tuple[str, ...]:
        return tuple(a for _n, a in _addresses(self._raw_header_all("cc")) if a)

    @_read_once
    def reply_to(self) -> tuple[str, ...]:
        return tuple(a for _n, a in _addresses(self._raw_header_all("reply-to")) if a)

    @_read_once
    def date(self) -> datetime | None:
        return _date(self.header("date"))

    @_read_once
    def body(self) -> MailBody:
        return read_body(self.raw)

    @property
    def text(self) -> str:
        """The whole text: the text/plain part, or text drawn from the HTML part."""
        return self.body.text

    @property
    def html(self) -> str | None:
        return self.body.html

    @property
    def new_text(self) -> str:
        """The text above any quoted reply, without the signature."""
        return self.body.new_text

    @property
    def quoted_text(self) -> str:
        return self.body.quoted_text

    @property
    def signature(self) -> str:
        return self.body.signature

    @property
    def attachments(self) -> tuple[AttachmentInfo, ...]:
        return self.body.attachments

    @property
    def defects(self) -> tuple[str, ...]:
        return self.header_defects + self.body.defects

    def recipients_mention(self, fragment: str) -> bool:
        """Whether a To or Cc field contains `fragment` (lower case): a cheap test before the
        addresses are read."""
        for k, v in self.fields:
            if len(k) == 2 and k.lower() in ("to", "cc") and fragment in v.lower():
                return True
        return False

    def _raw_header_all(self, name: str) -> list[str]:
        # addresses are parsed before RFC 2047 decoding (a comma may hide in an encoded name)
        return [v for k, v in self.fields if k.lower() == name]


def decode_header(value: str | email.header.Header | None) -> str:
    """RFC 2047 and raw 8-bit tolerant; unknown charsets fall back to latin-1 / replacement."""
    if value is None:
        return ""
    raw = value if isinstance(value, str) else str(value)
    if not raw.isascii():
        raw = _fix_8bit(raw)
    if "=?" not in raw:  # the common case: nothing to decode
        return _unfold(raw)
    try:
        parts = email.header.decode_header(raw)
    except (ValueError, LookupError, AssertionError, IndexError,
            email.errors.HeaderParseError):  # e.g. an encoded word with broken base64
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


def _fix_8bit(text: str) -> str:
    """Raw 8-bit header bytes arrive as surrogate escapes: read them as UTF-8, else latin-1."""
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return _bytes_to_str(data, None)


def _unfold(text: str) -> str:
    if "\n" not in text and "\r" not in text:
        return text.strip()
    return re.sub(r"\r?\n[ \t]+", " ", text).replace("\r", "").replace("\n", " ").strip()


def _bytes_to_str(data: bytes, charset: str | None) -> str:
    for cs in (charset, "utf-8"):
        if not cs or cs == "unknown-8bit":
            continue
        try:
            return data.decode(cs)
        except (LookupError, UnicodeDecodeError, ValueError, TypeError):
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _addresses(values: list[str]) -> list[tuple[str, str]]:
    """(name, lower-cased address) of every address in the fields' values, in order."""
    simple = _simple_addresses(values)
    if simple is not None:
        return simple
    try:
        pairs = email.utils.getaddresses(values)
    except (ValueError, IndexError, TypeError):
        return []
    return [(decode_header(n), a.strip().lower()) for n, a in pairs if "@" in a or a == ""]


def _simple_addresses(values: list[str]) -> list[tuple[str, str]] | None:
    """The common shapes (`a@b`, `Name <a@b>`, comma-separated) read without email.utils,
    which costs ~20 µs a header; None when a value needs the full grammar."""
    found: list[tuple[str, str]] = []
    for value in values:
        if "=?" in value or value.count('"') > 2:
            return None
        for item in value.split(",") if '"' not in value else (value,):
            if "<" not in item:
                bare = _BARE_ADDRESS.match(item)
                if bare is None:
                    return None
                found.append(("", bare[1].lower()))
                continue
            m = _NAMED_ADDRESS.match(item)
            if m is None:
                return None
            found.append((decode_header(m[1] if m[1] is not None else m[2]), m[3].lower()))
    return found


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
    except (ValueError, AssertionError, LookupError, TypeError):
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return _fix_8bit(raw) if isinstance(raw, str) and not raw.isascii() else (
            raw if isinstance(raw, str) else "")
    return _bytes_to_str(payload, part.get_content_charset())


_MAX_DEPTH = 40


def _walk(msg: Message) -> tuple[str, str | None, list[AttachmentInfo]]:
    """Text, HTML and attachments; attached messages (message/*) are listed, not read into."""
    found: dict[str, str] = {}
    attachments: list[AttachmentInfo] = []
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        ctype = (part.get_content_type() or "text/plain").lower()
        if part is not msg and ctype.startswith("message/"):
            attachments.append(_attached_message(part, ctype))
        elif part.is_multipart():
            payload = part.get_payload()
            if depth < _MAX_DEPTH and isinstance(payload, list):
                stack.extend((p, depth + 1) for p in reversed(payload)
                             if isinstance(p, Message))
        else:
            _leaf(part, ctype, found, attachments)
    html = found.get("text/html")
    text = found.get("text/plain")
    if text is None:
        text = html_to_text(html) if html else ""
    return text, html, attachments


def _leaf(part: Message, ctype: str, found: dict[str, str],
          attachments: list[AttachmentInfo]) -> None:
    disposition = (part.get("Content-Disposition") or "")
    filename = part.get_filename() if "name" in str(part.get("Content-Type", "")) + \
        str(disposition) else None
    is_attachment = "attachment" in str(disposition).lower() or (
        filename is not None and not ctype.startswith("text/"))
    if not is_attachment and ctype in ("text/plain", "text/html") and ctype not in found:
        found[ctype] = _part_text(part)
        return
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, AssertionError, LookupError, TypeError):
        payload = None
    data = payload if isinstance(payload, bytes) else b""
    attachments.append(AttachmentInfo(
        decode_header(filename) if filename else None, ctype, len(data), data))


def _attached_message(part: Message, ctype: str) -> AttachmentInfo:
    try:
        inner = part.get_payload()
        data = b"".join(p.as_bytes() if isinstance(p, Message) else str(p).encode(
            "utf-8", "surrogateescape") for p in (inner if isinstance(inner, list) else [inner]))
    except Exception:  # a broken attached message is listed, not read
        data = b""
    name = part.get_filename()
    return AttachmentInfo(decode_header(name) if name else None, ctype, len(data), data)


def parse_message(raw: bytes) -> MailMessage:
    try:
        return _parse(raw)
    except Exception as exc:  # any bytes give a message: the reason travels in its defects
        return _unreadable(raw, f"{type(exc).__name__}: {exc}")


def _parse(raw: bytes) -> MailMessage:
    items, defects = _read_header_block(raw)
    first: dict[str, str] = {}
    for k, v in items:
        first.setdefault(k.lower(), v)
    msg_id = _message_ids(first.get("message-id"))
    ctype = decode_header(first.get("content-type")).split(";", 1)[0].strip().lower()
    from_name, from_addr = _first_address(items, first.get("from"))
    return MailMessage(
        message_id=msg_id[0] if msg_id else "",
        subject=decode_header(first.get("subject")),
        from_addr=from_addr,
        from_name=from_name,
        fields=tuple(items),
        first_fields=first,
        content_type=ctype if ctype.count("/") == 1 else "text/plain",
        size=len(raw),
        raw=raw,
        header_defects=defects,
    )


_MSGID = re.compile(r"<[^<>\s]+>")


def _message_ids(value: str | None) -> list[str]:
    """The <...> identifiers in a Message-ID, In-Reply-To or References field, in order."""
    return _MSGID.findall(decode_header(value))
_NAMED_ADDRESS = re.compile(
    r'\s*(?:"([^"\\<>]*)"|([^"<>,;:@()\\]*?))\s*<([^<>@\s,;"]+@[^<>@\s,;"]+)>\s*\Z')
_BARE_ADDRESS = re.compile(r'\s*([^<>@\s,;"()]+@[^<>@\s,;"()]+)\s*\Z')


def _first_address(fields: list[tuple[str, str]], first: str | None) -> tuple[str, str]:
    """(name, lower-cased address) of the first From."""
    if first is None:
        return "", ""
    found = _addresses([first]) or _addresses([v for k, v in fields if k.lower() == "from"])
    return found[0] if found else ("", "")


def _read_header_block(raw: bytes) -> tuple[list[tuple[str, str]], tuple[str, ...]]:
    """The header fields as (name, raw value), unfolded; defects for lines that are not fields."""
    text = _header_text(raw)
    plain = _plain_fields(text)
    return (plain, ()) if plain is not None else _header_lines(text)


def _header_text(raw: bytes) -> str:
    """The header block (up to the first empty line), 8-bit bytes as surrogate escapes."""
    crlf = raw.find(b"\r\n\r\n")
    lf = raw.find(b"\n\n", 0, crlf) if crlf >= 0 else raw.find(b"\n\n")  # whichever is first
    head = raw[:lf] if lf >= 0 else raw[:crlf] if crlf >= 0 else raw
    if raw.startswith((b"\r\n", b"\n")):
        head = b""
    return head.decode("ascii", "surrogateescape").replace("\r\n", "\n")


_PLAIN_FIELD = re.compile(r"^([!-9;-~]+):[ \t]*(.*(?:\n[ \t].*)*)", re.MULTILINE)
_PLAIN_BLOCK = re.compile(r"(?:[!-9;-~]+:.*(?:\n[ \t].*)*(?:\n|\Z))*")


def _plain_fields(text: str) -> list[tuple[str, str]] | None:
    """The fields of a block that is nothing but well-formed ASCII fields (most mail), read by
    one regex in C (the line loop of `_header_lines` costs ~3 µs a message); None for any other
    block (8-bit bytes, stray CRs, lines that are not fields), which `_header_lines` reads."""
    if not text.isascii() or "\r" in text or _PLAIN_BLOCK.fullmatch(text) is None:
        return None
    return _PLAIN_FIELD.findall(text)


def _header_lines(text: str) -> tuple[list[tuple[str, str]], tuple[str, ...]]:
    """Any header block, line by line: what is not a field is a defect (an mbox 'From ' line
    before the first field is not)."""
    names: list[str] = []
    values: list[str] = []
    defects: list[str] = []
    for line in text.split("\n"):
        if line[:1] in (" ", "\t"):
            if values:
                values[-1] += "\n" + line
            continue
        name, colon, value = line.partition(":")
        if colon and name and " " not in name and name.isascii() and name == name.strip():
            names.append(name)
            values.append(value.lstrip(" \t"))
        elif line and not (line.startswith("From ") and not names):  # mbox separator
            defects.append(f"not a header field: {line[:60]!r}")
    return [(k, v.rstrip("\r") if v.isascii() else _fix_8bit(v.rstrip("\r")))
            for k, v in zip(names, values, strict=True)], tuple(defects)


def read_body(raw: bytes) -> MailBody:
    """Text, HTML, reply parts and attachments of a message.  Never raises."""
    try:
        msg = email.message_from_bytes(raw)
        text, html, attachments = _walk(msg)
        text = text.replace("\r\n", "\n")
        new, quoted, signature = split_reply(text)
        return MailBody(text, html, new, quoted, signature, tuple(attachments),
                        tuple(type(d).__name__ for d in msg.defects))
    except Exception as exc:  # a body the parser cannot read: keep its bytes as text
        text = raw.decode("utf-8", "replace")
        return MailBody(text, None, text, "", "", (),
                        (f"unreadable body: {type(exc).__name__}: {exc}",))


def _unreadable(raw: bytes, reason: str) -> MailMessage:
    return MailMessage("", "", "", "", (), {}, "text/plain", len(raw), raw,
                       (f"unreadable: {reason}",))
