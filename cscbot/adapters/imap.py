"""IMAP source over aioimaplib (the only module that imports it).

- TLS: implicit ("tls") or STARTTLS, certificates verified (a CA file for private CAs).
- News: IDLE when offered, re-issued every `idle_renew_seconds`; polling otherwise; either way
  `wait_for_news` returns at least every `sweep_interval_seconds` so a UID sweep catches what a
  missed notification would lose.
- Fetching: UID SEARCH for what is not settled, then UID FETCH in UID order, in chunks of at
  most `fetch_chunk` messages and `fetch_chunk_bytes` (sizes bounded by UID SEARCH LARGER, see
  `fetch_chunks`), the next chunk requested while the caller works on the current one.
  Messages over `max_bytes` are not fetched, only sized.
- Settling: UID MOVE to the processed / quarantine folder, or COPY + flags where MOVE is absent.
  Never EXPUNGE, never delete.
- Any drop (timeout, reset, BYE while idling) closes the session; the next call reconnects after
  an exponential backoff with jitter.  Every command runs under `asyncio.wait_for`, and
  library errors become `TransientError` / `AuthenticationError` here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import re
import ssl
from collections.abc import AsyncIterator, Awaitable, Collection, Sequence
from typing import Any, TypeVar

import aioimaplib

from cscbot.config import ImapSettings
from cscbot.errors import AuthenticationError, CscbotError, TransientError, TransientTimeout
from cscbot.ports import Disposition, RawMail

log = logging.getLogger(__name__)
# the library logs every untagged response it does not use at INFO: noise in our log
logging.getLogger("aioimaplib").setLevel(logging.WARNING)

T = TypeVar("T")

SETTLED_KEYWORD = "$CscbotSettled"
"""Marks a message copied away where the server has no MOVE (it stays, flagged, in place)."""

_FETCH_LINE = re.compile(rb"^\d+ FETCH \(")
_UID = re.compile(rb"UID (\d+)")
_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")
_UIDVALIDITY = re.compile(rb"UIDVALIDITY (\d+)")
_LIBRARY_ERRORS = (OSError, EOFError, aioimaplib.AioImapException, RecursionError)


_FEED_BYTES = 4096
"""The most the library's response parser is handed at once (see `_Protocol`)."""


class _Fetch(aioimaplib.FetchCommand):  # type: ignore[misc]
    """The library's FETCH, keeping count of the parentheses open in the current message.

    The library decides whether a response line completes a message by re-scanning every
    line received so far (quadratic in the lines of a chunk) for the last `n FETCH (` line and
    counting the parentheses in the lines from there; this keeps that count as lines arrive.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._open = 0
        """'(' minus ')' in the (non-literal) lines since the last `n FETCH (` line."""
        super().__init__(*args, **kwargs)

    def append_to_resp(self, line: bytes, result: str = "Pending") -> None:
        if isinstance(line, bytes):
            if _FETCH_LINE.match(line):
                self._open = 0
            self._open += line.count(b"(") - line.count(b")")
        super().append_to_resp(line, result)

    def wait_data(self) -> bool:
        return self._open != 0

    def _reset_timer(self) -> None:
        # the library re-arms its timer on every line and literal; with no timeout (cscbot
        # bounds each command with asyncio.wait_for) that only cancels a dummy handle
        if self._timeout is not None:
            super()._reset_timer()


class _Protocol(aioimaplib.IMAP4ClientProtocol):  # type: ignore[misc]
    """The library's protocol with two costs made linear and two made nil (same bytes, same
    responses).

    - A large read is fed to the parser in slices: it copies the unread rest of its input once
      per response line, so one read of a whole FETCH response (the usual case when the next
      chunk arrives while intake works on the current one: ~64 KB, ~200 lines) costs time
      quadratic in the read's size.  A line or literal cut between slices is what the parser
      already handles for a read cut by TCP.
    - FETCH uses `_Fetch` (which also does not re-arm a timer it does not have).
    - Received bytes are not formatted for a debug message nobody logs (`_feed`).
    """

    incomplete_line: bytes  # the library's parser state, read and written by `_feed`
    current_command: Any

    def data_received(self, d: bytes) -> None:
        if len(d) <= _FEED_BYTES:
            self._feed(d)
            return
        view = memoryview(d)
        for start in range(0, len(d), _FEED_BYTES):
            self._feed(bytes(view[start:start + _FEED_BYTES]))

    def _feed(self, d: bytes) -> None:
        """The library's `data_received` (aioimaplib 2.0) without its first line, which formats
        every byte received for a debug message (`'%s' % d`) even when debug logging is off
        (~10 µs per 4 KB slice, ~2 µs a message)."""
        try:
            self._handle_responses(self.incomplete_line + d, self._handle_line,
                                   self.current_command)
            self.incomplete_line = b""
            self.current_command = None
        except aioimaplib.IncompleteRead as incomplete:
            self.current_command = incomplete.cmd
            self.incomplete_line = incomplete.data

    async def fetch(self, message_set: str, message_parts: str, by_uid: bool = False,
                    timeout: float | None = None) -> Any:
        return await self.execute(_Fetch(self.new_tag(), message_set, message_parts,
                                         prefix="UID" if by_uid else "", loop=self.loop,
                                         timeout=timeout))


class Client(aioimaplib.IMAP4):  # type: ignore[misc]
    """aioimaplib's client on `_Protocol`."""

    def create_client(self, host: str, port: int, loop: asyncio.AbstractEventLoop | None,
                      conn_lost_cb: Any = None, ssl_context: ssl.SSLContext | None = None,
                      ) -> None:
        # as the library's own create_client (aioimaplib 2.0), with our protocol
        running = loop if loop is not None else asyncio.get_running_loop()
        self.protocol = _Protocol(running, conn_lost_cb)
        self._client_task = running.create_task(running.create_connection(
            lambda: self.protocol, host, port, ssl=ssl_context))


def uid_set(uids: Sequence[int]) -> str:
    """'1:3,7,9:10' for [1, 2, 3, 7, 9, 10] (sorted input)."""
    parts: list[str] = []
    start = prev = uids[0]
    for u in uids[1:]:
        if u == prev + 1:
            prev = u
            continue
        parts.append(f"{start}:{prev}" if prev != start else str(start))
        start = prev = u
    parts.append(f"{start}:{prev}" if prev != start else str(start))
    return ",".join(parts)


def fetch_chunks(uids: Sequence[int], big: Collection[int], *, per_chunk: int,
                 chunk_bytes: int, max_bytes: int) -> list[list[int]]:
    """The UIDs in order, cut into chunks of at most `per_chunk` messages whose size stays
    within `chunk_bytes` in the worst case.

    Sizes come from UID SEARCH LARGER alone (no per-message round trip): a message not in `big`
    is at most `chunk_bytes // per_chunk` bytes, one in `big` is counted as `max_bytes` (it may
    be that large).  A message alone in its chunk may exceed the budget.
    """
    small = chunk_bytes // per_chunk
    chunks: list[list[int]] = []
    current: list[int] = []
    weight = 0
    for uid in uids:
        size = max_bytes if uid in big else small
        if current and (len(current) == per_chunk or weight + size > chunk_bytes):
            chunks.append(current)
            current, weight = [], 0
        current.append(uid)
        weight += size
    if current:
        chunks.append(current)
    return chunks


def quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def parse_fetch(lines: Sequence[Any]) -> list[tuple[int, bytes | None, int]]:
    """(uid, body or None, RFC822.SIZE or -1) per message of a FETCH response."""
    out: list[tuple[int, bytes | None, int]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if isinstance(line, bytes) and _FETCH_LINE.match(line):
            meta = line
            body: bytes | None = None
            if i + 1 < len(lines) and isinstance(lines[i + 1], bytearray):
                body = bytes(lines[i + 1])
                i += 1
                if i + 1 < len(lines) and isinstance(lines[i + 1], bytes):
                    meta += lines[i + 1]  # UID may follow the literal
            uid, size = _UID.search(meta), _SIZE.search(meta)
            if uid:
                out.append((int(uid[1]), body, int(size[1]) if size else -1))
        i += 1
    return out


STABLE_SESSION_SECONDS = 30.0
"""A session that lived this long proves the server works again (the backoff starts over)."""


class ImapSource:
    def __init__(self, settings: ImapSettings, password: str, *, processed_folder: str,
                 quarantine_folder: str, max_bytes: int | None = None,
                 folder: str | None = None, search: str = "ALL") -> None:
        self.s = settings
        self.password = password
        self.folder = folder or settings.folder
        self.folders: dict[Disposition, str] = {"processed": processed_folder,
                                                "quarantine": quarantine_folder}
        self.max_bytes = max_bytes
        self.search = search
        """SEARCH criteria for what to fetch (e.g. 'SINCE 1-Jan-2026' for a backfill)."""
        self._client: Any = None
        self._lost: asyncio.Event | None = None
        self._uidvalidity = 0
        self._failures = 0
        self._retry_at = 0.0
        self._opened_at: float | None = None

    # --- the session -----------------------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self._client is not None and self._lost is not None and not self._lost.is_set()

    async def _session(self) -> Any:
        if self.connected:
            return self._client
        await self._drop()
        loop = asyncio.get_running_loop()
        if loop.time() < self._retry_at:
            raise TransientError(f"IMAP {self.s.host}: reconnecting in "
                                 f"{self._retry_at - loop.time():.1f}s")
        try:
            await self._open()
        except CscbotError:
            await self._drop()
            self._failed(loop.time())
            raise
        self._opened_at = loop.time()
        return self._client

    def _failed(self, now: float) -> None:
        self._failures += 1
        self._retry_at = now + self.backoff(self._failures)

    def backoff(self, failures: int) -> float:
        """Exponential (1 s, 2 s, 4 s, ...) up to reconnect_max_seconds, with 50% jitter."""
        ceiling = min(self.s.reconnect_max_seconds, float(2 ** min(failures - 1, 20)))
        return ceiling * (0.5 + random.random() / 2)  # jitter, not secrecy

    async def _open(self) -> None:
        lost = asyncio.Event()
        self._lost = lost
        # loading the CA store takes ~20 ms: only for a session that uses TLS
        context = None if self.s.security == "none" else ssl.create_default_context(
            cafile=str(self.s.cafile) if self.s.cafile else None)
        implicit = context if self.s.security == "tls" else None
        client = Client(host=self.s.host, port=self.s.port,
                         timeout=self.s.timeout_seconds,
                         conn_lost_cb=lambda _exc: lost.set(), ssl_context=implicit)
        self._client = client
        await self._timed(client.wait_hello_from_server(), "greeting")
        if self.s.security == "starttls" and context is not None:
            await self._starttls(client, context)
        response = await self._timed(client.login(self.s.username, self.password), "LOGIN")
        if response.result != "OK":
            raise AuthenticationError(f"IMAP {self.s.host}: login as {self.s.username} "
                                      f"refused: {_text(response)}")
        await self._timed(client.protocol.capability(), "CAPABILITY")
        for name in self.folders.values():  # NO when it exists: fine
            await self._timed(client.create(quote(name)), "CREATE")
        selected = await self._timed(client.select(quote(self.folder)), "SELECT")
        if selected.result != "OK":
            raise TransientError(f"IMAP: cannot select {self.folder}: {_text(selected)}")
        found = next((m for line in selected.lines if isinstance(line, bytes)
                      for m in [_UIDVALIDITY.search(line)] if m), None)
        self._uidvalidity = int(found[1]) if found else 0
        log.info("imap: connected to %s:%d (%s), %s uidvalidity=%d idle=%s move=%s",
                 self.s.host, self.s.port, self.s.security, self.folder, self._uidvalidity,
                 self.has("IDLE"), self.has("MOVE"))

    async def _starttls(self, client: Any, context: ssl.SSLContext) -> None:
        if not client.has_capability("STARTTLS"):
            raise TransientError(f"IMAP {self.s.host}: server does not offer STARTTLS")
        proto = client.protocol
        command = aioimaplib.Command("STARTTLS", proto.new_tag(), loop=proto.loop)
        response = await self._timed(proto.execute(command), "STARTTLS")
        if response.result != "OK":
            raise TransientError(f"IMAP {self.s.host}: STARTTLS refused: {_text(response)}")
        loop = asyncio.get_running_loop()
        proto.transport = await self._timed(
            loop.start_tls(proto.transport, proto, context, server_hostname=self.s.host),
            "TLS handshake")
        await self._timed(proto.capability(), "CAPABILITY")

    def has(self, capability: str) -> bool:
        return self._client is not None and capability in self._client.protocol.capabilities

    async def _timed(self, step: Awaitable[T], what: str) -> T:
        """Every command under a timeout and cut short by a drop; library and socket errors
        become ours."""
        try:
            return await asyncio.wait_for(_unless_lost(step, self._lost), self.s.timeout_seconds)
        except TimeoutError as exc:
            if self._lost is not None:
                self._lost.set()
            raise TransientTimeout(f"IMAP {self.s.host}: {what}: no answer within "
                                   f"{self.s.timeout_seconds:.0f}s") from exc
        except ssl.SSLCertVerificationError as exc:
            raise TransientError(f"IMAP {self.s.host}: certificate not trusted: "
                                 f"{exc.verify_message}") from exc
        except _LIBRARY_ERRORS as exc:
            if self._lost is not None:
                self._lost.set()
            raise TransientError(f"IMAP {self.s.host}: {what}: {type(exc).__name__}: "
                                 f"{exc}") from exc

    async def _drop(self) -> None:
        client, self._client = self._client, None
        if self._lost is not None:
            self._lost.set()
        if client is None:
            return
        if self._opened_at is not None:
            # a session that dies young counts as a failed connect: a server that accepts the
            # login and drops every session is retried with backoff, not at connection rate
            now = asyncio.get_running_loop().time()
            if now - self._opened_at < STABLE_SESSION_SECONDS:
                self._failed(now)
            else:
                self._failures = 0
            self._opened_at = None
        for task in list(client.tasks) + list(client.protocol.tasks):
            task.cancel()
        transport = client.protocol.transport
        if transport is not None:
            transport.close()

    # --- MailSource -------------------------------------------------------------------------

    async def fetch_new(self) -> AsyncIterator[Sequence[RawMail]]:
        client = await self._session()
        # a server reports mail that arrived since the last command only on a command like NOOP
        await self._timed(client.protocol.simple_command("NOOP"), "NOOP")
        unsettled = f"{self.search} UNKEYWORD {SETTLED_KEYWORD}"
        uids = await self._search(client, unsettled)
        if not uids:
            return
        large: list[int] = []
        if self.max_bytes is not None:
            large = await self._search(client, f"LARGER {self.max_bytes} {unsettled}")
            if large:
                yield await self._fetch(client, large, "(UID RFC822.SIZE)")
        skip = set(large)
        todo = [u for u in uids if u not in skip]
        per_chunk, chunk_bytes = self.s.fetch_chunk, self.s.fetch_chunk_bytes
        big = set(await self._search(client, f"LARGER {chunk_bytes // per_chunk} {unsettled}"))
        chunks = fetch_chunks(todo, big, per_chunk=per_chunk, chunk_bytes=chunk_bytes,
                              max_bytes=self.max_bytes or chunk_bytes)
        async for batch in self._prefetching(client, chunks):
            yield batch

    async def _prefetching(self, client: Any, chunks: list[list[int]],
                           ) -> AsyncIterator[Sequence[RawMail]]:
        """Ask for chunk n+1 before handing chunk n over: the server works while we do."""
        if not chunks:
            return
        body = "(UID BODY.PEEK[])"
        pending = self._request(client, chunks[0], body)
        try:
            for i in range(len(chunks)):
                batch = await self._fetched(pending)
                if i + 1 < len(chunks):
                    pending = self._request(client, chunks[i + 1], body)
                    # let the request go out now: the caller's work on `batch` does not yield
                    await asyncio.sleep(0)
                yield batch
        finally:
            if not pending.done():  # the caller stopped early: the session is in doubt
                pending.cancel()
                await self._drop()

    async def _search(self, client: Any, criteria: str) -> list[int]:
        response = await self._timed(
            client.protocol.search(criteria, charset=None, by_uid=True), "UID SEARCH")
        if response.result != "OK":
            raise TransientError(f"IMAP: UID SEARCH {criteria}: {_text(response)}")
        uids: list[int] = []
        for line in response.lines[:-1]:  # the last line is the tagged completion text
            if isinstance(line, bytes):  # the library strips the leading 'SEARCH'
                uids.extend(int(u) for u in line.split() if u.isdigit())
        return sorted(uids)

    async def _fetch(self, client: Any, uids: list[int], parts: str) -> list[RawMail]:
        return await self._fetched(self._request(client, uids, parts))

    def _request(self, client: Any, uids: list[int], parts: str) -> asyncio.Future[Any]:
        """UID FETCH sent on the next turn of the loop; its answer awaited by `_fetched`."""
        request: asyncio.Future[Any] = asyncio.ensure_future(
            client.protocol.fetch(uid_set(uids), parts, by_uid=True))
        return request

    async def _fetched(self, request: asyncio.Future[Any]) -> list[RawMail]:
        response = await self._timed(request, "UID FETCH")
        if response.result != "OK":
            raise TransientError(f"IMAP: UID FETCH: {_text(response)}")
        return [RawMail(self.folder, self._uidvalidity, str(uid), body or b"",
                        size if body is None else -1)
                for uid, body, size in parse_fetch(response.lines)]

    async def settle(self, mails: Sequence[RawMail], disposition: Disposition) -> None:
        try:
            client = await self._session()
        except CscbotError as exc:
            log.warning("imap: cannot settle %d message(s) now (%s); they are recognised when "
                        "seen again", len(mails), exc)
            return
        uids = sorted(int(m.uid) for m in mails
                      if m.mailbox == self.folder and m.uidvalidity == self._uidvalidity)
        if not uids:
            return
        target = quote(self.folders[disposition])
        try:
            await self._settle(client, uid_set(uids), target)
        except TransientError as exc:
            log.warning("imap: settling %d message(s) failed: %s", len(uids), exc)

    async def _settle(self, client: Any, uids: str, target: str) -> None:
        proto = client.protocol
        if self.has("MOVE"):
            response = await self._timed(proto.move(uids, target, by_uid=True), "UID MOVE")
            if response.result == "OK":
                return
            log.warning("imap: UID MOVE refused (%s); copying instead", _text(response))
        response = await self._timed(proto.copy(uids, target, by_uid=True), "UID COPY")
        if response.result != "OK":
            raise TransientError(f"UID COPY to {target}: {_text(response)}")
        await self._timed(proto.store(uids, "+FLAGS.SILENT", f"(\\Seen {SETTLED_KEYWORD})",
                                      by_uid=True), "UID STORE")

    async def wait_for_news(self, timeout: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + min(timeout, self.s.sweep_interval_seconds)
        if not self.connected:
            await asyncio.sleep(max(0.0, min(self._retry_at, deadline) - loop.time()))
            return
        if not (self.s.idle and self.has("IDLE")):
            await self._sleep_unless_lost(min(self.s.poll_interval_seconds,
                                              deadline - loop.time()))
            return
        while loop.time() < deadline and self.connected:
            if await self._idle(min(self.s.idle_renew_seconds, deadline - loop.time())):
                return

    async def _sleep_unless_lost(self, seconds: float) -> None:
        if self._lost is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._lost.wait(), max(0.0, seconds))

    async def _idle(self, seconds: float) -> bool:
        """One IDLE of at most `seconds`; True when the server announced news or went away.

        Cancelled while idling (the daemon stops), the session is dropped: a server in IDLE
        answers nothing but DONE, so a LOGOUT would only wait for its timeout."""
        try:
            return await self._idle_once(seconds)
        except asyncio.CancelledError:
            await self._drop()
            raise

    async def _idle_once(self, seconds: float) -> bool:
        client, lost = self._client, self._lost
        assert client is not None and lost is not None
        try:
            idle = await self._timed(client.idle_start(timeout=seconds), "IDLE")
        except TransientError as exc:
            log.info("imap: IDLE failed (%s); reconnecting", exc)
            await self._drop()
            return True
        news = await self._push_until_news(client, lost, seconds)
        if news is None:
            log.info("imap: server closed the connection while idling; reconnecting")
            await self._drop()
            return True
        await self._end_idle(client, idle)
        return news

    async def _push_until_news(self, client: Any, lost: asyncio.Event,
                               seconds: float) -> bool | None:
        """Whether the server announced news before IDLE's renewal time; None when it went.

        A keepalive ('* OK Still here') or a flag change keeps the same IDLE: ending it would
        cost two round trips, and a stopping Dovecot postpones its BYE after client input."""
        while True:
            try:  # the library ends the push wait itself after `seconds` (idle_start's timeout)
                lines = await _unless_lost(client.wait_server_push(seconds + 5), lost)
            except (ConnectionResetError, TimeoutError):
                lines = []
            untagged = [line for line in lines if isinstance(line, bytes)
                        and line not in aioimaplib.STOP_WAIT_SERVER_PUSH]
            log.debug("imap: while idling: %r", lines)
            if lost.is_set() or any(b"BYE" in line for line in untagged):
                return None
            if not untagged or any(b"EXISTS" in line or b"RECENT" in line for line in untagged):
                return bool(untagged)

    async def _end_idle(self, client: Any, idle: Awaitable[Any]) -> None:
        try:
            client.idle_done()
            await self._timed(idle, "IDLE DONE")
        except (TransientError, *_LIBRARY_ERRORS) as exc:
            log.info("imap: ending IDLE failed (%s); reconnecting", exc)
            await self._drop()

    async def close(self) -> None:
        client = self._client
        if client is not None and self.connected:
            with contextlib.suppress(CscbotError, *_LIBRARY_ERRORS):
                await self._timed(client.logout(), "LOGOUT")
        await self._drop()


async def _unless_lost(step: Awaitable[T], lost: asyncio.Event | None) -> T:
    """The step's result, or ConnectionResetError as soon as the connection is lost.

    aioimaplib finishes no pending command when the connection goes: a command waiting for its
    answer (IDLE's continuation, DONE's OK, any tagged reply) would wait for the timeout."""
    if lost is None:  # before the first session: nothing to watch
        return await step
    work = asyncio.ensure_future(step)
    gone = asyncio.ensure_future(lost.wait())
    try:
        await asyncio.wait({work, gone}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        gone.cancel()
        if not work.done():
            work.cancel()
    if not work.done() or work.cancelled():
        raise ConnectionResetError("connection lost")
    return work.result()


def _text(response: Any) -> str:
    lines: list[Any] = getattr(response, "lines", []) or []
    last = lines[-1] if lines else b""
    return last.decode("utf-8", "replace") if isinstance(last, bytes | bytearray) else str(last)

