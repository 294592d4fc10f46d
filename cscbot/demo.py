"""`cscbot demo`: a month of mail on the embedded default, through the daemon's own jobs.

Makes a working folder with a config (Maildir in, .eml files out, SQLite store), seeds the
Maildir with the month's mail shipped in `cscbot/data/demo/`, runs the same jobs the daemon
runs, and prints what happened and where the outgoing files are.
"""

from __future__ import annotations

import asyncio
import shutil
import time
from importlib import resources
from pathlib import Path

from cscbot.app import App
from cscbot.config import load

DEMO_CONFIG = """\
# Written by `cscbot demo`: the embedded default (Maildir in, .eml files out).
[bot]
address = "csc-bot@csc.example.org"
name = "CSC mail robot (demo)"

[addresses]
csc_mailbox = "csc@csc.example.org"
secretariat = ["secretariat@csc.example.org"]
announce = "csc-announce@csc.example.org"
members = ["members@csc.example.org"]
pti_senders = ["reports@iana.example"]

[storage]
path = "cscbot.sqlite3"

[mailbox]
kind = "maildir"
maildir = "Maildir"

[outbox]
kind = "emldir"
eml_dir = "outbox"
"""

# the jobs of one daemon pass, in the order the daemon's timeline runs them
DEMO_JOBS = ("intake", "reminders", "outbox")


def seed(maildir: Path) -> int:
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    count = 0
    folder = resources.files("cscbot") / "data" / "demo"
    for i, entry in enumerate(sorted(folder.iterdir(), key=lambda e: e.name)):
        if entry.name.endswith(".eml"):
            target = maildir / "new" / f"{int(time.time())}.demo{i:03d}.cscbot"
            target.write_bytes(entry.read_bytes())
            count += 1
    return count


def run_demo(workdir: Path) -> int:
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    config = workdir / "config.toml"
    config.write_text(DEMO_CONFIG)
    settings = load(config)
    seeded = seed(settings.mailbox.maildir)
    print(f"demo: seeded {seeded} messages into {settings.mailbox.maildir}/new")

    async def play() -> None:
        app = App(settings)
        try:
            for job in DEMO_JOBS:
                result = await app.run_job(job)
                print(f"  job {job}: {result}")
        finally:
            await app.close()
    asyncio.run(play())

    out = sorted(settings.outbox.eml_dir.glob("*.eml"))
    print(f"demo: {len(out)} outgoing mail(s) in {settings.outbox.eml_dir}")
    for path in out:
        print(f"  {path}")
    print(f"demo: store at {settings.storage.path}")
    return 0
