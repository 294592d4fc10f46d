"""Sink that writes each outgoing mail as an .eml file (the embedded default).

Written to a temporary name and renamed, so a reader never sees half a file; the name comes
from the Message-ID, so a re-sent mail overwrites its own file instead of adding a second one.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import hashlib
import os
import re
from collections.abc import Sequence
from pathlib import Path

from cscbot.errors import TransientError
from cscbot.ports import DeliveryResult


class EmlDirSink:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    @staticmethod
    def file_name(data: bytes) -> str:
        head = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(data)
        mid = str(head.get("Message-ID", "")) or hashlib.sha256(data).hexdigest()
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", mid.strip("<>"))[:120]
        return f"{safe}.eml"

    async def deliver(self, sender: str, recipients: Sequence[str], data: bytes,
                      ) -> DeliveryResult:
        envelope = (f"X-Envelope-From: {sender}\r\n"
                    f"X-Envelope-To: {', '.join(recipients)}\r\n").encode()
        try:
            await asyncio.to_thread(self._write, self.file_name(data), envelope + data)
        except OSError as exc:  # disk full, permissions: the outbox retries with backoff
            raise TransientError(f"cannot write the mail into {self.folder}: {exc.strerror or exc}"
                                 f"; free space or fix the folder's permissions") from exc
        return DeliveryResult(accepted=tuple(recipients))

    def _write(self, name: str, content: bytes) -> None:
        tmp = self.folder / f".{name}.tmp"
        with open(tmp, "wb") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.folder / name)

    async def close(self) -> None:
        return None
