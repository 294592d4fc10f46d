"""The command line: check-config, check, --help without heavy imports, demo."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cscbot.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_check_config_accepts_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-config", str(ROOT / "config.toml")]) == 0
    assert "ok" in capsys.readouterr().out


@pytest.mark.parametrize(("text", "key"), [
    ('[bot]\nadress = "b@x.org"\n', "bot.adress"),
    ('[bot]\naddress = "b@x.org"\n[addresses]\ncsc_mailbox = "c@x.org"\n'
     'secretariat = ["s@x.org"]\nannounce = "bad address"\n', "addresses.announce"),
    ('[bot]\naddress = "b@x.org"\n', "addresses"),
])
def test_check_config_refuses_with_one_line_per_problem(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, key: str) -> None:
    path = tmp_path / "c.toml"
    path.write_text(text)
    assert main(["check-config", str(path)]) == 1
    err = capsys.readouterr().err
    assert key in err and str(path) in err


def test_check_is_healthy_after_setup(config_file: Path) -> None:
    from cscbot.adapters.sqlite import SqliteStore
    SqliteStore(config_file.parent / "cscbot.sqlite3").close()
    assert main(["--config", str(config_file), "check"]) == 0


def test_check_is_unhealthy_without_a_config(tmp_path: Path) -> None:
    assert main(["--config", str(tmp_path / "none.toml"), "check"]) == 1


def test_help_is_fast_and_light() -> None:
    code = ("import sys; from cscbot.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('aioimaplib', 'aiosmtplib', 'jinja2', 'bs4', 'apscheduler',"
            " 'sqlite3', 'sklearn', 'rapidfuzz') if m in sys.modules]\n"
            "print('HEAVY', heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert "HEAVY []" in out
    assert "check-config" in out


def test_once_runs_a_job(config_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(config_file), "once", "intake"]) == 0
    assert "intake:" in capsys.readouterr().out
    assert main(["--config", str(config_file), "once", "no-such-job"]) == 1


def test_demo_plays_the_month_on_the_embedded_default(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from cscbot.adapters.sqlite import SqliteStore
    assert main(["demo", "--dir", str(tmp_path / "d")]) == 0
    out = capsys.readouterr().out
    assert not list((tmp_path / "d" / "Maildir" / "new").iterdir())  # every message settled
    store = SqliteStore(tmp_path / "d" / "cscbot.sqlite3")
    try:
        sent = {r.kind: [x for x in store.outbox_list() if x.kind == r.kind]
                for r in store.outbox_list()}
        acked = {r.recipients[0] for r in sent["ack"]}
        assert len(acked) == 6  # six complaints; the follow-up attached, no second ack
        assert "mallory@attacker.example" not in acked  # the forged reply is not answered
        assert "jane@member.example" not in acked  # nor the auto-reply
        (post,) = sent["findings"]  # posted once, on the secretariat's approval
        assert post.recipients == ("csc-announce@csc.example.org",)
        assert b"Satisfactory" in post.data
        assert len(sent["reminder"]) == 3  # 7 days, 1 day, the morning of the meeting
        refused = [a for a in store.audit() if a.outcome == "refused"]
        assert [a.sender for a in refused] == ["mallory@attacker.example"]
        assert [r.status for r in store.outbox_list()] == ["sent"] * len(store.outbox_list())
    finally:
        store.close()
    for words in ("K1 systemic", "PTI met 63 of 64 thresholds (98.4 %)",
                  "D1 CSC findings for October 2026: sent",
                  "not answered: 04-auto-reply", "Mail out:"):
        assert words in out
