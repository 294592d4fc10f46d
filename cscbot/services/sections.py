"""What a feature contributes to the secretariat digest.

Each feature that has something to report writes a `SectionProvider`; the composition root
(app.py) lists them in `SECTION_PROVIDERS`, and the digest renders every non-empty section
after the notices and drafts it reads itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from cscbot.services.context import Context


@dataclass(frozen=True)
class DigestItem:
    id: str
    """The short id the secretariat types in a command: D3, K7, CSC-2026-0042, RAP-2, ..."""
    text: str
    """One line."""
    details: tuple[str, ...] = ()
    acted_by: str | None = None
    """Who already acted on it (shown instead of asking again)."""


@dataclass(frozen=True)
class DigestSection:
    title: str
    items: tuple[DigestItem, ...]
    informational: bool = False
    """Shown when a digest goes out, but never a reason to send one (upcoming meetings)."""


SectionProvider = Callable[[Context, datetime | None, datetime], DigestSection | None]
"""(context, time of the previous digest or None, now) -> a section, or None when empty."""

SECTION_PROVIDERS: list[SectionProvider] = []
