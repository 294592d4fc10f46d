"""Sink of a dry run: shows each mail it is given instead of sending it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cscbot.domain.mime import describe_mime
from cscbot.ports import DeliveryResult


class PreviewSink:
    def __init__(self, show: Callable[[str], None]) -> None:
        self.show = show

    async def deliver(self, sender: str, recipients: Sequence[str], data: bytes,
                      ) -> DeliveryResult:
        self.show(f"--- dry run: would send from {sender} to {', '.join(recipients)}\n"
                  f"{describe_mime(data)}")
        return DeliveryResult(accepted=tuple(recipients))

    async def close(self) -> None:
        return None
