"""Sub-commands of the intake family: triage (dry-run an archive), import (backfill)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cscbot.cli.common import settings, with_app

if TYPE_CHECKING:
    from cscbot.app import App
    from cscbot.ports import RawMail
    from cscbot.services.context import Context
    from cscbot.services.intake import Outcome

log = logging.getLogger(__name__)

_BATCH = 100


def register(sub: Any) -> None:
    p = sub.add_parser("triage", help="classify (and cluster) archived mail; sends nothing")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                   help=".eml files, folders of them, Maildirs or mbox files")
    p.add_argument("--json", action="store_true", help="one JSON object per message")
    p.set_defaults(handler=cmd_triage)
    p = sub.add_parser("import", help="backfill mail into the store (handled as if new)")
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                   help="mbox files, Maildirs, .eml files or folders")
    p.add_argument("--imap-folder", metavar="FOLDER",
                   help="backfill this folder of the configured IMAP server (left in place)")
    p.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD",
                   help="only mail dated on or after this day")
    p.add_argument("--acknowledge", action="store_true",
                   help="treat imported mail as new: acknowledge complaints, date them now")
    p.set_defaults(handler=cmd_import)


# --- triage ----------------------------------------------------------------------------------


def cmd_triage(args: argparse.Namespace) -> int:
    """Run every message through the real handle path on a throwaway in-memory store."""
    from cscbot.adapters.archive import read_archive
    from cscbot.adapters.sqlite import SqliteStore
    from cscbot.errors import MailFormatError
    from cscbot.render import Renderer
    from cscbot.services.context import Context

    s = settings(args)
    ctx = Context(s, SqliteStore(":memory:"), Renderer(s.daemon.templates_dir))
    now = datetime.now(UTC)
    missing = 0
    for path in args.paths:
        pending: list[tuple[str, RawMail]] = []
        try:
            for label, raw in read_archive(path):
                pending.append((label, raw))
                if len(pending) >= _BATCH:
                    _triage_batch(ctx, pending, now, args.json)
                    pending = []
        except (MailFormatError, OSError) as exc:
            missing += 1
            _emit({"path": str(path), "kind": "error", "reason": str(exc), "cluster": None},
                  args.json)
        _triage_batch(ctx, pending, now, args.json)
    ctx.store.close()
    return 1 if missing else 0


def _triage_batch(ctx: Context, pending: list[tuple[str, RawMail]], now: datetime,
                  as_json: bool) -> None:
    from cscbot.services.intake import ingest_batch
    if not pending:
        return
    outcomes = ingest_batch(ctx, [raw for _label, raw in pending], now)
    for (label, _raw), outcome in zip(pending, outcomes, strict=True):
        _emit(_triage_record(ctx, label, outcome), as_json)


def _triage_record(ctx: Context, label: str, o: Outcome) -> dict[str, Any]:
    if o.status in ("quarantined", "retry") or o.kind == "quarantined":
        return {"path": label, "kind": "quarantined", "reason": o.reason, "cluster": None}
    reason = o.reason if o.status != "known" else f"{o.reason} (a copy of a message seen before)"
    return {"path": label, "kind": o.kind, "reason": reason,
            "cluster": _cluster(ctx, o.message_id)}


def _cluster(ctx: Context, message_id: str) -> str | None:
    """The complaint cluster (K<n>) a message opened or joined; None for other mail."""
    from cscbot.services.complaints import cluster_of_message
    return cluster_of_message(ctx, message_id) if message_id else None


def _emit(record: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(record, ensure_ascii=False), flush=True)
    else:
        cluster = f" [{record['cluster']}]" if record.get("cluster") else ""
        print(f"{record['kind']:<18} {record['path']}{cluster}: {record['reason']}", flush=True)


# --- import ----------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    if not args.paths and not args.imap_folder:
        print("cscbot import: give PATHs or --imap-folder", file=sys.stderr)
        return 2
    return with_app(args, lambda app: _import(app, args))


async def _import(app: App, args: argparse.Namespace) -> int:
    from cscbot.adapters.archive import read_archive
    from cscbot.domain.mail import parse_message
    from cscbot.services.intake import IntakeReport, ingest_batch, poll_inbox

    since = datetime.combine(args.since, datetime.min.time(), UTC) if args.since else None
    ctx = replace(app.ctx, backfill=not args.acknowledge)
    progress = Progress(sys.stderr.isatty())
    total = IntakeReport()
    if args.imap_folder:
        source = _imap_backfill_source(app, args.imap_folder, args.since)
        report = await poll_inbox(ctx, source, app.clock.now(), settle=False)
        await source.close()
        progress.add(report.seen, report.handled + report.known)
        total = report
    for path in args.paths:
        raws = [raw for _label, raw in read_archive(path)]
        if since is not None:
            raws = [r for r in raws if (d := parse_message(r.data).date) is None or d >= since]
        progress.expect(len(raws))
        for i in range(0, len(raws), _BATCH):
            outcomes = ingest_batch(ctx, raws[i:i + _BATCH], app.clock.now())
            total.add(outcomes)
            progress.add(len(outcomes), total.handled + total.known)
    progress.done()
    log.info("import: %s", total)
    return 0


def _imap_backfill_source(app: App, folder: str, since: date | None) -> Any:
    from cscbot.app import make_source
    from cscbot.errors import ConfigError
    if app.settings.mailbox.kind != "imap":
        raise ConfigError("mailbox.kind: --imap-folder needs mailbox.kind = 'imap'")
    source: Any = make_source(app.settings, folder=folder)
    if since is not None:
        source.search = "SINCE " + since.strftime("%d-%b-%Y")
    return source


class Progress:
    """A bar on a terminal; a log line every 1,000 messages otherwise."""

    def __init__(self, tty: bool) -> None:
        self.tty, self.total, self.seen, self.ok = tty, 0, 0, 0

    def expect(self, n: int) -> None:
        self.total += n

    def add(self, n: int, ok: int) -> None:
        before, self.seen, self.ok = self.seen, self.seen + n, ok
        if self.tty:
            width = 30
            filled = width * self.seen // self.total if self.total else width
            sys.stderr.write(f"\r[{'#' * filled}{' ' * (width - filled)}] "
                             f"{self.seen}/{self.total or '?'}")
            sys.stderr.flush()
        elif before // 1000 != self.seen // 1000:
            log.info("import: %d messages so far", self.seen)

    def done(self) -> None:
        if self.tty:
            sys.stderr.write("\n")
