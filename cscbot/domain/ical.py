"""iCalendar invitations (RFC 5545 text, RFC 5546 METHOD:REQUEST / CANCEL).

Written here rather than with the `icalendar` library: one VEVENT with a dozen properties
needs only escaping and line folding, and the domain stays free of third-party code (the
tests parse the result back with `icalendar`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

PRODID = "-//ICANN CSC//cscbot//EN"
_FOLD_AT = 75
"""Octets per content line, CRLF excluded (RFC 5545 3.1)."""


@dataclass(frozen=True)
class Invitation:
    uid: str
    """Stable per meeting: a moved meeting updates the same calendar entry."""
    sequence: int
    start: datetime
    end: datetime
    stamp: datetime
    summary: str
    organizer: str
    organizer_name: str
    attendees: tuple[str, ...] = ()
    description: str = ""
    location: str | None = None
    url: str | None = None
    cancelled: bool = False

    @property
    def method(self) -> str:
        return "CANCEL" if self.cancelled else "REQUEST"


def escape_text(value: str) -> str:
    """TEXT value escaping: backslash, semicolon, comma, line breaks."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _param(value: str) -> str:
    """A parameter value, always quoted (DQUOTE itself cannot be represented: dropped)."""
    return '"' + value.replace('"', "").replace("\r", " ").replace("\n", " ") + '"'


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current, size, limit = "", 0, _FOLD_AT
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, _FOLD_AT
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar_bytes(inv: Invitation) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             f"METHOD:{inv.method}", "BEGIN:VEVENT",
             f"UID:{inv.uid}",
             f"DTSTAMP:{_utc(inv.stamp)}",
             f"SEQUENCE:{inv.sequence}",
             f"DTSTART:{_utc(inv.start)}",
             f"DTEND:{_utc(inv.end)}",
             f"SUMMARY:{escape_text(inv.summary)}",
             f"ORGANIZER;CN={_param(inv.organizer_name)}:mailto:{inv.organizer}",
             *_attendees(inv.attendees),
             f"STATUS:{'CANCELLED' if inv.cancelled else 'CONFIRMED'}",
             "TRANSP:OPAQUE"]
    if inv.description:
        lines.append(f"DESCRIPTION:{escape_text(inv.description)}")
    if inv.location:
        lines.append(f"LOCATION:{escape_text(inv.location)}")
    if inv.url:
        lines.append(f"URL:{inv.url}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")


def _attendees(addresses: Iterable[str]) -> list[str]:
    return [f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:{a}" for a in addresses]
