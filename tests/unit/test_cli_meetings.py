"""`cscbot schedule`, `cscbot meetings` and `cscbot once reminders` on a config with a set clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from cscbot.cli import main

CONFIG = """\
[bot]
address = "csc-bot@csc.example.org"
[addresses]
csc_mailbox = "csc@csc.example.org"
secretariat = ["secretariat@csc.example.org"]
announce = "csc-announce@csc.example.org"
members = ["members@csc.example.org"]
[storage]
path = "store.sqlite3"
[meetings]
rotation_utc = ["02:00", "10:00", "18:00"]
weekday_policy = "nearest_wednesday"
first_number = 100
first_month = "2026-01"
[[meetings.overrides]]
month = "2026-12"
moved_to = "2026-12-10T18:00Z"
note = "moved for the holidays"
[[meetings.overrides]]
month = "2027-02"
cancelled = true
[digest]
days = ["mon"]
[daemon]
clock_start = "2026-12-03T06:00Z"
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG)
    return path


def test_schedule_lists_reminders_and_digests(config: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(config), "schedule", "--days", "8"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("What cscbot sends from Thu 2026-12-03 06:00 UTC")
    assert "reminder:2026-12-10:7d" in lines[1] and lines[1].endswith("at the next check]")
    assert "Mon 2026-12-07 07:00 UTC  digest" in lines[2]
    assert "reminder:2026-12-10:1d" in lines[3] and "CSC meeting #111" in lines[3]
    assert "reminder:2026-12-10:0d" in lines[4]
    assert len(lines) == 5


def test_meetings_lists_numbers_and_changes(config: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(config), "meetings", "--months", "3"]) == 0
    out = capsys.readouterr().out
    assert "#111  Thu 10 Dec 2026 18:00 UTC  moved - moved for the holidays" in out
    assert "#112  Wed 13 Jan 2027 02:00 UTC" in out
    (february,) = [line for line in out.splitlines() if "2027-02" in line]
    assert february.endswith(" -  Wed 17 Feb 2027 10:00 UTC  cancelled")


def test_once_reminders_then_schedule_marks_it_queued(
        config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(config), "once", "reminders"]) == 0
    assert "1 reminder(s) queued" in capsys.readouterr().out
    main(["--config", str(config), "schedule", "--days", "1"])
    line = capsys.readouterr().out.splitlines()[1]
    assert "reminder:2026-12-10:7d" in line and line.endswith("[queued]")
