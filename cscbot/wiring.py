"""Composition of the features: fills the registries through which they call each other.

Each feature defines a registry where it needs something another feature owns (findings
needs the month's facts, an SLA change needs the catalogue, the secretariat's commands need the
complaints, RAP and meeting operations, the digest needs each feature's section).  This module,
part of the composition root, is the only place that knows all of them.  Importing it installs
everything once.
"""

from __future__ import annotations

from cscbot.services import findings, monthly, rap, sla_change
from cscbot.services.sections import SECTION_PROVIDERS


def _install() -> None:
    findings.FACTS_SOURCES.append(monthly.findings_facts)
    sla_change.CATALOGUE_APPLIERS.append(monthly.apply_sla_change)
    SECTION_PROVIDERS.extend([rap.digest_section, sla_change.digest_section])


_install()
