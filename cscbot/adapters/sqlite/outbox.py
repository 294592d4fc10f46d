"""SQL of the outbox: queue once per key, pick what is due, record the server's answer."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from cscbot.adapters.sqlite.base import Database, to_record
from cscbot.records import OutboxRow, RecipientRow


def _row(r: Any) -> OutboxRow:
    return to_record(OutboxRow, r, json_lists=("recipients",), blobs=("data",))


class OutboxQueries:
    db: Database

    def outbox_add(self, *, key: str, kind: str, message_id: str, sender: str,
                   recipients: tuple[str, ...], subject: str, data: bytes,
                   now: datetime) -> bool:
        """Queue a mail; False (and nothing written) when its key is already queued or sent."""
        with self.db.transaction():
            cur = self.db.execute(
                "INSERT INTO outbox (key, kind, message_id, sender, recipients, subject, data,"
                " next_attempt_at, created_at) VALUES (?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(key) DO NOTHING",
                (key, kind, message_id, sender, json.dumps(list(recipients)), subject, data,
                 now.isoformat(), now.isoformat()))
            if cur.rowcount != 1:
                return False
            self.db.conn.executemany(
                "INSERT INTO outbox_recipients (outbox_id, address) VALUES (?, ?)",
                [(cur.lastrowid, a) for a in dict.fromkeys(recipients)])
        return True

    def outbox_has(self, key: str) -> bool:
        return self.db.one("SELECT 1 FROM outbox WHERE key = ?", (key,)) is not None

    def outbox_due(self, now: datetime, limit: int) -> list[OutboxRow]:
        return [_row(r) for r in self.db.all(
            "SELECT * FROM outbox WHERE status IN ('queued', 'failed') AND next_attempt_at <= ?"
            " ORDER BY next_attempt_at, id LIMIT ?", (now.isoformat(), limit))]

    def outbox_get(self, key: str) -> OutboxRow | None:
        r = self.db.one("SELECT * FROM outbox WHERE key = ?", (key,))
        return _row(r) if r else None

    def outbox_by_message_id(self, message_id: str) -> OutboxRow | None:
        r = self.db.one("SELECT * FROM outbox WHERE message_id = ?", (message_id,))
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

    def outbox_retry(self, key: str, now: datetime) -> bool:
        """A dead or failed mail goes back to the queue, due now, for every recipient that
        has not accepted it yet.  False when there is no such mail in that state."""
        with self.db.transaction():
            r = self.db.one("SELECT id FROM outbox WHERE key=? AND status IN ('dead','failed')",
                            (key,))
            if r is None:
                return False
            self.db.execute("UPDATE outbox SET status='queued', attempts=0, next_attempt_at=?"
                            " WHERE id=?", (now.isoformat(), r["id"]))
            self.db.execute("UPDATE outbox_recipients SET status='pending', updated_at=?"
                            " WHERE outbox_id=? AND status='refused'", (now.isoformat(), r["id"]))
        return True

    # --- per recipient ---------------------------------------------------------------------

    def outbox_recipients(self, row_id: int) -> list[RecipientRow]:
        return [RecipientRow(**dict(r)) for r in self.db.all(
            "SELECT * FROM outbox_recipients WHERE outbox_id=? ORDER BY rowid", (row_id,))]

    def outbox_pending_recipients(self, row_id: int) -> tuple[str, ...]:
        return tuple(r["address"] for r in self.db.all(
            "SELECT address FROM outbox_recipients WHERE outbox_id=? AND status='pending'"
            " ORDER BY rowid", (row_id,)))

    def outbox_record_recipients(self, row_id: int,
                                 answers: Iterable[tuple[str, str, int | None, str | None]],
                                 now: datetime) -> None:
        """(address, status, code, message) for each recipient a server answered for."""
        self.db.conn.executemany(
            "UPDATE outbox_recipients SET status=?, code=?, message=?, updated_at=?"
            " WHERE outbox_id=? AND address=?",
            [(status, code, message, now.isoformat(), row_id, address)
             for address, status, code, message in answers])

    def outbox_mark_bounced(self, row_id: int, address: str, code: int | None, message: str,
                            now: datetime) -> bool:
        """A DSN says delivery to `address` failed after acceptance; False when unknown."""
        cur = self.db.execute(
            "UPDATE outbox_recipients SET status='bounced', code=?, message=?, updated_at=?"
            " WHERE outbox_id=? AND lower(address)=lower(?)",
            (code, message, now.isoformat(), row_id, address))
        return cur.rowcount > 0

    # --- automatic-answer budget -----------------------------------------------------------

    def auto_answers_on(self, sender: str, day: str) -> int:
        r = self.db.one("SELECT count FROM auto_answers WHERE sender=? AND day=?",
                        (sender.lower(), day))
        return int(r["count"]) if r else 0

    def auto_answer_counted(self, sender: str, day: str) -> None:
        self.db.execute("INSERT INTO auto_answers (sender, day, count) VALUES (?,?,1)"
                        " ON CONFLICT(sender, day) DO UPDATE SET count = count + 1",
                        (sender.lower(), day))
