"""SQL of drafts waiting for the secretariat's decision."""

from __future__ import annotations

from datetime import datetime

from cscbot.adapters.sqlite.base import Database
from cscbot.records import DraftRow


class DraftQueries:
    db: Database

    def draft_add(self, *, key: str, kind: str, subject_ref: str, title: str, mail_json: str,
                  now: datetime) -> int | None:
        """A new pending draft; None when one with this key exists already."""
        cur = self.db.execute(
            "INSERT INTO drafts (key, kind, subject_ref, title, mail, created_at)"
            " VALUES (?,?,?,?,?,?) ON CONFLICT(key) DO NOTHING",
            (key, kind, subject_ref, title, mail_json, now.isoformat()))
        return cur.lastrowid if cur.rowcount == 1 else None

    def draft_get(self, draft_id: int) -> DraftRow | None:
        r = self.db.one("SELECT * FROM drafts WHERE id = ?", (draft_id,))
        return DraftRow(**dict(r)) if r else None

    def draft_by_key(self, key: str) -> DraftRow | None:
        r = self.db.one("SELECT * FROM drafts WHERE key = ?", (key,))
        return DraftRow(**dict(r)) if r else None

    def drafts(self, status: str | None = None, kind: str | None = None) -> list[DraftRow]:
        sql, params = "SELECT * FROM drafts WHERE 1=1", list[str]()
        if status:
            sql, params = sql + " AND status = ?", [*params, status]
        if kind:
            sql, params = sql + " AND kind = ?", [*params, kind]
        return [DraftRow(**dict(r)) for r in self.db.all(sql + " ORDER BY id", params)]

    def draft_decide(self, draft_id: int, status: str, by: str, now: datetime,
                     reason: str | None = None) -> bool:
        """Move a pending (or approved) draft on; False when it was already decided."""
        cur = self.db.execute(
            "UPDATE drafts SET status=?, decided_at=?, decided_by=?, reason=?"
            " WHERE id=? AND status IN ('pending', 'approved') AND status != ?",
            (status, now.isoformat(), by, reason, draft_id, status))
        return cur.rowcount == 1
