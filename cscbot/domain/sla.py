"""The SLA catalogue: which metrics PTI must meet, version by version, month by month.

Metrics are added, changed and retired by SLA changes, so the catalogue is a list of versions
(`MetricDefinition`), each in force from its `effective_from` month until a later version of the
same key or its `retired_from` month.  A month is judged against `Catalogue.metrics_for(month)`.
Matching a report's row to a metric is by normalised wording within the row's category.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from cscbot.domain.periods import check_period
from cscbot.domain.text import folded
from cscbot.errors import MailFormatError

CATEGORY_ALIASES = {
    "i": "I", "1": "I", "ii": "II", "2": "II", "iii": "III", "3": "III", "iv": "IV", "4": "IV",
    "other": "Other", "others": "Other", "non-routine": "Other", "non routine": "Other",
    "idn": "IDN", "idn tables": "IDN", "idn table": "IDN", "lgr": "IDN",
    "rzm": "RZM", "root zone management": "RZM",
}


class CatalogueError(MailFormatError):
    """The catalogue data is malformed; the message names the row and the field."""


@dataclass(frozen=True)
class MetricDefinition:
    """One version of one SLA metric."""

    key: str
    """Stable id across versions, e.g. 'I.technical_checks.retest'."""
    category: str
    phase: str
    name: str
    threshold: float
    unit: str
    """'s', 'min', 'h', 'd' or '%'."""
    type: str
    """'Max': at least compliance_pct % of requests finish within the threshold; 'Min': the
    measured rate is at least the threshold."""
    compliance_pct: float
    period: str
    """How often it is measured ('monthly')."""
    effective_from: str
    """First month (YYYY-MM) this version applies to."""
    retired_from: str | None = None
    """First month the metric no longer applies (None: still in force)."""
    aliases: tuple[str, ...] = field(default=(), compare=False)
    """Other wordings PTI has used for this metric (for matching)."""

    @property
    def label(self) -> str:
        """The wording a report uses: 'Phase: name' (just the name when they coincide)."""
        if normalise(self.phase) == normalise(self.name):
            return self.name
        return f"{self.phase}: {self.name}"


class Catalogue:
    """Every version of every metric; `metrics_for(month)` picks the ones in force."""

    def __init__(self, versions: Iterable[MetricDefinition]) -> None:
        self.versions = tuple(versions)

    def metrics_for(self, period: str) -> list[MetricDefinition]:
        """The catalogue in force in `period` (YYYY-MM), in catalogue order."""
        check_period(period)
        latest: dict[str, MetricDefinition] = {}
        for version in self.versions:
            if version.effective_from > period:
                continue
            known = latest.get(version.key)
            if known is None or version.effective_from >= known.effective_from:
                latest[version.key] = version
        return [m for m in latest.values()
                if m.retired_from is None or m.retired_from > period]

    def keys(self) -> set[str]:
        return {v.key for v in self.versions}


def normalise_category(text: str | None) -> str | None:
    """'Category I', 'Cat. 1', 'i' -> 'I'; None when nothing category-like is given."""
    if not text:
        return None
    t = re.sub(r"^\s*(?:category|cat\.?)\s*", "", text.strip(), flags=re.IGNORECASE)
    t = re.split(r"\s*[-—–:(]\s*|\s{2,}", t)[0].strip().lower()
    return CATEGORY_ALIASES.get(t) or CATEGORY_ALIASES.get(t.split(" ")[0] if t else "")


_STOPWORDS = {"the", "a", "an", "of", "to", "in", "by", "for", "is", "are", "be", "was"}


def normalise(text: str) -> str:
    """Wording for comparison: no accents, case, punctuation, stop words or extra spaces."""
    t = folded(text).replace("&", " and ")
    t = re.sub(r"[^a-z0-9]+", " ", t)
    return " ".join(w for w in t.split() if w not in _STOPWORDS)


def _forms(metric: MetricDefinition) -> set[str]:
    names = (metric.name, *metric.aliases)
    forms = {normalise(n) for n in names}
    forms |= {normalise(f"{metric.phase} {n}") for n in names}
    return forms


def match_metric(metrics: Sequence[MetricDefinition], category: str | None, wording: str,
                 phase: str | None = None) -> MetricDefinition | None:
    """The metric a report row names, or None when unknown or ambiguous.

    Exact match of the normalised wording (with or without its phase, or an alias) first; then
    a row whose words contain all of one metric's words.  A row without a category matches
    only when the wording is unique across categories.
    """
    pool = [m for m in metrics if category is None or m.category == category]
    row_forms = {normalise(wording)}
    if phase:
        row_forms.add(normalise(f"{phase} {wording}"))
    exact = [m for m in pool if _forms(m) & row_forms]
    if len(exact) == 1:
        return exact[0]
    if exact:
        return None
    row_words = set().union(*(f.split() for f in row_forms))
    close = [m for m in pool
             if any(f and set(f.split()) <= row_words and len(f.split()) >= 3 for f in _forms(m))]
    return close[0] if len(close) == 1 else None


# --- the shipped data ------------------------------------------------------------------------

_COLUMNS = ("key", "category", "phase", "metric", "threshold", "unit", "type",
            "compliance_pct", "period", "effective_from", "retired_from", "aliases")


def parse_catalogue_csv(text: str, source: str = "catalogue") -> list[MetricDefinition]:
    """Rows of the catalogue CSV ('#' lines are comments); CatalogueError names a bad row."""
    lines = [line for line in io.StringIO(text) if not line.lstrip().startswith("#")]
    reader = csv.DictReader(lines)
    missing = [c for c in _COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise CatalogueError(f"{source}: missing columns {missing}")
    out = []
    for number, row in enumerate(reader, start=2):
        try:
            out.append(_definition(row))
        except (ValueError, TypeError) as exc:
            raise CatalogueError(f"{source}: row {number} ({row.get('key')}): {exc}") from None
    return out


def _definition(row: dict[str, str]) -> MetricDefinition:
    if not row["key"] or not row["metric"]:
        raise ValueError("key and metric are required")
    retired = (row.get("retired_from") or "").strip() or None
    if retired:
        check_period(retired)
    return MetricDefinition(
        key=row["key"].strip(), category=row["category"].strip(), phase=row["phase"].strip(),
        name=row["metric"].strip(), threshold=float(row["threshold"]), unit=row["unit"].strip(),
        type=row["type"].strip(), compliance_pct=float(row["compliance_pct"]),
        period=row["period"].strip() or "monthly",
        effective_from=check_period(row["effective_from"].strip()), retired_from=retired,
        aliases=tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()))
