"""Service fixtures: the real in-memory store, the real templates, a token key."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from cscbot.adapters.sqlite import SqliteStore
from cscbot.config import Settings, parse
from cscbot.domain.mail import MailMessage, parse_message
from cscbot.records import OutboxRow
from cscbot.render import Renderer
from cscbot.services.context import Context

NOW = datetime(2026, 11, 2, 7, 0, tzinfo=UTC)
SECRETARIAT = ("sec@csc.example.org", "deputy@csc.example.org")
KEY = b"0123456789abcdef0123456789abcdef"


def settings(**digest: Any) -> Settings:
    return parse({
        "bot": {"address": "csc-bot@csc.example.org", "reply_to": "csc@csc.example.org"},
        "addresses": {"csc_mailbox": "csc@csc.example.org", "secretariat": list(SECRETARIAT),
                      "announce": "csc-announce@csc.example.org"},
        "digest": digest,
    }, Path("config.toml"))


@pytest.fixture
def ctx() -> Iterator[Context]:
    store = SqliteStore(":memory:")
    yield Context(settings(), store, Renderer(), KEY)
    store.close()


def reply_to(row: OutboxRow, body: str, *, sender: str = SECRETARIAT[0],
             subject: str | None = None, message_id: str = "<r1@csc.example.org>",
             headers: tuple[tuple[str, str], ...] = (), html: str | None = None,
             in_reply_to: str | None = None, to: str = "csc@csc.example.org") -> MailMessage:
    """A person's reply to one of the bot's mails, quoting it, as a mail client writes it."""
    msg = EmailMessage()
    for name, value in headers:
        msg[name] = value
    msg["From"] = f"Sec Person <{sender}>"
    msg["To"] = to
    msg["Subject"] = subject if subject is not None else f"Re: {row.subject}"
    msg["Date"] = format_datetime(NOW)
    msg["Message-ID"] = message_id
    msg["In-Reply-To"] = in_reply_to or row.message_id
    msg["References"] = in_reply_to or row.message_id
    quoted = "\n".join("> " + line for line in _text_of(row).split("\n"))
    full = f"{body}\n\nOn Mon, 2 Nov 2026, CSC mail robot wrote:\n{quoted}\n"
    if html is None:
        msg.set_content(full)
    else:
        msg.set_content(html, subtype="html")
    return parse_message(msg.as_bytes())


def _text_of(row: OutboxRow) -> str:
    return parse_message(row.data).text


def outbox_keys(ctx: Context) -> list[str]:
    return sorted(r.key for r in ctx.store.outbox_list())
