"""Sub-commands of the digest family: `cscbot digest [--dry-run]`, `cscbot audit [--since]`."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from cscbot.cli.common import add_dry_run, with_app


def register(sub: Any) -> None:
    p = sub.add_parser("digest", help="compose the secretariat digest now and queue it")
    add_dry_run(p)
    p.set_defaults(handler=cmd_digest)
    p = sub.add_parser("audit", help="secretariat commands received, accepted or refused")
    p.add_argument("--since", type=_date, default=None,
                   help="only commands from this date (YYYY-MM-DD, UTC) on")
    p.set_defaults(handler=cmd_audit)


def _date(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def cmd_digest(args: argparse.Namespace) -> int:
    from cscbot.app import App
    from cscbot.services.digest import send_digest

    async def work(app: App) -> str:
        report = send_digest(app.ctx, app.clock.now(), dry_run=args.dry_run)
        if args.dry_run and report.text:
            return f"{report.text}\n(dry run: nothing queued)"
        return str(report)
    print(with_app(args, work))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from cscbot.app import App

    async def work(app: App) -> list[str]:
        return [f"{a.at[:16]}  {a.outcome:<14} {a.sender:<30} {a.command!r}: {a.detail}"
                for a in app.store.audit(args.since)]
    lines = with_app(args, work)
    print("\n".join(lines) if lines else "no commands recorded")
    return 0
