"""The SQLite store (WAL): the embedded default and the only place SQL is written.

`SqliteStore` is assembled from one query class per part of the bot (outbox, drafts, notices,
journal, complaints, ...), each in its own module, all sharing one `Database` connection so a
state change and the mail it causes commit in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cscbot.adapters.sqlite.base import Database
from cscbot.adapters.sqlite.complaints import ComplaintQueries
from cscbot.adapters.sqlite.digest import DigestQueries
from cscbot.adapters.sqlite.drafts import DraftQueries
from cscbot.adapters.sqlite.findings import FindingsQueries
from cscbot.adapters.sqlite.journal import JournalQueries
from cscbot.adapters.sqlite.meetings import MeetingQueries
from cscbot.adapters.sqlite.notices import NoticeQueries
from cscbot.adapters.sqlite.outbox import OutboxQueries
from cscbot.adapters.sqlite.pti import PtiQueries
from cscbot.adapters.sqlite.rap import RapQueries


class _Discard(Exception):
    """Ends a dry run's transaction by rolling it back."""


class SqliteStore(
    OutboxQueries,
    DraftQueries,
    NoticeQueries,
    FindingsQueries,
    RapQueries,
    DigestQueries,
    PtiQueries,
    ComplaintQueries,
    JournalQueries,
    MeetingQueries,
):
    def __init__(self, path: Path | str, migrate: bool = True) -> None:
        self.db = Database(path)
        if migrate:
            self.db.migrate()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.db.transaction():
            yield

    @contextmanager
    def discarding(self) -> Iterator[None]:
        """Everything written inside is rolled back at the end (--dry-run)."""
        try:
            with self.db.transaction():
                yield
                raise _Discard
        except _Discard:
            pass

    def schema_version(self) -> int:
        return self.db.version()

    def close(self) -> None:
        self.db.close()
