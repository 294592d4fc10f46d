"""Acknowledgement latency: APPEND of a complaint to the CSC mailbox -> its ack at the SMTP server.

Starts a Dovecot and the test SMTP server (tests/servers/), runs `cscbot run` as a real process
on the real clock with IDLE and the default flush interval (10 s: an ack must not wait for it),
then appends complaints one at a time (each from its own registry: one automatic answer per
sender per day) and times each until the server has recorded the ack (the file's mtime).
Merges `ack_latency_p50_s`, `ack_latency_p95_s` into bench/results.json.

    python bench/latency.py [--count 100]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "servers"))

from _common import merge_results, print_table  # noqa: E402
from dovecot_fixture import DovecotServer  # noqa: E402
from smtp_server import SmtpServerProcess  # noqa: E402

from tests.e2e import mails  # noqa: E402
from tests.e2e.harness import World  # noqa: E402

GOAL_P95_S = 2.0


def complaint(i: int) -> bytes:
    c = mails.Complaint(f"lat{i}", f"ops@registry{i}.example", f"Operator {i}",
                        f"Technical check retest timing out for .tld{i}",
                        f"Our name server change (ticket 1-2026-{i:04d}) is stuck in the\n"
                        "technical check retest, which times out against our IPv6 servers.\n")
    return mails.complaint(c, datetime.now(UTC))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(world: World, count: int, rng: random.Random) -> list[float]:
    folder = world.smtp.root / "messages"
    latencies = []
    for i in range(count):
        before = len(list(folder.glob("*.json")))
        appended = time.time()
        world.mailbox.append(complaint(i))
        deadline = time.monotonic() + 30
        while True:
            files = sorted(folder.glob("*.json"))
            if len(files) > before:
                latencies.append(files[before].stat().st_mtime - appended)
                break
            if time.monotonic() > deadline:
                raise SystemExit(f"no ack for complaint {i} within 30 s; log:\n"
                                 f"{world.log_text()[-3000:]}")
            time.sleep(0.002)
        time.sleep(rng.uniform(0.05, 0.2))  # the daemon is back in IDLE, as between mails
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    args = parser.parse_args()
    base = "/dev/shm" if Path("/dev/shm").is_dir() else None
    roots = [Path(tempfile.mkdtemp(prefix=f"latency-{part}-", dir=base))
             for part in ("dovecot", "smtp", "bot")]
    dovecot = DovecotServer(roots[0]).start()
    smtp = SmtpServerProcess(roots[1]).start()
    world = World(roots[2], dovecot, smtp, user="t-latency", fast_clock=False,
                  flush_interval=10.0)
    try:
        world.daemon.start()
        deadline = time.monotonic() + 20
        while "idle=True" not in world.log_text():
            if time.monotonic() > deadline:
                raise SystemExit(f"the daemon did not start:\n{world.log_text()[-3000:]}")
            time.sleep(0.05)
        latencies = measure(world, args.count, random.Random(1))
        assert world.daemon.terminate() == 0
    finally:
        world.daemon.ensure_stopped()
        smtp.stop()
        dovecot.stop()
        for root in roots:
            shutil.rmtree(root, ignore_errors=True)
    p50, p95 = percentile(latencies, 0.50), percentile(latencies, 0.95)
    print_table(f"ack latency, APPEND -> ack at the SMTP server ({args.count} complaints, "
                "IDLE, STARTTLS, real clock)", [
                    ("p50 (s)", p50), ("p95 (s)", p95), ("max (s)", max(latencies)),
                    ("mean (s)", statistics.fmean(latencies)),
                    (f"goal p95 < {GOAL_P95_S} s", "met" if p95 < GOAL_P95_S else "MISSED")])
    merge_results({"ack_latency_p50_s": round(p50, 3), "ack_latency_p95_s": round(p95, 3)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
