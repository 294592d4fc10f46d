"""SQL of Remedial Action Procedure cases (stages, responses) and SLA change requests."""

from __future__ import annotations

import json
from dataclasses import astuple, fields
from datetime import datetime
from typing import Any

from cscbot.adapters.sqlite.base import Database, to_record
from cscbot.records import (
    RapCaseRow,
    RapResponseRow,
    RapStageRow,
    SlaChangeRow,
    SlaStepRow,
)

_STAGE_COLUMNS = tuple(f.name for f in fields(RapStageRow))
_STEP_COLUMNS = tuple(f.name for f in fields(SlaStepRow))


def _stage(r: Any) -> RapStageRow:
    return to_record(RapStageRow, r, json_lists=("recipients",))


def _response(r: Any) -> RapResponseRow:
    return to_record(RapResponseRow, r, flags=("attached",))


class RapQueries:
    db: Database

    # --- cases ---------------------------------------------------------------------------

    def rap_case_add(self, *, evidence_json: str, cluster: str | None, opened_by: str,
                     now: datetime) -> int:
        cur = self.db.execute(
            "INSERT INTO rap_cases (evidence, cluster, opened_at, opened_by) VALUES (?,?,?,?)",
            (evidence_json, cluster, now.isoformat(), opened_by))
        assert cur.lastrowid is not None
        return cur.lastrowid

    def rap_case_get(self, number: int) -> RapCaseRow | None:
        r = self.db.one("SELECT * FROM rap_cases WHERE id = ?", (number,))
        return RapCaseRow(**dict(r)) if r else None

    def rap_cases(self, open_only: bool = False) -> list[RapCaseRow]:
        where = " WHERE resolved_at IS NULL" if open_only else ""
        return [RapCaseRow(**dict(r))
                for r in self.db.all(f"SELECT * FROM rap_cases{where} ORDER BY id")]

    def rap_case_resolve(self, number: int, *, summary: str, by: str, now: datetime) -> None:
        self.db.execute("UPDATE rap_cases SET resolved_at=?, resolved_by=?, summary=?"
                        " WHERE id=? AND resolved_at IS NULL",
                        (now.isoformat(), by, summary, number))

    def rap_open_case_for_cluster(self, cluster: str) -> int | None:
        r = self.db.one("SELECT id FROM rap_cases WHERE cluster = ? AND resolved_at IS NULL"
                        " ORDER BY id LIMIT 1", (cluster,))
        return int(r["id"]) if r else None

    # --- stages --------------------------------------------------------------------------

    def rap_stage_put(self, stage: RapStageRow) -> None:
        """Insert or update one stage of a case (the case's full stage state is written)."""
        values = list(astuple(stage))
        values[_STAGE_COLUMNS.index("recipients")] = json.dumps(list(stage.recipients))
        updates = ", ".join(f"{c}=excluded.{c}" for c in _STAGE_COLUMNS[2:])
        self.db.execute(
            f"INSERT INTO rap_stages ({', '.join(_STAGE_COLUMNS)})"
            f" VALUES ({', '.join('?' * len(_STAGE_COLUMNS))})"
            f" ON CONFLICT(case_id, idx) DO UPDATE SET {updates}", values)

    def rap_stages(self, case_id: int) -> list[RapStageRow]:
        return [_stage(r) for r in self.db.all(
            "SELECT * FROM rap_stages WHERE case_id = ? ORDER BY idx", (case_id,))]

    # --- responses -----------------------------------------------------------------------

    def rap_response_add(self, *, case_id: int | None, stage_idx: int | None, message_id: str,
                         from_addr: str, subject: str, excerpt: str, attached: bool, note: str,
                         now: datetime) -> bool:
        """Record a tagged mail once per Message-ID; False when it was recorded before."""
        cur = self.db.execute(
            "INSERT INTO rap_responses (case_id, stage_idx, message_id, from_addr, subject,"
            " excerpt, attached, note, received_at) VALUES (?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT DO NOTHING",
            (case_id, stage_idx, message_id, from_addr, subject, excerpt, int(attached), note,
             now.isoformat()))
        return cur.rowcount == 1

    def rap_responses(self, case_id: int) -> list[RapResponseRow]:
        return [_response(r) for r in self.db.all(
            "SELECT * FROM rap_responses WHERE case_id = ? ORDER BY id", (case_id,))]

    # --- SLA changes ---------------------------------------------------------------------

    def sla_change_add(self, *, title: str, proposer: str, action: str, definition_json: str,
                       effective_month: str, opened_by: str, now: datetime) -> int:
        cur = self.db.execute(
            "INSERT INTO sla_changes (title, proposer, action, definition, effective_month,"
            " opened_at, opened_by) VALUES (?,?,?,?,?,?,?)",
            (title, proposer, action, definition_json, effective_month, now.isoformat(),
             opened_by))
        assert cur.lastrowid is not None
        return cur.lastrowid

    def sla_change_get(self, number: int) -> SlaChangeRow | None:
        r = self.db.one("SELECT * FROM sla_changes WHERE id = ?", (number,))
        return SlaChangeRow(**dict(r)) if r else None

    def sla_changes(self) -> list[SlaChangeRow]:
        return [SlaChangeRow(**dict(r))
                for r in self.db.all("SELECT * FROM sla_changes ORDER BY id")]

    def sla_step_add(self, step: SlaStepRow) -> bool:
        """Record a step once; False when this change already has it."""
        cur = self.db.execute(
            f"INSERT INTO sla_change_steps ({', '.join(_STEP_COLUMNS)})"
            f" VALUES ({', '.join('?' * len(_STEP_COLUMNS))}) ON CONFLICT DO NOTHING",
            astuple(step))
        return cur.rowcount == 1

    def sla_steps(self, change_id: int) -> list[SlaStepRow]:
        return [SlaStepRow(**dict(r)) for r in self.db.all(
            "SELECT * FROM sla_change_steps WHERE change_id = ? ORDER BY on_date, rowid",
            (change_id,))]
