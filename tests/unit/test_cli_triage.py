"""`cscbot triage`: every archived message accounted for, one JSON object each, nothing sent."""

from __future__ import annotations

import json
import mailbox
import shutil
from pathlib import Path

import pytest

from cscbot.cli import main

MIME = Path(__file__).resolve().parents[1] / "data" / "mime"


def test_triage_of_files_folders_maildirs_and_mbox(tmp_path: Path, config_file: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    shutil.copy(MIME / "06-dsn.eml", maildir / "new" / "1.dsn")
    box = mailbox.mbox(str(tmp_path / "archive.mbox"))
    for name in ("11-out-of-office.eml", "13-list-mail.eml"):
        box.add((MIME / name).read_bytes())
    box.close()
    code = main(["--config", str(config_file), "triage", "--json", str(MIME / "14-pti-report.eml"),
                 str(MIME), str(maildir), str(tmp_path / "archive.mbox")])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0
    corpus = len(list(MIME.glob("*.eml")))
    assert len(records) == 1 + corpus + 1 + 2
    assert all(set(r) == {"path", "kind", "reason", "cluster"} for r in records)
    by_path = {r["path"]: r for r in records}
    assert by_path[str(MIME / "14-pti-report.eml")]["kind"] == "pti_report"
    assert by_path[str(maildir / "new" / "1.dsn")]["kind"] == "bounce"
    assert [by_path[f"{tmp_path / 'archive.mbox'}:{i}"]["kind"] for i in (0, 1)] == [
        "auto_reply", "list"]
    assert by_path[str(MIME / "09-garbage.eml")]["kind"] in ("other", "quarantined")
    assert not (config_file.parent / "outbox").exists()  # nothing queued or written


def test_triage_names_a_missing_input_and_fails(config_file: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--config", str(config_file), "triage", str(tmp_path / "nope.eml")])
    assert code == 1
    assert "no such file" in capsys.readouterr().out


def test_import_backfills_an_mbox_since_a_date(tmp_path: Path, config_file: Path) -> None:
    box = mailbox.mbox(str(tmp_path / "old.mbox"))
    for day in (1, 20):
        box.add(f"From: ops@registry.example\nTo: csc@csc.example.org\nSubject: day {day}\n"
                f"Message-ID: <d{day}@registry.example>\n"
                f"Date: {day:02d} Jan 2026 10:00:00 +0000\n\nThe check was slow.\n".encode())
    box.close()
    assert main(["--config", str(config_file), "import", str(tmp_path / "old.mbox"),
                 "--since", "2026-01-10"]) == 0
    from cscbot.adapters.sqlite import SqliteStore
    store = SqliteStore(config_file.parent / "cscbot.sqlite3")
    rows = store.journal_list()
    complaints = store.complaints_since(None)
    queued = store.outbox_list()
    notices = store.notices("refusal")
    store.close()
    assert [r.message_id for r in rows] == ["<d20@registry.example>"]
    assert [c.message_id for c in complaints] == ["<d20@registry.example>"]  # recorded ...
    assert complaints[0].received_at.startswith("2026-01-20")  # ... in its own month ...
    assert queued == []  # ... but its sender is not acknowledged months later
    assert notices == []  # and the digest is not filled with "no ack" for old mail
