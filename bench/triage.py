"""Complaint triage: cost per complaint placed as the store grows, peak memory, and quality.

    python bench/triage.py            # 1k, 10k, 100k complaints already stored

For each size a child process fills a fresh SQLite store with N complaints (profiles drawn
from the labelled corpus, each with two extra random words so clusters differ lexically,
arriving at a constant 20 a day: the store grows by history, not by density); another child
process opens that store and times `handle_complaint` (the intake handler: extraction,
profile, placement through the inverted index, store writes, ack, flags) on 200 new
complaints, and reports its peak RSS.  Quality: pairwise precision/recall/F1 on each labelled
tuning part (see tests/triage_quality.py), the threshold chosen by leave-one-corpus-out
cross-validation over them, and -- as `triage_pairwise_*`, `triage_blind2_*` ...
`triage_blind7_*` -- the figures on the blind corpora (tests/data/complaints_blind ... _blind7,
each written by someone who saw neither the method nor the other corpora, and never tuned on),
with the lexicon alone and the TF-IDF + agglomerative baseline beside.  Every corpus is profiled
with the model of kinds fitted WITHOUT it (tests/category_model.py).  Figures are merged into
bench/results.json.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cscbot.adapters.sqlite import SqliteStore  # noqa: E402
from cscbot.config import TriageSettings, parse  # noqa: E402
from cscbot.domain.complaints import complaint_text  # noqa: E402
from cscbot.domain.mail import parse_message  # noqa: E402
from cscbot.domain.triage import (  # noqa: E402
    Clusterer,
    Profile,
    label_of,
    message_profile,
    profile_to_json,
    signature_to_json,
)
from cscbot.render import Renderer  # noqa: E402
from cscbot.services.complaints import handle_complaint, shipped_kinds  # noqa: E402
from cscbot.services.context import Context  # noqa: E402
from tests.category_model import held_out_model  # noqa: E402
from tests.triage_quality import (  # noqa: E402
    BLINDS,
    author_of,
    concept_method,
    cross_validated_threshold,
    every_part,
    load,
    parts,
    tuned_baseline,
)

START = datetime(2000, 1, 1, tzinfo=UTC)
PER_DAY = 20
TIMED = 400
SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}
RESULTS = ROOT / "bench" / "results.json"


def settings(tmp: Path) -> object:
    return parse({"bot": {"address": "bot@csc.example.org"},
                  "addresses": {"csc_mailbox": "csc@csc.example.org",
                                "secretariat": ["s@csc.example.org"],
                                "announce": "a@csc.example.org"},
                  "loops": {"max_auto_replies_per_sender_per_day": 1000}}, tmp / "c.toml")


def pool() -> list[tuple[str, Profile]]:
    messages = load("tune")[0] + load("heldout")[0]
    kinds = shipped_kinds()
    return [(m.from_addr, message_profile(m.subject, complaint_text(m), kinds))
            for m in messages]


def populate(path: Path, n: int) -> None:
    """Fill a store with n complaints, clustered in memory by the same method, written in bulk."""
    rnd = random.Random(7)
    profiles = pool()
    noise = [f"w{k:05d}" for k in range(5000)]
    store = SqliteStore(path)
    clusterer = Clusterer(0.5)
    store_ids: dict[int, int] = {}
    with store.transaction():
        for i in range(n):
            sender, base = profiles[rnd.randrange(len(profiles))]
            terms = dict(base.terms)
            for w in rnd.sample(noise, 2):
                terms[w] = 1.0
            p = Profile(base.concepts, terms)
            cid = clusterer.place(p)
            if cid not in store_ids:
                store_ids[cid] = store.cluster_add(label="", signature="{}", now=START)
            when = START + timedelta(days=i / PER_DAY)
            store.complaint_add(
                ref=f"CSC-{when.year}-{i:06d}", message_id=f"<p{i}@bench>", sender=sender,
                sender_name="", organisation="", registry=f".r{rnd.randrange(300)}",
                tlds=[], tickets=[], subject="", language="en", new_text="",
                profile=profile_to_json(p), received_at=when, cluster_id=store_ids[cid])
            store.cluster_month_add(store_ids[cid], when.strftime("%Y-%m"))
        for cid, sig in clusterer.clusters.items():
            store.cluster_save(store_ids[cid], signature=signature_to_json(sig),
                               size=sig.size, label=label_of(sig), postings=sig.postings(),
                               now=START)
    store.close()


def measure(path: Path, n: int) -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp())
    store = SqliteStore(path)
    ctx = Context(settings(tmp), store, Renderer())  # type: ignore[arg-type]
    folder = ROOT / "tests" / "data" / "complaints" / "heldout"
    raws = [f.read_bytes() for f in sorted(folder.glob("*.eml"))]
    now = START + timedelta(days=n / PER_DAY)
    start = time.perf_counter()
    for i in range(TIMED):
        raw = raws[i % len(raws)].replace(b"Message-ID: <", f"Message-ID: <b{i}.".encode(), 1)
        msg = parse_message(raw)
        with store.transaction():
            handle_complaint(ctx, msg, now + timedelta(minutes=i))
    elapsed = time.perf_counter() - start
    store.close()
    return {"ms": 1000 * elapsed / TIMED,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "clusters": 0}


def child(mode: str, path: Path, n: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, mode, str(path), str(n)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1]) if out.strip() else {}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", nargs="?", default="all")
    parser.add_argument("path", nargs="?")
    parser.add_argument("n", nargs="?", type=int)
    args = parser.parse_args()
    if args.mode == "populate":
        populate(Path(args.path), args.n)
        return
    if args.mode == "measure":
        print(json.dumps(measure(Path(args.path), args.n)))
        return
    figures: dict[str, float] = {}
    print(f"{'stored':>8} {'fill s':>8} {'ms/complaint':>13} {'peak RSS MB':>12}")
    for name, n in SIZES.items():
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.sqlite3"
            t0 = time.perf_counter()
            child("populate", db, n)
            fill = time.perf_counter() - t0
            m = child("measure", db, n)
        figures[f"triage_ms_per_complaint_{name}"] = round(m["ms"], 3)
        if name == "100k":
            figures["triage_peak_rss_mb_100k"] = round(m["rss_mb"], 1)
        print(f"{n:>8} {fill:>8.1f} {m['ms']:>13.3f} {m['rss_mb']:>12.1f}")
    figures["triage_cost_ratio_100k_1k"] = round(
        figures["triage_ms_per_complaint_100k"] / figures["triage_ms_per_complaint_1k"], 3)
    corpora = parts()
    threshold = TriageSettings().similarity_threshold
    cv, folds = cross_validated_threshold(every_part(), held_out_model)
    print(f"threshold {threshold}; leave-one-corpus-out choice {cv} (folds: {folds})")
    for name, corpus in corpora.items():
        s = concept_method(*corpus, threshold, held_out_model(author_of(name)))
        print(s.row(f"{name}: method (t={threshold})"))
        figures.update({f"triage_{name}_precision": round(s.precision, 3),
                        f"triage_{name}_recall": round(s.recall, 3),
                        f"triage_{name}_f1": round(s.f1, 3)})
    # the figures that count: mail written blind to the method and never tuned on
    for name, path in BLINDS.items():
        blind = load("all", path)
        ours = concept_method(*blind, threshold, held_out_model(name))
        print(ours.row(f"{name}, model without it: method (t={threshold})"))
        lexicon = concept_method(*blind, threshold, None)
        print(lexicon.row(f"{name}: lexicon alone, no model of kinds"))
        distance, baseline = tuned_baseline(corpora["tune"], blind)
        print(baseline.row(f"{name}: tf-idf+agglom (d={distance:.2f})"))
        # the names for the first blind corpus; the others under their own
        key, baseline_key = (("triage_pairwise", "triage_baseline_f1") if name == "blind"
                             else (f"triage_{name}", f"triage_{name}_baseline_f1"))
        figures.update({f"{key}_f1": round(ours.f1, 3),
                        f"{key}_precision": round(ours.precision, 3),
                        f"{key}_recall": round(ours.recall, 3),
                        f"{key}_lexicon_alone_f1": round(lexicon.f1, 3),
                        baseline_key: round(baseline.f1, 3)})
    figures["triage_cv_threshold"] = cv
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results.update(figures)
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
