"""Sub-commands of the complaints family: `cscbot clusters [list|show|merge|move|rename|close|
reopen]`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from cscbot.cli.common import actor, add_by, with_app

if TYPE_CHECKING:
    from cscbot.app import App


def register(sub: Any) -> None:
    p = sub.add_parser("clusters", help="complaint clusters: list, show, and correct them")
    add_by(p)
    verbs = p.add_subparsers(dest="verb")
    verbs.add_parser("list", help="clusters with label, size, registries, months and flags")
    v = verbs.add_parser("show", help="one cluster and its complaints")
    v.add_argument("cluster", help="K<n>")
    v = verbs.add_parser("merge", help="merge OTHER into KEEP")
    v.add_argument("keep")
    v.add_argument("other")
    v = verbs.add_parser("move", help="move a complaint to cluster K<n> (or 'new')")
    v.add_argument("ref")
    v.add_argument("cluster")
    v = verbs.add_parser("rename", help="give a cluster a label of your own")
    v.add_argument("cluster")
    v.add_argument("label", nargs="+")
    v = verbs.add_parser("close", help="close a complaint (CSC-...) or a cluster (K<n>)")
    v.add_argument("item")
    v.add_argument("reason", nargs="*")
    v = verbs.add_parser("reopen", help="reopen a complaint or a cluster")
    v.add_argument("item")
    p.set_defaults(handler=cmd_clusters)


def cmd_clusters(args: argparse.Namespace) -> int:
    from cscbot.errors import CommandError
    from cscbot.services import complaints as svc

    by = actor(args)
    verb = args.verb or "list"

    async def work(app: App) -> str:
        now = app.clock.now()
        ctx = app.ctx
        if verb == "list":
            return list_clusters(app)
        if verb == "show":
            return show_cluster(app, args.cluster)
        if verb == "merge":
            return svc.merge_clusters(ctx, args.keep, args.other, by, now)
        if verb == "move":
            return svc.move_complaint(ctx, args.ref, args.cluster, by, now)
        if verb == "rename":
            return svc.rename_cluster(ctx, args.cluster, " ".join(args.label), by, now)
        if verb == "close":
            return svc.close_item(ctx, args.item, " ".join(args.reason), by, now)
        return svc.reopen_item(ctx, args.item, by, now)

    try:
        print(with_app(args, work))
    except CommandError as exc:
        print(f"cscbot clusters {verb}: {exc}")
        return 1
    return 0


def list_clusters(app: App) -> str:
    from cscbot.services.complaints import cluster_overview
    rows = cluster_overview(app.ctx)
    if not rows:
        return "no clusters yet"
    return "\n".join(rows)


def show_cluster(app: App, cluster: str) -> str:
    from cscbot.services.complaints import cluster_detail
    return "\n".join(cluster_detail(app.ctx, cluster))
