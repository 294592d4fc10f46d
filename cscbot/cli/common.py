"""Helpers the sub-command modules share: load the config, build the app, run a coroutine."""

from __future__ import annotations

import argparse
import asyncio
import getpass
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from cscbot.app import App
    from cscbot.config import Settings

T = TypeVar("T")


def settings(args: argparse.Namespace) -> Settings:
    from cscbot.config import load
    return load(args.config)


def with_app(args: argparse.Namespace, work: Callable[[App], Awaitable[T]]) -> T:
    """Build the app from the config, run `work` in an event loop, close everything.

    With `--dry-run` (see `add_dry_run`) every mail the work would queue or send is printed
    instead, and everything it writes to the store is rolled back.
    """
    from cscbot.app import App
    dry_run = bool(getattr(args, "dry_run", False))

    async def run() -> T:
        app = App(settings(args), preview=_show if dry_run else None)
        try:
            if not dry_run:
                return await work(app)
            with app.store.discarding():
                return await work(app)
        finally:
            await app.close()
    return asyncio.run(run())


def _show(text: str) -> None:
    print(text, flush=True)


def add_dry_run(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dry-run", action="store_true",
                        help="render and show the mail; queue nothing")


def add_by(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--by", default=None, help="who does this (default: cli:<user>)")


def actor(args: argparse.Namespace) -> str:
    """Who a command is recorded as done by: --by, else the login name as 'cli:<user>'."""
    if args.by:
        return str(args.by)
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no login name in this environment (a container, cron)
        return "cli"
