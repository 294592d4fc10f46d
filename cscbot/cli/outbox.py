"""`cscbot outbox`: list the outbox, show one mail, put a dead letter back in the queue."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from cscbot.cli.common import add_dry_run, with_app

if TYPE_CHECKING:
    from cscbot.app import App

STATUSES = ("queued", "sent", "failed", "dead")


def register(sub: Any) -> None:
    p = sub.add_parser("outbox", help="list outgoing mail (queued, sent, failed, dead)")
    p.add_argument("--status", choices=STATUSES, help="only mail in this state")
    p.add_argument("--limit", type=int, default=50, help="at most this many (newest first)")
    p.set_defaults(handler=cmd_list)
    verbs = p.add_subparsers(dest="outbox_command", metavar="ACTION")
    r = verbs.add_parser("retry", help="queue a dead (or failed) mail again, due now")
    r.add_argument("key", help="the mail's key, as `cscbot outbox` lists it")
    add_dry_run(r)
    r.set_defaults(handler=cmd_retry)
    s = verbs.add_parser("show", help="show one mail and what each recipient's server said")
    s.add_argument("key")
    s.set_defaults(handler=cmd_show)


def cmd_list(args: argparse.Namespace) -> int:
    async def work(app: App) -> list[str]:
        rows = app.store.outbox_list(args.status, args.limit)
        return [f"{r.status:<7} {r.attempts:>2}  {r.created_at[:16]}  {r.key}  "
                f"to {', '.join(r.recipients)}  {r.subject!r}"
                + (f"  [{r.last_error}]" if r.last_error and r.status != "sent" else "")
                for r in rows]
    lines = with_app(args, work)
    print("\n".join(lines) if lines else "(no mail)")
    return 0


def cmd_retry(args: argparse.Namespace) -> int:
    from cscbot.errors import CommandError

    async def work(app: App) -> bool:
        return app.store.outbox_retry(args.key, app.clock.now())
    if not with_app(args, work):
        raise CommandError(f"no dead or failed mail with key {args.key!r}"
                           " (see `cscbot outbox --status dead`)")
    print(f"{args.key}: queued again" + (" (dry run: nothing changed)" if args.dry_run else ""))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from cscbot.domain.mime import describe_mime
    from cscbot.errors import CommandError

    async def work(app: App) -> str | None:
        row = app.store.outbox_get(args.key)
        if row is None:
            return None
        rcpts = "\n".join(f"  {r.address}: {r.status}"
                          + (f" ({r.code} {r.message or ''})".rstrip() if r.code else "")
                          for r in app.store.outbox_recipients(row.id))
        return (f"key {row.key}  status {row.status}  attempts {row.attempts}"
                f"  last error {row.last_error or '-'}\nrecipients:\n{rcpts}\n\n"
                f"{describe_mime(row.data)}")
    text = with_app(args, work)
    if text is None:
        raise CommandError(f"no mail with key {args.key!r}")
    print(text, end="")
    return 0
