"""SQL of complaints and their clusters: records, inverted index, months, events, flags."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from cscbot.adapters.sqlite.base import Database, to_record
from cscbot.records import (
    ClusterEventRow,
    ClusterFlagRow,
    ClusterRow,
    ComplaintMessageRow,
    ComplaintRow,
)


class ComplaintQueries:
    db: Database

    # --- complaints -----------------------------------------------------------------------

    def complaint_next_number(self, year: int) -> int:
        """The next number of the year's counter (call inside the transaction that uses it)."""
        row = self.db.one(
            "INSERT INTO complaint_counters (year, last) VALUES (?, 1)"
            " ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last", (year,))
        assert row is not None
        return int(row[0])

    def complaint_add(self, *, ref: str, message_id: str, sender: str, sender_name: str,
                      organisation: str, registry: str, tlds: Sequence[str],
                      tickets: Sequence[str], subject: str, language: str, new_text: str,
                      profile: str, received_at: datetime, cluster_id: int) -> ComplaintRow:
        cur = self.db.execute(
            "INSERT INTO complaints (ref, message_id, sender, sender_name, organisation,"
            " registry, tlds, tickets, subject, language, new_text, profile, received_at,"
            " cluster_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (ref, message_id, sender, sender_name, organisation, registry,
             json.dumps(list(tlds)), json.dumps(list(tickets)), subject, language, new_text,
             profile, received_at.isoformat(), cluster_id))
        row = self.db.one("SELECT * FROM complaints WHERE id=?", (cur.lastrowid,))
        return _complaint(row)

    def complaint_get(self, ref: str) -> ComplaintRow | None:
        row = self.db.one("SELECT * FROM complaints WHERE ref=?", (ref,))
        return _complaint(row) if row else None

    def complaint_by_message(self, message_ids: Sequence[str]) -> ComplaintRow | None:
        """The complaint any of these Message-IDs belongs to (complaint, ack or follow-up)."""
        ids = [m for m in message_ids if m]
        if not ids:
            return None
        marks = ",".join("?" * len(ids))
        row = self.db.one(
            f"SELECT c.* FROM complaint_messages m JOIN complaints c ON c.id = m.complaint_id"
            f" WHERE m.message_id IN ({marks}) ORDER BY c.id LIMIT 1", ids)
        return _complaint(row) if row else None

    def complaint_link_message(self, *, message_id: str, complaint_id: int, role: str,
                               sender: str, now: datetime) -> bool:
        cur = self.db.execute(
            "INSERT INTO complaint_messages (message_id, complaint_id, role, sender, at)"
            " VALUES (?,?,?,?,?) ON CONFLICT(message_id) DO NOTHING",
            (message_id, complaint_id, role, sender, now.isoformat()))
        return cur.rowcount == 1

    def complaint_messages(self, complaint_id: int | None = None, role: str | None = None,
                           since: datetime | None = None) -> list[ComplaintMessageRow]:
        where, params = _where(("complaint_id", complaint_id), ("role", role))
        if since is not None:
            where.append("at > ?")
            params.append(since.isoformat())
        rows = self.db.all("SELECT * FROM complaint_messages"
                           + (" WHERE " + " AND ".join(where) if where else "")
                           + " ORDER BY at, message_id", params)
        return [ComplaintMessageRow(**dict(r)) for r in rows]

    def complaints_of_cluster(self, cluster_id: int, since: datetime | None = None,
                              latest: int | None = None) -> list[ComplaintRow]:
        """Members in arrival order; `since` and `latest` (the last n) bound what is read."""
        sql = "SELECT * FROM complaints WHERE cluster_id=? AND received_at >= ?"
        params: list[Any] = [cluster_id, since.isoformat() if since else ""]
        if latest is not None:
            sql += " ORDER BY received_at DESC, id DESC LIMIT ?"
            params.append(latest)
            return [_complaint(r) for r in reversed(self.db.all(sql, params))]
        return [_complaint(r) for r in self.db.all(sql + " ORDER BY received_at, id", params)]

    def complaints_since(self, since: datetime | None) -> list[ComplaintRow]:
        rows = self.db.all("SELECT * FROM complaints WHERE received_at > ? ORDER BY id",
                           ((since.isoformat() if since else ""),))
        return [_complaint(r) for r in rows]

    def complaint_set_cluster(self, ref: str, cluster_id: int, placed_by: str) -> None:
        self.db.execute("UPDATE complaints SET cluster_id=?, placed_by=? WHERE ref=?",
                        (cluster_id, placed_by, ref))

    def complaints_move_cluster(self, source: int, target: int) -> int:
        cur = self.db.execute("UPDATE complaints SET cluster_id=? WHERE cluster_id=?",
                              (target, source))
        return cur.rowcount

    def complaint_set_status(self, ref: str, status: str, reason: str | None) -> None:
        self.db.execute("UPDATE complaints SET status=?, reason=? WHERE ref=?",
                        (status, reason, ref))

    # --- clusters -------------------------------------------------------------------------

    def cluster_add(self, *, label: str, signature: str, now: datetime) -> int:
        cur = self.db.execute(
            "INSERT INTO clusters (label, signature, created_at, updated_at) VALUES (?,?,?,?)",
            (label, signature, now.isoformat(), now.isoformat()))
        assert cur.lastrowid is not None
        return cur.lastrowid

    def cluster_get(self, cluster_id: int) -> ClusterRow | None:
        row = self.db.one("SELECT * FROM clusters WHERE id=?", (cluster_id,))
        return _cluster(row) if row else None

    def clusters(self, status: str | None = None) -> list[ClusterRow]:
        where, params = _where(("status", status))
        rows = self.db.all("SELECT * FROM clusters"
                           + (" WHERE " + " AND ".join(where) if where else "")
                           + " ORDER BY id", params)
        return [_cluster(r) for r in rows]

    def cluster_candidates(self, keys: Sequence[str], limit: int) -> list[ClusterRow]:
        """Open clusters sharing the most index keys with a profile, best first."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rows = self.db.all(
            f"SELECT c.* FROM (SELECT cluster_id, COUNT(*) AS hits FROM cluster_postings"
            f" WHERE key IN ({marks}) GROUP BY cluster_id) p JOIN clusters c ON c.id ="
            f" p.cluster_id WHERE c.status='open' ORDER BY p.hits DESC, c.id LIMIT ?",
            [*keys, limit])
        return [_cluster(r) for r in rows]

    def cluster_save(self, cluster_id: int, *, signature: str, size: int, label: str | None,
                     postings: Sequence[str], now: datetime) -> None:
        """Store a cluster's new centre, size, label (None: keep) and index keys."""
        self.db.execute(
            "UPDATE clusters SET signature=?, size=?, label=COALESCE(?, label), updated_at=?"
            " WHERE id=?", (signature, size, label, now.isoformat(), cluster_id))
        self.db.execute("DELETE FROM cluster_postings WHERE cluster_id=?", (cluster_id,))
        self.db.conn.executemany("INSERT INTO cluster_postings (key, cluster_id) VALUES (?,?)",
                                 [(k, cluster_id) for k in postings])

    def cluster_rename(self, cluster_id: int, label: str, now: datetime) -> None:
        self.db.execute("UPDATE clusters SET label=?, label_locked=1, updated_at=? WHERE id=?",
                        (label, now.isoformat(), cluster_id))

    def cluster_set_status(self, cluster_id: int, status: str, *, reason: str | None = None,
                           merged_into: int | None = None, now: datetime) -> None:
        self.db.execute("UPDATE clusters SET status=?, reason=?, merged_into=?, updated_at=?"
                        " WHERE id=?", (status, reason, merged_into, now.isoformat(), cluster_id))

    def cluster_month_add(self, cluster_id: int, month: str) -> bool:
        """Count a complaint in a month; True when the month is new for the cluster."""
        cur = self.db.execute(
            "INSERT INTO cluster_months (cluster_id, month, count) VALUES (?,?,1)"
            " ON CONFLICT(cluster_id, month) DO UPDATE SET count = count + 1"
            " RETURNING count", (cluster_id, month))
        row = cur.fetchone()
        return row is not None and int(row[0]) == 1

    def cluster_months(self, cluster_id: int, since: str = "") -> dict[str, int]:
        """Complaint counts per month (YYYY-MM) from `since` on."""
        return {r["month"]: int(r["count"]) for r in self.db.all(
            "SELECT month, count FROM cluster_months WHERE cluster_id=? AND month >= ?"
            " ORDER BY month", (cluster_id, since))}

    def cluster_months_rebuild(self, cluster_id: int) -> None:
        self.db.execute("DELETE FROM cluster_months WHERE cluster_id=?", (cluster_id,))
        self.db.execute(
            "INSERT INTO cluster_months (cluster_id, month, count) SELECT cluster_id,"
            " substr(received_at, 1, 7), COUNT(*) FROM complaints WHERE cluster_id=?"
            " GROUP BY 1, 2", (cluster_id,))

    def cluster_event_add(self, *, cluster_id: int, kind: str, summary: str, by: str,
                          now: datetime) -> None:
        self.db.execute("INSERT INTO cluster_events (cluster_id, kind, summary, by, at)"
                        " VALUES (?,?,?,?,?)", (cluster_id, kind, summary, by, now.isoformat()))

    def cluster_events(self, since: datetime | None = None,
                       cluster_id: int | None = None) -> list[ClusterEventRow]:
        rows = self._of_cluster_since("cluster_events", cluster_id, since, "id")
        return [ClusterEventRow(**dict(r)) for r in rows]

    def cluster_flag_set(self, *, cluster_id: int, kind: str, summary: str,
                         evidence: dict[str, Any], now: datetime) -> bool:
        """Record (or update) a flag; True when it is new or its summary changed."""
        old = self.db.one("SELECT summary FROM cluster_flags WHERE cluster_id=? AND kind=?",
                          (cluster_id, kind))
        self.db.execute(
            "INSERT INTO cluster_flags (cluster_id, kind, summary, evidence, at)"
            " VALUES (?,?,?,?,?) ON CONFLICT(cluster_id, kind) DO UPDATE SET"
            " summary=excluded.summary, evidence=excluded.evidence, at=excluded.at"
            " WHERE summary != excluded.summary",
            (cluster_id, kind, summary, json.dumps(evidence, sort_keys=True), now.isoformat()))
        return old is None or old[0] != summary

    def cluster_flags(self, cluster_id: int | None = None,
                      since: datetime | None = None) -> list[ClusterFlagRow]:
        rows = self._of_cluster_since("cluster_flags", cluster_id, since, "cluster_id, kind")
        return [to_record(ClusterFlagRow, r, json_values=("evidence",)) for r in rows]

    def _of_cluster_since(self, table: str, cluster_id: int | None, since: datetime | None,
                          order: str) -> list[Any]:
        """Rows of a per-cluster log (events, flags), of one cluster and/or after `since`."""
        where, params = _where(("cluster_id", cluster_id))
        if since is not None:
            where.append("at > ?")
            params.append(since.isoformat())
        return self.db.all(f"SELECT * FROM {table}"
                           + (" WHERE " + " AND ".join(where) if where else "")
                           + f" ORDER BY {order}", params)


def _where(*pairs: tuple[str, Any]) -> tuple[list[str], list[Any]]:
    where, params = [], []
    for column, value in pairs:
        if value is not None:
            where.append(f"{column}=?")
            params.append(value)
    return where, params


def _complaint(r: Any) -> ComplaintRow:
    return to_record(ComplaintRow, r, json_lists=("tlds", "tickets"))


def _cluster(r: Any) -> ClusterRow:
    return to_record(ClusterRow, r, flags=("label_locked",))
