"""SQL of PTI's month records, their per-metric results and added SLA catalogue versions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from cscbot.adapters.sqlite.base import Database
from cscbot.records import PtiMonthRow, PtiResultRow


class PtiQueries:
    db: Database

    # --- catalogue versions --------------------------------------------------------------

    def sla_version_put(self, *, key: str, effective_from: str, definition_json: str,
                        now: datetime) -> None:
        """Add (or replace) the version of `key` in force from `effective_from`."""
        self.db.execute(
            "INSERT INTO sla_versions (key, definition, effective_from, added_at)"
            " VALUES (?,?,?,?) ON CONFLICT(key, effective_from)"
            " DO UPDATE SET definition=excluded.definition, added_at=excluded.added_at",
            (key, definition_json, effective_from, now.isoformat()))

    def sla_versions(self) -> list[str]:
        """JSON of every stored version, oldest effective month first."""
        return [r["definition"] for r in
                self.db.all("SELECT definition FROM sla_versions ORDER BY effective_from, id")]

    # --- month records -------------------------------------------------------------------

    def pti_month_add(self, *, period: str, record_json: str, source: str,
                      results: Sequence[tuple[str, str, float | None, float | None]],
                      now: datetime) -> PtiMonthRow:
        """Store a new version of the month; the one it replaces becomes history."""
        self.db.execute("UPDATE pti_months SET superseded_at=? WHERE period=?"
                        " AND superseded_at IS NULL", (now.isoformat(), period))
        row = self.db.one("SELECT COALESCE(MAX(version), 0) + 1 FROM pti_months WHERE period=?",
                          (period,))
        version = int(row[0]) if row else 1
        cur = self.db.execute(
            "INSERT INTO pti_months (period, version, record, source, imported_at)"
            " VALUES (?,?,?,?,?)", (period, version, record_json, source, now.isoformat()))
        month_id = cur.lastrowid
        self.db.conn.executemany(
            "INSERT INTO pti_results (month_id, period, key, status, actual_pct, target_pct)"
            " VALUES (?,?,?,?,?,?)",
            [(month_id, period, key, status, actual, target)
             for key, status, actual, target in results])
        added = self.db.one("SELECT * FROM pti_months WHERE id=?", (month_id,))
        assert added is not None
        return self._month(added)

    def pti_month_current(self, period: str) -> PtiMonthRow | None:
        r = self.db.one("SELECT * FROM pti_months WHERE period=? AND superseded_at IS NULL",
                        (period,))
        return self._month(r) if r else None

    def pti_latest_period(self, upto: str) -> str | None:
        """The latest month PTI reported, at or before `upto` (YYYY-MM)."""
        r = self.db.one("SELECT MAX(period) FROM pti_months WHERE superseded_at IS NULL"
                        " AND period <= ?", (upto,))
        return str(r[0]) if r and r[0] else None

    def pti_month_versions(self, period: str) -> list[PtiMonthRow]:
        """Every import of the month, first first."""
        return [self._month(r) for r in
                self.db.all("SELECT * FROM pti_months WHERE period=? ORDER BY version",
                            (period,))]

    def pti_months(self, since: str | None = None, upto: str | None = None) -> list[PtiMonthRow]:
        """Current records of the months in [since, upto], oldest first."""
        return [self._month(r) for r in self.db.all(
            "SELECT * FROM pti_months WHERE superseded_at IS NULL"
            " AND period >= ? AND period <= ? ORDER BY period",
            (since or "0000-00", upto or "9999-99"))]

    def pti_results(self, key: str | None = None, upto: str | None = None,
                    since: str | None = None) -> list[PtiResultRow]:
        """Per-metric results of current records (one metric or all), oldest month first."""
        sql = ("SELECT r.* FROM pti_results r JOIN pti_months m ON m.id = r.month_id"
               " WHERE m.superseded_at IS NULL AND r.period <= ? AND r.period >= ?")
        params: list[Any] = [upto or "9999-99", since or "0000-00"]
        if key is not None:
            sql, params = sql + " AND r.key = ?", [*params, key]
        rows = self.db.all(sql + " ORDER BY r.key, r.period", params)
        return [PtiResultRow(key=r["key"], period=r["period"], status=r["status"],
                             actual_pct=r["actual_pct"], target_pct=r["target_pct"])
                for r in rows]

    @staticmethod
    def _month(r: Any) -> PtiMonthRow:
        return PtiMonthRow(**dict(r))
