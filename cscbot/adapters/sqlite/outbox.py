"""SQL of the outbox: queue once per key, pick what is due, record the server's answer."""

from __future__ import annotations

import json
from datetime import datetime

from cscbot.adapters.sqlite.base import Database
from cscbot.records import OutboxRow


def _row(r: object) -> OutboxRow:
    d = dict(r)  # type: ignore[call-overload]
    d["recipients"] = tuple(json.loads(d["recipients"]))
    d["data"] = bytes(d["data"])
    return OutboxRow(**d)


class OutboxQueries:
    db: Database

    def outbox_add(self, *, key: str, kind: str, message_id: str, sender: str,
                   recipients: tuple[str, ...], subject: str, data: bytes,
                   now: datetime) -> bool:
        """Queue a mail; False (and nothing written) when its key is already queued or sent."""
        cur = self.db.execute(
            "INSERT INTO outbox (key, kind, message_id, sender, recipients, subject, data,"
            " next_attempt_at, created_at) VALUES (?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(key) DO NOTHING",
            (key, kind, message_id, sender, json.dumps(list(recipients)), subject, data,
             now.isoformat(), now.isoformat()))
        return cur.rowcount == 1

    def outbox_has(self, key: str) -> bool:
        return self.db.one("SELECT 1 FROM outbox WHERE key = ?", (key,)) is not None

    def outbox_due(self, now: datetime, limit: int) -> list[OutboxRow]:
        return [_row(r) for r in self.db.all(
            "SELECT * FROM outbox WHERE status IN ('queued', 'failed') AND next_attempt_at <= ?"
            " ORDER BY next_attempt_at, id LIMIT ?", (now.isoformat(), limit))]

    def outbox_get(self, key: str) -> OutboxRow | None:
        r = self.db.one("SELECT * FROM outbox WHERE key = ?", (key,))
        return _row(r) if r else None

    def outbox_list(self, status: str | None = None, limit: int = 1000) -> list[OutboxRow]:
        if status:
            rows = self.db.all("SELECT * FROM outbox WHERE status = ? ORDER BY id DESC LIMIT ?",
                               (status, limit))
        else:
            rows = self.db.all("SELECT * FROM outbox ORDER BY id DESC LIMIT ?", (limit,))
        return [_row(r) for r in rows]

    def outbox_mark_sent(self, row_id: int, now: datetime) -> None:
        self.db.execute("UPDATE outbox SET status='sent', sent_at=?, attempts=attempts+1,"
                        " last_error=NULL WHERE id=?", (now.isoformat(), row_id))

    def outbox_mark_failed(self, row_id: int, error: str, next_attempt_at: datetime,
                           dead: bool) -> None:
        self.db.execute("UPDATE outbox SET status=?, attempts=attempts+1, last_error=?,"
                        " next_attempt_at=? WHERE id=?",
                        ("dead" if dead else "failed", error, next_attempt_at.isoformat(),
                         row_id))
