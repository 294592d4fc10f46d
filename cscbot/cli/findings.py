"""Sub-commands of the findings family: `findings draft|show` and `announce draft`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cscbot.cli.common import add_dry_run, with_app

if TYPE_CHECKING:
    from cscbot.app import App
    from cscbot.services.findings import DraftOutcome


def register(sub: Any) -> None:
    findings = sub.add_parser("findings", help="the CSC's monthly findings on PTI performance")
    verbs = findings.add_subparsers(dest="verb", metavar="VERB", required=True)
    p = verbs.add_parser("draft", help="draft a month's findings for the secretariat's approval")
    p.add_argument("period", metavar="YYYY-MM", help="the month reported")
    add_dry_run(p)
    p.set_defaults(handler=cmd_findings_draft)
    p = verbs.add_parser("show", help="a month's facts, proposed rating, drafts and posts")
    p.add_argument("period", metavar="YYYY-MM", help="the month reported")
    p.set_defaults(handler=cmd_findings_show)

    announce = sub.add_parser("announce", help="ad-hoc announcements to csc-announce")
    verbs = announce.add_subparsers(dest="verb", metavar="VERB", required=True)
    p = verbs.add_parser("draft", help="draft an announcement for the secretariat's approval")
    p.add_argument("file", type=Path, help="text file: first line 'Subject: ...', then the body")
    add_dry_run(p)
    p.set_defaults(handler=cmd_announce_draft)


def _print_outcome(outcome: DraftOutcome, dry_run: bool) -> None:
    print(outcome.summary)
    if dry_run and outcome.mail is not None:
        print(f"\nTo: {', '.join(outcome.mail.to)}\nSubject: {outcome.mail.subject}\n")
        print(outcome.mail.text)


def cmd_findings_draft(args: argparse.Namespace) -> int:
    from cscbot.services.findings import draft_findings

    async def work(app: App) -> DraftOutcome:
        return draft_findings(app.ctx, args.period, app.clock.now(), dry_run=args.dry_run,
                              force=True)
    _print_outcome(with_app(args, work), args.dry_run)
    return 0


def cmd_findings_show(args: argparse.Namespace) -> int:
    from cscbot.services.findings import describe_month

    async def work(app: App) -> list[str]:
        return describe_month(app.ctx, args.period, app.clock.now())
    print("\n".join(with_app(args, work)))
    return 0


def cmd_announce_draft(args: argparse.Namespace) -> int:
    from cscbot.errors import CommandError
    from cscbot.services.announcements import draft_announcement
    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"{args.file}: cannot read: {exc}") from None

    async def work(app: App) -> DraftOutcome:
        return draft_announcement(app.ctx, text, app.clock.now(), dry_run=args.dry_run)
    _print_outcome(with_app(args, work), args.dry_run)
    return 0
