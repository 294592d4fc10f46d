"""The IMAP source against a real Dovecot: TLS, IDLE, restarts, UIDVALIDITY, a backlog."""

from __future__ import annotations

import asyncio
import imaplib
import os
import re
import shutil
import signal
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any

import pytest
from dovecot_fixture import DovecotServer
from hypothesis import given
from hypothesis import strategies as st

from cscbot.adapters.imap import ImapSource, fetch_chunks, parse_fetch, uid_set
from cscbot.domain.mail import MailMessage
from cscbot.errors import TransientError
from cscbot.services import dispatch
from cscbot.services.context import Context
from cscbot.services.intake import poll_inbox
from tests.adapters.imap_helpers import folder_count, imap_settings, message
from tests.intake_support import make_context

pytestmark = pytest.mark.servers
NOW = datetime(2026, 2, 2, 12, 0, tzinfo=UTC)


def source_for(account: dict[str, Any], **overrides: Any) -> ImapSource:
    return ImapSource(imap_settings(account, **overrides), account["password"],
                      processed_folder="cscbot/processed", quarantine_folder="cscbot/quarantine",
                      max_bytes=100_000)


@pytest.fixture
def counted() -> Iterator[list[str]]:
    """Message-IDs the complaint handler saw, in order (to prove nothing runs twice)."""
    seen: list[str] = []
    saved = dict(dispatch.HANDLERS)

    def handle(ctx: Context, msg: MailMessage, now: datetime) -> str:
        seen.append(msg.message_id)
        return "counted"
    dispatch.HANDLERS["complaint"] = handle
    yield seen
    dispatch.HANDLERS.clear()
    dispatch.HANDLERS.update(saved)


def test_uid_set_and_fetch_parsing() -> None:
    assert uid_set([1, 2, 3, 7, 9, 10]) == "1:3,7,9:10"
    lines = [b"1 FETCH (UID 5 BODY[] {3}", bytearray(b"abc"), b")",
             b"2 FETCH (BODY[] {2}", bytearray(b"de"), b" UID 6)",
             b"3 FETCH (UID 9 RFC822.SIZE 77)", b"Fetch completed."]
    assert parse_fetch(lines) == [(5, b"abc", -1), (6, b"de", -1), (9, None, 77)]


@given(st.lists(st.integers(1, 400), unique=True).map(sorted), st.data(),
       st.integers(1, 50), st.integers(1, 5_000), st.integers(1, 10_000))
def test_fetch_chunks_keep_uid_order_and_bound_count_and_bytes(
        uids: list[int], data: st.DataObject, per_chunk: int, chunk_bytes: int,
        max_bytes: int) -> None:
    big = set(data.draw(st.lists(st.sampled_from(uids)))) if uids else set()
    chunks = fetch_chunks(uids, big, per_chunk=per_chunk, chunk_bytes=chunk_bytes,
                          max_bytes=max_bytes)
    assert [u for chunk in chunks for u in chunk] == uids
    small = chunk_bytes // per_chunk
    for chunk in chunks:
        assert 1 <= len(chunk) <= per_chunk
        worst = sum(max_bytes if u in big else small for u in chunk)
        assert worst <= chunk_bytes or len(chunk) == 1
    # a chunk is cut only when the next message would break a bound
    for chunk, following in pairwise(chunks):
        worst = sum(max_bytes if u in big else small for u in chunk)
        nxt = max_bytes if following[0] in big else small
        assert len(chunk) == per_chunk or worst + nxt > chunk_bytes


@pytest.mark.parametrize("security", ["tls", "starttls"])
async def test_tls_with_a_ca_file_and_settling(dovecot: DovecotServer, imap_account: dict[str, Any],
                                               security: str) -> None:
    dovecot.seed(imap_account["user"], [message(i) for i in range(3)])
    port = imap_account["ssl_port"] if security == "tls" else imap_account["port"]
    source = source_for(imap_account, security=security, port=port)
    batches = [b async for b in source.fetch_new()]
    mails = [m for b in batches for m in b]
    assert [m.data.replace(b"\r\n", b"\n") for m in mails] == [
        message(i).replace(b"\r\n", b"\n") for i in range(3)]
    await source.settle(mails[:2], "processed")
    await source.settle(mails[2:], "quarantine")
    await source.close()
    assert folder_count(imap_account, "cscbot/processed") == 2
    assert folder_count(imap_account, "cscbot/quarantine") == 1
    assert folder_count(imap_account, "INBOX") == 0


async def test_an_untrusted_certificate_is_refused(imap_account: dict[str, Any]) -> None:
    source = source_for(imap_account, security="tls", port=imap_account["ssl_port"], cafile=None)
    with pytest.raises(TransientError, match="certificate"):
        async for _batch in source.fetch_new():
            pass
    await source.close()


async def test_new_mail_while_idling_arrives(dovecot: DovecotServer,
                                             imap_account: dict[str, Any]) -> None:
    source = source_for(imap_account)
    assert [b async for b in source.fetch_new()] == []
    waiting = asyncio.create_task(source.wait_for_news(20))
    await asyncio.sleep(0.5)
    started = time.monotonic()
    await asyncio.to_thread(dovecot.seed, imap_account["user"], [message(1)])
    await asyncio.wait_for(waiting, 10)
    assert time.monotonic() - started < 5  # pushed by IDLE, not the 20 s timeout
    got = [m for b in [b async for b in source.fetch_new()] for m in b]
    assert [m.uid for m in got] == ["1"]
    await source.close()


async def test_close_while_idling_is_prompt(imap_account: dict[str, Any]) -> None:
    """The daemon stopping cancels the wait in IDLE, then closes: no LOGOUT timeout."""
    source = source_for(imap_account, timeout_seconds=5.0)
    assert [b async for b in source.fetch_new()] == []
    waiting = asyncio.create_task(source.wait_for_news(20))
    await asyncio.sleep(0.5)
    waiting.cancel()
    started = time.monotonic()
    await asyncio.gather(waiting, return_exceptions=True)
    await source.close()
    assert time.monotonic() - started < 1.0
    assert not source.connected


async def test_polling_without_idle(dovecot: DovecotServer, imap_account: dict[str, Any]) -> None:
    source = source_for(imap_account, idle=False, poll_interval_seconds=1)
    assert [b async for b in source.fetch_new()] == []
    started = time.monotonic()
    await source.wait_for_news(30)
    assert time.monotonic() - started < 3
    dovecot.seed(imap_account["user"], [message(1)])
    assert len([m for b in [b async for b in source.fetch_new()] for m in b]) == 1
    await source.close()


async def test_uidvalidity_reset_does_not_act_twice(dovecot: DovecotServer,
                                                    imap_account: dict[str, Any],
                                                    counted: list[str]) -> None:
    user = imap_account["user"]
    dovecot.seed(user, [message(i) for i in range(3)], mailbox="Watched")
    ctx = make_context()
    source = source_for(imap_account, folder="Watched")
    first = await poll_inbox(ctx, source, NOW, settle=False)  # acted on, never moved
    await source.close()
    conn = imaplib.IMAP4(imap_account["host"], imap_account["port"])
    conn.login(user, imap_account["password"])
    assert conn.delete("Watched")[0] == "OK"
    conn.logout()
    dovecot.seed(user, [message(i) for i in range(4)], mailbox="Watched")  # new UIDVALIDITY
    source = source_for(imap_account, folder="Watched")
    second = await poll_inbox(ctx, source, NOW)
    await source.close()
    assert (first.handled, second.known, second.handled) == (3, 3, 1)
    assert sorted(counted) == sorted(f"<m{i}@registry.example>" for i in range(4))
    assert folder_count(imap_account, "Watched") == 0
    assert folder_count(imap_account, "cscbot/processed") == 4


@pytest.mark.slow  # ~2 s: a thousand messages through the whole intake
async def test_a_backlog_of_1000_is_handled_once(dovecot: DovecotServer,
                                                 imap_account: dict[str, Any],
                                                 counted: list[str]) -> None:
    dovecot.seed(imap_account["user"], [message(i) for i in range(1000)])
    ctx = make_context()
    source = source_for(imap_account)
    report = await poll_inbox(ctx, source, NOW)
    again = await poll_inbox(ctx, source, NOW)
    await source.close()
    assert (report.seen, report.handled, again.seen) == (1000, 1000, 0)
    assert len(counted) == len(set(counted)) == 1000
    assert ctx.store.journal_counts() == {"handled": 1000}
    assert folder_count(imap_account, "cscbot/processed") == 1000
    assert folder_count(imap_account, "INBOX") == 0


def session_pid(dovecot: DovecotServer, user: str) -> int:
    """The imap process serving `user` (Dovecot logs it at login as mpid)."""
    deadline = time.monotonic() + 5
    while True:
        found = re.findall(rf"Login: user=<{re.escape(user)}>.*?mpid=(\d+)",
                           (dovecot.root / "dovecot.log").read_text())
        if found:
            return int(found[-1])
        assert time.monotonic() < deadline, f"no login of {user} in the Dovecot log"
        time.sleep(0.05)


# How the session dies, as a list of (seconds to wait, signals to send its imap process).
# SIGSTOP freezes the server so the client is caught waiting: for the answer to IDLE, or for
# the OK to DONE when IDLE is renewed (every second here); SIGKILL is a reset without BYE,
# SIGTERM makes Dovecot send BYE and close.
DROPS = {
    "reset while waiting for IDLE's answer": [(0.0, [signal.SIGSTOP]), (0.5, [signal.SIGKILL])],
    "BYE in answer to IDLE": [(0.0, [signal.SIGSTOP]), (0.5, [signal.SIGTERM, signal.SIGCONT])],
    "BYE while idling": [(0.5, [signal.SIGTERM])],
    "reset while waiting for DONE's answer": [(0.5, [signal.SIGSTOP]), (1.0, [signal.SIGKILL])],
}


@pytest.mark.parametrize("drop", DROPS)
async def test_a_drop_at_any_moment_of_idle_ends_the_wait_at_once(
        dovecot: DovecotServer, imap_account: dict[str, Any], drop: str) -> None:
    # a command timeout far beyond the bound: the wait must end on the drop, not on a timeout
    source = source_for(imap_account, timeout_seconds=30.0, idle_renew_seconds=1)
    assert [b async for b in source.fetch_new()] == []
    pid = session_pid(dovecot, imap_account["user"])
    waiting: asyncio.Task[None] | None = None
    for pause, signals in DROPS[drop]:
        if waiting is None and pause:
            waiting = asyncio.create_task(source.wait_for_news(60))
        await asyncio.sleep(pause)
        for sig in signals:
            os.kill(pid, sig)
        if waiting is None:
            waiting = asyncio.create_task(source.wait_for_news(60))
    assert waiting is not None
    dropped = time.monotonic()
    await asyncio.wait_for(waiting, 10)
    assert time.monotonic() - dropped < 1.5
    assert not source.connected
    dovecot.seed(imap_account["user"], [message(1)])
    # the next poll reconnects: after the short backoff a young session's death earns
    # (0.5-1 s), wait_for_news sleeps until the retry time, not longer
    await source.wait_for_news(5)
    assert [m.uid for b in [b async for b in source.fetch_new()] for m in b] == ["1"]
    await source.close()


@pytest.fixture
def own_dovecot() -> Iterator[DovecotServer]:
    """A Dovecot of this test's own, to stop and restart without disturbing the others."""
    root = tempfile.mkdtemp(prefix="dovecot-restart-", dir="/dev/shm")
    server = DovecotServer(root).start()
    yield server
    server.stop()
    shutil.rmtree(root, ignore_errors=True)


@pytest.mark.slow  # Dovecot's 10 s shutdown grace for a session, a restart, a backoff
async def test_dovecot_restart_mid_idle_loses_and_doubles_nothing(
        own_dovecot: DovecotServer, counted: list[str]) -> None:
    account = dict(host="127.0.0.1", port=own_dovecot.imap_port, user="t-restart",
                   password="pw", cafile=str(own_dovecot.root / "cert.pem"))
    own_dovecot.seed("t-restart", [message(i) for i in range(5)])
    ctx = make_context()
    source = source_for(account, reconnect_max_seconds=1.0, timeout_seconds=3.0)
    assert (await poll_inbox(ctx, source, NOW)).handled == 5
    idling = asyncio.create_task(source.wait_for_news(60))
    await asyncio.sleep(0.5)
    stopping = time.monotonic()
    await asyncio.to_thread(own_dovecot.stop)  # BYE while idling
    # A stopping Dovecot keeps a session that had I/O in its last 10 s (here: IDLE, 0.5 s ago)
    # until those 10 s are over, then sends BYE (imap_die, IMAP_DIE_IDLE_SECS, whole seconds),
    # and its own IDLE keepalive ('* OK Still here') within that grace restarts it: the BYE
    # comes 9-10 s after SIGTERM, at worst ~20 s. A client hanging on would wait for its IDLE
    # renewal (30 s); promptness after the BYE itself is test_a_drop_at_any_moment_...
    await asyncio.wait_for(idling, 30)
    assert time.monotonic() - stopping < 23
    await asyncio.to_thread(own_dovecot.start)
    own_dovecot.seed("t-restart", [message(i) for i in range(5, 10)])
    handled = 0
    deadline = time.monotonic() + 20
    while handled < 5 and time.monotonic() < deadline:
        handled += (await poll_inbox(ctx, source, NOW)).handled
        await source.wait_for_news(1)
    await source.close()
    assert handled == 5
    assert sorted(counted) == sorted(f"<m{i}@registry.example>" for i in range(10))
    assert ctx.store.journal_counts() == {"handled": 10}
    assert folder_count(account, "cscbot/processed") == 10


async def _drop_after_select(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                             sessions: list[int]) -> None:
    """A broken server: greets, logs in, selects, then drops the session on the next command."""
    sessions.append(1)
    writer.write(b"* OK [CAPABILITY IMAP4rev1 IDLE] broken server ready\r\n")
    selected = False
    while line := await reader.readline():
        tag, _, rest = line.decode().strip().partition(" ")
        verb = rest.split(" ")[0].upper()
        if selected:
            break
        if verb == "CAPABILITY":
            writer.write(b"* CAPABILITY IMAP4rev1 IDLE\r\n")
        if verb == "SELECT":
            writer.write(b"* 0 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n")
            selected = True
        writer.write(f"{tag} OK {verb} done\r\n".encode())
        await writer.drain()
    writer.close()


async def test_a_server_that_drops_every_session_is_retried_with_backoff() -> None:
    sessions: list[int] = []
    server = await asyncio.start_server(
        lambda r, w: _drop_after_select(r, w, sessions), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    account = dict(host="127.0.0.1", port=port, user="u", password="pw", cafile="unused.pem")
    source = source_for(account, security="none", cafile=None, timeout_seconds=2.0,
                        reconnect_max_seconds=60.0)
    deadline = time.monotonic() + 4.0
    while time.monotonic() < deadline:
        try:
            async for _batch in source.fetch_new():
                pass
        except TransientError:
            pass
        await source.wait_for_news(0.2)
    await source.close()
    server.close()
    await server.wait_closed()
    # backoff 0.5-1 s, 1-2 s, 2-4 s ...: a handful of sessions in 4 s, not one per poll (~20)
    assert 2 <= len(sessions) <= 5, len(sessions)
