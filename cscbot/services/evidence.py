"""What one feature tells another about a pattern: PTI's repeated misses for the persistent
flag, a cluster's complaints and months for a RAP case opened from it."""

from __future__ import annotations

from datetime import datetime

from cscbot.domain.periods import shift_period
from cscbot.domain.rap import Evidence
from cscbot.domain.triage import MetricMisses
from cscbot.services import pti
from cscbot.services.context import Context

CLUSTER_EVIDENCE_REFS = 50
"""A case names at most this many complaint references (the latest ones)."""


def sla_misses(ctx: Context, now: datetime) -> list[MetricMisses]:
    """Metrics PTI missed in the latest reported month, with the run of months missed."""
    # asked at every complaint placed: one indexed look-up, not the whole history
    period = ctx.store.pti_latest_period(f"{now:%Y-%m}")
    if period is None:
        return []
    record = pti.month_record(ctx, period)
    if record is None:
        return []
    out = []
    for key, run in pti.streaks(ctx, period, record).items():
        result = record.result(key)
        name = result.name if result else key
        out.append(MetricMisses(name, tuple(shift_period(period, -i)
                                             for i in range(run - 1, -1, -1))))
    return out


def cluster_evidence(ctx: Context, cluster: str) -> Evidence | None:
    """The complaints and months behind a cluster K<n>; None when there is no such cluster."""
    number = cluster.strip().upper().removeprefix("K")
    if not number.isdigit() or ctx.store.cluster_get(int(number)) is None:
        return None
    cid = int(number)
    members = ctx.store.complaints_of_cluster(cid, latest=CLUSTER_EVIDENCE_REFS)
    metrics = tuple(dict.fromkeys(
        str(f.evidence.get("metric")) for f in ctx.store.cluster_flags(cid)
        if f.evidence.get("metric")))
    return Evidence(cluster=f"K{cid}", complaints=tuple(m.ref for m in members),
                    metrics=metrics, months=tuple(sorted(ctx.store.cluster_months(cid))))
