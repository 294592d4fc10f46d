"""The intake journal on the real SQLite store: a batch admits each message once, and the rows
it hands back without reading them are the rows the store holds."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from cscbot.adapters.sqlite import SqliteStore
from cscbot.records import JournalEntry, Verdict

NOW = datetime(2026, 2, 2, 12, 0, tzinfo=UTC)


def entry(uid: int, uidvalidity: int = 7, handled: Verdict | None = None,
          copy_of: int | None = None) -> JournalEntry:
    """Message number `uid` (or a copy of message `copy_of`) at that UID."""
    n = uid if copy_of is None else copy_of
    data = f"Message-ID: <m{n}@x>\r\n\r\nhi {n}".encode()
    return JournalEntry("INBOX", uidvalidity, str(uid), f"<m{n}@x>",
                        hashlib.sha256(data).hexdigest(), len(data), data, handled)


def test_new_rows_are_returned_as_stored() -> None:
    store = SqliteStore(":memory:")
    verdict = Verdict("list", "List-Id: l", "no handler for list")
    admitted = store.journal_admit_many([entry(1), entry(2, handled=verdict)], NOW)
    assert [fresh for _row, fresh in admitted] == [True, True]
    for row, _fresh in admitted:
        assert row == store.journal_get(row.id)
    assert [(r.status, r.kind, r.attempts) for r, _f in admitted] == [
        ("new", None, 0), ("handled", "list", 1)]


def test_a_message_is_admitted_once_by_place_by_identity_and_within_a_batch() -> None:
    store = SqliteStore(":memory:")
    (first, _f), = store.journal_admit_many([entry(1)], NOW)
    again = store.journal_admit_many([entry(1), entry(2), entry(3, copy_of=2)], NOW)
    assert again[0] == (first, False)
    (new, fresh_new), (copy, fresh_copy) = again[1:]
    assert fresh_new and not fresh_copy and copy.id == new.id
    moved = store.journal_admit_many([entry(1, uidvalidity=8)], NOW)  # UIDVALIDITY reset
    assert [(row.id, row.uidvalidity, row.seen_count, fresh) for row, fresh in moved] == [
        (first.id, 8, 2, False)]
    assert store.journal_counts() == {"new": 2}
