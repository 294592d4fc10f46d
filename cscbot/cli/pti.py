"""Sub-commands of the pti family."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """Adds this family's sub-commands (none yet)."""
