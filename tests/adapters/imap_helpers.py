"""Helpers for the IMAP adapter tests: settings for a fixture account, message factories."""

from __future__ import annotations

import imaplib
from pathlib import Path
from typing import Any

from cscbot.config import ImapSettings


def imap_settings(account: dict[str, Any], **overrides: Any) -> ImapSettings:
    values: dict[str, Any] = dict(
        host=account["host"], port=account["port"], username=account["user"],
        security="none", cafile=Path(account["cafile"]), idle_renew_seconds=30,
        sweep_interval_seconds=30, poll_interval_seconds=1, timeout_seconds=5.0,
        reconnect_max_seconds=2.0)
    values.update(overrides)
    return ImapSettings(**values)


def message(n: int, subject: str = "Slow technical check", sender: str = "ops@registry.example",
            ) -> bytes:
    return (f"From: Registry Ops <{sender}>\r\nTo: csc@csc.example.org\r\n"
            f"Subject: {subject} #{n}\r\nMessage-ID: <m{n}@registry.example>\r\n"
            f"Date: Mon, 02 Feb 2026 10:00:00 +0000\r\n\r\n"
            f"The technical check for ticket {n} took three days.\r\n").encode()


def folder_count(account: dict[str, Any], folder: str) -> int:
    conn = imaplib.IMAP4(account["host"], account["port"])
    try:
        conn.login(account["user"], account["password"])
        typ, data = conn.select(f'"{folder}"', readonly=True)
        return int(data[0] or 0) if typ == "OK" else 0
    finally:
        conn.logout()
