"""Outbox throughput: 5,000 queued mails sent to a local SMTP server, against a bare loop.

Starts the test SMTP server (aiosmtpd in its own process, STARTTLS, recording off), queues
5,000 mails in a file-backed store, and flushes them with the daemon's own `flush_outbox` and
`SmtpSink` (default batch of 50 per connection, pacing off).  The reference, in the same run:
the same 5,000 messages sent by a bare aiosmtplib loop over one STARTTLS connection.
Merges `outbox_mails_per_s` and `outbox_ratio_to_bare` into bench/results.json.

    python bench/outbox.py [--count 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import ssl
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "servers"))

import aiosmtplib  # noqa: E402
from smtp_server import SmtpServerProcess  # noqa: E402

from cscbot.adapters.smtp import SmtpEndpoint, SmtpSink  # noqa: E402
from cscbot.adapters.sqlite import SqliteStore  # noqa: E402
from cscbot.config import Settings, parse  # noqa: E402
from cscbot.domain.outgoing import OutgoingMail  # noqa: E402
from cscbot.render import Renderer  # noqa: E402
from cscbot.services.context import Context  # noqa: E402
from cscbot.services.mailer import queue_mail  # noqa: E402
from cscbot.services.outbox import flush_outbox  # noqa: E402

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
TEXT = "Dear registry operator,\n\nthank you for your message. " * 8 + "\n"


def settings(work: Path, batch: int) -> Settings:
    return parse({
        "bot": {"address": "csc-bot@csc.example.org"},
        "addresses": {"csc_mailbox": "csc@csc.example.org",
                      "secretariat": ["secretariat@csc.example.org"],
                      "announce": "csc-announce@csc.example.org"},
        "storage": {"path": str(work / "bench.sqlite3")},
        "outbox": {"batch_size": batch, "rate_per_minute": 10_000_000}}, work / "c.toml")


def queue(ctx: Context, count: int) -> float:
    start = time.perf_counter()
    with ctx.store.transaction():
        for i in range(count):
            queue_mail(ctx, OutgoingMail(key=f"bench:{i}", kind="ack",
                                         to=(f"user{i % 97}@registry.example",),
                                         subject=f"Received: CSC-2026-{i:04d}", text=TEXT), NOW)
    return count / (time.perf_counter() - start)


async def outbox_run(ctx: Context, srv: SmtpServerProcess) -> float:
    sink = SmtpSink(SmtpEndpoint("127.0.0.1", srv.port, "starttls", cafile=srv.cafile))
    sent, start = 0, time.perf_counter()
    while True:
        report = await flush_outbox(ctx, sink, NOW)
        if report.retried or report.dead:
            raise RuntimeError(f"bench run failed: {report}")
        if not report.sent:
            break
        sent += report.sent
    return sent / (time.perf_counter() - start)


async def bare_run(srv: SmtpServerProcess, messages: list[tuple[str, str, bytes]]) -> float:
    tls = ssl.create_default_context(cafile=str(srv.cafile))
    start = time.perf_counter()
    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=srv.port, start_tls=True,
                               tls_context=tls) as client:
        for sender, rcpt, data in messages:
            await client.sendmail(sender, [rcpt], data)
    return len(messages) / (time.perf_counter() - start)


def merge(figures: dict[str, float]) -> None:
    path = Path(__file__).resolve().parent / "results.json"
    results = json.loads(path.read_text()) if path.exists() else {}
    results.update(figures)
    path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000)
    count = parser.parse_args().count
    shm = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
    work = Path(tempfile.mkdtemp(prefix="bench-outbox-", dir=shm))
    srv = SmtpServerProcess(work / "smtp").start()
    srv.set_rules([{"record": False}])
    rows = []
    try:
        for batch in (50, 500):
            ctx = Context(settings(work / f"b{batch}", batch),
                          SqliteStore(work / f"b{batch}" / "bench.sqlite3"), Renderer())
            queued_per_s = queue(ctx, count)
            messages = [(r.sender, r.recipients[0], r.data) for r in ctx.store.outbox_list(
                limit=count)]
            outbox = asyncio.run(outbox_run(ctx, srv))
            bare = asyncio.run(bare_run(srv, messages))
            assert len(ctx.store.outbox_list("sent", count)) == count
            rows.append((batch, queued_per_s, outbox, bare))
            ctx.store.close()
    finally:
        srv.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{count} mails, STARTTLS to aiosmtpd on 127.0.0.1 (pacing off)")
    print(f"{'batch/conn':>10} {'queue/s':>9} {'outbox/s':>9} {'bare/s':>8} {'ratio':>6}")
    for batch, q, o, b in rows:
        print(f"{batch:>10} {q:>9.0f} {o:>9.0f} {b:>8.0f} {o / b:>6.2f}")
    default = rows[0]
    merge({"outbox_mails_per_s": round(default[2], 1),
           "outbox_ratio_to_bare": round(default[2] / default[3], 3),
           "outbox_queue_mails_per_s": round(default[1], 1)})


if __name__ == "__main__":
    main()
