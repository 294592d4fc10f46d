"""Ingest throughput: the wire (stdlib imaplib), bare aioimaplib, and cscbot's whole intake.

Seeds a throwaway Dovecot mailbox with 10,000 messages and, in one run, measures:
- `wire_msgs_per_s`: one stdlib imaplib UID FETCH of everything (the wire's limit);
- `aioimaplib_msgs_per_s`: a bare aioimaplib loop in chunks of 100 UIDs (the library's best);
- `ingest_msgs_per_s`: cscbot's poll_inbox on the same mailbox (fetch + parse + classify +
  journal in a file store, no settling so each run reads the same mail);
then merges them, their ratios and the peak RSS into bench/results.json.

    python bench/ingest.py [--messages 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import imaplib
import json
import resource
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aioimaplib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "servers"))
sys.path.insert(0, str(ROOT))

from dovecot_fixture import DovecotServer  # noqa: E402

from cscbot.adapters.imap import ImapSource  # noqa: E402
from cscbot.adapters.sqlite import SqliteStore  # noqa: E402
from cscbot.config import ImapSettings, parse  # noqa: E402
from cscbot.render import Renderer  # noqa: E402
from cscbot.services.context import Context  # noqa: E402
from cscbot.services.intake import poll_inbox  # noqa: E402

USER, PASSWORD = "t-bench", "pw"
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


async def aioimaplib_rate(port: int, n: int, chunk: int = 100) -> float:
    client = aioimaplib.IMAP4("127.0.0.1", port, timeout=60)
    await client.wait_hello_from_server()
    await client.login(USER, PASSWORD)
    await client.select("INBOX")
    t = time.perf_counter()
    got = 0
    for start in range(1, n + 1, chunk):
        r = await client.protocol.fetch(f"{start}:{start + chunk - 1}", "(UID BODY.PEEK[])",
                                        by_uid=True, timeout=60)
        got += sum(1 for line in r.lines if isinstance(line, bytearray))
    elapsed = time.perf_counter() - t
    await client.logout()
    assert got == n, got
    return n / elapsed


async def ingest_rate(port: int, n: int, workdir: Path) -> float:
    doc: dict[str, Any] = {
        "bot": {"address": "csc-bot@csc.example.org"},
        "addresses": {"csc_mailbox": "csc@csc.example.org",
                      "secretariat": ["secretariat@csc.example.org"],
                      "announce": "csc-announce@csc.example.org",
                      "pti_senders": ["reports@iana.example"]},
    }
    settings = parse(doc, workdir / "config.toml")
    store = SqliteStore(workdir / "bench.sqlite3")
    ctx = Context(settings, store, Renderer(None))
    source = ImapSource(ImapSettings(host="127.0.0.1", port=port, username=USER,
                                     security="none", timeout_seconds=60),
                        PASSWORD, processed_folder="cscbot/processed",
                        quarantine_folder="cscbot/quarantine", max_bytes=25_000_000)
    t = time.perf_counter()
    report = await poll_inbox(ctx, source, datetime.now(UTC), settle=False)
    elapsed = time.perf_counter() - t
    await source.close()
    counts = store.journal_counts()
    store.close()
    assert report.handled == n and counts.get("handled") == n, (report, counts)
    return n / elapsed


def merge(figures: dict[str, float]) -> None:
    path = ROOT / "bench" / "results.json"
    data = json.loads(path.read_text()) if path.exists() else {}
    data.update(figures)
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    n = parser.parse_args().messages
    root = Path(tempfile.mkdtemp(prefix="bench-dovecot-", dir="/dev/shm"))
    server = DovecotServer(root).start()
    try:
        t = time.perf_counter()
        server.seed(USER, corpus(n))
        print(f"seeded {n} messages in {time.perf_counter() - t:.1f}s")
        wire = wire_rate(server.imap_port, n)
        bare = asyncio.run(aioimaplib_rate(server.imap_port, n))
        ingest = asyncio.run(ingest_rate(server.imap_port, n, root))
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    figures = {
        "wire_msgs_per_s": round(wire),
        "aioimaplib_msgs_per_s": round(bare),
        "ingest_msgs_per_s": round(ingest),
        "ingest_ratio_to_aioimaplib": round(ingest / bare, 3),
        "ingest_ratio_to_wire": round(ingest / wire, 3),
        "ingest_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                                    1),
    }
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    merge(figures)


if __name__ == "__main__":
    main()
