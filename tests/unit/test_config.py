"""The config table test: good configs load, bad ones name the key and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from cscbot.config import load, parse
from cscbot.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
BASE = {
    "bot": {"address": "bot@csc.example.org"},
    "addresses": {"csc_mailbox": "csc@csc.example.org", "secretariat": ["s@csc.example.org"],
                  "announce": "a@csc.example.org"},
}


def _with(section: str, **values: object) -> dict[str, object]:
    doc = {k: dict(v) for k, v in BASE.items()}
    doc.setdefault(section, {}).update(values)
    return doc


def test_the_shipped_example_config_loads() -> None:
    s = load(ROOT / "config.toml")
    assert s.bot.address == "csc-bot@csc.example.org"
    assert s.meetings.day_of_month == 15
    assert s.storage.path == ROOT / "var" / "cscbot.sqlite3"  # relative to the file
    assert s.rap.stages[0].window_days == 10


def test_minimal_config_gets_defaults(tmp_path: Path) -> None:
    s = parse(BASE, tmp_path / "c.toml")
    assert s.mailbox.kind == "maildir" and s.outbox.kind == "emldir"
    assert s.storage.path == tmp_path / "var" / "cscbot.sqlite3"
    assert s.source == (tmp_path / "c.toml").resolve()


@pytest.mark.parametrize(("doc", "key", "words"), [
    (_with("bot", adress="x@y.org"), "bot.adress", "unknown key (did you mean 'address'?)"),
    (_with("addresses", announce="not-an-address"), "addresses.announce", "not a mail address"),
    (_with("addresses", secretariat=["ok@x.org", "bad"]), "addresses.secretariat",
     "not a mail address"),
    ({"bot": BASE["bot"]}, "addresses", "missing required key"),
    (_with("meetings", day_of_month=31), "meetings.day_of_month", "between 1 and 28"),
    (_with("meetings", time_utc="25:00"), "meetings.time_utc", "not a time of day"),
    (_with("meetings", zones=["Mars/Olympus"]), "meetings.zones", "not a known time zone"),
    (_with("meetings", reminder_leads=["7 days"]), "meetings.reminder_leads[0]", "lead"),
    (_with("mailbox", kind="pop3"), "mailbox.kind", "must be 'maildir' or 'imap'"),
    (_with("mailbox", kind="imap"), "mailbox.imap", "missing table"),
    (_with("mailbox", max_attempts="three"), "mailbox.max_attempts", "must be an integer"),
    (_with("mailbox", max_attempts=True), "mailbox.max_attempts", "must be an integer"),
    (_with("mailbox", kind="imap", imap={"host": "h", "username": "u", "fetch_chunk": 0}),
     "mailbox.imap.fetch_chunk", "between"),
    (_with("mailbox", kind="imap", imap={"host": "h", "username": "u", "fetch_chunk_bytes": 0}),
     "mailbox.imap.fetch_chunk_bytes", "greater than 0"),
    (_with("outbox", kind="smtp"), "outbox.smtp", "missing table"),
    (_with("outbox", backoff_base_seconds=10_000), "outbox.backoff_base_seconds", "larger"),
    (_with("digest", days=["mon", "funday"]), "digest.days", "not a weekday"),
    (_with("digest", days=[]), "digest.days", "never be sent"),
    (_with("digest", require_dmarc_pass=True), "digest.authserv_id", "required"),
    (_with("triage", similarity_threshold=1.5), "triage.similarity_threshold", "between"),
    (_with("meetings", overrides=[{"month": "2026-12"}]), "meetings.overrides[0]",
     "says nothing"),
    (_with("meetings", overrides=[{"month": "2026-13", "cancelled": True}]),
     "meetings.overrides[0].month", "not a month"),
    (_with("meetings", overrides=[{"month": "2026-12", "moved_to": "2026-12-10 18:00"}]),
     "meetings.overrides[0].moved_to", "with zone"),
    (_with("meetings", first_month="January 2017"), "meetings.first_month", "not a month"),
    (_with("daemon", clock_speed=100.0), "daemon.clock_start", "required"),
    (_with("storage", path=5), "storage.path", "must be a path"),
    (_with("findings", subject="Findings {month}"), "findings.subject", "bad placeholder"),
    (_with("findings", report_url="https://x/{yyyy"), "findings.report_url",
     "bad placeholder"),
    (_with("rap", sla_public_comment_days=0), "rap.sla_public_comment_days", "greater than 0"),
    (_with("rap", stages=[{"name": "PTI", "window_days": 0}]), "rap.stages[0].window_days",
     "greater than 0"),
])
def test_bad_configs_name_the_key(doc: dict[str, object], key: str, words: str,
                                  tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as exc:
        parse(doc, tmp_path / "c.toml")
    message = str(exc.value)
    assert f": {key}: " in message, message
    assert words in message
    assert str(tmp_path / "c.toml") in message


def test_several_mistakes_are_all_reported(tmp_path: Path) -> None:
    doc = _with("bot", adress="x@y.org")
    doc["mailbox"] = {"max_attempts": 0, "kind": "pop3"}
    with pytest.raises(ConfigError) as exc:
        parse(doc, tmp_path / "c.toml")
    assert len(str(exc.value).splitlines()) == 3


def test_error_gives_the_line(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[bot]\naddress = "b@x.org"\n\n[addresses]\ncsc_mailbox = "c@x.org"\n'
                    'secretariat = ["s@x.org"]\nannounce = "nope"\n')
    with pytest.raises(ConfigError) as exc:
        load(path)
    assert str(exc.value).startswith(f"{path}:7: addresses.announce:")


def test_unreadable_and_invalid_toml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[bot\naddress=")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load(bad)


def test_secrets_are_named_not_stored(tmp_path: Path) -> None:
    doc = _with("mailbox", kind="imap", imap={"host": "imap.x.org", "username": "csc"})
    s = parse(doc, tmp_path / "c.toml")
    assert s.mailbox.imap is not None
    assert s.mailbox.imap.password_env == "CSCBOT_IMAP_PASSWORD"
    assert not hasattr(s.mailbox.imap, "password")
