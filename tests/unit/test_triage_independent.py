"""Clustering quality on the independent corpus, now a TUNING corpus.

tests/data/complaints_independent/ (made by its make_corpus.py) was written without reading the
method, its lexicon or the method author's corpus.  Its first measurement (P=0.685 R=0.619
F1=0.650, 28 clusters) showed what the method missed (root zone database updates, stages
mentioned in passing, negated and timeline mentions); the method was then revised with this
corpus in view, so its figures here are tuning figures for the lexicon (the model of kinds is
fitted without it), not a held-out estimate: that comes from the blind corpora
(test_triage_blind.py).  The method runs with the config default threshold, which
leave-one-corpus-out cross-validation chooses (test_triage_quality.py); the TF-IDF baseline
with the distance tuned on the project's `tune` part and, for its best case, on this corpus
itself.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from cscbot.config import TriageSettings
from cscbot.domain.mail import MailMessage
from cscbot.domain.triage import cluster_all
from tests.category_model import held_out_model
from tests.triage_quality import (
    INDEPENDENT,
    Scores,
    concept_method,
    load,
    pairwise,
    profiles,
    tuned_baseline,
)

Corpus = tuple[list[MailMessage], list[str]]
GOAL = "issue 11: precision >= 0.8 and F1 >= 0.7 (here: on a corpus the method was tuned on)"


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_corpus", INDEPENDENT / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load("all", INDEPENDENT)


@pytest.fixture(scope="module")
def ours(corpus: Corpus) -> Scores:
    return concept_method(*corpus, TriageSettings().similarity_threshold,
                          held_out_model("independent"))


def test_the_committed_corpus_is_what_the_generator_writes(tmp_path: Path) -> None:
    kinds: dict[str, str] = generator().write_corpus(tmp_path)
    committed = sorted(p.name for p in (INDEPENDENT / "all").glob("*.eml"))
    assert committed == sorted(kinds)
    assert all((tmp_path / "all" / n).read_bytes() == (INDEPENDENT / "all" / n).read_bytes()
               for n in committed)
    assert (tmp_path / "labels.json").read_text() == (INDEPENDENT / "labels.json").read_text()
    languages = Counter(kind.split("/")[1] for kind in kinds.values())
    styles = Counter(kind.split("/")[0] for kind in kinds.values())
    assert (languages["f"] + languages["s"]) / len(kinds) >= 0.15
    assert all(styles[s] >= 10 for s in ("terse", "html", "forward", "reply", "outlook"))


def test_the_corpus_has_many_categories_and_senders(corpus: Corpus) -> None:
    messages, labels = corpus
    assert len(messages) >= 130 and len(set(labels)) >= 10
    senders: dict[str, set[str]] = {}
    for message, label in zip(messages, labels, strict=True):
        senders.setdefault(label, set()).add(message.from_addr)
    assert all(len(s) >= 3 for s in senders.values())


def test_every_mail_is_placed_and_the_figures_are_printed(
        corpus: Corpus, ours: Scores, capsys: pytest.CaptureFixture[str]) -> None:
    messages, labels = corpus
    threshold = TriageSettings().similarity_threshold
    placed = cluster_all(profiles(messages, held_out_model("independent")), threshold)
    assert len(placed) == len(messages) and all(isinstance(c, int) for c in placed)
    assert pairwise(placed, labels) == ours
    distance, baseline = tuned_baseline(load("tune"), corpus)
    own_distance, own_baseline = tuned_baseline(corpus, corpus)
    with capsys.disabled():
        print(f"\nindependent corpus (now tuning data): {len(messages)} mails, "
              f"{len(set(labels))} categories")
        print(ours.row(f"concepts (t={threshold})"))
        print(baseline.row(f"tf-idf+agglo (d={distance:.2f}, tune)"))
        print(own_baseline.row(f"tf-idf+agglo (d={own_distance:.2f}, self)"))
    assert 0.0 <= ours.f1 <= 1.0 and ours.clusters >= 1


def test_the_method_meets_the_goal_on_the_independent_tuning_corpus(ours: Scores) -> None:
    assert ours.precision >= 0.8 and ours.f1 >= 0.7, GOAL
