"""The model of known kinds of problem: its pure application, its file, and that the shipped
file is what `make model` fits from the labelled corpora."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cscbot.domain.categories import FLOOR, counts, features, model_from_json
from cscbot.services.complaints import shipped_kinds
from tests.category_model import corpus_examples, kind_of, shipped_fit

sentences = st.text(max_size=300)


@settings(max_examples=100, deadline=None)
@given(sentences, sentences, sentences)
def test_the_posterior_is_a_distribution_over_the_known_kinds(subject: str, text: str,
                                                               forwarded: str) -> None:
    model = shipped_kinds()
    p = model.posterior(subject, text, forwarded)
    assert set(p) <= set(model.classes)
    assert all(FLOOR <= v <= 1.0 for v in p.values()) and sum(p.values()) <= 1.0 + 1e-9
    assert p == model.posterior(subject, text, forwarded)


def test_words_and_pieces_survive_accents_and_case() -> None:
    words, pieces = counts("Délai", "DÉLAI de la vérification", "")
    assert words["delai"] == 3 and words["verification"] == 1
    assert pieces[" del"] == 3 and "12345" not in words
    idf = {"w:delai": 2.0, "p: del": 1.0}
    vector = features("Délai", "", "", idf)
    assert set(vector) == {"w:delai", "p: del"}
    assert abs(sum(x * x for x in vector.values() if x) - 2.0) < 1e-9  # each family unit


def test_the_shipped_model_knows_the_kinds_and_reads_plain_complaints() -> None:
    model = shipped_kinds()
    assert len(model.classes) >= 12 and set(model.labels) == set(model.classes)
    ds = model.posterior("DS record rejected", "IANA refuses our new DS record: the digest "
                         "matches our KSK, we checked it twice.", "")
    assert max(ds, key=ds.__getitem__) == "dnssec_ds"
    fr = model.posterior("Plainte", "Le portail RZMS refuse notre connexion depuis lundi, "
                         "impossible de soumettre la demande.", "")
    assert max(fr, key=fr.__getitem__) == "portal"


def test_a_model_file_round_trips_and_a_bad_one_is_named() -> None:
    model = shipped_kinds()
    assert model_from_json(model.to_json()) == model
    d = json.loads(model.to_json())
    with pytest.raises(ValueError, match="format"):
        model_from_json(json.dumps({**d, "format": 2}))
    d["weights"] = {"w:ds": [1.0]}
    with pytest.raises(ValueError, match="one weight per class"):
        model_from_json(json.dumps(d))


def test_every_corpus_label_maps_to_one_kind_and_no_two_labels_of_a_corpus_collide() -> None:
    from tests.triage_quality import labelled_corpora

    for name, corpus_parts in labelled_corpora().items():
        labels = {label for _messages, truth in corpus_parts for label in truth}
        assert len({kind_of(label) for label in labels}) == len(labels), name


def test_the_shipped_file_is_what_make_model_fits() -> None:
    refit, shipped = shipped_fit(), shipped_kinds()
    assert refit.classes == shipped.classes and set(refit.idf) == set(shipped.idf)
    sample = [e for rows in corpus_examples().values() for e in rows[::9]]
    for e in sample:
        a = refit.posterior(e.subject, e.text, e.forwarded)
        b = shipped.posterior(e.subject, e.text, e.forwarded)
        assert max(a, key=a.__getitem__) == max(b, key=b.__getitem__)
        assert all(abs(a.get(k, 0.0) - b.get(k, 0.0)) < 0.02 for k in set(a) | set(b))
