"""Composition of the features: fills the registries through which they call each other.

Each feature defines a registry where it needs something another feature owns (findings
needs the month's facts, an SLA change needs the catalogue, the secretariat's commands need the
complaints, RAP and meeting operations, the digest needs each feature's section).  This module,
part of the composition root, is the only place that knows all of them.  `install()` is called
by the App; it is idempotent.
"""

from __future__ import annotations

from typing import TypeVar

from cscbot.services import (
    commands,
    complaints,
    evidence,
    findings,
    monthly,
    rap,
    reminders,
    sla_change,
)
from cscbot.services.sections import SECTION_PROVIDERS

T = TypeVar("T")


def install() -> None:
    _add(findings.FACTS_SOURCES, monthly.findings_facts)
    _add(sla_change.CATALOGUE_APPLIERS, monthly.apply_sla_change)
    commands.COMMAND_ACTIONS.update({
        "merge": complaints.merge_clusters,
        "move": complaints.move_complaint,
        "rename": complaints.rename_cluster,
        "close": complaints.close_item,
        "reopen": complaints.reopen_item,
        "escalate": rap.escalate_cluster,
        "advance": rap.advance_case,
        "resolve": rap.resolve_case,
        "meeting": reminders.override_meeting,
    })
    _add(complaints.SLA_MISSES, evidence.sla_misses)
    _add(rap.CLUSTER_EVIDENCE, evidence.cluster_evidence)
    for provider in (complaints.digest_section, reminders.digest_section, rap.digest_section,
                     sla_change.digest_section):
        _add(SECTION_PROVIDERS, provider)



def _add(registry: list[T], item: T) -> None:
    if item not in registry:
        registry.append(item)
