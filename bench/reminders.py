"""Cost of the reminder due-check: one call of send_due_reminders, and a simulated year.

The scheduler calls the check every 15 minutes (35,040 times a year); this measures what one
call costs on the real SQLite store, and how long a year checked hourly takes end to end.
Run: python bench/reminders.py
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cscbot.adapters.sqlite import SqliteStore
from cscbot.config import parse
from cscbot.render import Renderer
from cscbot.services.context import Context
from cscbot.services.reminders import send_due_reminders

RESULTS = Path(__file__).resolve().parent / "results.json"


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-reminders-"))
    doc = {"bot": {"address": "csc-bot@csc.example.org"},
           "addresses": {"csc_mailbox": "csc@csc.example.org",
                         "secretariat": ["s@csc.example.org"],
                         "announce": "csc-announce@csc.example.org",
                         "members": ["members@csc.example.org"]},
           "meetings": {"rotation_utc": ["02:00", "10:00", "18:00"],
                        "weekday_policy": "nearest_wednesday", "first_month": "2017-01"}}
    store = SqliteStore(folder / "s.sqlite3")
    ctx = Context(parse(doc, folder / "c.toml"), store, Renderer())
    now, end, timings, queued = (datetime(2027, 1, 1, tzinfo=UTC),
                                 datetime(2028, 1, 1, tzinfo=UTC), [], 0)
    started = time.perf_counter()
    while now < end:
        t0 = time.perf_counter()
        queued += len(send_due_reminders(ctx, now).queued)
        timings.append(time.perf_counter() - t0)
        now += timedelta(hours=1)
    year_s = time.perf_counter() - started
    store.close()
    figures = {"reminder_check_median_ms": round(statistics.median(timings) * 1000, 2),
               "reminder_check_p99_ms": round(sorted(timings)[int(len(timings) * .99)] * 1000,
                                              2),
               "reminder_year_hourly_checks_s": round(year_s, 2),
               "reminder_year_reminders_queued": queued}
    print(f"{'figure':<34} value")
    for key, value in figures.items():
        print(f"{key:<34} {value}")
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results.update(figures)
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
