"""Shared bits of the intake tests: settings, a context on an in-memory store, a fake source."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

from cscbot.adapters.sqlite import SqliteStore
from cscbot.config import Settings, parse
from cscbot.ports import Disposition, RawMail
from cscbot.render import Renderer
from cscbot.services.context import Context

DOC: dict[str, Any] = {
    "bot": {"address": "csc-bot@csc.example.org"},
    "addresses": {"csc_mailbox": "csc@csc.example.org",
                  "secretariat": ["secretariat@csc.example.org"],
                  "announce": "csc-announce@csc.example.org",
                  "pti_senders": ["reports@iana.example"]},
}


def make_settings(**mailbox: Any) -> Settings:
    doc = dict(DOC)
    if mailbox:
        doc["mailbox"] = mailbox
    return parse(doc, Path("/nonexistent/config.toml"))


def make_context(**mailbox: Any) -> Context:
    return Context(make_settings(**mailbox), SqliteStore(":memory:"), Renderer(None))


class FakeSource:
    """A MailSource over a list: what is not settled is offered again on every fetch."""

    def __init__(self, mails: Sequence[RawMail] = (), batch: int = 100) -> None:
        self.mails = list(mails)
        self.batch = batch
        self.settled: list[tuple[str, Disposition]] = []

    async def fetch_new(self) -> AsyncIterator[Sequence[RawMail]]:
        done = {uid for uid, _d in self.settled}
        todo = [m for m in self.mails if m.uid not in done]
        for i in range(0, len(todo), self.batch):
            yield todo[i:i + self.batch]

    async def settle(self, mails: Sequence[RawMail], disposition: Disposition) -> None:
        self.settled.extend((m.uid, disposition) for m in mails)

    async def wait_for_news(self, timeout: float) -> None:
        return None

    async def close(self) -> None:
        return None


def mail(n: int, subject: str = "Slow technical check", sender: str = "ops@registry.example",
         extra: str = "", body: str = "The check took three days.") -> bytes:
    return (f"From: Registry Ops <{sender}>\r\nTo: csc@csc.example.org\r\n"
            f"Subject: {subject}\r\nMessage-ID: <m{n}@registry.example>\r\n{extra}"
            f"Date: Mon, 02 Feb 2026 10:00:00 +0000\r\n\r\n{body}\r\n").encode()
