"""The `cscbot` command.  `main(argv=None)`; nothing heavy is imported until a command runs.

Each sub-command family lives in its own module with a `register(subparsers)` function; the
handlers import what they need when called, so `cscbot --help` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

# one module per family of sub-commands, in the order --help lists them
_FAMILIES = ("core", "intake", "outbox", "complaints", "pti", "findings", "meetings", "digest",
             "rap")


def default_config() -> Path:
    return Path(os.environ.get("CSCBOT_CONFIG", "config.toml"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cscbot",
        description="Mail robot of the Customer Standing Committee (CSC).")
    parser.add_argument("--config", type=Path, default=None,
                        help="configuration file (default: $CSCBOT_CONFIG, then ./config.toml)")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for family in _FAMILIES:
        module = importlib.import_module(f"cscbot.cli.{family}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.config is None:
        args.config = default_config()
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO, stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from cscbot.errors import CscbotError
    try:
        code: int = args.handler(args)
    except CscbotError as exc:
        print(f"cscbot: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return code
