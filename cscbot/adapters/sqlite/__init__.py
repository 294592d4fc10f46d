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
from cscbot.adapters.sqlite.drafts import DraftQueries
from cscbot.adapters.sqlite.meetings import MeetingQueries
from cscbot.adapters.sqlite.notices import NoticeQueries
from cscbot.adapters.sqlite.outbox import OutboxQueries


class SqliteStore(OutboxQueries, DraftQueries, NoticeQueries, MeetingQueries):
    def __init__(self, path: Path | str, migrate: bool = True) -> None:
        self.db = Database(path)
        if migrate:
            self.db.migrate()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.db.transaction():
            yield

    def schema_version(self) -> int:
        return self.db.version()

    def close(self) -> None:
        self.db.close()
