"""Clocks: the system clock, and a fast-running one for end-to-end tests.

This is an adapter (it reads the real time); the domain and services only see `now`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FastClock:
    """TEST ONLY: simulated time, `speed` times faster than real time.

    Simulated time equals `start` at the real Unix time `anchor` (default: now).  A restarted
    daemon given the same anchor continues the same timeline instead of jumping back.
    """

    def __init__(self, start: datetime, speed: float, anchor: float | None = None) -> None:
        self._start = start.astimezone(UTC)
        self._speed = speed
        self._anchor = time.time() if anchor is None else anchor

    def now(self) -> datetime:
        return self._start + timedelta(seconds=(time.time() - self._anchor) * self._speed)

    def real_seconds(self, simulated: float) -> float:
        """How long to really sleep for `simulated` seconds of simulated time."""
        return simulated / self._speed


class RateLimiter:
    """Paces calls to at most `per_minute` a minute, evenly spaced (real time).

    `await limiter()` before each send; the sender is given it by the composition root, so the
    services never read the clock themselves.
    """

    def __init__(self, per_minute: float,
                 monotonic: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self._interval = 60.0 / per_minute
        self._monotonic, self._sleep = monotonic, sleep
        self._next: float | None = None

    async def __call__(self) -> None:
        now = self._monotonic()
        if self._next is not None and now < self._next:
            await self._sleep(self._next - now)
            now = self._next
        self._next = now + self._interval


class ManualClock:
    """A clock that stands where it is set (the demo steps it through a month)."""

    def __init__(self, start: datetime) -> None:
        self._now = start.astimezone(UTC)

    def set(self, now: datetime) -> None:
        self._now = now.astimezone(UTC)

    def now(self) -> datetime:
        return self._now
