"""Maildir source (the embedded default): new mail is read from new/, settled into cur/.

Handled mail moves to cur/ with the Seen flag; quarantined mail to cur/ with Seen and Flagged
(so a mail client shows it), never deleted.  The unique name (before any ':2,' info) is the
message's UID.  Messages over `max_bytes` are listed with their size and not read.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

from cscbot.errors import TransientError
from cscbot.ports import Disposition, RawMail

log = logging.getLogger(__name__)

_FLAGS: dict[str, str] = {"processed": "S", "quarantine": "FS"}


class MaildirSource:
    def __init__(self, root: Path, poll_seconds: float = 5.0, batch: int = 100,
                 max_bytes: int | None = None) -> None:
        self.root = root
        self.poll_seconds = poll_seconds
        self.batch = batch
        self.max_bytes = max_bytes
        self._listed: set[str] = set()
        """Names seen by the last fetch: only other names count as news (retries wait)."""
        for sub in ("new", "cur", "tmp"):
            (root / sub).mkdir(parents=True, exist_ok=True)

    def _pending(self) -> list[tuple[float, str, Path, int]]:
        found = []
        try:
            entries = list(os.scandir(self.root / "new"))
        except OSError as exc:
            raise TransientError(f"{self.root}: cannot read the Maildir: {exc}") from exc
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                st = entry.stat()
            except FileNotFoundError:  # settled by another process meanwhile
                continue
            found.append((st.st_mtime, entry.name, Path(entry.path), st.st_size))
        found.sort()
        return found

    async def fetch_new(self) -> AsyncIterator[Sequence[RawMail]]:
        batch: list[RawMail] = []
        pending = self._pending()
        self._listed = {name for _m, name, _p, _s in pending}
        for _mtime, name, path, size in pending:
            uid = name.split(":")[0]
            if self.max_bytes is not None and size > self.max_bytes:
                batch.append(RawMail(str(self.root), 0, uid, b"", size))
            else:
                try:
                    data = path.read_bytes()
                except FileNotFoundError:
                    continue
                batch.append(RawMail(str(self.root), 0, uid, data))
            if len(batch) >= self.batch:
                yield batch
                batch = []
        if batch:
            yield batch

    async def settle(self, mails: Sequence[RawMail], disposition: Disposition) -> None:
        for mail in mails:
            src = self._locate(mail.uid)
            if src is None:
                continue  # already settled (a restart after the move)
            try:
                os.replace(src, self.root / "cur" / f"{mail.uid}:2,{_FLAGS[disposition]}")
            except OSError as exc:  # left in new/: the journal recognises it next time
                log.warning("maildir: cannot settle %s: %s", mail.uid, exc)

    def _locate(self, uid: str) -> Path | None:
        src = self.root / "new" / uid
        if src.exists():
            return src
        return next(iter((self.root / "new").glob(uid + ":*")), None)

    async def wait_for_news(self, timeout: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            if any(not e.name.startswith(".") and e.name not in self._listed
                   for e in os.scandir(self.root / "new")):
                return
            await asyncio.sleep(min(self.poll_seconds, max(0.0, deadline - loop.time())))

    async def close(self) -> None:
        return None
