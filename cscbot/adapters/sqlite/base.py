"""The SQLite connection: WAL mode, versioned migrations, one transaction at a time.

Migrations are the numbered `.sql` files in `migrations/`, applied in order; the number of the
last one applied is the database's `user_version`.  A database newer than this code is refused
rather than guessed at.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from cscbot.errors import StoreError, TransientError

log = logging.getLogger(__name__)

R = TypeVar("R")

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every migration shipped, in order."""
    folder = resources.files("cscbot.adapters.sqlite") / "migrations"
    found = []
    for entry in folder.iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found.append((int(m[1]), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _n, _s in found]
    if len(set(versions)) != len(versions):
        raise StoreError(f"two migrations share a number: {versions}")
    return found


class Database:
    """One connection, autocommit outside `transaction()`; nested transactions join the outer."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30.0,
                                        check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA busy_timeout=30000")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from exc
        self._depth = 0

    def migrate(self, upto: int | None = None) -> int:
        """Bring the schema to the newest (or `upto`) version; returns the version reached."""
        current = self.version()
        known = migrations()
        newest = known[-1][0] if known else 0
        if current > newest:
            raise StoreError(f"{self.path}: schema version {current} is newer than this cscbot "
                             f"knows ({newest}); upgrade cscbot")
        for version, name, sql in known:
            if version <= current or (upto is not None and version > upto):
                continue
            log.info("store: applying migration %s", name)
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                for statement in _statements(sql):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version={version}")
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self.conn.execute("ROLLBACK")
                raise StoreError(f"migration {name} failed: {exc}") from exc
            current = version
        return current

    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all (the outbox promise)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.execute("COMMIT")
            except BaseException:  # a COMMIT that fails leaves the transaction open
                self.conn.execute("ROLLBACK")
                raise
        finally:
            self._depth = 0

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        with translated_errors(self.path):
            return self.conn.execute(sql, params)

    def one(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        with translated_errors(self.path):
            row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
        return row

    def all(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        with translated_errors(self.path):
            return list(self.conn.execute(sql, params).fetchall())

    def close(self) -> None:
        self.conn.close()


@contextmanager
def translated_errors(path: str) -> Iterator[None]:
    """sqlite3 errors become ours: a busy or locked database is worth retrying later (the
    daemon's next round), anything else is a StoreError naming the file."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise TransientError(f"{path}: the store is busy ({exc}); retrying later") from exc
        raise StoreError(f"{path}: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: {exc}") from exc


def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (sqlite3.complete_statement knows the rules)."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip() and not buf.strip().startswith("--"):
        out.append(buf.strip())
    return out


def to_record(cls: type[R], row: sqlite3.Row, *, json_lists: Sequence[str] = (),
              json_values: Sequence[str] = (), flags: Sequence[str] = (),
              blobs: Sequence[str] = ()) -> R:
    """A store record from its row: JSON arrays to tuples, JSON objects decoded, 0/1 to bool,
    BLOBs (memoryview) to bytes; every other column as SQLite returns it."""
    d = dict(row)
    for name in json_lists:
        d[name] = tuple(json.loads(d[name]))
    for name in json_values:
        d[name] = json.loads(d[name])
    for name in flags:
        d[name] = bool(d[name])
    for name in blobs:
        if d[name] is not None:
            d[name] = bytes(d[name])
    return cls(**d)
