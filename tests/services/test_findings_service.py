"""Drafting, approving and posting the monthly findings, on a real in-memory store."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from cscbot.adapters.sqlite import SqliteStore
from cscbot.errors import CommandError
from cscbot.services.context import Context
from cscbot.services.drafts import ApprovalOptions, approve_draft, reject_draft
from cscbot.services.findings import (
    draft_findings,
    findings_after_report,
    send_findings_nudges,
)
from tests.services.findings_support import (
    CCTLD,
    EXCELLENT,
    NOW,
    ONE_MISS,
    REPEATED,
    RETEST,
    SATISFACTORY,
    Facts,
    make_ctx,
    registered_facts,
)

SECRETARIAT = "secretariat@csc.example.org"


@pytest.fixture
def facts() -> Iterator[Facts]:
    with registered_facts() as source:
        yield source


@pytest.fixture
def ctx() -> Context:
    return make_ctx()


def _posted(ctx: Context, key: str = "findings:2026-10") -> str:
    row = ctx.store.outbox_get(key)
    assert row is not None, f"{key} not queued"
    return row.data.decode()


@pytest.mark.parametrize(("month", "rating", "figure"), [
    (EXCELLENT, "Excellent", '"Excellent": 100 % compliance, 64 of 64 thresholds met'),
    (SATISFACTORY, "Satisfactory",
     '"Satisfactory": 95.4 % compliance, 62 of 65 thresholds met'),
    (ONE_MISS, "Satisfactory", '"Satisfactory": 98.4 % compliance, 63 of 64 thresholds met'),
    (REPEATED, "Needs improvement",
     '"Needs improvement": 98.4 % compliance, 63 of 64 thresholds met'),
])
def test_published_pattern_is_drafted_then_posted_on_approval(
        ctx: Context, facts: Facts, month: object, rating: str, figure: str) -> None:
    facts.set(month)  # type: ignore[arg-type]
    outcome = draft_findings(ctx, "2026-10", NOW)
    assert outcome.proposal is not None and outcome.proposal.rating == rating
    assert outcome.draft_id is not None and ctx.store.outbox_get("findings:2026-10") is None
    preview = ctx.store.outbox_get(f"draft:{outcome.draft_id}")  # the review mail
    assert preview is not None and preview.recipients == (SECRETARIAT,)
    assert outcome.proposal.rule in " ".join(preview.data.decode().split())
    approve_draft(ctx, outcome.draft_id, SECRETARIAT, NOW)
    assert outcome.mail is not None and figure in " ".join(outcome.mail.text.split())
    row = ctx.store.outbox_get("findings:2026-10")
    assert row is not None and row.recipients == ("csc-announce@csc.example.org",)
    (post,) = ctx.store.findings_posts_for("2026-10")
    assert (post.rating, post.draft_id) == (rating, outcome.draft_id)


def test_findings_name_each_miss_with_its_narrative(ctx: Context, facts: Facts) -> None:
    facts.set(replace(REPEATED, missed=(*REPEATED.missed, replace(CCTLD, narrative=None)),
                      met=62, complaints=2, complaint_clusters=("K3 slow DS checks",),
                      escalations=("RAP-1: CSC with PTI, response due 2026-11-20",),
                      sla_changes=("IDN table publication: public comment until 2026-12-01",)))
    text = " ".join(draft_findings(ctx, "2026-10", NOW).mail.text.split())  # type: ignore[union-attr]
    assert f"- {RETEST.name} explained by PTI, but missed 2 months in a row" in text
    assert f"PTI's explanation: {RETEST.narrative}" in text
    assert f"- {CCTLD.name} missed; PTI gave no explanation" in text
    assert "2 complaints were received in October 2026 (about: K3 slow DS checks)." in text
    assert "- RAP-1: CSC with PTI, response due 2026-11-20" in text
    assert "- IDN table publication: public comment until 2026-12-01" in text


def test_quiet_month_says_no_complaints(ctx: Context, facts: Facts) -> None:
    facts.set(EXCELLENT)
    text = " ".join(draft_findings(ctx, "2026-10", NOW).mail.text.split())  # type: ignore[union-attr]
    assert "no complaints were received in October 2026." in text
    assert "there are no open escalations." in text and "SLA changes in progress: none." in text
    assert "on or around the 15th" in text and "Sent on behalf of the CSC Chair" in text


def test_second_approval_does_not_post_again(ctx: Context, facts: Facts) -> None:
    facts.set(ONE_MISS)
    draft_id = draft_findings(ctx, "2026-10", NOW).draft_id
    assert draft_id is not None
    approve_draft(ctx, draft_id, SECRETARIAT, NOW)
    with pytest.raises(CommandError, match="already sent"):
        approve_draft(ctx, draft_id, "other@csc.example.org", NOW)
    assert [r.key for r in ctx.store.outbox_list() if r.kind == "findings"] == \
        ["findings:2026-10"]


def test_restart_between_approval_and_sending_posts_once(tmp_path: Path, facts: Facts) -> None:
    path = tmp_path / "cscbot.sqlite3"
    ctx = make_ctx(SqliteStore(path))
    facts.set(SATISFACTORY)
    draft_id = draft_findings(ctx, "2026-10", NOW).draft_id
    assert draft_id is not None
    approve_draft(ctx, draft_id, SECRETARIAT, NOW)
    ctx.store.close()  # the process dies before the outbox sent anything

    again = make_ctx(SqliteStore(path))
    later = NOW + timedelta(hours=1)
    assert "posted already" in draft_findings(again, "2026-10", later).summary  # re-import
    with pytest.raises(CommandError):
        approve_draft(again, draft_id, SECRETARIAT, later)
    rows = [r for r in again.store.outbox_list() if r.kind == "findings"]
    assert [(r.key, r.status) for r in rows] == [("findings:2026-10", "queued")]
    assert len(again.store.drafts(kind="findings")) == 1


def test_identical_report_reimported_before_approval_changes_nothing(
        ctx: Context, facts: Facts) -> None:
    facts.set(SATISFACTORY)
    first = draft_findings(ctx, "2026-10", NOW)
    facts.set(replace(SATISFACTORY, complaints=1))  # only the complaints moved
    second = draft_findings(ctx, "2026-10", NOW + timedelta(hours=2))
    assert second.draft_id == first.draft_id and "holds this report already" in second.summary
    assert len(ctx.store.drafts(kind="findings")) == 1


def test_new_report_before_posting_supersedes_the_pending_draft(
        ctx: Context, facts: Facts) -> None:
    facts.set(SATISFACTORY)
    old = draft_findings(ctx, "2026-10", NOW).draft_id
    facts.set(replace(SATISFACTORY, met=63, missed=(RETEST, CCTLD)))
    new = draft_findings(ctx, "2026-10", NOW + timedelta(days=1)).draft_id
    assert old is not None and new is not None and new != old
    superseded = ctx.store.draft_get(old)
    assert superseded is not None and superseded.status == "superseded"
    assert superseded.reason == f"superseded by D{new} (a newer report)"
    with pytest.raises(CommandError, match="superseded"):
        approve_draft(ctx, old, SECRETARIAT, NOW)
    approve_draft(ctx, new, SECRETARIAT, NOW + timedelta(days=1))
    assert "63 of 65 thresholds met" in " ".join(_posted(ctx).split())


def test_corrected_report_after_posting_makes_a_correction_draft(
        ctx: Context, facts: Facts) -> None:
    facts.set(SATISFACTORY)
    first = draft_findings(ctx, "2026-10", NOW).draft_id
    assert first is not None
    approve_draft(ctx, first, SECRETARIAT, NOW)
    facts.set(replace(SATISFACTORY, met=63, missed=(RETEST, CCTLD)))
    later = NOW + timedelta(days=10)
    outcome = draft_findings(ctx, "2026-10", later)
    assert outcome.draft_id is not None and "correction 1" in outcome.summary
    assert ctx.store.outbox_get("findings:2026-10:correction-1") is None  # never silently
    approve_draft(ctx, outcome.draft_id, SECRETARIAT, later)
    mail = _posted(ctx, "findings:2026-10:correction-1")
    assert "Subject: Correction: CSC Findings on PTI Performance October 2026" in mail
    assert "CORRECTION: this message corrects" in mail
    assert [p.correction for p in ctx.store.findings_posts_for("2026-10")] == [0, 1]
    assert "posted already" in draft_findings(ctx, "2026-10", later).summary


def test_rating_override_rerenders_and_replacement_text_replaces_the_chair_paragraph(
        ctx: Context, facts: Facts) -> None:
    facts.set(REPEATED)
    draft_id = draft_findings(ctx, "2026-10", NOW).draft_id
    assert draft_id is not None
    wording = "The CSC discussed the retest misses with PTI and is satisfied with its plan."
    approve_draft(ctx, draft_id, SECRETARIAT, NOW,
                  ApprovalOptions(rating="satisfactory", replacement_text=wording))
    posted = " ".join(_posted(ctx).split())
    assert '"Satisfactory": 98.4 %' in posted and "Needs improvement" not in posted
    assert wording in posted and "action is necessary" not in posted
    (post,) = ctx.store.findings_posts_for("2026-10")
    assert post.rating == "Satisfactory"


def test_unknown_rating_override_is_refused_and_nothing_posts(
        ctx: Context, facts: Facts) -> None:
    facts.set(ONE_MISS)
    draft_id = draft_findings(ctx, "2026-10", NOW).draft_id
    assert draft_id is not None
    with pytest.raises(CommandError, match="not a rating"):
        approve_draft(ctx, draft_id, SECRETARIAT, NOW, ApprovalOptions(rating="Good"))
    assert ctx.store.outbox_get("findings:2026-10") is None
    assert ctx.store.findings_posts_for("2026-10") == []
    assert ctx.store.draft_get(draft_id).status == "pending"  # type: ignore[union-attr]


def test_rejected_report_is_not_redrafted_unless_asked(ctx: Context, facts: Facts) -> None:
    facts.set(ONE_MISS)
    draft_id = draft_findings(ctx, "2026-10", NOW).draft_id
    assert draft_id is not None
    reject_draft(ctx, draft_id, "wait for PTI's narrative", SECRETARIAT, NOW)
    assert "rejected" in draft_findings(ctx, "2026-10", NOW).summary
    again = draft_findings(ctx, "2026-10", NOW, force=True)
    assert again.draft_id not in (None, draft_id)


def test_auto_send_posts_without_approval(facts: Facts) -> None:
    ctx = make_ctx(auto_send=True)
    facts.set(EXCELLENT)
    outcome = draft_findings(ctx, "2026-10", NOW)
    assert "auto_send" in outcome.summary
    assert ctx.store.outbox_get("findings:2026-10") is not None
    assert ctx.store.outbox_get(f"draft:{outcome.draft_id}") is None  # no review mail
    assert ctx.store.draft_get(outcome.draft_id).status == "sent"  # type: ignore[arg-type,union-attr]


def test_dry_run_renders_and_writes_nothing(ctx: Context, facts: Facts) -> None:
    facts.set(SATISFACTORY)
    outcome = draft_findings(ctx, "2026-10", NOW, dry_run=True)
    assert outcome.mail is not None and "95.4 %" in outcome.mail.text
    assert ctx.store.drafts() == [] and ctx.store.outbox_list() == []


def test_a_month_without_a_report_is_a_clear_error(ctx: Context, facts: Facts) -> None:
    with pytest.raises(CommandError, match="no PTI report has been read for 2026-09"):
        draft_findings(ctx, "2026-09", NOW)
    with pytest.raises(CommandError, match="not a month"):
        draft_findings(ctx, "2026-9", NOW)


def test_secretariat_is_reminded_once_when_no_decision_arrives(
        ctx: Context, facts: Facts) -> None:
    facts.set(ONE_MISS)
    draft_findings(ctx, "2026-10", NOW)
    assert send_findings_nudges(ctx, NOW + timedelta(days=10)) == 0  # 19 Nov: not yet
    due = NOW.replace(day=20, hour=0)
    assert send_findings_nudges(ctx, due) == 1
    assert send_findings_nudges(ctx, due + timedelta(days=1)) == 0
    nudge = ctx.store.outbox_get("findings-nudge:2026-10")
    assert nudge is not None and nudge.recipients == (SECRETARIAT,)
    assert "Reminder: decision needed" in nudge.subject


def test_no_reminder_once_decided(ctx: Context, facts: Facts) -> None:
    facts.set(ONE_MISS)
    draft_id = draft_findings(ctx, "2026-10", NOW).draft_id
    assert draft_id is not None
    approve_draft(ctx, draft_id, SECRETARIAT, NOW)
    assert send_findings_nudges(ctx, NOW + timedelta(days=30)) == 0


def test_report_handler_hook_drafts_or_tells_the_secretariat(
        ctx: Context, facts: Facts) -> None:
    facts.set(ONE_MISS)
    with ctx.store.transaction():  # as inside the intake transaction
        assert findings_after_report(ctx, "2026-10", NOW).startswith("drafted")
        account = findings_after_report(ctx, "2026-09", NOW)
    assert account == "findings not drafted: no PTI report has been read for 2026-09"
    (notice,) = ctx.store.notices(kind="findings")
    assert notice.ref == "2026-09" and "not drafted" in notice.summary
