"""SQL of the monthly findings: the facts behind each draft, the months posted."""

from __future__ import annotations

from datetime import datetime

from cscbot.adapters.sqlite.base import Database
from cscbot.records import FindingsDraftRow, FindingsPostRow


class FindingsQueries:
    db: Database

    def findings_draft_add(self, *, draft_id: int, period: str, correction: int,
                           fingerprint: str, rating: str, rule: str, facts_json: str,
                           now: datetime) -> None:
        self.db.execute(
            "INSERT INTO findings_drafts (draft_id, period, correction, fingerprint, rating,"
            " rule, facts, created_at) VALUES (?,?,?,?,?,?,?,?)",
            (draft_id, period, correction, fingerprint, rating, rule, facts_json,
             now.isoformat()))

    def findings_draft_get(self, draft_id: int) -> FindingsDraftRow | None:
        r = self.db.one(_DRAFT_SELECT + " WHERE f.draft_id = ?", (draft_id,))
        return FindingsDraftRow(**dict(r)) if r else None

    def findings_drafts_for(self, period: str) -> list[FindingsDraftRow]:
        """Every findings draft of the month, oldest first, with its draft's status."""
        rows = self.db.all(_DRAFT_SELECT + " WHERE f.period = ? ORDER BY f.draft_id", (period,))
        return [FindingsDraftRow(**dict(r)) for r in rows]

    def findings_drafts_pending(self) -> list[FindingsDraftRow]:
        rows = self.db.all(_DRAFT_SELECT + " WHERE d.status = 'pending' ORDER BY f.draft_id")
        return [FindingsDraftRow(**dict(r)) for r in rows]

    def findings_post_add(self, *, period: str, correction: int, draft_id: int, rating: str,
                          met: int, total: int, fingerprint: str, outbox_key: str,
                          now: datetime) -> bool:
        """Record a post; False when this (month, correction) was posted before."""
        cur = self.db.execute(
            "INSERT INTO findings_posts (period, correction, draft_id, rating, met, total,"
            " fingerprint, outbox_key, approved_at) VALUES (?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (period, correction) DO NOTHING",
            (period, correction, draft_id, rating, met, total, fingerprint, outbox_key,
             now.isoformat()))
        return cur.rowcount == 1

    def findings_posts_for(self, period: str) -> list[FindingsPostRow]:
        rows = self.db.all("SELECT * FROM findings_posts WHERE period = ? ORDER BY correction",
                           (period,))
        return [FindingsPostRow(**dict(r)) for r in rows]


_DRAFT_SELECT = ("SELECT f.draft_id, f.period, f.correction, f.fingerprint, f.rating, f.rule,"
                 " f.facts, f.created_at, d.status FROM findings_drafts f"
                 " JOIN drafts d ON d.id = f.draft_id")
