"""SQL of digests and commands: mails with tokens, single use, the audit log, snoozes."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from cscbot.adapters.sqlite.base import Database, to_record
from cscbot.records import AuditRow, TokenMailRow


def _token_mail(r: Any) -> TokenMailRow:
    return to_record(TokenMailRow, r, json_lists=("recipients",))


class DigestQueries:
    db: Database

    def token_mail_add(self, *, key: str, kind: str, message_id: str,
                       recipients: tuple[str, ...], now: datetime,
                       expires_at: datetime) -> TokenMailRow:
        """Record a mail that carries a token (once per key); returns its row."""
        self.db.execute(
            "INSERT INTO token_mails (key, kind, message_id, recipients, created_at, expires_at)"
            " VALUES (?,?,?,?,?,?) ON CONFLICT(key) DO NOTHING",
            (key, kind, message_id, json.dumps(list(recipients)), now.isoformat(),
             expires_at.isoformat()))
        row = self.db.one("SELECT * FROM token_mails WHERE key = ?", (key,))
        return _token_mail(row)

    def token_mail_get(self, token_mail_id: int) -> TokenMailRow | None:
        r = self.db.one("SELECT * FROM token_mails WHERE id = ?", (token_mail_id,))
        return _token_mail(r) if r else None

    def last_digest(self) -> TokenMailRow | None:
        r = self.db.one("SELECT * FROM token_mails WHERE kind = 'digest'"
                        " ORDER BY created_at DESC, id DESC LIMIT 1")
        return _token_mail(r) if r else None

    def command_used(self, token_mail_id: int, command: str) -> bool:
        return self.db.one("SELECT 1 FROM command_uses WHERE token_mail_id = ? AND command = ?",
                           (token_mail_id, command)) is not None

    def command_use(self, token_mail_id: int, command: str, message_id: str,
                    now: datetime) -> bool:
        """Record that a command was carried out with a token; False when it was before."""
        cur = self.db.execute(
            "INSERT INTO command_uses (token_mail_id, command, message_id, used_at)"
            " VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
            (token_mail_id, command, message_id, now.isoformat()))
        return cur.rowcount == 1

    def reply_seen(self, message_id: str) -> bool:
        return self.db.one("SELECT 1 FROM command_audit WHERE message_id = ? LIMIT 1",
                           (message_id,)) is not None

    def audit_add(self, *, sender: str, message_id: str, subject: str,
                  token_mail_id: int | None, command: str, outcome: str, detail: str,
                  now: datetime) -> None:
        self.db.execute(
            "INSERT INTO command_audit (at, sender, message_id, subject, token_mail_id, command,"
            " outcome, detail) VALUES (?,?,?,?,?,?,?,?)",
            (now.isoformat(), sender, message_id, subject, token_mail_id, command, outcome,
             detail))

    def audit(self, since: datetime | None = None) -> list[AuditRow]:
        if since is None:
            rows = self.db.all("SELECT * FROM command_audit ORDER BY at, id")
        else:
            rows = self.db.all("SELECT * FROM command_audit WHERE at >= ? ORDER BY at, id",
                               (since.isoformat(),))
        return [AuditRow(**dict(r)) for r in rows]

    def snooze(self, item: str, until: datetime, by: str, now: datetime) -> None:
        self.db.execute(
            "INSERT INTO snoozes (item, until, by, created_at) VALUES (?,?,?,?)"
            " ON CONFLICT(item) DO UPDATE SET until=excluded.until, by=excluded.by,"
            " created_at=excluded.created_at",
            (item, until.isoformat(), by, now.isoformat()))

    def snoozed(self, now: datetime) -> dict[str, str]:
        """Items snoozed at `now` -> until when (ISO 8601)."""
        return {r["item"]: r["until"] for r in self.db.all(
            "SELECT item, until FROM snoozes WHERE until > ?", (now.isoformat(),))}
