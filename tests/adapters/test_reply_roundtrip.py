"""Commands by reply through the real servers: the bot's mail leaves over SMTP, the
secretariat's answer arrives over IMAP (Dovecot), the command runs, the confirmation leaves.

And every way of forging an answer, through the same path: refused with its reason, nothing
executed, nothing mailed to the sender, reported in the digest's notices and the audit log.
"""

from __future__ import annotations

import email.policy
import email.utils
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from dovecot_fixture import DovecotServer
from smtp_server import SmtpServerProcess

from cscbot.app import App
from cscbot.clock import ManualClock
from cscbot.config import parse

pytestmark = pytest.mark.servers

NOW = datetime(2026, 11, 9, 9, 0, tzinfo=UTC)
SECRETARIAT = "secretariat@csc.example.org"
AUTHSERV = "mx.csc.example.org"
NOTICE_FILE = "Subject: Public comment: IDN table publication SLA\n\nThe CSC opens a comment.\n"


def _settings(account: dict[str, Any], smtp: SmtpServerProcess, folder: Path,
              dmarc: bool) -> Any:
    doc = {
        "bot": {"address": "csc-bot@csc.example.org"},
        "addresses": {"csc_mailbox": "csc@csc.example.org", "secretariat": [SECRETARIAT],
                      "announce": "csc-announce@csc.example.org"},
        "storage": {"path": str(folder / "store.sqlite3")},
        "mailbox": {"kind": "imap", "imap": {
            "host": "127.0.0.1", "port": account["ssl_port"], "security": "tls",
            "username": account["user"], "cafile": account["cafile"], "idle": False,
            "timeout_seconds": 10}},
        "outbox": {"kind": "smtp", "rate_per_minute": 100000, "smtp": {
            "host": "127.0.0.1", "port": smtp.port, "security": "starttls",
            "username": "bot", "cafile": str(smtp.cafile)}},
        "digest": {"require_dmarc_pass": dmarc, "authserv_id": AUTHSERV},
    }
    return parse(doc, folder / "config.toml")


@pytest.fixture
def bot(imap_account: dict[str, Any], smtp_server: SmtpServerProcess,
        monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[App]:
    monkeypatch.setenv("CSCBOT_IMAP_PASSWORD", imap_account["password"])
    monkeypatch.setenv("CSCBOT_SMTP_PASSWORD", "pw")
    monkeypatch.setenv("CSCBOT_TOKEN_KEY", "k" * 40)
    folder = Path(tempfile.mkdtemp(prefix="roundtrip-"))
    dmarc = bool(getattr(request, "param", False))
    app = App(_settings(imap_account, smtp_server, folder, dmarc), clock=ManualClock(NOW))
    yield app


def _sent(smtp: SmtpServerProcess, kind_subject: str) -> list[EmailMessage]:
    return [m for m in smtp.messages() if kind_subject in str(m["Subject"])]


def _posts(smtp: SmtpServerProcess) -> list[EmailMessage]:
    return [m for m in smtp.messages() if str(m["To"]) == "csc-announce@csc.example.org"]


PASS = (("Authentication-Results", f"{AUTHSERV}; dmarc=pass header.from=csc.example.org"),)


def _reply(original: EmailMessage, body: str, *, sender: str = SECRETARIAT,
           subject: str | None = None, to: str | None = None, message_id: str = "<r1@x.org>",
           headers: tuple[tuple[str, str], ...] = PASS, quote_only: bool = False,
           in_reply_to: str | None = None) -> bytes:
    """A reply as a mail client writes it: to the Reply-To, 'Re:', threaded, quoting."""
    msg = EmailMessage(policy=email.policy.SMTP)
    for name, value in headers:
        msg[name] = value
    msg["From"] = f"Secretariat <{sender}>"
    msg["To"] = to or str(original["Reply-To"] or original["From"])
    msg["Subject"] = subject if subject is not None else f"Re: {original['Subject']}"
    msg["Date"] = email.utils.format_datetime(NOW)
    msg["Message-ID"] = message_id
    msg["In-Reply-To"] = in_reply_to or str(original["Message-ID"])
    msg["References"] = in_reply_to or str(original["Message-ID"])
    text = original.get_body(("plain",))
    quoted = "\n".join("> " + ln for ln in (text.get_content() if text else "").splitlines())
    msg.set_content(("" if quote_only else body) + "\n\nOn Monday the robot wrote:\n"
                    + quoted + ("\n> " + body if quote_only else "") + "\n")
    return msg.as_bytes()


async def _draft_request(bot: App, smtp: SmtpServerProcess) -> EmailMessage:
    from cscbot.services.announcements import draft_announcement
    draft_announcement(bot.ctx, NOTICE_FILE, NOW)
    await bot.run_job("outbox")
    (request,) = _sent(smtp, "Draft D1")
    return request


async def _answer(bot: App, dovecot: DovecotServer, user: str, data: bytes) -> None:
    dovecot.seed(user, [data])
    report = await bot.run_job("intake")
    assert report.handled == 1, report
    await bot.run_job("outbox")


async def test_an_approval_by_reply_posts_once_and_confirms(
        bot: App, dovecot: DovecotServer, imap_account: dict[str, Any],
        smtp_server: SmtpServerProcess) -> None:
    request = await _draft_request(bot, smtp_server)
    assert "csc-bot+" in str(request["Reply-To"])  # the token travels in the plus address
    await _answer(bot, dovecot, imap_account["user"], _reply(request, "approve"))
    (post,) = _posts(smtp_server)
    assert str(post["Subject"]) == "Public comment: IDN table publication SLA"
    assert post["List-Id"] == "<csc-announce.csc.example.org>"
    (confirmation,) = [m for m in smtp_server.messages() if str(m["To"]) == SECRETARIAT
                       and str(m["Subject"]).startswith("Re:")]
    assert "approved D1" in confirmation.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    # the same approval again (another Message-ID): nothing more is posted
    await _answer(bot, dovecot, imap_account["user"],
                  _reply(request, "approve", message_id="<r2@x.org>"))
    assert len(_posts(smtp_server)) == 1
    await bot.close()


def _forged(request: EmailMessage, other: EmailMessage) -> dict[str, bytes]:
    return {
        "sender not on the list": _reply(request, "approve", sender="mallory@evil.example"),
        "forged From, no token": _reply(request, "approve", subject="Re: Draft D1",
                                        to="csc@csc.example.org"),
        "commands only in the quoted text": _reply(request, "approve", quote_only=True),
        "foreign Authentication-Results": _reply(request, "approve", headers=(
            ("Authentication-Results", "evil.example; dmarc=pass header.from=csc.example.org"),
        )),
        "DMARC fail": _reply(request, "approve", headers=(
            ("Authentication-Results", f"{AUTHSERV}; dmarc=fail header.from=csc.example.org"),
        )),
        # the draft's token lifted into a reply to another mail of the bot (the digest)
        "token of another mail": _reply(request, "approve",
                                        in_reply_to=str(other["Message-ID"])),
    }


@pytest.mark.parametrize("bot", [True], indirect=True)
@pytest.mark.parametrize(("how", "reason"), [
    ("sender not on the list", "not on the secretariat list"),
    ("forged From, no token", "no token"),
    ("commands only in the quoted text", "quoted"),
    ("foreign Authentication-Results", "no Authentication-Results header from our receiving"),
    ("DMARC fail", "DMARC fail"),
    ("token of another mail", "another"),
])
async def test_a_forged_answer_is_refused_silently_and_reported(
        bot: App, dovecot: DovecotServer, imap_account: dict[str, Any],
        smtp_server: SmtpServerProcess, how: str, reason: str) -> None:
    from cscbot.services.digest import send_digest
    request = await _draft_request(bot, smtp_server)
    send_digest(bot.ctx, NOW)
    await bot.run_job("outbox")
    (digest,) = _sent(smtp_server, "digest")
    before = len(smtp_server.messages())
    await _answer(bot, dovecot, imap_account["user"], _forged(request, digest)[how])
    assert len(smtp_server.messages()) == before  # nothing posted, nobody mailed back
    assert bot.store.drafts()[0].status == "pending"
    (refusal,) = bot.store.notices("refusal")
    audits = [a for a in bot.store.audit() if a.outcome == "refused"]
    assert audits and all(a.detail in refusal.summary + str(refusal.details) for a in audits)
    assert {a.outcome for a in bot.store.audit()} == {"refused"}
    assert reason in audits[0].detail
    await bot.close()


async def test_an_expired_token_is_refused(
        bot: App, dovecot: DovecotServer, imap_account: dict[str, Any],
        smtp_server: SmtpServerProcess) -> None:
    request = await _draft_request(bot, smtp_server)
    assert isinstance(bot.clock, ManualClock)
    bot.clock.set(NOW + timedelta(days=bot.settings.digest.token_ttl_days, hours=1))
    before = len(smtp_server.messages())
    await _answer(bot, dovecot, imap_account["user"], _reply(request, "approve"))
    assert len(smtp_server.messages()) == before
    (audit,) = [a for a in bot.store.audit() if a.outcome == "refused"]
    assert "expired" in audit.detail
    await bot.close()


async def test_a_replayed_reply_is_refused(
        bot: App, dovecot: DovecotServer, imap_account: dict[str, Any],
        smtp_server: SmtpServerProcess) -> None:
    request = await _draft_request(bot, smtp_server)
    reply = _reply(request, "reject not now")
    await _answer(bot, dovecot, imap_account["user"], reply)
    assert bot.store.drafts()[0].status == "rejected"
    sent = len(smtp_server.messages())
    dovecot.seed(imap_account["user"], [reply])  # the very same message again
    await bot.run_job("intake")
    await bot.run_job("outbox")
    assert len(smtp_server.messages()) == sent  # no second confirmation
    await bot.close()
