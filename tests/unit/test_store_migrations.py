"""Schema migrations: a fresh database and an old one both reach the current schema."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cscbot.adapters.sqlite import SqliteStore
from cscbot.adapters.sqlite.base import Database, migrations
from cscbot.errors import StoreError

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def _schema(path: Path) -> set[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        indexes = {(r[0], r[1]) for r in conn.execute(  # the journal's admission relies on them
            "SELECT name, sql FROM sqlite_master WHERE type='index'")}
        return {(t, c[1]) for t in tables for c in conn.execute(f"PRAGMA table_info({t})")} \
            | indexes
    finally:
        conn.close()


def test_fresh_database_reaches_newest_version(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.db")
    assert store.schema_version() == migrations()[-1][0]
    mode = store.db.one("PRAGMA journal_mode")
    assert mode is not None and mode[0] == "wal"
    store.close()


@pytest.mark.parametrize("start", [v for v, _n, _s in migrations()])
def test_old_database_upgrades_to_same_schema(tmp_path: Path, start: int) -> None:
    old = Database(tmp_path / "old.db")
    old.migrate(upto=start)
    assert old.version() == start
    if start == 1:  # data written under the old schema survives the upgrades
        old.execute("INSERT INTO meta (key, value) VALUES ('kept', 'yes')")
    old.close()
    SqliteStore(tmp_path / "old.db").close()
    SqliteStore(tmp_path / "fresh.db").close()
    assert _schema(tmp_path / "old.db") == _schema(tmp_path / "fresh.db")
    if start == 1:
        db = Database(tmp_path / "old.db")
        assert db.one("SELECT value FROM meta WHERE key='kept'")[0] == "yes"  # type: ignore[index]
        db.close()


def test_newer_database_is_refused(tmp_path: Path) -> None:
    db = Database(tmp_path / "s.db")
    db.execute("PRAGMA user_version=9999")
    db.close()
    with pytest.raises(StoreError, match="newer than this cscbot"):
        SqliteStore(tmp_path / "s.db")


def test_transaction_rolls_back_state_and_mail_together(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.db")
    with pytest.raises(RuntimeError), store.transaction():
        store.notice_add(kind="k", ref="r", summary="s", now=NOW)
        store.outbox_add(key="k1", kind="ack", message_id="<m@x>", sender="b@x.org",
                         recipients=("a@x.org",), subject="s", data=b"x", now=NOW)
        raise RuntimeError("crash between the state change and the commit")
    assert store.notices() == [] and store.outbox_list() == []
    store.close()


def test_outbox_key_is_idempotent(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.db")
    kw = dict(kind="ack", sender="b@x.org", recipients=("a@x.org",), subject="s", data=b"x",
              now=NOW)
    assert store.outbox_add(key="ack:1", message_id="<1@x>", **kw)  # type: ignore[arg-type]
    assert not store.outbox_add(key="ack:1", message_id="<1@x>", **kw)  # type: ignore[arg-type]
    assert len(store.outbox_list()) == 1
    store.close()


def test_outbox_rows_before_0020_get_their_recipients(tmp_path: Path) -> None:
    old = Database(tmp_path / "old.db")
    old.migrate(upto=1)
    for key, status in (("a", "queued"), ("b", "sent")):
        old.execute("INSERT INTO outbox (key, kind, message_id, sender, recipients, subject,"
                    " data, status, next_attempt_at, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (key, "ack", f"<{key}@x>", "b@x.org", '["r1@x.org", "r2@x.org"]', "s",
                     b"", status, NOW.isoformat(), NOW.isoformat()))
    old.close()
    store = SqliteStore(tmp_path / "old.db")
    queued, sent = (store.outbox_get(k) for k in ("a", "b"))
    assert queued is not None and sent is not None
    assert store.outbox_pending_recipients(queued.id) == ("r1@x.org", "r2@x.org")
    assert {r.status for r in store.outbox_recipients(sent.id)} == {"accepted"}
    store.close()


def test_a_locked_store_is_a_transient_error_naming_the_file(tmp_path: Path) -> None:
    from cscbot.errors import TransientError
    store = SqliteStore(tmp_path / "s.db")
    other = sqlite3.connect(tmp_path / "s.db", timeout=0)
    other.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
    store.db.conn.execute("PRAGMA busy_timeout=50")
    with pytest.raises(TransientError, match=r"s\.db: the store is busy"):
        store.notice_add(kind="k", ref="r", summary="s", now=NOW)
    with pytest.raises(TransientError, match="busy"), store.transaction():
        pass
    other.rollback()
    other.close()
    store.close()


def test_a_broken_query_is_a_store_error(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.db")
    with pytest.raises(StoreError, match="no such table"):
        store.db.all("SELECT * FROM nothing_here")
    store.close()
