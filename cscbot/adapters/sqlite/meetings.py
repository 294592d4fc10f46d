"""SQL of meetings: overrides by secretariat command, and the invitation state sent."""

from __future__ import annotations

from datetime import datetime

from cscbot.adapters.sqlite.base import Database
from cscbot.records import MeetingInvitationRow, MeetingOverrideRow


class MeetingQueries:
    db: Database

    def meeting_override_add(self, *, month: str, moved_to: datetime | None, cancelled: bool,
                             by: str, now: datetime) -> int:
        cur = self.db.execute(
            "INSERT INTO meeting_overrides (month, moved_to, cancelled, by, created_at)"
            " VALUES (?,?,?,?,?)",
            (month, moved_to.isoformat() if moved_to else None, int(cancelled), by,
             now.isoformat()))
        return int(cur.lastrowid or 0)

    def meeting_overrides(self) -> list[MeetingOverrideRow]:
        rows = self.db.all("SELECT * FROM meeting_overrides ORDER BY id")
        return [MeetingOverrideRow(**{**dict(r), "cancelled": bool(r["cancelled"])})
                for r in rows]

    def meeting_invitations(self) -> dict[str, MeetingInvitationRow]:
        rows = self.db.all("SELECT * FROM meeting_invitations")
        return {r["meeting_id"]: MeetingInvitationRow(**{**dict(r),
                                                         "cancelled": bool(r["cancelled"])})
                for r in rows}

    def meeting_invitation_set(self, *, meeting_id: str, sequence: int, start: datetime,
                               cancelled: bool, now: datetime) -> None:
        self.db.execute(
            "INSERT INTO meeting_invitations (meeting_id, sequence, start, cancelled,"
            " updated_at) VALUES (?,?,?,?,?) ON CONFLICT(meeting_id) DO UPDATE SET"
            " sequence=excluded.sequence, start=excluded.start,"
            " cancelled=excluded.cancelled, updated_at=excluded.updated_at",
            (meeting_id, sequence, start.isoformat(), int(cancelled), now.isoformat()))
