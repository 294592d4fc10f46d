"""Pairwise quality of complaint clustering on the labelled corpora, and the TF-IDF baseline.

Shared by the quality tests and `bench/triage.py`. Each corpus was written by a different author
from the domain alone, without seeing the method or the other corpora: tests/data/complaints/
(parts `tune` and `heldout`), complaints_independent/, complaints_third/ ... complaints_twelfth/
(part `all` each). The method (lexicon, clause rules, families) has been revised with each of
them in view after its first measurement, so their figures are tuning figures. The honest
figures come from complaints_blind/, complaints_blind2/ and complaints_blind3/, written the
same way and measured once, after the method was final. The threshold is chosen by
leave-one-corpus-out cross-validation over the tuning corpora (`cross_validated_threshold`),
never on one alone.

The first measurement of each corpus, before it was tuned on, is an honest out-of-sample figure
for the method as it stood then (pairwise F1): independent 0.650, third 0.656, fourth 0.566,
fifth 0.622 (P 0.671, R 0.581), sixth 0.742 (P 0.751, R 0.734), seventh 0.562 (P 0.634,
R 0.505), eighth 0.283 (P 0.269, R 0.297: most of its mails tell the problem in one sentence
and pad the rest with the same generic timeline), ninth 0.542 (P 0.637, R 0.471), tenth 0.681
(P 0.758, R 0.618), eleventh 0.681 (P 0.774, R 0.608), twelfth 0.605 (P 0.717, R 0.524).
The lexicon alone was then measured on three more authors' corpora, none tuned on:
complaints_blind/ 0.517 (P 0.646, R 0.431), complaints_blind2/ 0.676 (P 0.704, R 0.649) and
complaints_blind3/ 0.637 (P 0.795, R 0.532).  With the model of kinds (tests/category_model.py;
each corpus profiled with the model fitted without it), three more blind authors were measured
once: complaints_blind4/ 0.832 (P 0.932), complaints_blind5/ 0.741 (P 0.738; five kinds no
other author wrote) and complaints_blind6/ 0.755 (P 0.796; four such kinds); then, with
complaints of unknown kind set apart (`KNOWN_KIND`), complaints_blind7/ 0.571 (P 0.905, R 0.417;
five kinds no or one earlier author wrote).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import combinations
from pathlib import Path
from statistics import median

from cscbot.domain.categories import CategoryModel
from cscbot.domain.complaints import complaint_text
from cscbot.domain.mail import MailMessage, parse_message
from cscbot.domain.triage import Profile, cluster_all, message_profile

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "complaints"
INDEPENDENT = DATA / "complaints_independent"
AUTHORS = ("independent", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
           "tenth", "eleventh", "twelfth")
"""The other authors' tuning corpora, each in tests/data/complaints_<name>/ (part `all`)."""
BLIND = DATA / "complaints_blind"
"""Written blind to the method and never tuned on: the honest quality figure."""
BLINDS = {"blind": BLIND, **{f"blind{k}": DATA / f"complaints_blind{k}" for k in range(2, 8)}}
"""The corpora measured with the final method and never tuned on, each by one more author."""


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    clusters: int

    def row(self, name: str) -> str:
        return (f"{name:<34} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
                f"clusters={self.clusters}")


@cache
def load(split: str, corpus: Path = CORPUS) -> tuple[list[MailMessage], list[str]]:
    """A labelled part, parsed once per process (the quality tests, the CV and the model of
    kinds all read every corpus)."""
    labels: dict[str, str] = json.loads((corpus / "labels.json").read_text())[split]
    names = sorted(labels)
    return ([parse_message((corpus / split / n).read_bytes()) for n in names],
            [labels[n] for n in names])


def pairwise(predicted: Sequence[int], truth: Sequence[str]) -> Scores:
    tp = fp = fn = 0
    for i, j in combinations(range(len(truth)), 2):
        same_p, same_t = predicted[i] == predicted[j], truth[i] == truth[j]
        tp += same_p and same_t
        fp += same_p and not same_t
        fn += same_t and not same_p
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(p, r, f1, len(set(predicted)))


def profiles(messages: Sequence[MailMessage], kinds: CategoryModel | None) -> list[Profile]:
    return [message_profile(m.subject, complaint_text(m), kinds) for m in messages]


def concept_method(messages: Sequence[MailMessage], truth: Sequence[str],
                   threshold: float, kinds: CategoryModel | None) -> Scores:
    return pairwise(cluster_all(profiles(messages, kinds), threshold), truth)


def baseline_labels(messages: Sequence[MailMessage], distance: float) -> list[int]:
    """Plain TF-IDF of subject + whole text, average-linkage agglomerative (cosine)."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [f"{m.subject}\n{m.text}" for m in messages]
    matrix = TfidfVectorizer(sublinear_tf=True, min_df=1).fit_transform(docs).toarray()
    model = AgglomerativeClustering(n_clusters=None, distance_threshold=distance,
                                    metric="cosine", linkage="average")
    return [int(x) for x in model.fit_predict(matrix)]


def tuned_baseline(tune: tuple[list[MailMessage], list[str]],
                   heldout: tuple[list[MailMessage], list[str]]) -> tuple[float, Scores]:
    """The baseline's distance chosen for the best F1 on `tune`, scored on `heldout`."""
    grid = [0.5 + 0.05 * k for k in range(10)]
    best = max(grid, key=lambda d: pairwise(baseline_labels(tune[0], d), tune[1]).f1)
    return best, pairwise(baseline_labels(heldout[0], best), heldout[1])


Labelled = tuple[list[MailMessage], list[str]]

THRESHOLDS = tuple(round(0.3 + 0.05 * k, 2) for k in range(11))


FIRST = "first"
"""The author of tests/data/complaints/ (parts `tune` and `heldout`)."""


def author_of(part: str) -> str:
    return FIRST if part in ("tune", "heldout") else part


def parts() -> dict[str, Labelled]:
    """Every labelled tuning part: `tune` and `heldout`, and the other authors' corpora."""
    return {"tune": load("tune"), "heldout": load("heldout"),
            **{name: load("all", DATA / f"complaints_{name}") for name in AUTHORS}}


def every_part() -> dict[str, Labelled]:
    """The tuning parts and the blind corpora: every labelled part, by name."""
    return {**parts(), **{name: load("all", path) for name, path in BLINDS.items()}}


def labelled_corpora() -> dict[str, list[Labelled]]:
    """Every labelled corpus, tuning and blind, as its parts, by author."""
    by_author: dict[str, list[Labelled]] = {}
    for name, labelled in every_part().items():
        by_author.setdefault(author_of(name), []).append(labelled)
    return by_author


def cross_validated_threshold(
        corpora: dict[str, Labelled], kinds_for: Callable[[str], CategoryModel | None],
        grid: Sequence[float] = THRESHOLDS,
) -> tuple[float, dict[str, float]]:
    """Leave one author out: on the others' corpora, the threshold with the best mean F1 among
    those keeping EVERY corpus's precision >= 0.8 (the goal is per corpus, and a corpus with
    kinds of problem no other author wrote is where precision falls first), else among those
    keeping the mean >= 0.8; ties: the higher, as splitting beats merging.  Returns the median
    of the folds' choices, and each fold's choice by the corpus left out.  `kinds_for(author)`
    is the model of kinds to profile an author's mail with (one that has not read it)."""
    scores = {(name, t): pairwise(cluster_all(ps, t), truth)
              for name, (messages, truth) in corpora.items()
              for ps in [profiles(messages, kinds_for(author_of(name)))] for t in grid}
    chosen: dict[str, float] = {}
    for left_out in corpora:
        others = [n for n in corpora if author_of(n) != author_of(left_out)]
        precise = ([t for t in grid if min(scores[(n, t)].precision for n in others) >= 0.8]
                   or [t for t in grid
                       if sum(scores[(n, t)].precision for n in others) / len(others) >= 0.8])
        chosen[left_out] = max(precise or grid, key=lambda t: (
            round(sum(scores[(n, t)].f1 for n in others) / len(others), 3), t))
    return float(median(chosen.values())), chosen
