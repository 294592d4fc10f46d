"""SQL of the intake journal: admit each message once, record what became of it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from cscbot.adapters.sqlite.base import Database, to_record
from cscbot.records import JournalEntry, JournalRow, Verdict


def _row(r: Any) -> JournalRow:
    return to_record(JournalRow, r, blobs=("data",))


_ROWS_PER_INSERT = 500
"""Rows per INSERT statement (14 parameters each, well under SQLite's 32,766)."""


def _fresh_row(entry_id: int, e: JournalEntry, stamp: str) -> JournalRow:
    """The row `_insert` just wrote for `e`, without reading it back."""
    v = e.handled
    if v is None:
        return JournalRow(entry_id, e.mailbox, e.uidvalidity, e.uid, e.message_id, e.sha256,
                          e.size, e.data, None, None, "new", 0, None, None, 1, stamp, None)
    return JournalRow(entry_id, e.mailbox, e.uidvalidity, e.uid, e.message_id, e.sha256, e.size,
                      e.data, v.kind, v.reason, "handled", 1, None, v.outcome, 1, stamp, stamp)


class JournalQueries:
    db: Database

    def journal_admit(self, *, mailbox: str, uidvalidity: int, uid: str, message_id: str,
                      sha256: str, size: int, data: bytes | None, now: datetime) -> JournalRow:
        """The journal row of this message, written now when it is new.

        Known by its place (mailbox, UIDVALIDITY, UID): returned as is.  Known by Message-ID and
        hash at another place (UIDVALIDITY reset, a second copy): the row moves to the new place
        and is returned, so what was done is not done again.
        """
        r = self.db.one("SELECT * FROM journal WHERE (mailbox=? AND uidvalidity=? AND uid=?)"
                        " OR (message_id=? AND sha256=?) ORDER BY id LIMIT 1",
                        (mailbox, uidvalidity, uid, message_id, sha256))
        if r is not None and (r["mailbox"], r["uidvalidity"], r["uid"]) == (
                mailbox, uidvalidity, uid):
            return _row(r)
        if r is not None:
            self.db.execute("UPDATE journal SET mailbox=?, uidvalidity=?, uid=?,"
                            " seen_count=seen_count+1 WHERE id=?",
                            (mailbox, uidvalidity, uid, r["id"]))
            found = self.journal_get(int(r["id"]))
            assert found is not None
            return found
        cur = self.db.execute(
            "INSERT INTO journal (mailbox, uidvalidity, uid, message_id, sha256, size, data,"
            " received_at) VALUES (?,?,?,?,?,?,?,?)",
            (mailbox, uidvalidity, uid, message_id, sha256, size, data, now.isoformat()))
        return JournalRow(int(cur.lastrowid or 0), mailbox, uidvalidity, uid, message_id, sha256,
                          size, data, None, None, "new", 0, None, None, 1, now.isoformat(), None)

    def journal_admit_many(self, entries: Sequence[JournalEntry], now: datetime,
                           ) -> list[tuple[JournalRow, bool]]:
        """`journal_admit` for a batch: one insert writes the new ones and skips the known.

        Each entry's row, and whether it was admitted now; a new entry with a `handled`
        verdict is written as handled.
        """
        if not entries:
            return []
        stamp = now.isoformat()
        inserted = self._insert(entries, stamp)
        # what was not inserted is known (by place or identity, from before or earlier in this
        # batch): journal_admit returns its row and moves it to its new place
        return [(_fresh_row(inserted[key], e, stamp), True)
                if (key := (e.mailbox, e.uidvalidity, e.uid)) in inserted
                else (self.journal_admit(mailbox=e.mailbox, uidvalidity=e.uidvalidity, uid=e.uid,
                                         message_id=e.message_id, sha256=e.sha256, size=e.size,
                                         data=e.data, now=now), False)
                for e in entries]

    def _insert(self, entries: Sequence[JournalEntry], stamp: str,
                ) -> dict[tuple[str, int, str], int]:
        """One multi-row INSERT per slice, skipping every row whose place or identity is
        already in the journal (unique constraints); the new ids by place (RETURNING)."""
        ids: dict[tuple[str, int, str], int] = {}
        for start in range(0, len(entries), _ROWS_PER_INSERT):
            part = entries[start:start + _ROWS_PER_INSERT]
            params: list[Any] = []
            for e in part:
                v = e.handled
                params += (e.mailbox, e.uidvalidity, e.uid, e.message_id, e.sha256, e.size,
                           e.data, stamp) + (
                    (v.kind, v.reason, "handled", 1, v.outcome, stamp) if v is not None
                    else (None, None, "new", 0, None, None))
            for r in self.db.execute(
                    "INSERT INTO journal (mailbox, uidvalidity, uid, message_id, sha256, size,"
                    " data, received_at, kind, reason, status, attempts, outcome, handled_at)"
                    " VALUES " + ",".join(["(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"] * len(part))
                    + " ON CONFLICT DO NOTHING RETURNING id, mailbox, uidvalidity, uid",
                    params):
                ids[(r[1], r[2], r[3])] = r[0]
        return ids

    def journal_get(self, entry_id: int) -> JournalRow | None:
        r = self.db.one("SELECT * FROM journal WHERE id=?", (entry_id,))
        return _row(r) if r else None

    def journal_list(self, status: str | None = None, limit: int = 1000) -> list[JournalRow]:
        if status:
            rows = self.db.all("SELECT * FROM journal WHERE status=? ORDER BY id DESC LIMIT ?",
                               (status, limit))
        else:
            rows = self.db.all("SELECT * FROM journal ORDER BY id DESC LIMIT ?", (limit,))
        return [_row(r) for r in rows]

    def journal_counts(self) -> dict[str, int]:
        """Messages per status."""
        return {r[0]: int(r[1]) for r in
                self.db.all("SELECT status, count(*) FROM journal GROUP BY status")}

    def journal_mark_handled(self, entry_id: int, *, kind: str, reason: str, outcome: str,
                             now: datetime) -> None:
        self.journal_mark_handled_many([(entry_id, Verdict(kind, reason, outcome))], now)

    def journal_mark_handled_many(self, marks: Sequence[tuple[int, Verdict]], now: datetime,
                                  ) -> None:
        """`journal_mark_handled` for a batch, in one prepared statement."""
        stamp = now.isoformat()
        self.db.conn.executemany(
            "UPDATE journal SET status='handled', kind=?, reason=?, outcome=?,"
            " attempts=attempts+1, handled_at=? WHERE id=?",
            [(v.kind, v.reason, v.outcome, stamp, entry_id) for entry_id, v in marks])

    def journal_mark_failed(self, entry_id: int, *, kind: str, reason: str, error: str,
                            quarantine: bool, now: datetime) -> None:
        """One more failed attempt; quarantined when `quarantine` (no more retries)."""
        self.db.execute("UPDATE journal SET status=?, kind=?, reason=?, error=?,"
                        " attempts=attempts+1, handled_at=? WHERE id=?",
                        ("quarantined" if quarantine else "new", kind, reason, error,
                         now.isoformat() if quarantine else None, entry_id))

    def journal_quarantine(self, entry_id: int, *, reason: str, now: datetime) -> None:
        """Quarantined without being read or handled (e.g. over the size limit)."""
        self.db.execute("UPDATE journal SET status='quarantined', kind='quarantined', reason=?,"
                        " handled_at=? WHERE id=?", (reason, now.isoformat(), entry_id))

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Inside a transaction: undo only what was written within, when it raises."""
        self.db.execute("SAVEPOINT one_message")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK TO one_message")
            self.db.execute("RELEASE one_message")
            raise
        else:
            self.db.execute("RELEASE one_message")
