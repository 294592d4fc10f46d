"""What the bot wants to send, before it is a MIME message.

Services build an `OutgoingMail` and queue it with the state change that causes it; the outbox
turns it into bytes (`cscbot.domain.mime`) with a Message-ID derived from its key.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

AutoSubmitted = Literal["auto-generated", "auto-replied"]


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    """e.g. 'text/calendar; method=REQUEST'"""
    data: bytes


@dataclass(frozen=True)
class OutgoingMail:
    key: str
    """Names the logical mail, e.g. 'ack:CSC-2026-0042', 'reminder:2026-12-16:7d'."""
    kind: str
    """ack, digest, confirmation, reminder, findings, findings_draft, announcement, rap_letter..."""
    to: tuple[str, ...]
    subject: str
    text: str
    html: str | None = None
    cc: tuple[str, ...] = ()
    reply_to: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    auto_submitted: AutoSubmitted = "auto-generated"
    list_post: bool = False
    """A post to csc-announce: carries list-appropriate headers (Precedence: list...)."""
    headers: tuple[tuple[str, str], ...] = ()
    attachments: tuple[Attachment, ...] = field(default=())

    def to_json(self) -> str:
        d = asdict(self)
        d["attachments"] = [
            {"filename": a.filename, "content_type": a.content_type, "data": a.data.hex()}
            for a in self.attachments]
        return json.dumps(d, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> OutgoingMail:
        d: dict[str, Any] = json.loads(text)
        d["attachments"] = tuple(
            Attachment(a["filename"], a["content_type"], bytes.fromhex(a["data"]))
            for a in d.get("attachments", ()))
        for k in ("to", "cc", "references"):
            d[k] = tuple(d.get(k, ()))
        d["headers"] = tuple(tuple(h) for h in d.get("headers", ()))
        return cls(**d)


def message_id_for(key: str, domain: str) -> str:
    """A stable Message-ID: the same logical mail always has the same one."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return f"<cscbot.{digest}@{domain}>"
