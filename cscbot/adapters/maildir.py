"""Maildir source (the embedded default): new mail is read from new/, settled into cur/.

Handled mail moves to cur/ with the Seen flag; quarantined mail to cur/ with Seen and Flagged
(so a mail client shows it), never deleted.  The unique name is the message's UID.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path

from cscbot.ports import Disposition, RawMail

_FLAGS: dict[str, str] = {"processed": "S", "quarantine": "FS"}


class MaildirSource:
    def __init__(self, root: Path, poll_seconds: float = 5.0) -> None:
        self.root = root
        self.poll_seconds = poll_seconds
        for sub in ("new", "cur", "tmp"):
            (root / sub).mkdir(parents=True, exist_ok=True)

    def _pending(self) -> list[Path]:
        entries = [p for p in (self.root / "new").iterdir() if not p.name.startswith(".")]
        return sorted(entries, key=lambda p: (p.stat().st_mtime, p.name))

    async def fetch_new(self) -> AsyncIterator[RawMail]:
        for path in self._pending():
            try:
                data = path.read_bytes()
            except FileNotFoundError:  # settled by another process meanwhile
                continue
            yield RawMail(mailbox=str(self.root), uidvalidity=0, uid=path.name.split(":")[0],
                          data=data)

    async def settle(self, mail: RawMail, disposition: Disposition) -> None:
        src = self.root / "new" / mail.uid
        if not src.exists():
            matches = [p for p in (self.root / "new").glob(mail.uid + ":*")]
            if not matches:
                return  # already settled (a restart after the move)
            src = matches[0]
        os.replace(src, self.root / "cur" / f"{mail.uid}:2,{_FLAGS[disposition]}")

    async def wait_for_news(self, timeout: float) -> None:
        deadline = asyncio.get_running_loop().time() + timeout
        while asyncio.get_running_loop().time() < deadline:
            if any(True for p in (self.root / "new").iterdir() if not p.name.startswith(".")):
                return
            await asyncio.sleep(min(self.poll_seconds, timeout))

    async def close(self) -> None:
        return None
