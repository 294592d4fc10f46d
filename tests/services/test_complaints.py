"""Complaints end to end on the real store: record, ack, follow-ups, clusters, corrections,
flags, the digest section."""

from __future__ import annotations

import email
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cscbot.adapters.sqlite import SqliteStore
from cscbot.config import parse
from cscbot.domain.mail import parse_message
from cscbot.domain.outgoing import message_id_for
from cscbot.domain.triage import MetricMisses
from cscbot.errors import CommandError
from cscbot.render import Renderer
from cscbot.services import complaints as svc
from cscbot.services.context import Context
from cscbot.services.dispatch import handler_for

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
IPV6 = ("Technical check fails on IPv6 name server",
        "Our NS change for .{tld} failed the technical check: ns1.nic.{tld} is not reachable "
        "over IPv6, although the AAAA address answers from everywhere.")
DS = ("DS record update rejected",
      "Our DS record for .{tld} was refused: the digest does not match the DNSKEY, yet the key "
      "has been published for a week.")


def _settings(tmp_path: Path, **triage: Any) -> Any:
    return parse({"bot": {"address": "bot@csc.example.org", "name": "CSC bot"},
                  "addresses": {"csc_mailbox": "csc@csc.example.org",
                                "secretariat": ["s@csc.example.org"],
                                "announce": "a@csc.example.org"},
                  "loops": {"max_auto_replies_per_sender_per_day": 100},
                  "triage": triage}, tmp_path / "c.toml")


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[Context]:
    store = SqliteStore(":memory:")
    yield Context(_settings(tmp_path), store, Renderer())
    store.close()


_serial = iter(range(10**6))


def mail(subject: str, body: str, sender: str = "hostmaster@nic.example", tld: str = "example",
         headers: str = "", html: bool = False) -> Any:
    n = next(_serial)
    ctype = "text/html" if html else "text/plain"
    raw = (f"From: Marie Dupont <{sender}>\nTo: csc@csc.example.org\n"
           f"Subject: {subject.format(tld=tld)}\nMessage-ID: <m{n}@{sender.split('@')[1]}>\n"
           f"Date: Mon, 02 Nov 2026 08:00:00 +0000\n{headers}"
           f"Content-Type: {ctype}; charset=utf-8\n\n{body.format(tld=tld)}\n")
    return parse_message(raw.encode())


def handle(ctx: Context, msg: Any, now: datetime = NOW) -> str:
    with ctx.store.transaction():
        return svc.handle_complaint(ctx, msg, now)


def test_the_dispatch_registry_routes_complaints_here() -> None:
    assert handler_for("complaint") is svc.handle_complaint


def test_a_new_complaint_is_recorded_and_acknowledged_in_its_thread(ctx: Context) -> None:
    msg = mail(IPV6[0], IPV6[1] + "\nTicket 1-2026-0415.\n\nBest regards,\nMarie\n"
               "NIC Example Registry\n")
    account = handle(ctx, msg)
    row = ctx.store.complaint_get("CSC-2026-0001")
    assert row is not None and account.startswith("complaint CSC-2026-0001")
    assert row.tlds == (".example",) and row.tickets == ("1-2026-0415",)
    assert row.language == "en" and row.organisation == "NIC Example Registry"
    assert "Best regards" not in row.new_text and row.message_id == msg.message_id
    ack = ctx.store.outbox_get("ack:CSC-2026-0001")
    assert ack is not None and ack.subject.startswith("[CSC-2026-0001] ")
    sent = email.message_from_bytes(ack.data)
    assert sent["In-Reply-To"] == msg.message_id and sent["Auto-Submitted"] == "auto-replied"
    assert ack.recipients == ("hostmaster@nic.example",)
    text = sent.get_payload(0).get_payload(decode=True).decode()
    assert "What happens next" in text and "CSC-2026-0001" in text


def test_references_count_per_year(ctx: Context) -> None:
    handle(ctx, mail(*IPV6))
    handle(ctx, mail(*DS))
    handle(ctx, mail(*DS), now=datetime(2027, 1, 3, tzinfo=UTC))
    assert ctx.store.complaint_get("CSC-2026-0002") is not None
    assert ctx.store.complaint_get("CSC-2027-0001") is not None


@pytest.mark.parametrize("how", ["in_reply_to", "ack_reference", "ref_in_subject",
                                 "ref_in_body"])
def test_follow_ups_attach_to_the_same_complaint(ctx: Context, how: str) -> None:
    first = mail(*IPV6)
    handle(ctx, first)
    ack_id = message_id_for("ack:CSC-2026-0001", ctx.message_id_domain)
    subject, body, headers = "Re: more details", "It failed again today.", ""
    if how == "in_reply_to":
        headers = f"In-Reply-To: {first.message_id}\n"
    elif how == "ack_reference":
        headers = f"References: <other@x> {ack_id}\n"
    elif how == "ref_in_subject":
        subject = "Update [csc-2026-0001]"
    else:
        body = "About our complaint CSC-2026-0001: it failed again."
    account = handle(ctx, mail(subject, body, sender="other@nic.example", headers=headers))
    assert account == "follow-up to CSC-2026-0001 from other@nic.example"
    assert ctx.store.complaint_get("CSC-2026-0002") is None
    assert len(ctx.store.outbox_list()) == 1
    assert len(ctx.store.complaint_messages(role="followup")) == 1


def test_the_same_message_twice_is_recorded_once(ctx: Context) -> None:
    msg = mail(*IPV6)
    handle(ctx, msg)
    assert handle(ctx, msg).endswith("already recorded")
    assert ctx.store.complaint_get("CSC-2026-0002") is None


def test_no_ack_to_an_auto_submitted_complaint_but_it_is_recorded(ctx: Context) -> None:
    account = handle(ctx, mail(*IPV6, headers="Auto-Submitted: auto-generated\n"))
    assert "no ack" in account and ctx.store.complaint_get("CSC-2026-0001") is not None
    assert ctx.store.outbox_list() == []
    assert [n.ref for n in ctx.store.notices("refusal")] == ["ack:CSC-2026-0001"]


def test_french_html_complaint_gets_language_and_a_french_line(ctx: Context) -> None:
    body = ("<p>Bonjour,</p><p>Notre changement de serveurs de noms pour .exemple est refusé: "
            "le serveur ne répond pas en IPv6 depuis une semaine.</p><p>Cordialement</p>")
    handle(ctx, mail("Plainte", body, html=True))
    row = ctx.store.complaint_get("CSC-2026-0001")
    assert row is not None and row.language == "fr" and row.tlds == (".exemple",)
    ack = ctx.store.outbox_get("ack:CSC-2026-0001")
    assert ack is not None and "Nous avons bien re" in ack.data.decode("utf-8", "replace") + \
        email.message_from_bytes(ack.data).get_payload(0).get_payload(decode=True).decode()


def _cluster(ctx: Context, ref: str) -> str:
    row = ctx.store.complaint_get(ref)
    assert row is not None
    return svc.cluster_of_message(ctx, row.message_id) or ""


def test_similar_complaints_share_a_cluster_and_different_ones_do_not(ctx: Context) -> None:
    handle(ctx, mail(*IPV6, tld="example"))
    handle(ctx, mail(*DS, tld="test"))
    handle(ctx, mail(*IPV6, tld="sample", sender="tech@nira.sample"))
    assert _cluster(ctx, "CSC-2026-0001") == _cluster(ctx, "CSC-2026-0003") == "K1"
    assert _cluster(ctx, "CSC-2026-0002") == "K2"
    k1 = ctx.store.cluster_get(1)
    assert k1 is not None and k1.size == 2 and "IPv6" in k1.label
    assert svc.cluster_of_message(ctx, "<unknown@x>") is None


def test_corrections_win_and_later_complaints_follow_them(ctx: Context) -> None:
    handle(ctx, mail(*IPV6))
    handle(ctx, mail(*DS))
    assert svc.rename_cluster(ctx, "K1", "IPv6 reachability", "sec", NOW).startswith("renamed K1")
    assert "merged K2 into K1" in svc.merge_clusters(ctx, "K1", "K2", "sec", NOW)
    assert _cluster(ctx, "CSC-2026-0002") == "K1"
    handle(ctx, mail(*DS, tld="test"))
    assert _cluster(ctx, "CSC-2026-0003") == "K1"  # follows the merged centre
    k1 = ctx.store.cluster_get(1)
    assert k1 is not None and k1.label == "IPv6 reachability" and k1.size == 3
    account = svc.move_complaint(ctx, "CSC-2026-0003", "new", "sec", NOW)
    assert account == "moved CSC-2026-0003 from K1 to K3"
    row = ctx.store.complaint_get("CSC-2026-0003")
    assert row is not None and row.placed_by == "sec"
    events = [e.kind for e in ctx.store.cluster_events()]
    assert {"renamed", "merged", "moved"} <= set(events)


def test_a_closed_cluster_takes_no_new_complaints_until_reopened(ctx: Context) -> None:
    handle(ctx, mail(*IPV6))
    assert svc.close_item(ctx, "K1", "resolved with PTI", "sec", NOW) == \
        "closed K1 (resolved with PTI)"
    handle(ctx, mail(*IPV6, tld="test"))
    assert _cluster(ctx, "CSC-2026-0002") == "K2"
    assert svc.reopen_item(ctx, "K1", "sec", NOW) == "reopened K1"
    assert svc.close_item(ctx, "CSC-2026-0001", "answered", "sec", NOW).startswith("closed")
    assert svc.reopen_item(ctx, "csc-2026-0001", "sec", NOW) == "reopened CSC-2026-0001"


@pytest.mark.parametrize("call, why", [
    (lambda c: svc.merge_clusters(c, "K1", "K1", "s", NOW), "same cluster"),
    (lambda c: svc.merge_clusters(c, "K1", "K9", "s", NOW), "no cluster K9"),
    (lambda c: svc.move_complaint(c, "CSC-2026-0001", "K1", "s", NOW), "already in K1"),
    (lambda c: svc.move_complaint(c, "CSC-2026-0999", "K1", "s", NOW), "no complaint"),
    (lambda c: svc.rename_cluster(c, "K1", "  ", "s", NOW), "non-empty"),
    (lambda c: svc.close_item(c, "bogus", "x", "s", NOW), "not a complaint reference"),
    (lambda c: svc.reopen_item(c, "K1", "s", NOW), "not closed"),
])
def test_impossible_corrections_say_why(ctx: Context, call: Any, why: str) -> None:
    handle(ctx, mail(*IPV6))
    with pytest.raises(CommandError, match=why):
        call(ctx)


def test_systemic_flag_names_its_evidence_and_is_offered_not_acted_on(ctx: Context) -> None:
    for i, tld in enumerate(("example", "test", "example")):
        handle(ctx, mail(*DS, tld=tld, sender=f"ops@nic.{tld}"), NOW + timedelta(days=i))
    flags = ctx.store.cluster_flags(1)
    assert [f.kind for f in flags] == ["systemic"]
    assert flags[0].evidence["refs"] == ["CSC-2026-0001", "CSC-2026-0002", "CSC-2026-0003"]
    assert flags[0].evidence["registries"] == [".example", ".test"]
    notices = ctx.store.notices("flag")
    assert len(notices) == 1 and notices[0].summary.startswith("RAP candidate: K1 is systemic")


def test_persistent_flag_from_consecutive_months(ctx: Context) -> None:
    for month in (9, 10, 11):
        handle(ctx, mail(*DS), datetime(2026, month, 20, tzinfo=UTC))
    flag = {f.kind: f for f in ctx.store.cluster_flags(1)}["persistent"]
    assert flag.evidence["months"] == ["2026-09", "2026-10", "2026-11"]
    assert len(flag.evidence["refs"]) == 3


def test_persistent_flag_from_an_sla_metric_missed_in_consecutive_months(
        ctx: Context) -> None:
    def misses(_ctx: Context, _now: datetime) -> list[MetricMisses]:
        return [MetricMisses("Technical checks: results of a retest after earlier failed tests",
                             ("2026-09", "2026-10")),
                MetricMisses("Submission: lodgment in RZMS of a request sent by email",
                             ("2026-10",))]
    svc.SLA_MISSES.append(misses)
    try:
        handle(ctx, mail("Retest taking far too long", "We fixed the name server issue and "
                         "asked for a retest; nothing has happened for 9 days."))
    finally:
        svc.SLA_MISSES.remove(misses)
    flags = ctx.store.cluster_flags(1)
    assert [f.kind for f in flags] == ["persistent"]
    assert flags[0].evidence["metric"].startswith("Technical checks: results of a retest")
    assert flags[0].evidence["months"] == ["2026-09", "2026-10"]


def test_digest_section_lists_new_complaints_changes_and_flags(ctx: Context) -> None:
    for i, tld in enumerate(("example", "test", "sample")):
        handle(ctx, mail(*DS, tld=tld, sender=f"ops@nic.{tld}"), NOW + timedelta(hours=i))
    handle(ctx, mail("Re: x", "More.", headers="In-Reply-To: <m0@none>\n"
                     f"References: {message_id_for('ack:CSC-2026-0001', ctx.message_id_domain)}\n"),
           NOW + timedelta(hours=5))
    svc.rename_cluster(ctx, "K1", "DS checks", "sec@csc.example.org", NOW + timedelta(hours=6))
    section = svc.digest_section(ctx, None, NOW + timedelta(days=1))
    assert section is not None
    ids = [i.id for i in section.items]
    assert ids[:3] == ["CSC-2026-0001", "CSC-2026-0002", "CSC-2026-0003"]
    assert "-> K1" in section.items[0].text
    texts = " | ".join(i.text for i in section.items)
    assert "follow-up from" in texts and "renamed K1" in texts and "RAP candidate" in texts
    assert any(i.acted_by == "sec@csc.example.org" for i in section.items)
    assert svc.digest_section(ctx, NOW + timedelta(days=1), NOW + timedelta(days=2)) is None
