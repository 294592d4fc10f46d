"""The sender against a real SMTP server process: retries, dead letters, per-recipient
results, restarts; every logical mail arrives once (or, in the documented window, twice with
the same Message-ID)."""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from smtp_server import SmtpServerProcess

from cscbot.adapters.smtp import SmtpEndpoint, SmtpSink
from cscbot.clock import RateLimiter
from cscbot.services.context import Context
from cscbot.services.mailer import queue_mail
from cscbot.services.outbox import backoff, flush_outbox
from tests.services.outbox_helpers import NOW, mail, make_ctx

pytestmark = pytest.mark.servers


def smtp(srv: SmtpServerProcess) -> SmtpSink:
    return SmtpSink(SmtpEndpoint("127.0.0.1", srv.port, "starttls", "bot", "pw", srv.cafile, 5))


def queue(ctx: Context, n: int, **kw: object) -> list[str]:
    keys = [f"reminder:2026-12-16:{i}" for i in range(n)]
    with ctx.store.transaction():
        for k in keys:
            queue_mail(ctx, mail(k, **kw), NOW)  # type: ignore[arg-type]
    return keys


def arrivals(srv: SmtpServerProcess) -> Counter[str]:
    return Counter(str(m["Message-ID"]) for m in srv.messages())


async def test_queued_mail_is_sent_once_and_marked(smtp_server: SmtpServerProcess) -> None:
    ctx = make_ctx()
    keys = queue(ctx, 3)
    assert not queue_mail(ctx, mail(keys[0]), NOW)  # same key: no-op
    report = await flush_outbox(ctx, smtp(smtp_server), NOW)
    assert report.sent == 3
    later = await flush_outbox(ctx, smtp(smtp_server), NOW + timedelta(hours=1))
    assert later.sent == later.retried == later.dead == 0
    assert sorted(arrivals(smtp_server).values()) == [1, 1, 1]
    row = ctx.store.outbox_get(keys[0])
    assert row is not None and row.status == "sent" and row.sent_at == NOW.isoformat()
    assert [r.status for r in ctx.store.outbox_recipients(row.id)] == ["accepted"]
    assert len({tuple(e["peer"]) for e in smtp_server.envelopes()}) == 1  # one connection


async def test_temporary_failure_is_retried_with_backoff(smtp_server: SmtpServerProcess) -> None:
    ctx = make_ctx()
    [key] = queue(ctx, 1)
    smtp_server.set_rules([{"stage": "data", "reply": "451 4.3.0 Try later", "times": 1}])
    report = await flush_outbox(ctx, smtp(smtp_server), NOW, rng=random.Random(1))
    assert report.retried == 1
    row = ctx.store.outbox_get(key)
    assert row is not None and row.status == "failed" and "451" in (row.last_error or "")
    assert NOW < NOW.fromisoformat(row.next_attempt_at) <= NOW + timedelta(seconds=30)
    assert (await flush_outbox(ctx, smtp(smtp_server), NOW)).sent == 0  # not due yet
    report = await flush_outbox(ctx, smtp(smtp_server), NOW + timedelta(minutes=1))
    assert report.sent == 1 and arrivals(smtp_server)[row.message_id] == 1


async def test_transient_failure_ends_the_batch(smtp_server: SmtpServerProcess) -> None:
    ctx = make_ctx()
    queue(ctx, 3)
    smtp_server.set_rules([{"stage": "connect", "reply": "421 4.3.2 Too busy"}])
    report = await flush_outbox(ctx, smtp(smtp_server), NOW)
    assert (report.retried, report.sent) == (1, 0)
    assert [r.attempts for r in ctx.store.outbox_list()] == [0, 0, 1]


async def test_dead_after_max_attempts_and_reported(smtp_server: SmtpServerProcess) -> None:
    ctx = make_ctx()  # max_attempts = 3
    [key] = queue(ctx, 1)
    smtp_server.set_rules([{"stage": "mail", "reply": "451 4.3.0 Try later"}])
    when = NOW
    for _ in range(3):
        await flush_outbox(ctx, smtp(smtp_server), when)
        when += timedelta(hours=2)
    row = ctx.store.outbox_get(key)
    assert row is not None and (row.status, row.attempts) == ("dead", 3)
    [notice] = ctx.store.notices("dead_letter")
    assert notice.ref == key and "451" in notice.details["error"]


async def test_permanent_failure_is_dead_at_once(smtp_server: SmtpServerProcess) -> None:
    ctx = make_ctx()
    keys = queue(ctx, 2)
    smtp_server.set_rules([{"stage": "data", "reply": "554 5.6.0 Rejected", "times": 1}])
    report = await flush_outbox(ctx, smtp(smtp_server), NOW)
    assert (report.dead, report.sent) == (1, 1)  # the batch goes on after a 5xx
    assert ctx.store.outbox_get(keys[0]).status == "dead"  # type: ignore[union-attr]
    assert ctx.store.notices("dead_letter")[0].ref == keys[0]


async def test_recipients_recorded_one_by_one(smtp_server: SmtpServerProcess) -> None:
    ctx = make_ctx()
    [key] = queue(ctx, 1, to=("a@x.org", "gone@x.org", "full@x.org"))
    smtp_server.set_rules([
        {"stage": "rcpt", "address": "gone@x.org", "reply": "550 5.1.1 No such user"},
        {"stage": "rcpt", "address": "full@x.org", "reply": "452 4.2.2 Mailbox full",
         "times": 1}])
    await flush_outbox(ctx, smtp(smtp_server), NOW)
    row = ctx.store.outbox_get(key)
    assert row is not None and row.status == "failed"
    status = {r.address: (r.status, r.code) for r in ctx.store.outbox_recipients(row.id)}
    assert status == {"a@x.org": ("accepted", 250), "gone@x.org": ("refused", 550),
                      "full@x.org": ("pending", 452)}
    assert ctx.store.notices("delivery_failed")[0].details["recipient"] == "gone@x.org"
    await flush_outbox(ctx, smtp(smtp_server), NOW + timedelta(hours=1))
    assert [e["rcpt_tos"] for e in smtp_server.envelopes()] == [["a@x.org"], ["full@x.org"]]
    assert ctx.store.outbox_get(key).status == "sent"  # type: ignore[union-attr]


async def test_restart_between_queueing_and_sending(smtp_server: SmtpServerProcess,
                                                    tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = make_ctx(path=db)
    keys = queue(first, 5)
    first.store.close()  # the worker stops before sending anything
    for _ in range(2):
        second = make_ctx(path=db)
        await flush_outbox(second, smtp(smtp_server), NOW)
        second.store.close()
    assert len(arrivals(smtp_server)) == len(keys)
    assert set(arrivals(smtp_server).values()) == {1}


async def test_the_re_send_window(smtp_server: SmtpServerProcess) -> None:
    """The server keeps the mail but the 250 never arrives: the one mail that can come twice,
    with its stable Message-ID, so the receiver can tell."""
    ctx = make_ctx()
    [key] = queue(ctx, 1)
    smtp_server.set_rules([{"stage": "accepted", "reply": "drop", "times": 1}])
    await flush_outbox(ctx, smtp(smtp_server), NOW)
    await flush_outbox(ctx, smtp(smtp_server), NOW + timedelta(hours=1))
    row = ctx.store.outbox_get(key)
    assert row is not None and row.status == "sent"
    assert arrivals(smtp_server) == Counter({row.message_id: 2})


async def test_authentication_failure_retries_without_killing_the_queue(
        smtp_server: SmtpServerProcess) -> None:
    ctx = make_ctx()
    queue(ctx, 2)
    bad = SmtpSink(SmtpEndpoint("127.0.0.1", smtp_server.port, "starttls", "bot", "nope",
                                smtp_server.cafile, 5))
    report = await flush_outbox(ctx, bad, NOW)
    assert (report.retried, report.dead) == (1, 0)


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    rng = random.Random(7)
    for attempts in range(1, 12):
        delays = [backoff(attempts, 30, 3600, rng) for _ in range(50)]
        assert all(15 <= d <= min(3600, 30 * 2 ** (attempts - 1)) for d in delays)
        assert len(set(delays)) > 1
    assert max(backoff(10, 30, 3600, rng) for _ in range(200)) > 1000


async def test_rate_limiter_spaces_sends() -> None:
    clock = [100.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds
    pace = RateLimiter(120, monotonic=lambda: clock[0], sleep=sleep)
    for _ in range(5):
        await pace()
    assert slept == [0.5, 0.5, 0.5, 0.5]
    clock[0] += 10
    await pace()
    assert len(slept) == 4  # an idle limiter does not make the next send wait
