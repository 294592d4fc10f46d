"""`cscbot clusters ...` on a real store file."""

from __future__ import annotations

from pathlib import Path

import pytest

from cscbot.adapters.sqlite import SqliteStore
from cscbot.cli import main
from cscbot.config import load
from cscbot.render import Renderer
from cscbot.services.context import Context
from tests.services.test_complaints import DS, IPV6, handle, mail


def test_clusters_list_show_and_corrections(config_file: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    settings = load(config_file)
    store = SqliteStore(settings.storage.path)
    ctx = Context(settings, store, Renderer())
    handle(ctx, mail(*IPV6))
    handle(ctx, mail(*DS, tld="test"))
    store.close()
    run = ["--config", str(config_file), "clusters", "--by", "sec"]
    assert main([*run, "list"]) == 0
    out = capsys.readouterr().out
    assert "K1" in out and "K2" in out and "IPv6" in out and ".test" in out
    assert main([*run, "merge", "K1", "K2"]) == 0
    assert "merged K2 into K1" in capsys.readouterr().out
    assert main([*run, "rename", "K1", "Technical", "checks"]) == 0
    assert main([*run, "show", "K1"]) == 0
    out = capsys.readouterr().out
    assert "Technical checks" in out and "CSC-2026-0002" in out and "merged by sec" in out
    assert main([*run, "close", "K7", "done"]) == 1
    assert "no cluster K7" in capsys.readouterr().out
