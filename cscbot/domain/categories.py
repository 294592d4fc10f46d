"""Which known kind of problem a complaint is about: a linear model learnt from labelled mail.

The lexicon (`cscbot.domain.lexicon`) says what a complaint names; it was written by hand and
misses the phrasings of authors it has not seen.  This model was fitted on every labelled
corpus under tests/data/ (nineteen authors, each with its own words for the same kinds of
problem) and gives, for a complaint's subject, own words and forwarded text, a probability per
kind.  Features are the words and the four-letter pieces of words (which survive inflection,
typos and the three languages), each weighed by 1 + log(count) x idf and normalised per
family; the model is multinomial logistic regression.  Fitting needs scikit-learn and lives
with the tests (tests/category_model.py, `make model`); applying it here is plain Python, so
the bot carries no numerical library.  Pure: the model comes in as data.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from cscbot.domain.text import folded

Features = dict[str, float]

_WORD = re.compile(r"[a-z0-9]*[a-z][a-z0-9]*")
"""Words with at least one letter: ticket numbers and dates say nothing about the kind."""
PIECE = 4
"""Length of the word pieces (padded with a space at each end, so that "ds" is " ds ")."""
FLOOR = 0.05
"""Probabilities below this are left out of a profile: noise that only costs space."""


def counts(subject: str, text: str, forwarded: str) -> tuple[Counter[str], Counter[str]]:
    """Word and word-piece counts; the subject counts twice (it is the complainant's summary)."""
    plain = folded(f"{subject}\n{subject}\n{text}\n{forwarded}")
    words = Counter(w for w in _WORD.findall(plain) if len(w) >= 2)
    pieces: Counter[str] = Counter()
    for word, n in words.items():
        padded = f" {word} "
        for i in range(len(padded) - PIECE + 1):
            pieces[padded[i:i + PIECE]] += n
    return words, pieces


def weighed(block: Counter[str], prefix: str, idf: Mapping[str, float]) -> Features:
    """1 + log(count) x idf for the known features of one family, to unit length."""
    vector = {}
    for key, n in block.items():
        name = prefix + key
        weight = idf.get(name)
        if weight is not None:
            vector[name] = (1.0 + math.log(n)) * weight
    norm = math.sqrt(sum(x * x for x in vector.values()))
    return {k: x / norm for k, x in vector.items()} if norm else {}


def features(subject: str, text: str, forwarded: str, idf: Mapping[str, float]) -> Features:
    """The model's input: words ("w:") and word pieces ("p:"), each family of unit length."""
    return features_of(*counts(subject, text, forwarded), idf)


def features_of(words: Counter[str], pieces: Counter[str], idf: Mapping[str, float]) -> Features:
    return weighed(words, "w:", idf) | weighed(pieces, "p:", idf)


@dataclass(frozen=True)
class CategoryModel:
    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    idf: Mapping[str, float]
    """Every feature the model knows (also those without weights: they count in the norm)."""
    weights: Mapping[str, tuple[float, ...]]
    """Per feature, its weight for each class (features with negligible weights left out)."""
    labels: Mapping[str, str]
    """A readable name per class."""

    def posterior(self, subject: str, text: str, forwarded: str) -> dict[str, float]:
        """Probability per class (softmax of the linear scores), those >= FLOOR."""
        scores = list(self.intercepts)
        for name, x in features(subject, text, forwarded, self.idf).items():
            row = self.weights.get(name)
            if row is not None:
                for k, w in enumerate(row):
                    scores[k] += x * w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        probabilities = zip(self.classes, (e / total for e in exps), strict=True)
        return {c: p for c, p in probabilities if p >= FLOOR}

    def to_json(self) -> str:
        return json.dumps({"format": 1, "classes": list(self.classes),
                           "intercepts": list(self.intercepts), "labels": dict(self.labels),
                           "idf": dict(self.idf),
                           "weights": {k: list(v) for k, v in self.weights.items()}},
                          sort_keys=True, separators=(",", ":"))


def model_from_json(text: str) -> CategoryModel:
    d = json.loads(text)
    if d.get("format") != 1:
        raise ValueError(f"category model: format {d.get('format')!r} is not 1")
    classes = tuple(d["classes"])
    weights = {k: tuple(float(x) for x in v) for k, v in d["weights"].items()}
    if any(len(v) != len(classes) for v in weights.values()):
        raise ValueError("category model: a weight row does not have one weight per class")
    return CategoryModel(classes, tuple(float(x) for x in d["intercepts"]),
                         {k: float(v) for k, v in d["idf"].items()}, weights,
                         dict(d.get("labels", {})))
