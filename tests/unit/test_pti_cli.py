"""`cscbot pti-report parse|import` and `cscbot sla history` on the fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cscbot.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "pti"


def test_parse_prints_the_month_record_as_json(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(tmp_path / "none.toml"), "pti-report", "parse",
                 str(DATA / "word-2018-03.eml"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {k: out[k] for k in ("period", "total", "met", "headline_pct")} == {
        "period": "2018-03", "total": 65, "met": 62, "headline_pct": 95.3}
    assert len(out["missed"]) == 3 and out["not_applicable"] == [] and len(out["metrics"]) == 65


def test_import_then_history(config_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = ["--config", str(config_file)]
    for name in ("word-2018-03.eml", "attached-2018-05.eml"):
        assert main([*cfg, "pti-report", "import", str(DATA / name)]) == 0
    out = capsys.readouterr().out
    assert "pti report 2018-05: 62 of 65 met, 3 missed, recorded" in out
    assert "drafted CSC findings for May 2018 as D2" in out  # as if it had come by mail
    assert main([*cfg, "sla", "history", "I.technical_checks.retest"]) == 0
    out = capsys.readouterr().out
    assert "2 missed of 2 months" in out and "2018-05  missed" in out
    assert main([*cfg, "sla", "history"]) == 0
    assert "III.publication.report: 1 missed of 2 months" in capsys.readouterr().out


def test_parse_without_a_month_asks_for_one(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "report.csv"
    path.write_text((DATA / "csv-2026-10.csv").read_text())
    assert main(["--config", str(tmp_path / "none.toml"), "pti-report", "parse",
                 str(path)]) == 1
    assert "--period" in capsys.readouterr().err
    assert main(["--config", str(tmp_path / "none.toml"), "pti-report", "parse", str(path),
                 "--period", "2026-10"]) == 0
