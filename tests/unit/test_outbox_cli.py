"""`cscbot outbox`: list by state, show, retry a dead letter; --dry-run changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from cscbot.adapters.sqlite import SqliteStore
from cscbot.cli import main
from cscbot.config import load
from cscbot.domain.outgoing import OutgoingMail
from cscbot.render import Renderer
from cscbot.services.context import Context
from cscbot.services.mailer import queue_mail

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture
def with_mail(config_file: Path) -> Path:
    """One sent, one dead mail in the store of `config_file`."""
    settings = load(config_file)
    store = SqliteStore(settings.storage.path)
    ctx = Context(settings, store, Renderer())
    for key in ("digest:2026-11-20", "ack:CSC-2026-0007"):
        queue_mail(ctx, OutgoingMail(key=key, kind="ack", to=("a@reg.example",),
                                     subject=f"About {key}", text="Hello\n"), NOW)
    rows = {r.key: r for r in store.outbox_list()}
    store.outbox_mark_sent(rows["digest:2026-11-20"].id, NOW)
    store.outbox_mark_failed(rows["ack:CSC-2026-0007"].id, "550 5.1.1 no such user", NOW,
                             dead=True)
    store.close()
    return config_file


def run(config: Path, *argv: str) -> int:
    return main(["--config", str(config), *argv])


def test_lists_by_state(with_mail: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(with_mail, "outbox") == 0
    out = capsys.readouterr().out
    assert "digest:2026-11-20" in out and "ack:CSC-2026-0007" in out
    assert run(with_mail, "outbox", "--status", "dead") == 0
    out = capsys.readouterr().out
    assert "ack:CSC-2026-0007" in out and "550 5.1.1" in out and "digest:" not in out


def test_retry_a_dead_letter(with_mail: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(with_mail, "outbox", "retry", "ack:CSC-2026-0007", "--dry-run") == 0
    assert run(with_mail, "outbox", "--status", "dead") == 0
    assert "ack:CSC-2026-0007" in capsys.readouterr().out  # the dry run changed nothing
    assert run(with_mail, "outbox", "retry", "ack:CSC-2026-0007") == 0
    assert run(with_mail, "outbox", "--status", "queued") == 0
    assert "ack:CSC-2026-0007" in capsys.readouterr().out
    assert run(with_mail, "outbox", "retry", "digest:2026-11-20") == 1  # sent: nothing to do


def test_show_one_mail(with_mail: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(with_mail, "outbox", "show", "ack:CSC-2026-0007") == 0
    out = capsys.readouterr().out
    assert "a@reg.example: pending" in out and "Subject: About ack:CSC-2026-0007" in out


def test_once_outbox_dry_run_shows_and_sends_nothing(
        with_mail: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(with_mail, "outbox", "retry", "ack:CSC-2026-0007")
    capsys.readouterr()
    assert run(with_mail, "once", "outbox", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "dry run: would send" in out and "Subject: About ack:CSC-2026-0007" in out
    assert not list((with_mail.parent / "outbox").glob("*.eml"))
    assert run(with_mail, "outbox", "--status", "queued") == 0
    assert "ack:CSC-2026-0007" in capsys.readouterr().out
    assert run(with_mail, "once", "outbox") == 0
    assert len(list((with_mail.parent / "outbox").glob("*.eml"))) == 1


def test_intake_cannot_be_dry_run(config_file: Path) -> None:
    assert run(config_file, "once", "intake", "--dry-run") == 1
