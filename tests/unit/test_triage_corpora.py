"""The generated complaint corpora: each is what its generator writes, and as varied as promised.

tests/data/complaints_third/ ... complaints_twelfth/ (tuning corpora) and complaints_blind/ ...
complaints_blind7/ (the honest measurements) were each written by a different author from the
domain alone, with a deterministic `make_corpus.py` (`build()`, `SPLIT`) and a manifest of
category, language, style and sender TLD per mail. Their quality figures are in
test_triage_quality.py and test_triage_blind.py.
"""

from __future__ import annotations

import importlib
import json
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pytest

from tests.triage_quality import AUTHORS, BLINDS

GENERATED = (*(f"complaints_{name}" for name in AUTHORS if name != "independent"),
             *(path.name for path in BLINDS.values()))
"""The corpora written by `make_corpus.py` generators (the independent one has its own test)."""
STYLES = {"terse", "long", "angry", "formal", "reply", "forward", "html"}


def generator(name: str) -> ModuleType:
    return importlib.import_module(f"tests.data.{name}.make_corpus")


def folder(name: str) -> Path:
    return Path(generator(name).__file__ or "").resolve().parent


@pytest.mark.parametrize("name", GENERATED)
def test_committed_files_are_what_the_generator_writes(name: str) -> None:
    module, here = generator(name), folder(name)
    built = module.build()
    on_disk = {p.name: p.read_bytes() for p in (here / module.SPLIT).glob("*.eml")}
    assert sorted(on_disk) == sorted(built.files)
    assert [n for n in built.files if on_disk[n] != built.files[n]] == []
    assert (here / "labels.json").read_text(encoding="utf-8") == built.labels_json
    assert (here / "manifest.json").read_text(encoding="utf-8") == built.manifest_json


@pytest.mark.parametrize("name", GENERATED)
def test_corpus_has_the_promised_make_up(name: str) -> None:
    manifest = json.loads((folder(name) / "manifest.json").read_text(encoding="utf-8"))
    registries: dict[str, set[str]] = defaultdict(set)
    for entry in manifest.values():
        registries[entry["category"]].add(entry["tld"])
    foreign = sum(e["language"] in ("fr", "es") for e in manifest.values())
    assert len(manifest) >= 140
    assert len(registries) >= 10
    assert min(len(tlds) for tlds in registries.values()) >= 5
    assert foreign / len(manifest) >= 0.2
    assert {e["style"] for e in manifest.values()} >= STYLES
