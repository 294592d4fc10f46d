"""Sub-commands of the meetings family: `schedule` (what goes out when) and `meetings`."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from cscbot.cli.common import with_app

if TYPE_CHECKING:
    from cscbot.app import App


def register(sub: Any) -> None:
    p = sub.add_parser("schedule", help="list what cscbot will send in the next days")
    p.add_argument("--days", type=int, default=14, help="how far ahead (default: 14)")
    p.set_defaults(handler=cmd_schedule)
    p = sub.add_parser("meetings", help="list the coming meetings (number, time, changes)")
    p.add_argument("--months", type=int, default=6, help="how far ahead (default: 6)")
    p.set_defaults(handler=cmd_meetings)


def cmd_schedule(args: argparse.Namespace) -> int:
    async def work(app: App) -> list[str]:
        return schedule_lines(app, app.clock.now(), args.days)
    print("\n".join(with_app(args, work)))
    return 0


def cmd_meetings(args: argparse.Namespace) -> int:
    async def work(app: App) -> list[str]:
        return meeting_lines(app, app.clock.now(), args.months)
    print("\n".join(with_app(args, work)))
    return 0


def _utc(moment: datetime) -> str:
    return f"{moment:%a %Y-%m-%d %H:%M} UTC"


def schedule_lines(app: App, now: datetime, days: int) -> list[str]:
    """Reminders and digests due in the next `days`, by time; queued ones are marked, and
    reminders still within their grace that have not gone out are shown as due."""
    from cscbot.app import JOBS
    from cscbot.domain.meetings import utc_text
    from cscbot.domain.timeline import Weekly
    from cscbot.scheduler import timeline
    from cscbot.services import reminders
    end = now + timedelta(days=days)
    rows: list[tuple[datetime, str]] = []
    to = len(reminders.recipients(app.ctx))
    for r in reminders.reminders_between(app.ctx, now - reminders.grace(app.ctx), end):
        if app.store.outbox_has(r.key):
            state = " [queued]"
        elif r.due <= now:
            state = " [due: goes out at the next check]" if now < r.meeting.start else ""
        else:
            state = ""
        if r.due < now and not state:
            continue
        rows.append((r.due, f"{r.key:<26} {r.meeting.title} ({utc_text(r.meeting)})"
                            f" to {to} recipient(s){state}"))
    for entry in timeline(app.settings):
        if isinstance(entry.trigger, Weekly):
            missing = "" if entry.job in JOBS else " (job not in this build)"
            rows += [(slot, f"{entry.job} to the secretariat (if there is news){missing}")
                     for slot in entry.trigger.slots(now, end)]
    lines = [f"What cscbot sends from {_utc(now)} to {_utc(end)}:"]
    lines += [f"  {_utc(when)}  {text}" for when, text in sorted(rows, key=lambda r: r[0])]
    if len(lines) == 1:
        lines.append("  nothing")
    return lines


def meeting_lines(app: App, now: datetime, months: int) -> list[str]:
    from cscbot.domain import meetings as cal
    from cscbot.services import reminders
    found = reminders.upcoming_meetings(app.ctx, now, months * 31)
    lines = [f"Meetings from {_utc(now)} ({months} months):"]
    for m in found:
        state = ("cancelled" if m.cancelled else "moved" if m.moved
                 else "extra" if m.extra else "")
        note = f" - {m.note}" if m.note else ""
        number = f"#{m.number}" if m.number is not None else "-"
        lines.append(f"  {m.id:<24} {number:>5}  {cal.utc_text(m)}  {state}{note}".rstrip())
    if not found:
        lines.append("  none")
    return lines
