"""End-to-end harness: real Dovecot, real SMTP server, `cscbot run` as a real subprocess.

The daemon runs on the TEST-ONLY fast clock (`[daemon] clock_speed / clock_start /
clock_anchor_unix`, see `cscbot/clock.py` FastClock): simulated time = START + (real time -
anchor) * SPEED.  The anchor is fixed when the world is made, so a daemon killed and restarted
continues the same timeline (time passes while it is down, as it would in production), and the
test side computes the same simulated time to play its mail at.  Everything else is the
daemon's production code path.

SPEED = 43,200: one simulated day in two real seconds.  A restart takes about a second of real
time, half a simulated day, so the e2e config raises the reminder and digest grace to 36 hours
(a production restart takes seconds, well within the default 12 hours).
"""

from __future__ import annotations

import email
import email.policy
import imaplib
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from dovecot_fixture import DovecotServer
from smtp_server import SmtpServerProcess

from tests.e2e import mails

SPEED = 43_200.0
START = datetime(2026, 11, 1, tzinfo=UTC)
CSCBOT = Path(sys.executable).parent / "cscbot"
PROCESSED, QUARANTINE = "cscbot/processed", "cscbot/quarantine"
TOKEN_KEY = "e2e-token-key-0123456789abcdef0123456789abcdef"

CONFIG = """\
[bot]
address = "csc-bot@csc.example.org"
reply_to = "csc@csc.example.org"

[addresses]
csc_mailbox = "csc@csc.example.org"
secretariat = ["secretariat@csc.example.org"]
announce = "csc-announce@csc.example.org"
members = ["members@csc.example.org"]
pti_senders = ["reports@iana.example"]

[storage]
path = "cscbot.sqlite3"

[mailbox]
kind = "imap"
processed_folder = "{processed}"
quarantine_folder = "{quarantine}"

[mailbox.imap]
host = "127.0.0.1"
port = {imaps_port}
security = "tls"
username = "{user}"
password_env = "E2E_IMAP_PASSWORD"
cafile = "{imap_cafile}"
sweep_interval_seconds = 5
timeout_seconds = 5
reconnect_max_seconds = 1

[outbox]
kind = "smtp"
flush_interval_seconds = {flush_interval}
rate_per_minute = 60000
# simulated seconds: a long SMTP outage (hours of simulated time) must not kill mail
max_attempts = 40
backoff_max_seconds = 7200

[outbox.smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "starttls"
username = "bot"
password_env = "E2E_SMTP_PASSWORD"
cafile = "{smtp_cafile}"
timeout_seconds = 5

[meetings]
grace_hours = 36

[digest]
grace_hours = 36

[daemon]
shutdown_grace_seconds = {grace}
{clock}"""

FAST_CLOCK = """\
clock_speed = {speed}
clock_start = "{start}"
clock_anchor_unix = {anchor}
"""


@dataclass
class Daemon:
    """`cscbot run` in a subprocess; its log is appended to `log`."""

    config: Path
    env: dict[str, str]
    log: Path
    proc: subprocess.Popen[bytes] | None = None
    starts: int = 0

    def start(self) -> None:
        assert self.proc is None or self.proc.poll() is not None
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen([str(CSCBOT), "--config", str(self.config), "run"],
                                         env=self.env, stdout=out, stderr=out,
                                         cwd=self.config.parent)
        self.starts += 1

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def terminate(self, timeout: float = 30.0) -> int:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)

    def ensure_stopped(self) -> None:
        if self.running:
            assert self.proc is not None
            self.proc.kill()
            self.proc.wait()


class Mailbox:
    """The test's own IMAP session (stdlib imaplib, plain port) on the bot's mailbox."""

    def __init__(self, dovecot: DovecotServer, user: str) -> None:
        self.dovecot, self.user = dovecot, user

    def _connect(self) -> imaplib.IMAP4:
        conn = imaplib.IMAP4("127.0.0.1", self.dovecot.imap_port)
        conn.login(self.user, self.dovecot.any_user_password)
        return conn

    def append(self, data: bytes, retries: int = 50) -> None:
        for attempt in range(retries):  # Dovecot may be restarting
            try:
                conn = self._connect()
                try:
                    typ, detail = conn.append("INBOX", "", None, data)
                    assert typ == "OK", detail
                    return
                finally:
                    conn.logout()
            except (OSError, imaplib.IMAP4.abort):
                if attempt == retries - 1:
                    raise
                time.sleep(0.1)

    def message_ids(self, folder: str) -> list[str]:
        """Message-ID of every message in `folder` (one entry per message)."""
        conn = self._connect()
        try:
            typ, _ = conn.select(f'"{folder}"', readonly=True)
            if typ != "OK":
                return []
            typ, data = conn.uid("FETCH", "1:*",
                                 "(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
            ids = []
            for part in data:
                if isinstance(part, tuple):
                    found = re.search(rb"<[^>]*>", part[1])
                    ids.append(found[0].decode() if found else "")
            return ids
        finally:
            conn.logout()

    def count(self, folder: str) -> int:
        conn = self._connect()
        try:
            typ, data = conn.select(f'"{folder}"', readonly=True)
            return int(data[0] or 0) if typ == "OK" else 0
        finally:
            conn.logout()


@dataclass
class Sent:
    """One message the SMTP server accepted."""

    name: str
    mail_from: str
    rcpt_tos: list[str]
    msg: EmailMessage
    tls: bool
    auth: str | None

    @property
    def message_id(self) -> str:
        return str(self.msg["Message-ID"])

    @property
    def subject(self) -> str:
        return str(self.msg["Subject"])

    def text(self) -> str:
        part = self.msg.get_body(("plain",))
        return part.get_content() if part is not None else ""  # type: ignore[attr-defined]


class World:
    """The servers, the bot's folder and config, the daemon, the shared simulated clock."""

    def __init__(self, root: Path, dovecot: DovecotServer, smtp: SmtpServerProcess,
                 user: str, grace: float = 10.0, fast_clock: bool = True,
                 flush_interval: float = 1.0) -> None:
        """`fast_clock=False`: the daemon runs on the real clock (the latency bench)."""
        self.root, self.dovecot, self.smtp, self.user = root, dovecot, smtp, user
        self.anchor = time.time() + 1.5  # simulated START a moment after the daemon starts
        clock = FAST_CLOCK.format(speed=SPEED, start=START.isoformat().replace("+00:00", "Z"),
                                  anchor=self.anchor)
        self.config = root / "config.toml"
        self.config.write_text(CONFIG.format(
            processed=PROCESSED, quarantine=QUARANTINE, imaps_port=dovecot.imaps_port,
            user=user, imap_cafile=dovecot.root / "cert.pem", smtp_port=smtp.port,
            smtp_cafile=smtp.cafile, grace=grace, flush_interval=flush_interval,
            clock=clock if fast_clock else ""))
        env = {k: v for k, v in os.environ.items() if not k.startswith("CSCBOT")}
        env.update(E2E_IMAP_PASSWORD=dovecot.any_user_password, E2E_SMTP_PASSWORD="pw",
                   CSCBOT_TOKEN_KEY=TOKEN_KEY)
        self.daemon = Daemon(self.config, env, root / "daemon.log")
        self.mailbox = Mailbox(dovecot, user)
        self.store_path = root / "cscbot.sqlite3"

    def now(self) -> datetime:
        return START + timedelta(seconds=(time.time() - self.anchor) * SPEED)

    def real_time_of(self, simulated: datetime) -> float:
        return self.anchor + (simulated - START).total_seconds() / SPEED

    def sent(self) -> list[Sent]:
        return [_sent(name, e) for name, e in self.smtp_entries()]

    def smtp_entries(self) -> list[tuple[str, dict[str, Any]]]:
        out = []
        for path in sorted((self.smtp.root / "messages").glob("*.json")):
            import base64
            import json
            entry = json.loads(path.read_text())
            entry["data"] = base64.b64decode(entry["data"])
            out.append((path.name, entry))
        return out

    def query(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        """Read the bot's store (read-only, safe while the daemon writes: WAL)."""
        if not self.store_path.exists():
            return []
        conn = sqlite3.connect(f"file:{self.store_path}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute(sql, args).fetchall()
        except sqlite3.OperationalError:  # not migrated yet
            return []
        finally:
            conn.close()

    def log_text(self) -> str:
        return self.daemon.log.read_text(errors="replace") if self.daemon.log.exists() else ""


def _sent(name: str, entry: dict[str, Any]) -> Sent:
    msg = email.message_from_bytes(entry["data"], policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return Sent(name, entry["mail_from"], list(entry["rcpt_tos"]), msg, bool(entry["tls"]),
                entry.get("auth"))


# --- the month -------------------------------------------------------------------------------


@dataclass
class Step:
    at: datetime
    what: str
    data: Callable[[datetime], bytes]


def day(d: int, hour: int = 9, minute: int = 0) -> datetime:
    return START.replace(day=d, hour=hour, minute=minute)


def month_steps() -> list[Step]:
    """The scheduled mail of the month (reactions to the bot's mail are played by Player)."""
    m = mails
    return [
        Step(day(2, 9), "complaint retest .example", lambda t: m.complaint(m.RETEST_EXAMPLE, t)),
        Step(day(2, 15), "complaint retest .sample", lambda t: m.complaint(m.RETEST_SAMPLE, t)),
        Step(day(3, 10), "complaint retest .test", lambda t: m.complaint(m.RETEST_TEST, t)),
        Step(day(3, 16), "complaint contacts (en)", lambda t: m.complaint(m.CONTACTS_EN, t)),
        Step(day(4, 11), "complaint contacts (fr)", lambda t: m.complaint(m.CONTACTS_FR, t)),
        Step(day(5, 12), "complaint from a lame address",
             lambda t: m.complaint(m.LAME, t)),
        Step(day(6, 16), "PTI report October 2026", m.pti_report),
        Step(day(9, 10), "complaint retest .demo", lambda t: m.complaint(m.RETEST_DEMO, t)),
    ]


END = day(19, 12)
"""After the meeting of 18 November (its three reminders) and the findings posted."""


@dataclass
class Player:
    """Plays the month against the world: scheduled mail, and every correspondent's answer to
    what the bot sends (auto-responders, a bounce, a follow-up, the secretariat)."""

    world: World
    steps: list[Step] = field(default_factory=month_steps)
    appended: dict[str, str] = field(default_factory=dict)
    """Message-ID -> what, for every message put in the mailbox."""
    reacted: set[str] = field(default_factory=set)
    """Message-IDs of the bot's mails already answered (a re-sent duplicate is not)."""
    seen: set[str] = field(default_factory=set)
    refs: dict[str, str] = field(default_factory=dict)
    """Complaint Message-ID -> its reference (from the acknowledgements)."""
    cluster_of: dict[str, str] = field(default_factory=dict)
    """Complaint reference -> cluster id (from the digests)."""
    merge_sent: bool = False
    approve_sent: bool = False
    events: list[str] = field(default_factory=list)

    def append(self, what: str, data: bytes) -> None:
        msg = email.message_from_bytes(data)
        message_id = str(msg["Message-ID"])
        assert message_id not in self.appended, message_id
        self.world.mailbox.append(data)
        self.appended[message_id] = what
        self.events.append(f"{self.world.now():%d %H:%M} appended {what}")

    def tick(self) -> None:
        now = self.world.now()
        while self.steps and self.steps[0].at <= now:
            step = self.steps.pop(0)
            self.append(step.what, step.data(step.at))
        for name, entry in self.world.smtp_entries():
            if name not in self.seen:
                self.seen.add(name)
                self.react(_sent(name, entry))

    def react(self, sent: Sent) -> None:
        if sent.message_id in self.reacted:
            return  # a duplicate delivery: correspondents saw this mail already
        self.reacted.add(sent.message_id)
        ref = re.match(r"\[([A-Z]+-\d{4}-\d+)\]", sent.subject)
        if ref and sent.msg["In-Reply-To"]:  # an acknowledgement names the complaint's ref
            self.refs[str(sent.msg["In-Reply-To"])] = ref[1]
        now = self.world.now()
        registries = {c.sender: c for c in mails.REGISTRIES}
        for rcpt in sent.rcpt_tos:
            registry = registries.get(rcpt)
            if registry is None:
                continue
            if registry.responder == "bounce":
                self.append(f"bounce of {sent.subject}",
                            mails.bounce(rcpt, sent.message_id, sent.subject, now))
                continue
            self.append(f"auto-reply from {rcpt}", mails.auto_reply(
                registry, sent.message_id, sent.subject, now, len(self.appended)))
            if registry is mails.RETEST_EXAMPLE and sent.msg["In-Reply-To"] and \
                    f"<followup.{registry.tag}@x.example>" not in self.appended:
                self.append("follow-up from .example", mails.follow_up(
                    registry, sent.message_id, sent.subject, now))
        if mails.SECRETARIAT in sent.rcpt_tos:
            self.answer_secretariat_mail(sent, now)

    def answer_secretariat_mail(self, sent: Sent, now: datetime) -> None:
        reply_to = str(sent.msg["Reply-To"] or mails.BOT)
        if " Draft D" in sent.subject and not self.approve_sent:
            self.approve_sent = True
            self.append("secretariat: approve", mails.secretariat_reply(
                sent.message_id, sent.subject, reply_to, "approve", now, len(self.appended)))
            return
        if "[CSC-bot" in sent.subject and not self.merge_sent:
            pair = self.clusters_to_merge(sent.text())
            if pair:
                self.merge_sent = True
                self.append("secretariat: merge", mails.secretariat_reply(
                    sent.message_id, sent.subject, reply_to, f"merge {pair[0]} {pair[1]}",
                    now, len(self.appended)))

    def clusters_to_merge(self, digest: str) -> tuple[str, str] | None:
        """The clusters of the first and the last retest complaint, once digests have shown
        both apart (triage keeps the .demo wording apart; the secretariat knows better)."""
        for ref, cluster in re.findall(r"\[([A-Z]+-\d{4}-\d+)\][^\n]*-> (K\d+)", digest):
            self.cluster_of[ref] = cluster
        first, last = (self.refs.get(c.message_id)
                       for c in (mails.RETEST_EXAMPLE, mails.RETEST_DEMO))
        keep, other = self.cluster_of.get(first or ""), self.cluster_of.get(last or "")
        if keep and other and keep != other:
            return keep, other
        return None

    def play(self, until: datetime, hook: Callable[[Player], None] | None = None,
             poll: float = 0.02) -> None:
        while self.world.now() < until:
            self.tick()
            if hook is not None:
                hook(self)
            time.sleep(poll)

    def settle(self, timeout: float = 30.0, hook: Callable[[Player], None] | None = None,
               ) -> None:
        """Play on until the bot is idle: inbox empty, outbox drained, nothing new sent."""
        deadline = time.monotonic() + timeout
        quiet_since = time.monotonic()
        last = -1
        while time.monotonic() < deadline:
            self.tick()
            if hook is not None:
                hook(self)
            busy = (self.world.mailbox.count("INBOX") or self.outbox_pending()
                    or not self.world.daemon.running)
            if busy or len(self.seen) != last:
                last, quiet_since = len(self.seen), time.monotonic()
            elif time.monotonic() - quiet_since > 1.5:
                return
            time.sleep(0.1)
        raise AssertionError(f"the bot did not settle; log tail:\n{self.world.log_text()[-3000:]}")

    def outbox_pending(self) -> int:
        rows = self.world.query("SELECT count(*) FROM outbox WHERE status IN ('queued','failed')")
        return int(rows[0][0]) if rows else 1


# --- what must hold at the end of the month --------------------------------------------------


@dataclass
class Outcome:
    sent: list[Sent]
    by_key: dict[str, Sent]
    """The logical mails (outbox key -> the first copy the SMTP server accepted)."""
    duplicates: dict[str, int]
    """Outbox key -> extra copies accepted (the re-send window; empty in a run without crashes)."""


def check_month(world: World, player: Player) -> Outcome:
    """The invariants of a month, whatever happened to the daemon and the servers."""
    appended = sorted(player.appended)
    # mailbox: every message moved once, to processed or quarantine; nothing left, nothing lost
    assert world.mailbox.message_ids("INBOX") == []
    settled = world.mailbox.message_ids(PROCESSED) + world.mailbox.message_ids(QUARANTINE)
    assert sorted(settled) == appended, "a message lost, doubled or deleted on the server"
    # journal: one row per message, every one handled (none quarantined in this month)
    journal = world.query("SELECT message_id, status, kind FROM journal")
    assert sorted(r[0] for r in journal) == appended, "a message journaled twice or not at all"
    assert {r[1] for r in journal} == {"handled"}, journal
    # complaints: one per complaint mail, never one for a follow-up, auto-reply or bounce
    complaints = world.query("SELECT message_id FROM complaints")
    assert sorted(r[0] for r in complaints) == sorted(c.message_id for c in mails.REGISTRIES)
    # outbox: every logical mail sent, and received by the server under its Message-ID
    outbox = world.query("SELECT key, message_id, status FROM outbox")
    assert {r[2] for r in outbox} == {"sent"}, [r for r in outbox if r[2] != "sent"]
    sent = world.sent()
    copies: dict[str, list[Sent]] = {}
    for s in sent:
        copies.setdefault(s.message_id, []).append(s)
    key_of = {mid: key for key, mid, _ in outbox}
    assert set(copies) == set(key_of), "a mail sent that the outbox does not hold, or missing"
    for s in sent:
        assert s.tls and s.auth == "bot" and s.mail_from == mails.BOT, s.name
    by_key = {key_of[mid]: got[0] for mid, got in copies.items()}
    duplicates = {key_of[mid]: len(got) - 1 for mid, got in copies.items() if len(got) > 1}
    for mid, got in copies.items():  # a duplicate is the same mail, to no one new
        assert all(g.msg.as_bytes() == got[0].msg.as_bytes() for g in got), mid
    check_mails(player, by_key)
    return Outcome(sent, by_key, duplicates)


def check_mails(player: Player, by_key: dict[str, Sent]) -> None:
    """The right mails, to the right people, with the right headers."""
    kinds: dict[str, list[str]] = {}
    for key in by_key:
        kinds.setdefault(key.split(":", 1)[0], []).append(key)
    # acknowledgements: one per complaint, threaded to it, marked automatic; the auto-replies
    # they drew were not answered (each registry got exactly one mail)
    acks = [by_key[k] for k in kinds["ack"]]
    assert sorted(a.msg["In-Reply-To"] for a in acks) == sorted(
        c.message_id for c in mails.REGISTRIES)
    for c in mails.REGISTRIES:
        to_registry = [s for s in by_key.values() if c.sender in s.rcpt_tos]
        assert len(to_registry) == 1, (c.sender, [s.subject for s in to_registry])
        ack = to_registry[0]
        assert ack.msg["Auto-Submitted"] == "auto-replied"
        assert ack.msg["In-Reply-To"] == c.message_id
        assert str(ack.msg["To"]).endswith(f"<{c.sender}>") or str(ack.msg["To"]) == c.sender
    # the digests: to the secretariat, with a reply token; the bounce was reported in one
    digests = [by_key[k] for k in kinds["digest"]]
    assert digests and all(d.rcpt_tos == [mails.SECRETARIAT] and "[CSC-bot " in d.subject
                           and d.msg["Auto-Submitted"] == "auto-generated" for d in digests)
    assert any(f"{mails.LAME.sender} bounced" in d.text() for d in digests)
    days = [k.split(":", 1)[1][:10] for k in kinds["digest"]]
    assert len(set(days)) == len(days), f"two digests on one day: {sorted(days)}"
    # the findings: a draft to the secretariat, approved by reply, posted to csc-announce
    post = by_key["findings:2026-10"]
    assert post.rcpt_tos == ["csc-announce@csc.example.org"]
    assert post.subject == "CSC Findings on PTI Performance October 2026"
    assert post.msg["List-Id"] and "csc-announce" in str(post.msg["List-Id"])
    assert post.msg["List-Unsubscribe"]
    assert "threshold was missed" in post.text()
    # the secretariat's two replies were carried out and confirmed in their threads
    confirmations = [s for s in by_key.values() if s.rcpt_tos == [mails.SECRETARIAT]
                     and str(s.msg["In-Reply-To"]).startswith("<sec")]
    done = "\n".join(c.text() for c in confirmations)
    assert "approved D1" in done and "merged" in done.lower(), done
    assert "Not understood" not in done, done
    first, last = (player.refs[c.message_id] for c in (mails.RETEST_EXAMPLE, mails.RETEST_DEMO))
    clusters = dict(player.world.query(
        "SELECT ref, cluster_id FROM complaints WHERE ref IN (?, ?)", first, last))
    assert clusters[first] == clusters[last], "the merge was not carried out"
    # the meeting of 15 November: three reminders to the members, each with its invitation
    reminders = sorted(k for k in kinds["reminder"] if k.startswith("reminder:2026-11-15"))
    assert [k.rsplit(":", 1)[1] for k in reminders] == ["0d", "1d", "7d"], kinds["reminder"]
    for k in reminders:
        r = by_key[k]
        assert r.rcpt_tos == ["members@csc.example.org"]
        assert any(p.get_content_type() == "text/calendar" for p in r.msg.walk())
