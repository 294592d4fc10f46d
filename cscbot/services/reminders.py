"""Meeting reminders, moves and cancellations: the calendar put to work.

`send_due_reminders` is a due-check: called as often as you like (the scheduler calls it every
15 minutes and once at start-up), it queues each reminder once (its outbox key is the memory)
and only while it is at most `meetings.grace_hours` late.  `override_meeting` is the
secretariat's `meeting <YYYY-MM> moved to <date time> | cancelled` command.  Every reminder
carries the invitation (.ics, METHOD:REQUEST); the invitation state sent for each meeting is
kept, so a later change (by command or by editing the config) sends an update with a higher
SEQUENCE, or a METHOD:CANCEL, to members and to the public recipients.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from cscbot.config import MeetingSettings
from cscbot.domain import meetings as cal
from cscbot.domain.ical import Invitation, calendar_bytes
from cscbot.domain.meetings import CalendarRule, Meeting, Override, Reminder
from cscbot.domain.outgoing import Attachment, OutgoingMail
from cscbot.domain.periods import parse_period
from cscbot.domain.timeline import parse_hhmm
from cscbot.errors import CommandError
from cscbot.services.context import Context
from cscbot.services.mailer import queue_mail
from cscbot.services.sections import DigestItem, DigestSection

log = logging.getLogger(__name__)

CHECK_INTERVAL = timedelta(minutes=15)
"""How often the scheduler runs the reminder check; the grace is never shorter than this."""
LOOKAHEAD = timedelta(days=62)
"""How far ahead the calendar is computed for a due-check (past the longest sensible lead)."""
DIGEST_WINDOW = timedelta(days=45)
NEXT_SHOWN = 2
"""Meetings listed under 'Next meetings' in a reminder."""


# --- the calendar from config and store ------------------------------------------------------


def calendar_rule(s: MeetingSettings) -> CalendarRule:
    times = s.rotation_utc or (s.time_utc,)
    return CalendarRule(
        day_of_month=s.day_of_month, times_utc=tuple(parse_hhmm(t) for t in times),
        weekday_policy=s.weekday_policy, duration=timedelta(minutes=s.duration_minutes),
        first_number=s.first_number, first_month=s.first_month, leads=s.reminder_leads,
        morning_utc=parse_hhmm(s.morning_reminder_utc))


def overrides(ctx: Context) -> list[Override]:
    """The config's overrides, then the secretariat's commands in the order given."""
    out = [Override(month=o.month, cancelled=o.cancelled, extra=o.extra, number=o.number,
                    note=o.note,
                    moved_to=datetime.fromisoformat(o.moved_to) if o.moved_to else None)
           for o in ctx.settings.meetings.overrides]
    for row in ctx.store.meeting_overrides():
        out.append(Override(month=row.month, cancelled=row.cancelled,
                            moved_to=datetime.fromisoformat(row.moved_to)
                            if row.moved_to else None, note=None))
    return out


def calendar(ctx: Context, until: date) -> list[Meeting]:
    return cal.build_calendar(calendar_rule(ctx.settings.meetings), overrides(ctx), until)


def grace(ctx: Context) -> timedelta:
    return max(timedelta(hours=ctx.settings.meetings.grace_hours), CHECK_INTERVAL)


def recipients(ctx: Context) -> tuple[str, ...]:
    return ctx.settings.meetings.recipients or ctx.settings.addresses.members


def upcoming_meetings(ctx: Context, now: datetime, days: int) -> list[Meeting]:
    """Meetings (cancelled ones included, marked) starting within `days` from `now`."""
    end = now + timedelta(days=days)
    return cal.meetings_between(calendar(ctx, end.date()), now, end)


def reminders_between(ctx: Context, start: datetime, end: datetime) -> list[Reminder]:
    rule = calendar_rule(ctx.settings.meetings)
    return cal.reminders_between(calendar(ctx, end.date()), rule, start, end)


# --- mails ---------------------------------------------------------------------------------


def _invitation(ctx: Context, meeting: Meeting, to: tuple[str, ...], now: datetime,
                ) -> Attachment:
    s = ctx.settings
    description = "\n".join(
        [f"{i}. {item}" for i, item in enumerate(cal.agenda(meeting), 1)]
        + [f"Join: {s.meetings.dial_in}"] * bool(s.meetings.dial_in)
        + [f"Agenda: {s.meetings.agenda_url}"] * bool(s.meetings.agenda_url))
    inv = Invitation(
        uid=f"csc-meeting-{meeting.id}@{ctx.message_id_domain}", sequence=meeting.sequence,
        start=meeting.start, end=meeting.end, stamp=now, summary=meeting.title,
        organizer=s.bot.address, organizer_name=s.bot.name, attendees=to,
        description=description, location=s.meetings.dial_in, url=s.meetings.agenda_url,
        cancelled=meeting.cancelled)
    return Attachment("meeting.ics", f"text/calendar; method={inv.method}",
                      calendar_bytes(inv))


def _common(ctx: Context, meeting: Meeting, meetings: list[Meeting]) -> dict[str, object]:
    s = ctx.settings
    return {"title": meeting.title, "note": meeting.note, "bot_name": s.bot.name,
            "times": cal.zone_times(meeting, s.meetings.zones),
            "agenda_url": s.meetings.agenda_url, "dial_in": s.meetings.dial_in,
            "next_meetings": [f"{m.title}: {cal.utc_text(m)}"
                              for m in cal.following(meetings, meeting, NEXT_SHOWN)]}


def reminder_mail(ctx: Context, reminder: Reminder, meetings: list[Meeting],
                  now: datetime) -> OutgoingMail:
    m, to = reminder.meeting, recipients(ctx)
    rendered = ctx.renderer.render("reminder", **_common(ctx, m, meetings),
                                   when=cal.when_label(reminder.lead), agenda=cal.agenda(m))
    prefix = "Today" if cal.lead_days(reminder.lead) == 0 else "Reminder"
    return OutgoingMail(key=reminder.key, kind="reminder", to=to,
                        subject=f"{prefix}: {m.title} on {cal.utc_text(m)}",
                        text=rendered.text, html=rendered.html,
                        attachments=(_invitation(ctx, m, to, now),))


def change_mails(ctx: Context, meeting: Meeting, previous_start: datetime | None,
                 meetings: list[Meeting], now: datetime) -> list[OutgoingMail]:
    """The update (or cancellation) to members, and the public notice."""
    previous = f"{previous_start:%a %d %b %Y %H:%M} UTC" if previous_start else None
    rendered = ctx.renderer.render("meeting_change", **_common(ctx, meeting, meetings),
                                   cancelled=meeting.cancelled,
                                   previous=previous or cal.utc_text(meeting))
    if meeting.cancelled:
        subject = f"Cancelled: {meeting.title} of {previous or cal.utc_text(meeting)}"
    else:
        subject = f"Moved: {meeting.title} now on {cal.utc_text(meeting)}"
    out = []
    public = ctx.settings.meetings.public_recipients
    for kind, to in (("meeting-change", recipients(ctx)), ("meeting-notice", public)):
        if to:
            out.append(OutgoingMail(
                key=f"{kind}:{meeting.id}:{meeting.sequence}", kind=kind, to=to,
                subject=subject, text=rendered.text, html=rendered.html,
                list_post=kind == "meeting-notice",
                attachments=(_invitation(ctx, meeting, to, now),)))
    return out


# --- use cases -------------------------------------------------------------------------


@dataclass
class ReminderReport:
    queued: list[str] = field(default_factory=list)
    already: int = 0
    changes: list[str] = field(default_factory=list)
    problem: str | None = None

    def __str__(self) -> str:
        text = (f"{len(self.queued)} reminder(s) queued, {len(self.changes)} change notice(s),"
                f" {self.already} already queued")
        if self.queued or self.changes:
            text += f": {', '.join(self.queued + self.changes)}"
        return text + (f" ({self.problem})" if self.problem else "")


def send_due_reminders(ctx: Context, now: datetime) -> ReminderReport:
    """Queue the reminders due at `now` (late ones only within grace), each once."""
    report = ReminderReport()
    if not recipients(ctx):
        report.problem = "no recipients: set meetings.recipients or addresses.members"
        ctx.store.notice_add(kind="config", ref="meetings.recipients", summary=report.problem,
                             now=now)
        return report
    rule = calendar_rule(ctx.settings.meetings)
    with ctx.store.transaction():
        meetings = calendar(ctx, (now + LOOKAHEAD).date())
        for reminder in cal.due_reminders(meetings, rule, now, grace(ctx)):
            if ctx.store.outbox_has(reminder.key):
                report.already += 1
                continue
            queue_mail(ctx, reminder_mail(ctx, reminder, meetings, now), now)
            _remember_invitation(ctx, reminder.meeting, now)
            report.queued.append(reminder.key)
        report.changes = _queue_config_changes(ctx, meetings, now)
    # the timeline logs each run at INFO; here only what was queued is worth a line
    (log.info if report.queued or report.changes else log.debug)(
        "reminders at %s: %s", now.isoformat(), report)
    return report


def _remember_invitation(ctx: Context, meeting: Meeting, now: datetime) -> None:
    ctx.store.meeting_invitation_set(meeting_id=meeting.id, sequence=meeting.sequence,
                                     start=meeting.start, cancelled=meeting.cancelled, now=now)


def _queue_change(ctx: Context, meeting: Meeting, previous_start: datetime | None,
                  meetings: list[Meeting], now: datetime) -> list[str]:
    queued = []
    for mail in change_mails(ctx, meeting, previous_start, meetings, now):
        if queue_mail(ctx, mail, now):
            queued.append(mail.key)
    _remember_invitation(ctx, meeting, now)
    return queued


def _queue_config_changes(ctx: Context, meetings: list[Meeting], now: datetime) -> list[str]:
    """Meetings invited at an older SEQUENCE (the config changed since): send the update."""
    invited = ctx.store.meeting_invitations()
    queued = []
    for m in meetings:
        sent = invited.get(m.id)
        if sent is None or sent.sequence >= m.sequence:
            continue
        previous = datetime.fromisoformat(sent.start)
        if max(previous, m.start) <= now:
            continue
        queued += _queue_change(ctx, m, previous, meetings, now)
    return queued


def override_meeting(ctx: Context, month: str, moved_to: datetime | None, cancelled: bool,
                     by: str, now: datetime) -> str:
    """The secretariat moves or cancels the meeting of `month`; members hear at once.

    A `moved_to` without a zone is taken as UTC (commands speak UTC, like the reminders)."""
    if moved_to is not None and moved_to.tzinfo is None:
        moved_to = moved_to.replace(tzinfo=UTC)
    current = _meeting_to_change(ctx, month, moved_to, cancelled, now)
    with ctx.store.transaction():
        ctx.store.meeting_override_add(month=month, moved_to=moved_to and moved_to.astimezone(UTC),
                                       cancelled=cancelled, by=by, now=now)
        meetings = calendar(ctx, _until(month, moved_to, now))
        changed = cal.find_meeting(meetings, month)
        assert changed is not None  # the override only changes an existing meeting
        queued = _queue_change(ctx, changed, current.start, meetings, now)
    what = "cancelled" if cancelled else f"moved to {cal.utc_text(changed)}"
    log.info("meeting %s %s by %s; queued %s", month, what, by, queued)
    return (f"meeting {month} ({cal.utc_text(current)}) {what}; "
            f"{len(queued)} notice(s) with the calendar update queued")


def _until(month: str, moved_to: datetime | None, now: datetime) -> date:
    """A calendar horizon that holds the month's meeting, its new date and what follows."""
    year, mon = parse_period(month)
    latest = max(date(year, mon, 28), (moved_to or now).date(), now.date())
    return latest + LOOKAHEAD


def _meeting_to_change(ctx: Context, month: str, moved_to: datetime | None, cancelled: bool,
                       now: datetime) -> Meeting:
    try:
        parse_period(month)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    if cancelled == (moved_to is not None):
        raise CommandError("say either 'moved to <date time>' or 'cancelled'")
    current = cal.find_meeting(calendar(ctx, _until(month, moved_to, now)), month)
    if current is None:
        raise CommandError(f"there is no regular meeting in {month} (meetings start in "
                           f"{ctx.settings.meetings.first_month})")
    if current.start <= now:
        raise CommandError(f"the meeting of {month} ({cal.utc_text(current)}) has already "
                           "started")
    if cancelled and current.cancelled:
        raise CommandError(f"the meeting of {month} is already cancelled")
    if moved_to is not None:
        if moved_to <= now:
            raise CommandError(f"{moved_to:%Y-%m-%d %H:%M} UTC is in the past")
        if moved_to == current.start and not current.cancelled:
            raise CommandError(f"the meeting of {month} is already at that time")
    return current


# --- the secretariat digest ------------------------------------------------------------------


def digest_section(ctx: Context, since: datetime | None, now: datetime) -> DigestSection | None:
    """Upcoming meetings with their reminders, and how to move or cancel one."""
    meetings = upcoming_meetings(ctx, now, DIGEST_WINDOW.days)
    if not meetings:
        return None
    rule = calendar_rule(ctx.settings.meetings)
    items = []
    for m in meetings:
        state = " CANCELLED" if m.cancelled else (" (moved)" if m.moved else "")
        details = [f"reminder {r.lead}: {r.due:%a %d %b %H:%M} UTC"
                   + (" (queued)" if ctx.store.outbox_has(r.key) else "")
                   for r in cal.all_reminders([m], rule)]
        if m.note:
            details.insert(0, f"note: {m.note}")
        if not m.extra:
            details.append(f"reply 'meeting {m.id} moved to YYYY-MM-DD HH:MM' or "
                           f"'meeting {m.id} cancelled' to change it")
        items.append(DigestItem(id=m.id, text=f"{m.title}: {cal.utc_text(m)}{state}",
                                details=tuple(details)))
    return DigestSection(title="Upcoming meetings", items=tuple(items), informational=True)
