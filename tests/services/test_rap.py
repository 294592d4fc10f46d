"""A RAP case driven through every stage with the clock passed in: letters drafted and
approved, responses attached, window reminders (once each, also across restarts), an
extended window, resolution."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cscbot.adapters.sqlite import SqliteStore
from cscbot.config import Settings, parse
from cscbot.domain.mail import MailMessage, parse_message
from cscbot.domain.outgoing import OutgoingMail
from cscbot.domain.rap import Evidence
from cscbot.errors import CommandError
from cscbot.render import Renderer
from cscbot.services import rap
from cscbot.services.context import Context
from cscbot.services.dispatch import handler_for
from cscbot.services.drafts import APPROVE_HOOKS, ApprovalOptions, approve_draft, reject_draft

SEC = "secretariat@csc.example.org"
STAGE_RECIPIENTS = ("pti@iana.example", "board@pti.example", "president@pti.example",
                    "ceo@icann.example", "councils@ccnso.example")
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def make_settings(tmp_path: Path, **rap_keys: object) -> Settings:
    default_names = ("CSC with PTI (corrective action plan)", "PTI Board", "PTI President",
                     "ICANN CEO / Board", "ccNSO and GNSO Councils")
    stages = [{"name": n, "recipients": [r]} for n, r in zip(default_names, STAGE_RECIPIENTS,
                                                             strict=True)]
    doc = {"bot": {"address": "csc-bot@csc.example.org"},
           "addresses": {"csc_mailbox": "csc@csc.example.org", "secretariat": [SEC],
                         "announce": "csc-announce@csc.example.org"},
           "rap": {"stages": stages, "remind_before_days": 2, **rap_keys}}
    return parse(doc, tmp_path / "c.toml")


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[Context]:
    store = SqliteStore(":memory:")
    yield Context(make_settings(tmp_path), store, Renderer())
    store.close()


def reply(subject: str, sender: str, body: str = "We are on it.") -> MailMessage:
    raw = (f"From: {sender}\r\nTo: csc@csc.example.org\r\nSubject: {subject}\r\n"
           f"Message-ID: <{abs(hash((subject, sender, body)))}@x.example>\r\n"
           f"Date: Mon, 9 Nov 2026 10:00:00 +0000\r\n\r\n{body}\r\n").encode()
    return parse_message(raw)


def letter(ctx: Context, case: str, stage: int) -> OutgoingMail:
    draft = ctx.store.draft_by_key(f"rap:{case}:stage{stage}:letter")
    assert draft is not None
    return OutgoingMail.from_json(draft.mail)


def reminders(ctx: Context) -> list[str]:
    return sorted(r.key for r in ctx.store.outbox_list() if r.kind == "rap_reminder")


def test_the_contract_registries_are_filled() -> None:
    assert handler_for("rap_response") is rap.handle_response
    assert APPROVE_HOOKS["rap_letter"] is rap._letter_approved


def test_a_case_through_every_stage(ctx: Context) -> None:
    out = rap.escalate_cluster(ctx, "K7", SEC, T0, evidence=Evidence(
        complaints=("CSC-2026-0042", "CSC-2026-0051"), metrics=("Technical checks: retest",),
        months=("2026-09", "2026-10")))
    assert out.startswith("escalated K7 as RAP-1 at stage 1")
    now = T0
    for stage, recipient in enumerate(STAGE_RECIPIENTS, start=1):
        mail = letter(ctx, "RAP-1", stage)
        assert mail.subject.startswith(
            f"[RAP-1] CSC Remedial Action Procedures, stage {stage} of 5")
        assert mail.to == (recipient,) and mail.reply_to == "csc@csc.example.org"
        assert "Technical checks: retest" in mail.text and "within 10 days" in mail.text
        assert mail.html is not None and "RAP-1" in mail.html
        with pytest.raises(CommandError, match="still waiting"):
            rap.advance_case(ctx, "RAP-1", SEC, now)
        draft = ctx.store.draft_by_key(mail.key)
        assert draft is not None
        now += timedelta(days=1)
        approve_draft(ctx, draft.id, SEC, now)
        sent = ctx.store.outbox_get(mail.key)
        assert sent is not None and sent.recipients == (recipient, "csc@csc.example.org")
        assert rap.load_case(ctx, "RAP-1").current.sent_at == now
        assert rap.handle_response(ctx, reply("Re: [RAP-1] letter", recipient), now).startswith(
            "rap: response attached to RAP-1 stage")
        assert rap.load_case(ctx, "RAP-1").current.status(now) == "responded"
        if stage < 5:
            assert "moved to stage" in rap.advance_case(ctx, "RAP-1", SEC, now)
    last = letter(ctx, "RAP-1", 5).text
    assert "stage 4, ICANN CEO / Board: letter of 06 November 2026, answered 06 November" in last
    with pytest.raises(CommandError, match="last stage"):
        rap.advance_case(ctx, "RAP-1", SEC, now)
    assert [line for line in rap.open_cases_summary(ctx, now) if "stage 5 of 5" in line]
    out = rap.resolve_case(ctx, "RAP-1", "PTI's corrective plan worked", SEC, now)
    assert out == "resolved RAP-1: PTI's corrective plan worked"
    assert rap.open_cases_summary(ctx, now) == []
    assert rap.digest_section(ctx, None, now) is None
    with pytest.raises(CommandError, match="was resolved"):
        rap.advance_case(ctx, "RAP-1", SEC, now)
    assert not reminders(ctx)  # every window was answered in time


def test_letter_of_a_later_stage_recalls_the_earlier_ones(ctx: Context) -> None:
    rap.open_case(ctx, Evidence(metrics=("Implementation: root zone publication",)), SEC, T0)
    approve_draft(ctx, 1, SEC, T0)
    rap.advance_case(ctx, "RAP-1", SEC, T0 + timedelta(days=11))
    text = letter(ctx, "RAP-1", 2).text
    assert "stage 2 of 5" in text
    assert "CSC with PTI (corrective action plan): letter of 02 November 2026" in text
    assert "no response within the window" in text


def test_window_reminders_once_each_before_and_at_lapse(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    path = tmp_path / "s.db"

    def job(now: datetime) -> int:  # each call a fresh process: a new store on the same file
        store = SqliteStore(path)
        try:
            return rap.send_rap_reminders(Context(settings, store, Renderer()), now)
        finally:
            store.close()

    store = SqliteStore(path)
    ctx = Context(settings, store, Renderer())
    rap.open_case(ctx, Evidence(metrics=("Submission: lodgment",)), SEC, T0)
    assert job(T0 + timedelta(days=30)) == 0  # letter not sent: no window yet
    approve_draft(ctx, 1, SEC, T0)
    store.close()
    hourly = [T0 + timedelta(hours=h) for h in range(0, 14 * 24, 6)]
    assert sum(job(now) for now in hourly) == 2
    assert sum(job(now) for now in hourly) == 0  # and never again
    store = SqliteStore(path)
    ctx = Context(settings, store, Renderer())
    assert reminders(ctx) == ["rap:RAP-1:stage1:before:2026-11-12",
                              "rap:RAP-1:stage1:lapse:2026-11-12"]
    before = store.outbox_get("rap:RAP-1:stage1:before:2026-11-12")
    assert before is not None and before.recipients == (SEC,)
    assert before.created_at == (T0 + timedelta(days=8)).isoformat()
    lapse = store.outbox_get("rap:RAP-1:stage1:lapse:2026-11-12")
    assert lapse is not None and lapse.created_at == (T0 + timedelta(days=10)).isoformat()
    assert b"advance RAP-1" in lapse.data
    notices = [n.ref for n in store.notices("rap_window")]
    assert notices == ["rap:RAP-1:stage1:before:2026-11-12", "rap:RAP-1:stage1:lapse:2026-11-12"]
    section = rap.digest_section(ctx, None, T0 + timedelta(days=11))
    assert section is not None
    assert section.items[0].text.endswith("window lapsed 2026-11-12 without a response")
    store.close()


def test_an_extended_window_moves_the_reminders(ctx: Context) -> None:
    rap.open_case(ctx, Evidence(months=("2026-10",)), SEC, T0)
    approve_draft(ctx, 1, SEC, T0)
    assert rap.send_rap_reminders(ctx, T0 + timedelta(days=8)) == 1  # the 10-day window
    out = rap.set_window(ctx, "RAP-1", 20, SEC, T0 + timedelta(days=9))
    assert out.endswith("window 20 days, response due 2026-11-22")
    for day in range(9, 18):
        assert rap.send_rap_reminders(ctx, T0 + timedelta(days=day)) == 0
    assert rap.send_rap_reminders(ctx, T0 + timedelta(days=18)) == 1
    assert rap.send_rap_reminders(ctx, T0 + timedelta(days=20)) == 1
    assert reminders(ctx) == ["rap:RAP-1:stage1:before:2026-11-12",
                              "rap:RAP-1:stage1:before:2026-11-22",
                              "rap:RAP-1:stage1:lapse:2026-11-22"]
    with pytest.raises(CommandError, match="at least 1 day"):
        rap.set_window(ctx, "RAP-1", 0, SEC, T0)


def test_a_response_stops_the_reminders(ctx: Context) -> None:
    rap.open_case(ctx, Evidence(months=("2026-10",)), SEC, T0)
    approve_draft(ctx, 1, SEC, T0)
    rap.handle_response(ctx, reply("Re: [RAP-1] corrective action", "PTI@iana.example"),
                        T0 + timedelta(days=3))
    assert rap.send_rap_reminders(ctx, T0 + timedelta(days=30)) == 0


def test_mail_from_others_is_kept_aside_never_attached(ctx: Context) -> None:
    rap.open_case(ctx, Evidence(months=("2026-10",)), SEC, T0)
    approve_draft(ctx, 1, SEC, T0)
    out = rap.handle_response(ctx, reply("Re: [RAP-1] advance RAP-1", "someone@else.example"),
                              T0)
    assert "not among the recipients" in out
    assert rap.load_case(ctx, "RAP-1").current.responded_at is None
    (row,) = ctx.store.rap_responses(1)
    assert not row.attached and row.from_addr == "someone@else.example"
    assert rap.load_case(ctx, "RAP-1").current.index == 1  # nothing was executed
    out = rap.handle_response(ctx, reply("[RAP-99] hello", "pti@iana.example"), T0)
    assert "RAP-99, which is no known case" in out
    assert len(ctx.store.notices("rap_response")) == 2
    section = rap.digest_section(ctx, None, T0)
    assert section is not None and any("kept aside" in d for d in section.items[0].details)


def test_a_late_reply_to_an_earlier_stage_attaches_to_that_stage(ctx: Context) -> None:
    rap.open_case(ctx, Evidence(months=("2026-10",)), SEC, T0)
    approve_draft(ctx, 1, SEC, T0)
    rap.advance_case(ctx, "RAP-1", SEC, T0 + timedelta(days=12))
    rap.handle_response(ctx, reply("Re: [RAP-1]", "pti@iana.example"), T0 + timedelta(days=13))
    case = rap.load_case(ctx, "RAP-1")
    assert case.stage(1).responded_at == T0 + timedelta(days=13)
    assert case.current.responded_at is None


def test_escalation_refusals_and_a_rejected_letter(ctx: Context) -> None:
    with pytest.raises(CommandError, match="not a cluster id"):
        rap.escalate_cluster(ctx, "CSC-2026-0042", SEC, T0)
    rap.escalate_cluster(ctx, "k7", SEC, T0)
    with pytest.raises(CommandError, match="already escalated as RAP-1"):
        rap.escalate_cluster(ctx, "K7", SEC, T0)
    with pytest.raises(CommandError, match="no case RAP-5"):
        rap.advance_case(ctx, "RAP-5", SEC, T0)
    reject_draft(ctx, 1, "wording", SEC, T0)
    assert "moved to stage 2" in rap.advance_case(ctx, "RAP-1", SEC, T0)
    stale = ctx.store.draft_get(1)
    assert stale is not None
    with pytest.raises(CommandError, match="moved on to stage 2"):
        rap._letter_approved(ctx, stale, letter(ctx, "RAP-1", 1), ApprovalOptions(), T0)


def test_cluster_evidence_comes_from_the_wired_provider(ctx: Context) -> None:
    def provider(_ctx: Context, cluster: str) -> Evidence | None:
        return Evidence(complaints=("CSC-2026-0042",), months=("2026-10",)) \
            if cluster == "K7" else None
    rap.CLUSTER_EVIDENCE.append(provider)
    try:
        rap.escalate_cluster(ctx, "K7", SEC, T0)
        with pytest.raises(CommandError, match="no cluster K8"):
            rap.escalate_cluster(ctx, "K8", SEC, T0)
    finally:
        rap.CLUSTER_EVIDENCE.remove(provider)
    case = rap.load_case(ctx, "RAP-1")
    assert case.evidence == Evidence(cluster="K7", complaints=("CSC-2026-0042",),
                                     months=("2026-10",))
    assert "CSC-2026-0042" in letter(ctx, "RAP-1", 1).text


def test_resolving_withdraws_a_waiting_letter(ctx: Context) -> None:
    rap.open_case(ctx, Evidence(note="one serious failure PTI cannot explain"), SEC, T0)
    out = rap.resolve_case(ctx, "RAP-1", "explained at the meeting", SEC, T0)
    assert out.endswith("letter D1 withdrawn")
    draft = ctx.store.draft_get(1)
    assert draft is not None and draft.status == "superseded"
    rap.open_case(ctx, Evidence(), SEC, T0)
    with pytest.raises(CommandError, match="needs a summary"):
        rap.resolve_case(ctx, "RAP-2", "  ", SEC, T0)


def test_stages_without_recipients_write_to_the_secretariat(tmp_path: Path) -> None:
    doc_settings = parse({"bot": {"address": "csc-bot@csc.example.org"},
                          "addresses": {"csc_mailbox": "csc@csc.example.org",
                                        "secretariat": [SEC],
                                        "announce": "csc-announce@csc.example.org"}},
                         tmp_path / "c.toml")
    store = SqliteStore(":memory:")
    ctx = Context(doc_settings, store, Renderer())
    rap.open_case(ctx, Evidence(months=("2026-10",)), SEC, T0)
    mail = letter(ctx, "RAP-1", 1)
    assert mail.to == (SEC,)
    assert "stage 1 of 5: CSC with PTI (corrective action plan)" in mail.subject
    store.close()


def test_approval_with_replacement_wording_sends_that_wording(ctx: Context) -> None:
    rap.open_case(ctx, Evidence(months=("2026-10",)), SEC, T0)
    approve_draft(ctx, 1, SEC, T0, ApprovalOptions(replacement_text="Dear PTI, our own words."))
    sent = ctx.store.outbox_get("rap:RAP-1:stage1:letter")
    assert sent is not None and b"our own words" in sent.data
    assert rap.load_case(ctx, "RAP-1").current.sent_at == T0


def test_a_rejected_letter_is_redrafted_then_approved(ctx: Context) -> None:
    rap.open_case(ctx, Evidence(months=("2026-10",)), SEC, T0)
    with pytest.raises(CommandError, match="no rejected letter"):
        rap.redraft_letter(ctx, "RAP-1", SEC, T0)
    reject_draft(ctx, 1, "softer wording please", SEC, T0)
    assert rap.redraft_letter(ctx, "RAP-1", SEC, T0).endswith("letter redrafted as D2")
    reject_draft(ctx, 2, "still too harsh", SEC, T0)
    assert rap.redraft_letter(ctx, "RAP-1", SEC, T0).endswith("letter redrafted as D3")
    approve_draft(ctx, 3, SEC, T0 + timedelta(days=1))
    sent = ctx.store.outbox_get("rap:RAP-1:stage1:letter:v3")
    assert sent is not None and sent.subject.startswith("[RAP-1]")
    assert rap.load_case(ctx, "RAP-1").current.sent_at == T0 + timedelta(days=1)
