"""The configuration: read once from TOML into frozen, typed objects.

`load(path)` reads the file; `parse(document, path)` is pure and checks every key.  Errors name
the file, the key, the line (best effort) and what is wrong.  Secrets never live in the file:
`*_env` keys name the environment variable that holds them, read by the composition root.
"""

from __future__ import annotations

import re
import sys
import zoneinfo
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from cscbot.configschema import (
    Problems,
    build,
    checked,
    every,
    find_line,
    hhmm,
    in_range,
    is_address,
    non_negative,
    positive,
)
from cscbot.errors import ConfigError

if sys.version_info >= (3, 11):  # noqa: UP036 - tomli stays the documented fallback
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

Security = Literal["tls", "starttls", "none"]


def _zone(value: Any) -> str | None:
    try:
        zoneinfo.ZoneInfo(str(value))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return f"{value!r} is not a known time zone (e.g. 'UTC', 'Europe/Brussels')"
    return None


def _zones(values: Any) -> str | None:
    return every(_zone)(values)


def _month(value: Any) -> str | None:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        return None
    return f"{value!r} is not a month YYYY-MM"


def _instant(value: Any) -> str | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        return f"{value!r} is not a date and time with zone, e.g. '2026-12-10T18:00Z'"
    return None


@dataclass(frozen=True)
class BotSettings:
    address: str = checked(check=is_address)
    """The bot's own address: From of everything it sends, never answered."""
    name: str = "CSC mail robot"
    reply_to: str | None = checked(None, check=is_address)
    timezone: str = checked("UTC", check=_zone)
    """Zone for human-facing dates in mails (schedules are UTC internally)."""
    message_id_domain: str | None = None
    """Right-hand side of generated Message-IDs (default: domain of `address`)."""


@dataclass(frozen=True)
class AddressSettings:
    csc_mailbox: str = checked(check=is_address)
    secretariat: tuple[str, ...] = checked(check=every(is_address))
    announce: str = checked(check=is_address)
    members: tuple[str, ...] = checked((), check=every(is_address))
    pti_senders: tuple[str, ...] = checked((), check=every(is_address))
    no_reply_patterns: tuple[str, ...] = (
        "no-reply", "noreply", "do-not-reply", "donotreply", "mailer-daemon", "postmaster",
    )


@dataclass(frozen=True)
class StorageSettings:
    path: Path = Path("var/cscbot.sqlite3")


@dataclass(frozen=True)
class ImapSettings:
    host: str
    username: str
    port: int = checked(993, check=in_range(1, 65535))
    security: Security = "tls"
    password_env: str = "CSCBOT_IMAP_PASSWORD"
    cafile: Path | None = None
    folder: str = "INBOX"
    idle: bool = True
    idle_renew_seconds: int = checked(240, check=positive)
    sweep_interval_seconds: int = checked(300, check=positive)
    poll_interval_seconds: int = checked(60, check=positive)
    timeout_seconds: float = checked(30.0, check=positive)
    fetch_chunk: int = checked(500, check=in_range(1, 5000))
    fetch_chunk_bytes: int = checked(50_000_000, check=positive)
    reconnect_max_seconds: float = checked(300.0, check=positive)


@dataclass(frozen=True)
class MailboxSettings:
    kind: Literal["maildir", "imap"] = "maildir"
    maildir: Path = Path("var/Maildir")
    processed_folder: str = "cscbot/processed"
    quarantine_folder: str = "cscbot/quarantine"
    max_message_bytes: int = checked(25_000_000, check=positive)
    max_attempts: int = checked(3, check=positive)
    imap: ImapSettings | None = None


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = checked(587, check=in_range(1, 65535))
    security: Security = "starttls"
    username: str | None = None
    password_env: str = "CSCBOT_SMTP_PASSWORD"
    cafile: Path | None = None
    timeout_seconds: float = checked(30.0, check=positive)


@dataclass(frozen=True)
class OutboxSettings:
    kind: Literal["emldir", "smtp"] = "emldir"
    eml_dir: Path = Path("var/outbox")
    max_attempts: int = checked(8, check=positive)
    backoff_base_seconds: float = checked(30.0, check=positive)
    backoff_max_seconds: float = checked(3600.0, check=positive)
    rate_per_minute: int = checked(120, check=positive)
    batch_size: int = checked(50, check=positive)
    flush_interval_seconds: float = checked(10.0, check=positive)
    list_unsubscribe: str | None = None
    """List-Unsubscribe of posts to the announce list (default: findings.subscribe_url)."""
    smtp: SmtpSettings | None = None


@dataclass(frozen=True)
class LoopSettings:
    max_auto_replies_per_sender_per_day: int = checked(1, check=non_negative)


@dataclass(frozen=True)
class TriageSettings:
    reference_prefix: str = "CSC"
    similarity_threshold: float = checked(0.4, check=in_range(0.0, 1.0))
    systemic_min_complaints: int = checked(3, check=positive)
    systemic_min_registries: int = checked(2, check=positive)
    systemic_window_days: int = checked(30, check=positive)
    persistent_min_months: int = checked(3, check=positive)
    persistent_missed_months: int = checked(2, check=positive)


@dataclass(frozen=True)
class MeetingOverride:
    month: str = checked(check=_month)
    """The meeting this changes: YYYY-MM of its regular date (for an extra one: its month)."""
    moved_to: str | None = checked(None, check=_instant)
    """New start, ISO 8601 with zone, e.g. '2026-12-10T18:00Z'."""
    cancelled: bool = False
    extra: bool = False
    number: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class MeetingSettings:
    day_of_month: int = checked(15, check=in_range(1, 28))
    time_utc: str = checked("18:00", check=hhmm)
    rotation_utc: tuple[str, ...] = checked((), check=every(hhmm))
    """When set, meeting times rotate through these (month by month) instead of time_utc."""
    weekday_policy: Literal["none", "nearest_wednesday", "skip_weekends"] = "none"
    duration_minutes: int = checked(90, check=positive)
    first_number: int = checked(1, check=positive)
    first_month: str = checked("2017-01", check=_month)
    """Month of meeting #first_number; later regular meetings count on from it."""
    reminder_leads: tuple[str, ...] = ("7d", "1d", "0d")
    """Lead times: 'Nd' days before; '0d' is the morning of the meeting."""
    morning_reminder_utc: str = checked("06:00", check=hhmm)
    zones: tuple[str, ...] = checked(
        ("UTC", "America/Los_Angeles", "Europe/Brussels", "Asia/Singapore"), check=_zones)
    agenda_url: str | None = None
    dial_in: str | None = None
    recipients: tuple[str, ...] = checked((), check=every(is_address))
    """Who gets reminders (default: [addresses].members)."""
    public_recipients: tuple[str, ...] = checked((), check=every(is_address))
    grace_hours: float = checked(12.0, check=non_negative)
    overrides: tuple[MeetingOverride, ...] = ()


@dataclass(frozen=True)
class DigestSettings:
    days: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri")
    time_utc: str = checked("07:00", check=hhmm)
    token_key_env: str = "CSCBOT_TOKEN_KEY"
    token_ttl_days: int = checked(14, check=positive)
    require_dmarc_pass: bool = False
    authserv_id: str | None = None
    """authserv-id of our own receiving server in Authentication-Results."""
    subject_tag: str = "CSC-bot"
    grace_hours: float = checked(12.0, check=non_negative)


def _month_pattern(value: Any) -> str | None:
    """A subject or URL with only the placeholders findings fill in."""
    try:
        str(value).format(month_name="October", year=2026, yyyymm="202610", period="2026-10")
    except (KeyError, IndexError, ValueError) as exc:
        return (f"{value!r} has a bad placeholder ({exc}); use {{month_name}} {{year}} "
                "{yyyymm} {period}")
    return None


@dataclass(frozen=True)
class FindingsSettings:
    subject: str = checked("CSC Findings on PTI Performance {month_name} {year}",
                           check=_month_pattern)
    report_url: str = checked("https://www.iana.org/performance/csc-reports/{yyyymm}",
                              check=_month_pattern)
    auto_send: bool = False
    decision_reminder_day: int = checked(20, check=in_range(1, 28))
    chair: str = "the CSC Chair"
    subscribe_url: str = "https://mm.icann.org/mailman/listinfo/csc-announce"
    needs_improvement_consecutive_misses: int = checked(2, check=positive)
    needs_improvement_on_unexplained_miss: bool = True
    """A miss without PTI's narrative proposes Needs improvement."""
    needs_improvement_on_systemic_flag: bool = True
    """An open systemic pattern flag (complaints) proposes Needs improvement."""
    rounding_tolerance_pct: float = checked(0.15, check=non_negative)


@dataclass(frozen=True)
class RapStage:
    name: str
    recipients: tuple[str, ...] = checked((), check=every(is_address))
    window_days: int = checked(10, check=positive)
    template: str = "rap_letter"


_DEFAULT_STAGES = (
    RapStage("CSC with PTI (corrective action plan)"),
    RapStage("PTI Board"),
    RapStage("PTI President"),
    RapStage("ICANN CEO / Board"),
    RapStage("ccNSO and GNSO Councils"),
)


@dataclass(frozen=True)
class RapSettings:
    stages: tuple[RapStage, ...] = _DEFAULT_STAGES
    remind_before_days: int = checked(2, check=non_negative)
    sla_public_comment_days: int = checked(42, check=positive)
    """Length of an SLA change's public comment period when no end date is given."""


@dataclass(frozen=True)
class DaemonSettings:
    shutdown_grace_seconds: float = checked(30.0, check=positive)
    clock_speed: float = checked(1.0, check=positive)
    """TEST ONLY: how many simulated seconds pass per real second (e2e tests run a month fast)."""
    clock_start: str | None = None
    """TEST ONLY: ISO 8601 instant the simulated clock starts from."""
    clock_anchor_unix: float | None = None
    """TEST ONLY: real Unix time at which simulated time is clock_start (restarts keep time)."""
    templates_dir: Path | None = None
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


@dataclass(frozen=True)
class Settings:
    bot: BotSettings
    addresses: AddressSettings
    storage: StorageSettings = StorageSettings()
    mailbox: MailboxSettings = MailboxSettings()
    outbox: OutboxSettings = OutboxSettings()
    loops: LoopSettings = LoopSettings()
    triage: TriageSettings = TriageSettings()
    meetings: MeetingSettings = MeetingSettings()
    digest: DigestSettings = DigestSettings()
    findings: FindingsSettings = FindingsSettings()
    rap: RapSettings = RapSettings()
    daemon: DaemonSettings = DaemonSettings()
    source: Path | None = None
    """The file this was read from (set by load, not a key)."""


def _cross_checks(s: Settings) -> list[tuple[str, str]]:
    """Rules that span keys: a schedule that cannot happen, a kind without its table."""
    out: list[tuple[str, str]] = []
    if s.mailbox.kind == "imap" and s.mailbox.imap is None:
        out.append(("mailbox.imap", "missing table: mailbox.kind is 'imap'"))
    if s.outbox.kind == "smtp" and s.outbox.smtp is None:
        out.append(("outbox.smtp", "missing table: outbox.kind is 'smtp'"))
    if s.outbox.backoff_base_seconds > s.outbox.backoff_max_seconds:
        out.append(("outbox.backoff_base_seconds", "is larger than backoff_max_seconds"))
    weekdays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
    bad = [d for d in s.digest.days if d not in weekdays]
    if bad:
        out.append(("digest.days", f"{bad[0]!r} is not a weekday (mon..sun)"))
    if not s.digest.days:
        out.append(("digest.days", "is empty: the digest would never be sent"))
    for i, lead in enumerate(s.meetings.reminder_leads):
        if not (lead.endswith("d") and lead[:-1].isdigit()):
            out.append((f"meetings.reminder_leads[{i}]", f"{lead!r} is not a lead like '7d'"))
    if s.digest.require_dmarc_pass and not s.digest.authserv_id:
        out.append(("digest.authserv_id", "required when require_dmarc_pass is true"))
    for i, o in enumerate(s.meetings.overrides):
        key = f"meetings.overrides[{i}]"
        if not o.cancelled and o.moved_to is None and not o.extra and o.number is None:
            out.append((key, "says nothing: give moved_to, cancelled, extra or number"))
        if o.extra and o.moved_to is None:
            out.append((f"{key}.moved_to", "required for an extra meeting"))
    if s.daemon.clock_speed != 1.0 and s.daemon.clock_start is None:
        out.append(("daemon.clock_start", "required when clock_speed is not 1"))
    return out


def parse(document: dict[str, Any], path: Path, source_text: str = "") -> Settings:
    """Pure: a parsed TOML document into Settings, or ConfigError naming each bad key."""
    try:
        settings = build(Settings, document, path.parent.resolve())
    except Problems as exc:
        problems = [(p.key, p.message) for p in exc.problems]
        raise ConfigError(_describe(path, source_text, problems)) from None
    problems = _cross_checks(settings)
    if problems:
        raise ConfigError(_describe(path, source_text, problems))
    return _with_source(settings, path)


def _with_source(settings: Settings, path: Path) -> Settings:
    from dataclasses import replace
    return replace(settings, source=path.resolve())


def _describe(path: Path, text: str, problems: list[tuple[str, str]]) -> str:
    lines = []
    for key, message in problems:
        line = find_line(text, key) if text else None
        where = f"{path}:{line}" if line else str(path)
        lines.append(f"{where}: {key}: {message}")
    return "\n".join(lines)


def load(path: Path) -> Settings:
    """Read and check a config file; every failure is a ConfigError with file and key."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse(document, path, text)
