"""run, check-config, check, once, demo."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from cscbot.cli.common import add_dry_run, settings, with_app


def register(sub: Any) -> None:
    p = sub.add_parser("run", help="run the daemon (intake, outbox, scheduled jobs)")
    p.set_defaults(handler=cmd_run)
    p = sub.add_parser("check-config", help="check a configuration file; exit 0 when good")
    p.add_argument("path", nargs="?", type=Path, help="file to check (default: --config)")
    p.set_defaults(handler=cmd_check_config)
    p = sub.add_parser("check", help="health check: config, store, templates (exit 0/1)")
    p.set_defaults(handler=cmd_check)
    p = sub.add_parser("once", help="run one job now and exit")
    p.add_argument("job", help="intake, outbox, reminders, digest, ...")
    add_dry_run(p)
    p.set_defaults(handler=cmd_once)
    p = sub.add_parser("demo", help="play a month of mail on the embedded default")
    p.add_argument("--dir", type=Path, default=Path("demo-run"),
                   help="working folder for the demo (default: ./demo-run)")
    p.set_defaults(handler=cmd_demo)


def cmd_run(args: argparse.Namespace) -> int:
    from cscbot.app import App
    from cscbot.config import load

    async def run() -> None:
        await App(load(args.config)).run()
    asyncio.run(run())
    return 0


def cmd_check_config(args: argparse.Namespace) -> int:
    from cscbot.config import load
    path = args.path or args.config
    s = load(path)
    print(f"{path}: ok (mailbox={s.mailbox.kind}, outbox={s.outbox.kind}, "
          f"store={s.storage.path})")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0 when the config loads, the store opens at the current schema, templates exist."""
    from cscbot.adapters.sqlite import SqliteStore
    from cscbot.adapters.sqlite.base import migrations
    from cscbot.render import Renderer
    s = settings(args)
    store = SqliteStore(s.storage.path, migrate=False)
    try:
        version, newest = store.schema_version(), migrations()[-1][0]
    finally:
        store.close()
    if version != newest:
        print(f"unhealthy: store schema {version}, expected {newest}", file=sys.stderr)
        return 1
    Renderer(s.daemon.templates_dir)
    print("healthy")
    return 0


def cmd_once(args: argparse.Namespace) -> int:
    if args.dry_run and args.job == "intake":
        from cscbot.errors import CommandError
        raise CommandError("intake cannot be dry-run: it moves the mail it reads")
    result = with_app(args, lambda app: app.run_job(args.job))
    print(f"{args.job}: {result}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from cscbot.demo import run_demo
    return run_demo(args.dir, verbose=args.verbose)
