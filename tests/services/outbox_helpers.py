"""Shared helpers of the outbox tests: settings, a context on a real store, a mail."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cscbot.adapters.sqlite import SqliteStore
from cscbot.config import Settings, parse
from cscbot.domain.outgoing import OutgoingMail
from cscbot.render import Renderer
from cscbot.services.context import Context

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def make_settings(**sections: dict[str, Any]) -> Settings:
    doc: dict[str, Any] = {
        "bot": {"address": "csc-bot@csc.example.org", "reply_to": "csc@csc.example.org"},
        "addresses": {"csc_mailbox": "csc@csc.example.org",
                      "secretariat": ["secretariat@csc.example.org"],
                      "announce": "csc-announce@csc.example.org"},
        "outbox": {"backoff_base_seconds": 30, "backoff_max_seconds": 3600,
                   "max_attempts": 3, "rate_per_minute": 100000}}
    for name, values in sections.items():
        doc.setdefault(name, {}).update(values)
    return parse(doc, Path("/tmp/c.toml"))


def make_ctx(settings: Settings | None = None, path: Path | str = ":memory:") -> Context:
    return Context(settings or make_settings(), SqliteStore(path), Renderer())


def mail(key: str = "ack:CSC-2026-0001", to: tuple[str, ...] = ("alice@registry.example",),
         **kw: Any) -> OutgoingMail:
    return OutgoingMail(key=key, kind=kw.pop("kind", "ack"), to=to,
                        subject=kw.pop("subject", f"Received: {key}"),
                        text=kw.pop("text", "Thank you.\n"), **kw)
