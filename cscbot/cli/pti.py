"""pti-report parse|import, sla history: PTI's monthly report and the SLA history."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cscbot.cli.common import settings, with_app

if TYPE_CHECKING:
    from cscbot.domain.pti_report import ParsedReport


def register(sub: Any) -> None:
    p = sub.add_parser("pti-report", help="read PTI's monthly performance report")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    for verb, helptext, handler in (
            ("parse", "print the month record of a report file (nothing stored)", cmd_parse),
            ("import", "store a report file as its month's record", cmd_import)):
        v = verbs.add_parser(verb, help=helptext)
        v.add_argument("file", type=Path, help="the report: .eml, .html or .csv")
        v.add_argument("--period", help="the month (YYYY-MM) when the file does not say")
        if verb == "parse":
            v.add_argument("--json", action="store_true", help="print the record as JSON")
        v.set_defaults(handler=handler)
    p = sub.add_parser("sla", help="the SLA catalogue and PTI's history against it")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    v = verbs.add_parser("history", help="months per metric (all metrics, or one)")
    v.add_argument("metric", nargs="?", help="metric key, e.g. I.technical_checks.retest")
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=cmd_history)


def read_report_file(path: Path) -> ParsedReport:
    """A report from a file: an .eml (as mailed), an .html page or a .csv export."""
    from cscbot.domain.mail import parse_message
    from cscbot.domain.pti_report import parse_csv, parse_html, parse_report_message
    from cscbot.errors import MailFormatError
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MailFormatError(f"{path}: cannot read: {exc.strerror or exc}") from None
    text = data.decode("utf-8", "replace")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return parse_csv(text, path.stem, f"csv file {path.name}")
    if suffix in (".html", ".htm"):
        return parse_html(text, path.stem, f"html file {path.name}")
    return parse_report_message(parse_message(data))


def _readable(args: argparse.Namespace) -> tuple[ParsedReport, str]:
    from cscbot.errors import MailFormatError
    from cscbot.services.pti import report_period
    report = read_report_file(args.file)
    period = args.period or report_period(report, None)
    if not report.readable:
        raise MailFormatError(f"{args.file}: no report found ({'; '.join(report.problems)})")
    if period is None:
        raise MailFormatError(f"{args.file}: no month found; give --period YYYY-MM")
    return report, period


def cmd_parse(args: argparse.Namespace) -> int:
    """Works without a config too: then the shipped catalogue and default tolerance apply."""
    from cscbot.config import FindingsSettings
    from cscbot.domain.pti_month import judge_report
    from cscbot.domain.sla import Catalogue
    from cscbot.errors import ConfigError
    from cscbot.services import pti
    report, period = _readable(args)
    try:
        with _context(args) as ctx:
            record = pti.judge(ctx, report, period)
            tolerance = ctx.settings.findings.rounding_tolerance_pct
    except ConfigError:
        record = judge_report(report, period,
                              Catalogue(pti.shipped_catalogue()).metrics_for(period))
        tolerance = FindingsSettings().rounding_tolerance_pct
    _print_record(record, tolerance, args.json)
    return 0


def _print_record(record: Any, tolerance: float, as_json: bool) -> None:
    from cscbot.domain.periods import month_name
    if as_json:
        print(json.dumps(record.to_json(tolerance), indent=2, ensure_ascii=False))
        return
    pct = record.computed_pct
    print(f"{month_name(record.period)}: {record.met} of {record.total} thresholds met"
          + (f" = {pct:.1f} %" if pct is not None else "")
          + (f"; PTI says {record.headline_pct:g} %" if record.headline_pct is not None
             else "") + (" (DIFFERS)" if record.headline_differs(tolerance) else ""))
    for m in record.metrics:
        if m.status != "met" or m.flags:
            print(f"  {m.status:<14} {m.key}  actual={m.actual_pct} target={m.target_pct}"
                  + (f"  [{', '.join(m.flags)}]" if m.flags else ""))
            if m.narrative:
                print(f"                 {m.narrative}")
    for key in record.missing:
        print(f"  missing        {key}")
    for problem in record.problems:
        print(f"  problem: {problem}")


def cmd_import(args: argparse.Namespace) -> int:
    """Through the App, so an imported report drafts its findings as a mailed one does."""
    from cscbot.services import monthly
    report, period = _readable(args)

    async def work(app: Any) -> str:
        return monthly.import_pti_report(app.ctx, report, str(args.file), app.clock.now(),
                                         period)
    print(with_app(args, work))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from cscbot.domain.pti_month import longest_streak
    from cscbot.services import pti
    with _context(args) as ctx:
        rows = pti.metric_history(ctx, args.metric) if args.metric else pti.all_history(ctx)
        if args.metric and not rows:
            print(f"{args.metric}: no months recorded")
            return 1
        by_key: dict[str, list[Any]] = {}
        for row in rows:
            by_key.setdefault(row.key, []).append(row)
        if args.json:
            print(json.dumps({k: [{"period": r.period, "status": r.status,
                                   "actual_pct": r.actual_pct, "target_pct": r.target_pct}
                                  for r in v] for k, v in by_key.items()}, indent=2))
            return 0
        marks = {"met": "+", "missed": "X", "not_applicable": "."}
        for key, months in by_key.items():
            misses = sum(1 for r in months if r.status == "missed")
            if not args.metric and not misses:
                continue
            print(f"{key}: {misses} missed of {len(months)} months, longest run "
                  f"{longest_streak(months)}  {''.join(marks[r.status] for r in months)}")
            if args.metric:
                for r in months:
                    print(f"  {r.period}  {r.status:<14} actual={r.actual_pct} "
                          f"target={r.target_pct}")
        if not args.metric:
            print(f"{len(by_key)} metrics recorded; those never missed are not listed")
    return 0


class _context:
    """The store-backed context for the command (closed on exit)."""

    def __init__(self, args: argparse.Namespace) -> None:
        from cscbot.adapters.sqlite import SqliteStore
        from cscbot.render import Renderer
        from cscbot.services.context import Context
        s = settings(args)
        self.store = SqliteStore(s.storage.path)
        self.ctx = Context(s, self.store, Renderer(s.daemon.templates_dir))

    def __enter__(self) -> Any:
        return self.ctx

    def __exit__(self, *exc: object) -> None:
        self.store.close()
