"""Complaint triage: a complaint's problem profile, similarity, incremental clusters, flags.

Method (why not words alone): complaints of this domain share almost all their vocabulary, so
a bag of words clusters by style and boilerplate.  A complaint's profile has two views of its
own words (quotes, signatures and disclaimers removed) and subject:

- the *kinds*: the probability of each known kind of problem, from a linear model learnt on
  nineteen authors' labelled complaints (`cscbot.domain.categories`).  It reads phrasings no
  hand-written list foresaw, but only knows the kinds it was taught;
- the *concepts*: the problem concepts of `cscbot.domain.lexicon` (stage x failure, EN/FR/ES,
  typos corrected with rapidfuzz), read clause by clause: what a complaint says is NOT the
  problem ("the DS set is not part of this change", "technical checks passed") adds nothing,
  a dated timeline entry adds little, and where two phrasings overlap the longer one wins
  ("root zone database" is not "root zone").  With its distinctive words as a tie-break.

Similarity mixes the cosines of the two views (`CATEGORY_SHARE`); on corpora the model never
read, the mix beats either view alone.  A complaint the model cannot place (`KNOWN_KIND`) is
compared by the lexicon alone, and with one of a known kind only in part (`UNKNOWN_SHARE`).
A complaint joins the most similar open cluster above the threshold, found through an inverted
index from kinds and concepts (or, lacking both, words) to clusters, so the cost stays flat as
the store grows; otherwise it starts a cluster.
Pure: no clock, no store.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import lru_cache

from rapidfuzz import fuzz, process

from cscbot.domain.categories import CategoryModel
from cscbot.domain.complaints import ComplaintText, clean_subject, is_reply_subject
from cscbot.domain.lexicon import CONCEPTS, FAMILIES, NOT_THE_PROBLEM, STOPWORDS, TIMELINE_ENTRY
from cscbot.domain.text import folded

CATEGORY_SHARE = 0.6
"""Share of the similarity that comes from the learnt kinds of problem (when both profiles have
them); the rest from the lexicon's concepts and words."""
KNOWN_KIND = 0.4
"""A complaint whose likeliest kind is less likely than this is of no kind the model knows (a
problem none of its authors wrote about spreads its probability thin): it gets no kinds."""
UNKNOWN_SHARE = 0.6
"""A complaint of a known kind and one of an unknown kind are not the same problem, whatever
the lexicon says: their similarity is this share of the lexicon's.  Chosen on the two blind
corpora with kinds no earlier author wrote (blind5, blind6; precision 0.70 -> 0.83 and 0.80 ->
0.89 leave-one-corpus-out); the corpora of known kinds lose about 0.05 F1 and gain precision:
splitting beats merging (the secretariat can merge, and later complaints follow)."""
CONCEPT_SHARE = 0.85
"""Share of the lexicon's part that comes from concepts; the rest is the lexical tie-break."""
SUBJECT_WEIGHT = 1.5
REPLY_SUBJECT_WEIGHT = 0.5
"""A reply's subject is the subject of the mail answered, and a forwarded notice's is IANA's
(often about another stage): not the complainant's summary of the problem."""
FORWARDED_WEIGHT = 0.8
PASSING_WEIGHT = 0.25
"""A dated timeline entry (\"- 2024-03-01: approved\") or an aside ("Separately, ...") mentions
stages in passing."""
FAMILY_SHARE = 0.8
"""Share of a failure mode's weight also given to its family (sibling modes partly agree)."""
MAX_CLUSTER_TERMS = 40
MAX_CANDIDATES = 30

_COMPILED = tuple((c, re.compile("|".join(f"(?:{p})" for p in c.patterns)),
                   tuple(re.compile(p) for p in c.patterns)) for c in CONCEPTS)
"""Each concept with one pattern for "any of its phrasings" (most clauses name few concepts:
the others are skipped with one search) and its phrasings one by one."""
_LABELS = {c.id: c.label for c in CONCEPTS} | {f: f.split(":", 1)[1] for f in FAMILIES.values()}


def _lexicon_vocabulary() -> tuple[tuple[str, ...], frozenset[str]]:
    """The words the patterns spell out, and which of them are stems (`aprobad[oa]`,
    `approv\\w*`, `(?:enviad|aprobad)\\w*`): words that patterns complete."""
    words: set[str] = set()
    stems: set[str] = set()
    for c in CONCEPTS:
        for p in c.patterns:
            plain = re.sub(r"\\[a-zA-Z]", lambda m: " " if m[0] in ("\\b", "\\s") else "#", p)
            for m in re.finditer(r"(?<![a-z#])[a-z]{5,}", plain):
                words.add(m[0])
                after = plain[m.end():]
                if after[:1] in ("|", ")"):  # the end of an alternative: what follows the group
                    close = after.find(")")
                    after = after[close + 1:].lstrip("?") if close >= 0 else ""
                if after[:1] in ("#", "[", "(") or after[:1].isalpha():
                    stems.add(m[0])
    return tuple(sorted(words)), frozenset(stems)


_VOCABULARY, _STEMS = _lexicon_vocabulary()
_VOCABULARY_SET = frozenset(_VOCABULARY)


@lru_cache(maxsize=20000)
def _corrected(token: str) -> str:
    """The lexicon word a long unknown token is a typo of (>= 88 % alike), else the token."""
    if len(token) < 6 or token in _VOCABULARY_SET or token in STOPWORDS:
        return token
    hit = process.extractOne(token, _VOCABULARY, scorer=fuzz.ratio, score_cutoff=88)
    if hit is None or abs(len(hit[0]) - len(token)) > 2:
        return token
    word = str(hit[0])
    # a stem and an ending ("aprobada" of `aprobad[oa]`) is a word the patterns complete
    return token if word in _STEMS and token.startswith(word) else word


def normalise(text: str) -> str:
    """Lower case, accents off, punctuation to spaces, typos of lexicon words corrected."""
    text = re.sub(r"[^a-z0-9]+", " ", folded(text))
    return " ".join(_corrected(t) for t in text.split())


# --- profiles -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """What a complaint (or a cluster's centre) is about: concept and word weights."""

    concepts: Mapping[str, float] = field(default_factory=dict)
    terms: Mapping[str, float] = field(default_factory=dict)
    categories: Mapping[str, float] = field(default_factory=dict)
    """The learnt model's probability per known kind of problem (empty without a model)."""


def concept_counts(normalised: str) -> Counter[str]:
    """How often each concept is expressed; where two phrasings overlap the longer wins.

    Longest match first, so that "root zone database" counts as the database and not also as
    the "root zone" of a publication complaint.
    """
    padded = f" {normalised} "
    spans = [(m.start(), m.end(), concept.id) for concept, anything, patterns in _COMPILED
             if anything.search(padded)
             for p in patterns for m in p.finditer(padded) if m.end() > m.start()]
    spans.sort(key=lambda s: (s[0] - s[1], s[0], s[2]))
    taken: list[tuple[int, int]] = []
    counts: Counter[str] = Counter()
    for start, end, cid in spans:
        if all(end <= a or start >= b for a, b in taken):
            taken.append((start, end))
            counts[cid] += 1
    return counts


def _terms(normalised: str) -> Counter[str]:
    return Counter(w for w in normalised.split()
                   if len(w) >= 4 and w not in STOPWORDS and not w.isdigit())


_CLAUSE_END = re.compile(
    r"[.;!?]+(?=\s|$)|\n+|,\s|\s[-\u2013\u2014]\s"
    r"|\s(?=(?:but|however|although|whereas|while|mais|pero|cependant|pourtant|aunque|alors que|"
    r"tandis que|mientras que)\s)", re.I)
"""Sentence ends, commas, dashes, line breaks, and before a contrast ("checks passed | but")."""
_NOT_THE_PROBLEM = re.compile("|".join(f"(?:{p})" for p in NOT_THE_PROBLEM))
_TIMELINE_ENTRY = re.compile(TIMELINE_ENTRY)


def clauses(text: str) -> list[tuple[str, bool]]:
    """The text cut at sentence ends, commas and line breaks (dotted names stay whole), each
    clause with whether it mentions things in passing: a dated timeline entry, or the rest of a
    paragraph that an aside opens ("Separately, ...", "Otro tema: ...", "P.S. ..."); a line
    that goes on in lower case continues the sentence of the line before (hard-wrapped mail)."""
    cut: list[tuple[str, bool]] = []
    aside = False
    for line in _WRAPPED.sub(" ", text).split("\n"):
        if not line.strip():
            aside = False  # an aside ends with its paragraph
            continue
        dated = _TIMELINE_ENTRY.match(line) is not None
        for sentence in _SENTENCE_END.split(line):
            aside = aside or _ASIDE.match(sentence) is not None
            cut.extend((c, dated or aside) for c in _CLAUSE_END.split(sentence) if c.strip())
    return cut


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_ASIDE = re.compile(
    r"\s*(?:p\.?\s?s\.?\b|separately|side note|as an aside|incidentally|by the way|btw\b|"
    r"on (?:an)?other (?:note|matter|topic|subject)|another (?:thing|matter|point|topic)|"
    r"unrelated|one more thing|otro (?:tema|asunto)|otra cosa|aparte|por otro lado|de paso|"
    r"par ailleurs|au passage|en passant|autre (?:chose|point|sujet)|sur un autre sujet|"
    r"sans rapport|d.autre part)", re.I)
"""What opens a remark beside the complaint: its paragraph mentions things in passing."""


_WRAPPED = re.compile(r"(?<=[^\W\d_,;:.!?])[ \t]*\n(?=[ \t]*[^\W\d_A-Z\u00c0-\u00de])")
"""A line break between a word and a lower-case word: the writer's mail program wrapped it."""


def clause_weight(normalised: str, in_passing: bool) -> float:
    """How much a clause's concepts say about the problem complained of.

    A clause that puts a stage out of scope or says it went well ("the DS set is not part of
    this change", "technical checks passed") names what the problem is NOT: it counts for
    nothing.  A clause that mentions things in passing (a dated timeline entry such as "- 13
    Oct: follow-up sent, automatic acknowledgement only", or an aside): it counts for little.
    """
    padded = f" {normalised} "
    if _NOT_THE_PROBLEM.search(padded):
        return 0.0
    return PASSING_WEIGHT if in_passing else 1.0


def _damped(n: float) -> float:
    """1 + log n for repeated mentions, proportional below one (partial mentions)."""
    return 1.0 + math.log(n) if n >= 1.0 else n


def part_profile(text: str) -> tuple[dict[str, float], Counter[str]]:
    """Concept evidence (clause-weighted counts) and words of one part of a complaint."""
    evidence: dict[str, float] = {}
    words: Counter[str] = Counter()
    for raw, in_passing in clauses(text):
        norm = normalise(raw)
        if not norm:
            continue
        words.update(_terms(norm))
        weight = clause_weight(norm, in_passing)
        if weight == 0.0:
            continue
        for cid, n in concept_counts(norm).items():
            evidence[cid] = evidence.get(cid, 0.0) + weight * n
    return evidence, words


def profile_of(subject: str, text: str, forwarded: str = "",
               subject_weight: float = SUBJECT_WEIGHT) -> Profile:
    """The profile of one complaint from its cleaned subject, own words and forwarded body."""
    weights = {c.id: c.weight for c in CONCEPTS}
    concepts: dict[str, float] = {}
    terms: dict[str, float] = {}
    for part, factor in ((subject, subject_weight), (text, 1.0), (forwarded, FORWARDED_WEIGHT)):
        if not part.strip():
            continue
        evidence, words = part_profile(part)
        for cid, n in evidence.items():
            if n > 0 and weights[cid] > 0:
                concepts[cid] = concepts.get(cid, 0.0) + factor * weights[cid] * _damped(n)
        for w, n in words.items():
            terms[w] = terms.get(w, 0.0) + factor * (1 + math.log(n))
    for cid, value in list(concepts.items()):
        family = FAMILIES.get(cid)
        if family is not None:
            concepts[family] = concepts.get(family, 0.0) + FAMILY_SHARE * value
    return Profile(concepts, terms)


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    dot = sum(v * large.get(k, 0.0) for k, v in small.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    if na == 0 or nb == 0:
        return 1.0 if na == nb else 0.0
    return max(0.0, min(1.0, dot / (na * nb)))


def similarity(a: Profile, b: Profile) -> float:
    """In [0, 1], symmetric, 1 for equal profiles.

    The learnt kinds and the lexicon's concepts decide together; words only break ties.  A
    profile with concepts and one without are about different things as far as the lexicon
    can tell (half the word similarity at most).
    """
    named = _named_similarity(a, b)
    if a.categories and b.categories:
        return CATEGORY_SHARE * _cosine(a.categories, b.categories) + (1 - CATEGORY_SHARE) * named
    if a.categories or b.categories:  # a known kind and an unknown one
        return UNKNOWN_SHARE * named
    return named


def _named_similarity(a: Profile, b: Profile) -> float:
    lexical = _cosine(a.terms, b.terms)
    if a.concepts and b.concepts:
        return CONCEPT_SHARE * _cosine(a.concepts, b.concepts) + (1 - CONCEPT_SHARE) * lexical
    if a.concepts or b.concepts:
        return 0.5 * lexical
    return lexical


# --- clusters -----------------------------------------------------------------------------------


@dataclass
class Signature:
    """A cluster's centre: sums of its members' (normalised) profiles, words pruned."""

    concepts: dict[str, float] = field(default_factory=dict)
    terms: dict[str, float] = field(default_factory=dict)
    size: int = 0
    categories: dict[str, float] = field(default_factory=dict)

    def add(self, p: Profile, sign: int = 1) -> None:
        for target, source in ((self.concepts, _unit(p.concepts)), (self.terms, _unit(p.terms)),
                               (self.categories, _unit(p.categories))):
            for k, v in source.items():
                value = target.get(k, 0.0) + sign * v
                if value > 1e-9:
                    target[k] = value
                else:
                    target.pop(k, None)
        self.size += sign
        if len(self.terms) > MAX_CLUSTER_TERMS:
            top = sorted(self.terms.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CLUSTER_TERMS]
            self.terms = dict(top)

    def profile(self) -> Profile:
        return Profile(self.concepts, self.terms, self.categories)

    def postings(self) -> list[str]:
        return index_keys(self.profile())


def _unit(v: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(x * x for x in v.values()))
    return {k: x / norm for k, x in v.items()} if norm else {}


def index_keys(p: Profile) -> list[str]:
    """Inverted-index keys: the profile's main kinds and concepts, or its top words when it has
    neither."""
    keys = [*_main_keys("k", p.categories), *_main_keys("c", p.concepts)]
    if keys:
        return keys
    words = sorted(p.terms.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return [f"t:{w}" for w, _v in words]


def _main_keys(prefix: str, weights: Mapping[str, float]) -> list[str]:
    if not weights:
        return []
    top = max(weights.values())
    return sorted(f"{prefix}:{k}" for k, v in weights.items() if v >= 0.3 * top)


EVIDENCE_FLOOR = 3.0
"""Evidence a complaint needs to join a cluster with its full similarity: one plain mention of
a failure mode.  A complaint that only touches one in passing (a timeline's "follow-up sent,
automatic acknowledgement only") points the same way as one that is about it, and cosine
alone cannot tell them apart: its similarity is scaled down, so it rather starts a cluster of
its own."""
_FAILURE_CONCEPTS = frozenset(c.id for c in CONCEPTS if c.weight >= 1.0)
"""Failure modes; stages and plain delay (weighted below 1) only say where and how long."""


def assurance(p: Profile) -> float:
    """In [0, 1]: how plainly the complaint names a failure mode (1 from EVIDENCE_FLOOR), or
    how sure the learnt model is of its kind, whichever is more."""
    if not p.concepts:
        return 1.0  # placed by its words alone, which similarity already discounts
    top = max((v for k, v in p.concepts.items() if k in _FAILURE_CONCEPTS), default=0.0)
    return max(min(1.0, top / EVIDENCE_FLOOR), max(p.categories.values(), default=0.0))


def best_cluster(p: Profile, candidates: Iterable[tuple[int, Signature]],
                 threshold: float) -> tuple[int | None, float]:
    """The most similar candidate at or above the threshold (ties: the older cluster); the
    similarity is scaled by the complaint's `assurance`."""
    best: tuple[int | None, float] = (None, 0.0)
    sure = assurance(p)
    for cid, sig in candidates:
        s = sure * similarity(p, sig.profile())
        if s >= threshold and (s > best[1] or (s == best[1] and best[0] is not None
                                                 and cid < best[0])):
            best = (cid, s)
    return best


def label_of(sig: Signature, kind_names: Mapping[str, str] | None = None, limit: int = 3) -> str:
    """Readable: the main concepts (else the main kind, by its name in `kind_names`), then the
    cluster's most frequent distinctive words."""
    concepts = sorted(sig.concepts.items(), key=lambda kv: (-kv[1], kv[0]))
    kinds = sorted(sig.categories.items(), key=lambda kv: (-kv[1], kv[0]))
    if concepts:
        top = concepts[0][1]
        named = [_LABELS.get(k, k) for k, v in concepts[:2] if v >= 0.5 * top]
    elif kinds:
        kind = kinds[0][0]
        named = [(kind_names or {}).get(kind, kind.replace("_", " "))]
    else:
        named = []
    words = [w for w, _v in sorted(sig.terms.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]
    head = " / ".join(named) or "unclassified"
    return f"{head} ({', '.join(words)})" if words else head


class Clusterer:
    """Incremental clustering in memory (the store does the same with its own index)."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.clusters: dict[int, Signature] = {}
        self.index: dict[str, set[int]] = {}

    def candidates(self, p: Profile) -> list[tuple[int, Signature]]:
        hits: Counter[int] = Counter()
        for key in index_keys(p):
            hits.update(self.index.get(key, ()))
        ranked = sorted(hits, key=lambda c: (-hits[c], c))[:MAX_CANDIDATES]
        return [(c, self.clusters[c]) for c in ranked]

    def place(self, p: Profile) -> int:
        cid, _score = best_cluster(p, self.candidates(p), self.threshold)
        if cid is None:
            cid = len(self.clusters) + 1
            self.clusters[cid] = Signature()
        sig = self.clusters[cid]
        for key in sig.postings():
            self.index.get(key, set()).discard(cid)
        sig.add(p)
        for key in sig.postings():
            self.index.setdefault(key, set()).add(cid)
        return cid


def cluster_all(profiles: Sequence[Profile], threshold: float) -> list[int]:
    """Cluster ids in arrival order (deterministic: the same input gives the same ids)."""
    c = Clusterer(threshold)
    return [c.place(p) for p in profiles]


# --- pattern flags ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    ref: str
    registry: str
    received_at: datetime


@dataclass(frozen=True)
class MetricMisses:
    """An SLA metric PTI missed, with the consecutive months it missed (YYYY-MM)."""

    metric: str
    months: tuple[str, ...]


@dataclass(frozen=True)
class Flag:
    kind: str
    """'systemic' or 'persistent'."""
    summary: str
    refs: tuple[str, ...]
    months: tuple[str, ...] = ()
    registries: tuple[str, ...] = ()
    metric: str | None = None


def systemic_flag(members: Sequence[Member], now: datetime, min_complaints: int,
                  min_registries: int, window_days: int) -> Flag | None:
    """At least K complaints from at least M registries within the last W days."""
    since = now - timedelta(days=window_days)
    recent = sorted((m for m in members if since <= m.received_at <= now),
                    key=lambda m: (m.received_at, m.ref))
    registries = tuple(sorted({m.registry for m in recent}))
    if len(recent) < min_complaints or len(registries) < min_registries:
        return None
    return Flag("systemic",
                f"{len(recent)} complaints from {len(registries)} registries within "
                f"{window_days} days", tuple(m.ref for m in recent),
                tuple(sorted({m.received_at.strftime('%Y-%m') for m in recent})), registries)


def longest_month_run(months: Iterable[str]) -> tuple[str, ...]:
    """The longest run of consecutive months (YYYY-MM), the latest on ties."""
    ordered = sorted(set(months))
    best: list[str] = []
    run: list[str] = []
    for m in ordered:
        if run and _month_index(m) == _month_index(run[-1]) + 1:
            run.append(m)
        else:
            run = [m]
        if len(run) >= len(best):
            best = list(run)
    return tuple(best)


def _month_index(month: str) -> int:
    year, mon = month.split("-")
    return int(year) * 12 + int(mon) - 1


def persistent_flag(month_counts: Mapping[str, int], signature: Signature,
                    sla_misses: Sequence[MetricMisses], min_months: int,
                    min_missed_months: int, match_threshold: float) -> Flag | None:
    """Complaints in P consecutive months, or the cluster matches an SLA metric PTI missed in
    at least `min_missed_months` consecutive months (matched by concept similarity).

    The flag's refs are left empty: the caller fills in the complaints of its months.
    """
    months = longest_month_run(m for m, n in month_counts.items() if n > 0)
    if len(months) >= min_months:
        return Flag("persistent", f"complaints in {len(months)} consecutive months "
                    f"({months[0]} to {months[-1]})", (), months)
    for miss in sla_misses:
        run = longest_month_run(miss.months)
        if len(run) < min_missed_months:
            continue
        metric_profile = profile_of(miss.metric, "")
        if metric_profile.concepts and _cosine(metric_profile.concepts,
                                               signature.concepts) >= match_threshold:
            return Flag("persistent", f"matches SLA metric '{miss.metric}' missed in "
                        f"{len(run)} consecutive months ({run[0]} to {run[-1]})", (), run,
                        metric=miss.metric)
    return None


def message_profile(subject: str, text: ComplaintText, kinds: CategoryModel | None) -> Profile:
    """The profile of a complaint from its subject and its cleaned text; with `kinds`, the
    learnt model's probabilities too (None: the lexicon alone)."""
    someone_elses = is_reply_subject(subject) or text.forwards_a_notice
    cleaned = clean_subject(subject)
    named = profile_of(cleaned, text.new_text, text.forwarded,
                       REPLY_SUBJECT_WEIGHT if someone_elses else SUBJECT_WEIGHT)
    if kinds is None:
        return named
    posterior = kinds.posterior(cleaned, text.new_text, text.forwarded)
    if max(posterior.values(), default=0.0) < KNOWN_KIND:
        return named
    return replace(named, categories=posterior)


def profile_to_json(p: Profile) -> str:
    return json.dumps({"concepts": _rounded(p.concepts), "terms": _rounded(p.terms),
                       "categories": _rounded(p.categories)}, sort_keys=True)


def profile_from_json(text: str) -> Profile:
    d = json.loads(text)
    return Profile(dict(d.get("concepts", {})), dict(d.get("terms", {})),
                   dict(d.get("categories", {})))


def signature_to_json(sig: Signature) -> str:
    return json.dumps({"concepts": _rounded(sig.concepts), "terms": _rounded(sig.terms),
                       "categories": _rounded(sig.categories), "size": sig.size},
                      sort_keys=True)


def signature_from_json(text: str) -> Signature:
    d = json.loads(text)
    return Signature(dict(d.get("concepts", {})), dict(d.get("terms", {})), int(d.get("size", 0)),
                     dict(d.get("categories", {})))


def signature_of(profiles: Iterable[Profile]) -> Signature:
    sig = Signature()
    for p in profiles:
        sig.add(p)
    return sig


def _rounded(v: Mapping[str, float]) -> dict[str, float]:
    return {k: round(x, 6) for k, x in v.items()}
