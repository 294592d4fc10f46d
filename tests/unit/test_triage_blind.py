"""The clustering method on the blind corpus (tests/data/complaints_blind), against TF-IDF.

Written from DOMAIN.md by an author who saw neither the method nor the other corpora, and
measured once, after the method was final: these figures are the honest estimate of the
issue's goal (pairwise precision >= 0.8 and F1 >= 0.7 on mail the method was not tuned on).
The TF-IDF baseline is given its best distance ON THIS corpus, so its row is an upper bound.
"""

from __future__ import annotations

import pytest

from cscbot.config import TriageSettings
from cscbot.domain.mail import MailMessage
from cscbot.domain.triage import cluster_all
from tests.triage_quality import BLIND, Scores, concept_method, load, profiles, tuned_baseline

Corpus = tuple[list[MailMessage], list[str]]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load("all", BLIND)


def test_every_mail_is_placed(corpus: Corpus) -> None:
    messages, _ = corpus
    placed = cluster_all(profiles(messages), TriageSettings().similarity_threshold)
    assert len(placed) == len(messages)
    assert all(isinstance(cluster, int) for cluster in placed)


def _rows(corpus: Corpus) -> tuple[Scores, Scores]:
    messages, truth = corpus
    ours = concept_method(messages, truth, TriageSettings().similarity_threshold)
    distance, baseline = tuned_baseline(corpus, corpus)
    print()
    print(ours.row("concept method (blind corpus)"))
    print(baseline.row(f"TF-IDF baseline (d={distance:.2f}, tuned here)"))
    return ours, baseline


@pytest.mark.xfail(strict=False, reason=(
    "measured once, 2026-11-23, with the method final (thirteen tuning corpora, threshold "
    "0.45): P=0.646 R=0.431 F1=0.517, 36 clusters for 13 categories; TF-IDF tuned on this "
    "corpus F1=0.118.  The corpora before it gave, unseen: F1 0.742 (P 0.751), 0.562 "
    "(P 0.634), 0.283 (P 0.269), 0.542 (P 0.637), 0.681 (P 0.758), 0.681 (P 0.774), 0.605 "
    "(P 0.717): the goal is not met on unseen mail"))
def test_method_meets_the_goal_on_mail_it_was_not_tuned_on(corpus: Corpus) -> None:
    ours, baseline = _rows(corpus)
    assert ours.precision >= 0.8
    assert ours.f1 >= 0.7
    assert ours.f1 > baseline.f1
