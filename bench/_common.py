"""Shared by the bench scripts: merge figures into bench/results.json, print a table, RSS."""

from __future__ import annotations

import json
import resource
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results.json"


def merge_results(figures: dict[str, Any]) -> None:
    """Read-modify-write results.json, keeping every other script's keys."""
    current: dict[str, Any] = {}
    if RESULTS.exists():
        current = json.loads(RESULTS.read_text())
    current.update(figures)
    RESULTS.write_text(json.dumps(current, indent=2, sort_keys=True) + "\n")


def print_table(title: str, rows: list[tuple[str, Any]]) -> None:
    width = max(len(name) for name, _ in rows)
    print(title)
    print("-" * (width + 16))
    for name, value in rows:
        shown = f"{value:,.2f}" if isinstance(value, float) else str(value)
        print(f"{name:<{width}}  {shown:>12}")


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
