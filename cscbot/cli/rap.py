"""`cscbot rap ...` (Remedial Action Procedure cases) and `cscbot sla-change ...`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from cscbot.cli.common import actor, add_by, with_app

if TYPE_CHECKING:
    from cscbot.app import App


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def register(sub: Any) -> None:
    _register_rap(sub)
    _register_sla_change(sub)


def _register_rap(sub: Any) -> None:
    rap = sub.add_parser("rap", help="Remedial Action Procedure cases").add_subparsers(
        dest="rap_command", metavar="ACTION", required=True)
    p = rap.add_parser("list", help="open cases (with --all: resolved ones too)")
    p.add_argument("--all", action="store_true")
    p.set_defaults(handler=_run(_rap_list))
    p = rap.add_parser("show", help="a case: evidence, stages, letters, responses")
    p.add_argument("case", help="e.g. RAP-3")
    p.set_defaults(handler=_run(_rap_show))
    p = rap.add_parser("open", help="open a case; its first letter is drafted for approval")
    p.add_argument("--metric", action="append", default=[], help="SLA metric missed (repeat)")
    p.add_argument("--month", action="append", default=[], help="YYYY-MM concerned (repeat)")
    p.add_argument("--complaint", action="append", default=[],
                   help="complaint reference (repeat)")
    p.add_argument("--cluster", help="complaint cluster, e.g. K7")
    p.add_argument("--note", default="", help="anything else the letter should state")
    add_by(p)
    p.set_defaults(handler=_run(_rap_open))
    p = rap.add_parser("advance", help="move a case to its next stage")
    p.add_argument("case")
    add_by(p)
    p.set_defaults(handler=_run(_rap_advance))
    p = rap.add_parser("resolve", help="close a case with a summary of the outcome")
    p.add_argument("case")
    p.add_argument("summary", nargs="+")
    add_by(p)
    p.set_defaults(handler=_run(_rap_resolve))
    p = rap.add_parser("redraft", help="draft the current stage's letter again after a"
                                       " rejection")
    p.add_argument("case")
    add_by(p)
    p.set_defaults(handler=_run(_rap_redraft))
    p = rap.add_parser("window", help="set the current stage's response window (days)")
    p.add_argument("case")
    p.add_argument("days", type=int)
    add_by(p)
    p.set_defaults(handler=_run(_rap_window))


def _register_sla_change(sub: Any) -> None:
    sla = sub.add_parser("sla-change", help="SLA change requests").add_subparsers(
        dest="sla_command", metavar="ACTION", required=True)
    p = sla.add_parser("list", help="every change request and where it stands")
    p.set_defaults(handler=_run(_sla_list))
    p = sla.add_parser("show", help="a change request and its steps")
    p.add_argument("change", help="e.g. SLA-2")
    p.set_defaults(handler=_run(_sla_show))
    p = sla.add_parser("open", help="record a written proposal to change the SLAs")
    p.add_argument("--proposer", required=True, choices=("CSC", "PTI"))
    p.add_argument("--action", required=True, choices=("new", "changed", "retired"))
    p.add_argument("--category", required=True, help="e.g. I")
    p.add_argument("--phase", required=True, help="e.g. 'Technical checks'")
    p.add_argument("--metric", required=True, help="metric name")
    p.add_argument("--threshold", type=float)
    p.add_argument("--unit", default="", help="s, min, h, days")
    p.add_argument("--type", default="Max", help="Max or Min")
    p.add_argument("--compliance", type=float, help="compliance target, percent")
    p.add_argument("--month", required=True, help="effective month M, YYYY-MM")
    p.add_argument("--title", default="")
    p.add_argument("--date", type=_day, help="date of the proposal (default: today)")
    add_by(p)
    p.set_defaults(handler=_run(_sla_open))
    p = sla.add_parser("step", help="record a step of a change request with its date")
    p.add_argument("change")
    p.add_argument("step", help="agreement, public_comment, formal_approval, council_request,"
                                " ccnso_approval, gnso_approval, implementation")
    p.add_argument("--date", type=_day, help="when it happened (default: today)")
    p.add_argument("--ends", type=_day, help="public_comment: its end date")
    p.add_argument("--month", help="implementation: first month of the new catalogue")
    p.add_argument("--note", default="")
    add_by(p)
    p.set_defaults(handler=_run(_sla_step))


Work = Callable[["App", argparse.Namespace], list[str]]


def _run(work: Work) -> Callable[[argparse.Namespace], int]:
    """A handler: build the app, do the work, print its lines."""
    def handler(args: argparse.Namespace) -> int:
        async def go(app: App) -> list[str]:
            return work(app, args)
        for line in with_app(args, go):
            print(line)
        return 0
    return handler


def _rap_list(app: App, args: argparse.Namespace) -> list[str]:
    from cscbot.services.rap import list_cases
    return list_cases(app.ctx, app.clock.now(), include_resolved=args.all) or ["no cases"]


def _rap_show(app: App, args: argparse.Namespace) -> list[str]:
    from cscbot.services.rap import describe_case
    return describe_case(app.ctx, args.case, app.clock.now())


def _rap_open(app: App, args: argparse.Namespace) -> list[str]:
    from cscbot.domain.rap import Evidence
    from cscbot.services.rap import escalate_cluster, open_case
    evidence = Evidence(cluster=args.cluster, complaints=tuple(args.complaint),
                        metrics=tuple(args.metric), months=tuple(args.month), note=args.note)
    by, now = actor(args), app.clock.now()
    if args.cluster:
        return [escalate_cluster(app.ctx, args.cluster, by, now, evidence=evidence)]
    return [open_case(app.ctx, evidence, by, now)]


def _rap_advance(app: App, args: argparse.Namespace) -> list[str]:
    from cscbot.services.rap import advance_case
    return [advance_case(app.ctx, args.case, actor(args), app.clock.now())]


def _rap_resolve(app: App, args: argparse.Namespace) -> list[str]:
    from cscbot.services.rap import resolve_case
    return [resolve_case(app.ctx, args.case, " ".join(args.summary), actor(args),
                         app.clock.now())]


def _rap_redraft(app: App, args: argparse.Namespace) -> list[str]:
    from cscbot.services.rap import redraft_letter
    return [redraft_letter(app.ctx, args.case, actor(args), app.clock.now())]


def _rap_window(app: App, args: argparse.Namespace) -> list[str]:
    from cscbot.services.rap import set_window
    return [set_window(app.ctx, args.case, args.days, actor(args), app.clock.now())]


def _sla_list(app: App, args: argparse.Namespace) -> list[str]:
    from cscbot.services.sla_change import list_changes
    return list_changes(app.ctx) or ["no SLA change requests"]


def _sla_show(app: App, args: argparse.Namespace) -> list[str]:
    from cscbot.services.sla_change import describe_change
    return describe_change(app.ctx, args.change)


def _sla_open(app: App, args: argparse.Namespace) -> list[str]:
    from cscbot.domain.sla_change import MetricDefinition
    from cscbot.services.sla_change import open_change
    now = app.clock.now()
    definition = MetricDefinition(category=args.category, phase=args.phase, metric=args.metric,
                                  threshold=args.threshold, unit=args.unit, type=args.type,
                                  compliance_pct=args.compliance)
    return [open_change(app.ctx, title=args.title, proposer=args.proposer, action=args.action,
                        definition=definition, effective_month=args.month,
                        on=args.date or now.date(), by=actor(args), now=now)]


def _sla_step(app: App, args: argparse.Namespace) -> list[str]:
    from cscbot.services.sla_change import record_step
    now = app.clock.now()
    return [record_step(app.ctx, args.change, args.step, on=args.date or now.date(),
                        by=actor(args), now=now, note=args.note, comment_ends=args.ends,
                        month=args.month)]
