"""`cscbot rap ...` and `cscbot sla-change ...` against a real store in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from cscbot.cli import main


def run(config: Path, *argv: str) -> int:
    return main(["--config", str(config), *argv])


def test_rap_commands(config_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(config_file, "rap", "list") == 0
    assert "no cases" in capsys.readouterr().out
    assert run(config_file, "rap", "open", "--metric", "Technical checks: retest",
               "--month", "2026-09", "--month", "2026-10", "--by", "sec") == 0
    assert "opened RAP-1 at stage 1" in capsys.readouterr().out
    assert run(config_file, "rap", "open", "--cluster", "K7", "--complaint",
               "CSC-2026-0042") == 0
    assert "escalated K7 as RAP-2" in capsys.readouterr().out
    assert run(config_file, "rap", "advance", "RAP-1") == 1
    assert "approve or reject it first" in capsys.readouterr().err
    assert run(config_file, "rap", "window", "RAP-1", "15") == 0
    assert run(config_file, "rap", "show", "RAP-1") == 0
    shown = capsys.readouterr().out
    assert "missed: Technical checks: retest; months: 2026-09, 2026-10" in shown
    assert "window 15 d" in shown
    assert run(config_file, "rap", "resolve", "RAP-1", "remedied", "by", "PTI") == 0
    assert "resolved RAP-1: remedied by PTI" in capsys.readouterr().out
    assert run(config_file, "rap", "list") == 0
    listed = capsys.readouterr().out
    assert "RAP-2" in listed and "RAP-1" not in listed
    assert run(config_file, "once", "rap_deadlines") == 0
    assert "rap_deadlines: 0" in capsys.readouterr().out
    assert run(config_file, "rap", "show", "RAP-9") == 1
    assert "there is no case RAP-9" in capsys.readouterr().err


def test_sla_change_commands(config_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(config_file, "sla-change", "open", "--proposer", "CSC", "--action", "new",
               "--category", "I", "--phase", "Submission", "--metric", "portal login",
               "--threshold", "5", "--unit", "s", "--compliance", "95", "--month", "2027-01",
               "--date", "2026-09-01") == 0
    assert "opened SLA-1" in capsys.readouterr().out
    assert run(config_file, "sla-change", "step", "SLA-1", "public_comment") == 1
    assert "before CSC and PTI agree the metric" in capsys.readouterr().err
    assert run(config_file, "sla-change", "step", "SLA-1", "agreement", "--date",
               "2026-09-15") == 0
    assert run(config_file, "sla-change", "step", "SLA-1", "public_comment", "--date",
               "2026-10-01", "--ends", "2026-11-15") == 0
    assert "public comment until 2026-11-15" in capsys.readouterr().out
    assert run(config_file, "sla-change", "list") == 0
    assert "next: formal approval by CSC and PTI" in capsys.readouterr().out
    assert run(config_file, "sla-change", "show", "SLA-1") == 0
    assert "2026-09-15 CSC and PTI agree the metric" in capsys.readouterr().out
