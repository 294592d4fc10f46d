"""Ad-hoc announcements: drafted from a file, posted to csc-announce once on approval."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest

from cscbot.errors import CommandError
from cscbot.services.announcements import draft_announcement
from cscbot.services.drafts import approve_draft
from tests.services.findings_support import NOW, make_ctx

NOTICE = ("Subject: Public comment: IDN table publication SLA\n\n"
          "Dear registry operators,\n\nThe CSC and PTI propose a new SLA ...\n")


def test_announcement_is_posted_to_the_list_once_on_approval() -> None:
    ctx = make_ctx()
    outcome = draft_announcement(ctx, NOTICE, NOW)
    assert outcome.draft_id is not None
    assert [r.kind for r in ctx.store.outbox_list()] == ["draft_request"]  # review mail only
    assert draft_announcement(ctx, NOTICE, NOW).draft_id == outcome.draft_id  # same file
    approve_draft(ctx, outcome.draft_id, "secretariat@csc.example.org", NOW)
    (row,) = [r for r in ctx.store.outbox_list() if r.kind == "announcement"]
    assert row.kind == "announcement" and row.recipients == ("csc-announce@csc.example.org",)
    assert row.subject == "Public comment: IDN table publication SLA"
    data = row.data.decode()
    assert "Precedence: list" in data and "List-Id: <csc-announce.csc.example.org>" in data
    msg = email.message_from_bytes(row.data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    body = msg.get_body(("plain",))
    assert body is not None
    text = body.get_content().replace("\r\n", "\n")
    assert text.startswith("Dear registry operators,\n\nThe CSC and PTI")


def test_a_file_without_subject_line_is_refused() -> None:
    with pytest.raises(CommandError, match="Subject:"):
        draft_announcement(make_ctx(), "Dear all,\n", NOW)
