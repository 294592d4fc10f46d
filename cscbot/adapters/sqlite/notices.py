"""SQL of notices: what the next secretariat digest must report."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from cscbot.adapters.sqlite.base import Database, to_record
from cscbot.records import NoticeRow


class NoticeQueries:
    db: Database

    def notice_add(self, *, kind: str, ref: str, summary: str, now: datetime,
                   details: dict[str, Any] | None = None) -> bool:
        """Record a notice once per (kind, ref)."""
        cur = self.db.execute(
            "INSERT INTO notices (kind, ref, summary, details, created_at) VALUES (?,?,?,?,?)"
            " ON CONFLICT(kind, ref) DO NOTHING",
            (kind, ref, summary, json.dumps(details or {}, sort_keys=True), now.isoformat()))
        return cur.rowcount == 1

    def notices_unreported(self) -> list[NoticeRow]:
        return [self._notice(r) for r in
                self.db.all("SELECT * FROM notices WHERE digest_id IS NULL ORDER BY id")]

    def notices(self, kind: str | None = None) -> list[NoticeRow]:
        if kind:
            rows = self.db.all("SELECT * FROM notices WHERE kind=? ORDER BY id", (kind,))
        else:
            rows = self.db.all("SELECT * FROM notices ORDER BY id")
        return [self._notice(r) for r in rows]

    def notices_mark_reported(self, ids: list[int], digest_id: int) -> None:
        self.db.conn.executemany("UPDATE notices SET digest_id=? WHERE id=?",
                                 [(digest_id, i) for i in ids])

    @staticmethod
    def _notice(r: Any) -> NoticeRow:
        return to_record(NoticeRow, r, json_values=("details",))
