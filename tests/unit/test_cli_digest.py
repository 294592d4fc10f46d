"""`cscbot digest` and `cscbot audit` on a real config and store."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from cscbot.adapters.sqlite import SqliteStore
from cscbot.cli import main


def _store_with_news(config_file: Path) -> None:
    store = SqliteStore(config_file.parent / "cscbot.sqlite3")
    now = datetime(2026, 11, 2, 7, 0, tzinfo=UTC)
    store.notice_add(kind="quarantine", ref="<q@x>", summary="unreadable mail", now=now)
    store.audit_add(sender="sec@csc.example.org", message_id="<r@x>", subject="Re: digest",
                    token_mail_id=None, command="approve D9", outcome="refused",
                    detail="no token", now=now)
    store.close()


def test_digest_dry_run_then_for_real(config_file: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    _store_with_news(config_file)
    assert main(["--config", str(config_file), "digest", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "== Quarantined mail (1) ==" in out and "dry run" in out
    assert main(["--config", str(config_file), "digest"]) == 0
    assert "digest digest:" in capsys.readouterr().out
    assert main(["--config", str(config_file), "digest"]) == 0
    assert "nothing new" in capsys.readouterr().out


def test_audit_lists_commands_since_a_date(config_file: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    _store_with_news(config_file)
    assert main(["--config", str(config_file), "audit"]) == 0
    out = capsys.readouterr().out
    assert "refused" in out and "'approve D9': no token" in out
    assert main(["--config", str(config_file), "audit", "--since", "2027-01-01"]) == 0
    assert "no commands recorded" in capsys.readouterr().out
