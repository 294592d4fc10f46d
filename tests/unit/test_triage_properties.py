"""Properties of the triage method (Hypothesis) and the pure parts around it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from cscbot.domain.complaints import (
    clean_subject,
    complaint_text,
    detect_language,
    references_in,
    tickets_in,
    tlds_in,
)
from cscbot.domain.mail import parse_message
from cscbot.domain.triage import (
    Member,
    Profile,
    Signature,
    assurance,
    best_cluster,
    cluster_all,
    label_of,
    longest_month_run,
    normalise,
    persistent_flag,
    profile_of,
    similarity,
    systemic_flag,
)
from cscbot.services.complaints import shipped_kinds

WORDS = ["ipv6", "name", "server", "DS", "record", "DNSKEY", "retest", "confirmation",
         "portal", "login", "review", "transfer", "root", "zone", "publication", "IDN",
         "table", "wrong", "no", "response", "unfair", "IANA", "ticket", "the", "délai",
         "vérification", "técnica", "lame", "delegation", "slow", "weeks"]
texts = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=25).map(" ".join)


def full_profile(subject: str, text: str) -> Profile:
    """The lexicon's profile with the shipped model's kinds, as the bot profiles a complaint."""
    return replace(profile_of(subject, text),
                   categories=shipped_kinds().posterior(subject, text, ""))


@settings(max_examples=150, deadline=None)
@given(texts, texts, texts, texts)
def test_similarity_is_symmetric_bounded_and_one_on_identity(s1: str, t1: str, s2: str,
                                                            t2: str) -> None:
    for profile in (profile_of, full_profile):
        a, b = profile(s1, t1), profile(s2, t2)
        ab, ba = similarity(a, b), similarity(b, a)
        assert abs(ab - ba) < 1e-12 and 0.0 <= ab <= 1.0
        assert abs(similarity(a, profile(s1, t1)) - 1.0) < 1e-9


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(texts, texts), max_size=20), st.floats(0.2, 0.9))
def test_clustering_is_stable_under_re_running(docs: list[tuple[str, str]],
                                               threshold: float) -> None:
    profiles = [full_profile(s, t) for s, t in docs]
    first = cluster_all(profiles, threshold)
    assert cluster_all(profiles, threshold) == first
    assert cluster_all([full_profile(s, t) for s, t in docs], threshold) == first
    assert all(1 <= c <= len(docs) for c in first)


def test_overlapping_words_do_not_make_the_same_problem() -> None:
    ipv6 = profile_of("Technical check failed", "The technical check of our name server change "
                      "failed: ns1 does not answer over IPv6 (AAAA).")
    ds = profile_of("Technical check failed", "The technical check of our DS change failed: "
                    "the DS digest does not match the DNSKEY.")
    ipv6_fr = profile_of("Plainte", "La vérification technique échoue: notre serveur de noms "
                         "ne répond pas en IPv6.")
    assert similarity(ipv6, ds) < 0.35 < 0.7 < similarity(ipv6, ipv6_fr)


def test_typos_of_lexicon_words_are_repaired() -> None:
    assert similarity(profile_of("", "the confirmaton email never arived"),
                      profile_of("", "the confirmation email never arrived")) > 0.8


def test_what_the_problem_is_not_counts_for_nothing() -> None:
    """Out-of-scope and went-well clauses, in three languages, add no concept."""
    for text in ("The DS records are not part of this change.",
                 "We are not touching the DS set in this request.",
                 "Technical checks and contact confirmation were quick this time.",
                 "All checks passed and both contacts approved on 2024-03-01.",
                 "Le DS n'est pas concerné par cette demande.",
                 "Es una actualización no técnica que no afecta al archivo de zona."):
        assert profile_of("", text).concepts == {}, text
    kept = profile_of("", "All checks passed, but the request sits in manual review.")
    assert set(kept.concepts) == {"manual_review"}


def test_a_timeline_entry_counts_for_little() -> None:
    told = profile_of("", "Nobody has replied to our questions.")
    listed = profile_of("", "- 2024-02-01: nobody has replied to our questions")
    assert 0 < listed.concepts["communication"] < told.concepts["communication"]


def test_every_clause_of_a_timeline_line_counts_for_little() -> None:
    told = profile_of("", "Nobody has replied. We only get automatic acknowledgements.")
    for line in ("- 13-oct-2026: follow-up sent, automatic acknowledgement only",
                 "01/14/2026\tfollow-up sent, automatic acknowledgement only"):
        listed = profile_of("", line)
        assert 0 < listed.concepts["communication"] < told.concepts["communication"], line


def test_an_aside_counts_for_little_until_its_paragraph_ends() -> None:
    told = profile_of("", "Our DS change was rejected.")
    aside = profile_of("", "The portal rejects our login. Separately, our DS change was "
                       "rejected.\n\nThe portal session expires every minute.")
    assert 0 < aside.concepts["ds_mismatch"] < told.concepts["ds_mismatch"]
    assert aside.concepts["portal"] > aside.concepts["ds_mismatch"]
    for opening in ("Otro tema: el DS fue rechazado.", "P.S. our DS change was rejected."):
        assert profile_of("", opening).concepts["ds_mismatch"] < told.concepts["ds_mismatch"]


def test_a_complaint_that_only_touches_a_problem_joins_nothing_at_full_similarity() -> None:
    about = profile_of("No answer", "Nobody answers our tickets; we only get templates.")
    passing = profile_of("", "- 2026-01-14: follow-up sent, automatic acknowledgement only")
    sig = Signature()
    sig.add(about)
    assert assurance(about) == 1.0 and 0 < assurance(passing) < 0.5
    assert similarity(passing, sig.profile()) > 0.6  # the same direction...
    assert best_cluster(passing, [(1, sig)], 0.45) == (None, 0.0)  # ...but too little of it


def test_a_word_a_pattern_completes_is_not_corrected_to_its_stem() -> None:
    assert normalise("aprobada approuvée") == "aprobada approuvee"
    assert normalise("confirmaton") == "confirmation"


def test_an_iana_holding_reply_forwarded_yields_the_complaint_it_quotes() -> None:
    raw = (b"From: Ana <ana@nic.example>\r\nTo: csc@csc.example.org\r\n"
           b"Subject: TR: Re: Question concernant .example\r\n\r\n"
           b"Je vous transfere notre echange avec IANA.\r\n\r\n"
           b"---------- Forwarded message ---------\r\n"
           b"Sujet : Re: Question concernant .example\r\n"
           b"De : IANA Services <root-mgmt@iana.example.org>\r\n"
           b"Pour : Ana <ana@nic.example>\r\n\r\n"
           b"Dear Ana,\r\nThank you for your message. We will get back to you.\r\n\r\n"
           b"On 1 September 2026, Ana <ana@nic.example> wrote:\r\n"
           b"> Our new WHOIS server is still not shown on the IANA page of .example.\r\n"
           b">> an older message\r\n")
    text = complaint_text(parse_message(raw))
    assert text.forwards_a_notice
    assert text.forwarded == "Our new WHOIS server is still not shown on the IANA page of .example."


def test_the_root_zone_database_is_not_root_zone_publication() -> None:
    database = profile_of("Base de données de la zone racine non mise à jour",
                          "Le serveur WHOIS affiché est toujours l'ancien.")
    publication = profile_of("Modification toujours absente de la zone racine",
                             "Plusieurs numéros de série de la zone racine sont passés.")
    assert "publication" not in database.concepts and "rzdb_update" in database.concepts
    assert similarity(database, publication) < 0.3


def test_labels_are_readable() -> None:
    sig = Signature()
    sig.add(profile_of("DS record update rejected", "DS digest does not match the DNSKEY"))
    assert label_of(sig).startswith("DS / DNSKEY mismatch")
    by_kind = Signature()
    by_kind.add(Profile({}, {"xyzzy": 1.0}, {"dnssec_ds": 0.9}))
    assert label_of(by_kind) == "dnssec ds (xyzzy)"
    assert label_of(by_kind, {"dnssec_ds": "DS record / DNSSEC change"}) == (
        "DS record / DNSSEC change (xyzzy)")


def test_extraction_of_tlds_tickets_references_language() -> None:
    text = "Our .example and .xn--p1ai TLDs, see report.pdf and www.nic.example (1-2026-0415)"
    assert tlds_in(text) == [".example", ".xn--p1ai"]
    assert tickets_in(text + " ticket #1234567") == ["1-2026-0415", "1234567"]
    assert references_in("CSC", "Re: [csc-2026-0042] and CSC-2026-0042, CSC-2027-00001x") \
        == ["CSC-2026-0042"]
    assert detect_language("Nous avons envoyé la demande depuis des semaines pour le TLD") == "fr"
    assert detect_language("Hemos enviado la solicitud desde hace semanas para el TLD") == "es"
    assert clean_subject("RE: Fwd: [CSC-2026-0001] TR: DS rejected") == "DS rejected"


NOW = datetime(2026, 11, 30, tzinfo=UTC)


def test_systemic_needs_enough_complaints_and_registries_in_the_window() -> None:
    members = [Member("A", ".example", NOW - timedelta(days=40)),
               Member("B", ".example", NOW - timedelta(days=5)),
               Member("C", ".test", NOW - timedelta(days=3)),
               Member("D", ".test", NOW - timedelta(days=1))]
    flag = systemic_flag(members, NOW, 3, 2, 30)
    assert flag is not None and flag.refs == ("B", "C", "D")
    assert systemic_flag(members, NOW, 3, 3, 30) is None
    assert systemic_flag(members[:2], NOW, 2, 2, 30) is None


def test_persistent_counts_consecutive_months_across_a_year_end() -> None:
    assert longest_month_run(["2026-11", "2027-01", "2026-12", "2026-09"]) == \
        ("2026-11", "2026-12", "2027-01")
    flag = persistent_flag({"2026-11": 1, "2026-12": 2, "2027-01": 1}, Signature(), [], 3, 2, 0.5)
    assert flag is not None and flag.months == ("2026-11", "2026-12", "2027-01")
    assert persistent_flag({"2026-11": 1, "2027-01": 1}, Signature(), [], 3, 2, 0.5) is None
