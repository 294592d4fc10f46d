"""`cscbot findings draft|show` and `cscbot announce draft` on a real config and store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cscbot.cli import main
from tests.services.findings_support import SATISFACTORY, Facts, registered_facts


@pytest.fixture
def facts() -> Iterator[Facts]:
    with registered_facts() as source:
        source.set(SATISFACTORY)
        yield source


def test_findings_draft_dry_run_then_draft_then_show(
        config_file: Path, facts: Facts, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = ["--config", str(config_file)]
    assert main([*cfg, "findings", "draft", "2026-10", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "dry run: would draft" in out and "95.4 % compliance" in out
    assert "Subject: CSC Findings on PTI Performance October 2026" in out
    assert main([*cfg, "findings", "draft", "2026-10"]) == 0
    assert "as D1" in capsys.readouterr().out
    assert main([*cfg, "findings", "show", "2026-10"]) == 0
    out = capsys.readouterr().out
    assert "compliance: 95.4 % (62 of 65 thresholds met)" in out
    assert "proposed rating: Satisfactory" in out and "D1: findings, pending" in out


def test_findings_draft_of_an_unread_month_fails_clearly(
        config_file: Path, facts: Facts, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(config_file), "findings", "draft", "2026-09"]) == 1
    assert "no PTI report has been read for 2026-09" in capsys.readouterr().err


def test_announce_draft(config_file: Path, tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    notice = tmp_path / "notice.txt"
    notice.write_text("Subject: CSC meeting #120 moved to 10 December\n\nDear all, ...\n")
    cfg = ["--config", str(config_file)]
    assert main([*cfg, "announce", "draft", str(notice), "--dry-run"]) == 0
    assert "Subject: CSC meeting #120 moved" in capsys.readouterr().out
    assert main([*cfg, "announce", "draft", str(notice)]) == 0
    assert "as D1" in capsys.readouterr().out
    assert main([*cfg, "announce", "draft", str(tmp_path / "missing.txt")]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_nudges_run_as_a_job(config_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(config_file), "once", "findings_nudges"]) == 0
    assert "findings_nudges: 0" in capsys.readouterr().out
