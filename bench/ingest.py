"""Ingest throughput: the wire (stdlib imaplib), bare aioimaplib, and cscbot's whole intake.

Seeds a throwaway Dovecot mailbox with 10,000 messages and, in one run, measures:
- `wire_msgs_per_s`: one stdlib imaplib UID FETCH of everything (the wire's limit);
- `aioimaplib_msgs_per_s`: a bare aioimaplib loop in its best chunk size, found first by
  trying `BARE_CHUNKS` (the library's parser is quadratic in a response's lines, so its best
  is small: ~15-20 UIDs here), reported as `aioimaplib_best_chunk`;
- `aioimaplib_as_adapted_msgs_per_s`: the same bare loop on the IMAP adapter's client (the
  library with the two costs the adapter makes linear, see cscbot/adapters/imap.py) in
  cscbot's configured chunk size, so the report shows what cscbot's own work costs on top of
  fetching (`ingest_ratio_to_aioimaplib_as_adapted`);
- `ingest_msgs_per_s`: cscbot's poll_inbox on the same mailbox with its default settings:
  connect, SEARCH, fetch, journal (raw bytes committed in a file store), parse, classify, the
  intake transaction that marks each message handled.  The kind handlers (complaint triage,
  PTI report reading, secretariat commands) are features with their own benches, so they are
  unregistered for this figure; no settling, so every round reads the same mail;
- `ingest_with_handlers_msgs_per_s`: the same with every handler registered, on 1,000 messages
  (what a backlog of this mix costs end to end).
The bare loops and ingest run in turn, after a warm-up round, `--rounds` times each; the rates
are the medians of the rounds, and each ratio is the median of the rounds' own ratios (the two
runs of a round are seconds apart, so a machine shared with others slows both alike; the
spread of the per-round ratios is reported too).  Figures, their ratios and the peak RSS are
merged into bench/results.json.

    python bench/ingest.py [--messages 10000] [--rounds 9]
"""

from __future__ import annotations

import argparse
import asyncio
import imaplib
import logging
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aioimaplib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "servers"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _common import merge_results  # noqa: E402
from dovecot_fixture import DovecotServer  # noqa: E402

from cscbot.adapters.imap import Client as AdapterClient  # noqa: E402
from cscbot.adapters.imap import ImapSource  # noqa: E402
from cscbot.adapters.sqlite import SqliteStore  # noqa: E402
from cscbot.app import settle_collector  # noqa: E402
from cscbot.config import ImapSettings, parse  # noqa: E402
from cscbot.render import Renderer  # noqa: E402
from cscbot.services import dispatch  # noqa: E402
from cscbot.services.context import Context  # noqa: E402
from cscbot.services.intake import poll_inbox  # noqa: E402

USER, E2E_USER, PASSWORD = "t-bench", "t-bench-e2e", "pw"
SUBJECTS = ("Slow technical check for .example", "Out of office: back Monday",
            "RE: [CSC-bot] digest 2026-02-02", "Contact confirmation never arrived",
            "January 2026 IANA Naming Function Performance Report")


def corpus(n: int) -> list[bytes]:
    body = "The technical check for our delegation has been pending for three days.\r\n" * 8
    return [(f"From: {_sender(i)}\r\n"
             f"To: csc@csc.example.org\r\nSubject: {SUBJECTS[i % len(SUBJECTS)]} #{i}\r\n"
             f"Date: Mon, 02 Feb 2026 10:00:00 +0000\r\nMessage-ID: <b{i}@registry.example>\r\n"
             f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}").encode()
            for i in range(n)]


def _sender(i: int) -> str:
    if i % len(SUBJECTS) == len(SUBJECTS) - 1:
        return "PTI Reports <reports@iana.example>"
    if i % len(SUBJECTS) == 2:
        return "Secretariat <secretariat@csc.example.org>"
    return f"Operator {i} <ops{i % 50}@registry{i % 7}.example>"


def wire_rate(port: int, n: int) -> float:
    conn = imaplib.IMAP4("127.0.0.1", port)
    conn.login(USER, PASSWORD)
    conn.select("INBOX", readonly=True)
    t = time.perf_counter()
    typ, data = conn.uid("FETCH", "1:*", "(UID BODY.PEEK[])")
    elapsed = time.perf_counter() - t
    got = sum(1 for d in data if isinstance(d, tuple))
    conn.logout()
    assert typ == "OK" and got == n, (typ, got)
    return n / elapsed


async def aioimaplib_rate(port: int, n: int, client_class: Any = aioimaplib.IMAP4,
                         chunk: int = 100) -> float:
    client = client_class("127.0.0.1", port, timeout=60)
    await client.wait_hello_from_server()
    await client.login(USER, PASSWORD)
    await client.select("INBOX")
    t = time.perf_counter()
    got = 0
    for start in range(1, n + 1, chunk):
        # no per-command timeout: the library would re-arm a timer on every line it reads
        # (cscbot bounds each command with asyncio.wait_for instead)
        r = await client.protocol.fetch(f"{start}:{start + chunk - 1}", "(UID BODY.PEEK[])",
                                        by_uid=True)
        got += sum(1 for line in r.lines if isinstance(line, bytearray))
    elapsed = time.perf_counter() - t
    await client.logout()
    assert got == n, got
    return n / elapsed


@contextmanager
def handlers_unregistered() -> Iterator[None]:
    """Intake's own work only: every kind is journaled and marked 'no handler for ...'."""
    saved = dict(dispatch.HANDLERS)
    dispatch.HANDLERS.clear()
    try:
        yield
    finally:
        dispatch.HANDLERS.update(saved)


async def ingest_rate(port: int, user: str, n: int, store_path: Path) -> float:
    doc: dict[str, Any] = {
        "bot": {"address": "csc-bot@csc.example.org"},
        "addresses": {"csc_mailbox": "csc@csc.example.org",
                      "secretariat": ["secretariat@csc.example.org"],
                      "announce": "csc-announce@csc.example.org",
                      "pti_senders": ["reports@iana.example"]},
    }
    settings = parse(doc, store_path.with_suffix(".toml"))
    store = SqliteStore(store_path)
    ctx = Context(settings, store, Renderer(None))
    source = ImapSource(ImapSettings(host="127.0.0.1", port=port, username=user,
                                     security="none", timeout_seconds=60),
                        PASSWORD, processed_folder="cscbot/processed",
                        quarantine_folder="cscbot/quarantine", max_bytes=25_000_000)
    t = time.perf_counter()
    report = await poll_inbox(ctx, source, datetime.now(UTC), settle=False)
    elapsed = time.perf_counter() - t
    await source.close()
    counts = store.journal_counts()
    store.close()
    assert report.seen == n and sum(counts.values()) == n, (report, counts)
    return n / elapsed


BARE_CHUNKS = (10, 15, 20, 30, 50, 100)
OUR_CHUNK = ImapSettings(host="127.0.0.1", username=USER).fetch_chunk
"""cscbot's default UID FETCH chunk (the adapter's client reads a response in linear time)."""


def best_bare_chunk(port: int, n: int) -> int:
    """The chunk size at which the bare library loop fetches fastest (best of two tries)."""
    rates = {chunk: max(asyncio.run(aioimaplib_rate(port, n, chunk=chunk)) for _ in range(2))
             for chunk in BARE_CHUNKS}
    print("bare aioimaplib by chunk size: "
          + ", ".join(f"{chunk}: {rate:,.0f}" for chunk, rate in rates.items()))
    return max(rates, key=lambda chunk: rates[chunk])


def compare(port: int, n: int, rounds: int, workdir: Path,
            bare_chunk: int) -> dict[str, list[float]]:
    """The bare loops and intake in turn (same mailbox); round 0 warms up."""
    runs: dict[str, list[float]] = {"bare": [], "adapter": [], "ingest": []}
    ours = OUR_CHUNK
    with handlers_unregistered():
        for i in range(rounds + 1):
            store = workdir / f"round{i}.sqlite3"
            order = ["bare", "adapter", "ingest"]
            got = {name: asyncio.run(
                aioimaplib_rate(port, n, chunk=bare_chunk) if name == "bare"
                else aioimaplib_rate(port, n, AdapterClient, chunk=ours) if name == "adapter"
                else ingest_rate(port, USER, n, store))
                for name in (order if i % 2 else order[::-1])}
            for suffix in ("", "-wal", "-shm"):
                Path(f"{store}{suffix}").unlink(missing_ok=True)
            print(f"round {i}{' (warm-up)' if i == 0 else ''}: aioimaplib {got['bare']:,.0f}, "
                  f"adapter's client {got['adapter']:,.0f}, ingest {got['ingest']:,.0f} msg/s, "
                  f"ratio {got['ingest'] / got['bare']:.3f}")
            if i:
                for name, rate in got.items():
                    runs[name].append(rate)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    n, e2e = args.messages, min(1_000, args.messages)
    logging.basicConfig(level=logging.ERROR)  # refused commands etc. would flood stderr
    settle_collector()  # as the daemon does once it is set up (cscbot.app.App.run)
    root = Path(tempfile.mkdtemp(prefix="bench-dovecot-", dir="/dev/shm"))
    server = DovecotServer(root).start()
    try:
        t = time.perf_counter()
        server.seed(USER, corpus(n))
        server.seed(E2E_USER, corpus(e2e))
        print(f"seeded {n} + {e2e} messages in {time.perf_counter() - t:.1f}s")
        wire = statistics.median(wire_rate(server.imap_port, n) for _ in range(3))
        bare_chunk = best_bare_chunk(server.imap_port, n)
        runs = compare(server.imap_port, n, args.rounds, root, bare_chunk)
        full = asyncio.run(ingest_rate(server.imap_port, E2E_USER, e2e, root / "e2e.sqlite3"))
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    bare, adapter, ingest = (statistics.median(runs[k]) for k in ("bare", "adapter", "ingest"))
    ratios = sorted(g / b for g, b in zip(runs["ingest"], runs["bare"], strict=True))
    to_adapted = statistics.median(
        g / a for g, a in zip(runs["ingest"], runs["adapter"], strict=True))
    figures = {
        "wire_msgs_per_s": round(wire),
        "aioimaplib_msgs_per_s": round(bare),
        "aioimaplib_best_chunk": bare_chunk,
        "ingest_fetch_chunk": OUR_CHUNK,
        "aioimaplib_as_adapted_msgs_per_s": round(adapter),
        "ingest_msgs_per_s": round(ingest),
        "ingest_ratio_to_aioimaplib": round(statistics.median(ratios), 3),
        "ingest_ratio_spread": [round(ratios[0], 3), round(ratios[-1], 3)],
        "ingest_ratio_to_aioimaplib_as_adapted": round(to_adapted, 3),
        "ingest_ratio_to_wire": round(ingest / wire, 3),
        "ingest_with_handlers_msgs_per_s": round(full),
        "ingest_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                                    1),
    }
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    merge_results(figures)


if __name__ == "__main__":
    main()
