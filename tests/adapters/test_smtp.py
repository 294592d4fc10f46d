"""The SMTP sink against a real SMTP server process: TLS, AUTH, every failure translated."""

from __future__ import annotations

from pathlib import Path

import pytest
from smtp_server import SmtpServerProcess

from cscbot.adapters.smtp import SmtpEndpoint, SmtpSink
from cscbot.errors import (
    AuthenticationError,
    PermanentError,
    TransientError,
    TransientTimeout,
)

pytestmark = pytest.mark.servers

MAIL = b"From: bot@x.org\r\nTo: a@x.org\r\nSubject: hi\r\nMessage-ID: <m1@x.org>\r\n\r\nbody\r\n"


def sink(srv: SmtpServerProcess, security: str = "starttls", **kw: object) -> SmtpSink:
    params: dict[str, object] = dict(host="127.0.0.1", security=security, cafile=srv.cafile,
                                     port=srv.tls_port if security == "tls" else srv.port,
                                     timeout=5.0)
    params.update(kw)
    return SmtpSink(SmtpEndpoint(**params))  # type: ignore[arg-type]


@pytest.mark.parametrize("security", ["starttls", "tls"])
async def test_delivers_over_verified_tls_with_auth(smtp_server: SmtpServerProcess,
                                                    security: str) -> None:
    s = sink(smtp_server, security, username="bot", password="pw")
    result = await s.deliver("bot@x.org", ["a@x.org", "b@x.org"], MAIL)
    await s.close()
    assert result.accepted == ("a@x.org", "b@x.org") and not result.refused
    [env] = smtp_server.envelopes()
    assert env["tls"] and env["auth"] == "bot" and env["data"] == MAIL
    assert env["rcpt_tos"] == ["a@x.org", "b@x.org"]


async def test_plain_without_tls_for_tests(smtp_server: SmtpServerProcess) -> None:
    s = sink(smtp_server, "none", cafile=None)
    await s.deliver("bot@x.org", ["a@x.org"], MAIL)
    await s.close()
    assert not smtp_server.envelopes()[0]["tls"]


async def test_untrusted_certificate_is_refused(smtp_server: SmtpServerProcess) -> None:
    s = sink(smtp_server, "tls", cafile=None)  # the system CAs do not know the test cert
    with pytest.raises(TransientError, match="certificate"):
        await s.deliver("bot@x.org", ["a@x.org"], MAIL)
    assert smtp_server.envelopes() == []


async def test_wrong_password_is_an_authentication_error(smtp_server: SmtpServerProcess,
                                                         ) -> None:
    s = sink(smtp_server, username="bot", password="wrong")
    with pytest.raises(AuthenticationError, match="535"):
        await s.deliver("bot@x.org", ["a@x.org"], MAIL)


async def test_one_connection_for_several_mails_then_reconnect(
        smtp_server: SmtpServerProcess) -> None:
    s = sink(smtp_server)
    for _ in range(3):
        await s.deliver("bot@x.org", ["a@x.org"], MAIL)
    await s.close()
    await s.deliver("bot@x.org", ["a@x.org"], MAIL)
    await s.close()
    peers = [tuple(e["peer"]) for e in smtp_server.envelopes()]
    assert len(set(peers[:3])) == 1 and peers[3] != peers[0]


@pytest.mark.parametrize(("rule", "error", "text"), [
    ({"stage": "connect", "reply": "421 4.3.2 Service not available"}, TransientError, "421"),
    ({"stage": "connect", "reply": "drop"}, TransientError, "connect to"),
    ({"stage": "mail", "reply": "451 4.3.0 Try again later"}, TransientError, "451"),
    ({"stage": "mail", "reply": "550 5.7.1 Sender rejected"}, PermanentError, "550"),
    ({"stage": "data", "reply": "421 4.3.2 Closing"}, TransientError, "421"),
    ({"stage": "data", "reply": "451 4.3.0 Local error"}, TransientError, "451"),
    ({"stage": "data", "reply": "550 5.6.0 Content rejected"}, PermanentError, "550"),
    ({"stage": "data", "reply": "drop"}, TransientError, "send"),
    ({"stage": "accepted", "reply": "drop"}, TransientError, "send"),
])
async def test_failures_are_translated(smtp_server: SmtpServerProcess, rule: dict[str, object],
                                       error: type[Exception], text: str) -> None:
    smtp_server.set_rules([rule])
    s = sink(smtp_server)
    with pytest.raises(error, match=text) as info:
        await s.deliver("bot@x.org", ["a@x.org"], MAIL)
    assert not isinstance(info.value, PermanentError) or error is PermanentError
    smtp_server.set_rules([])
    await s.deliver("bot@x.org", ["a@x.org"], MAIL)  # the sink reconnects after any error
    await s.close()


async def test_timeout_is_transient(smtp_server: SmtpServerProcess) -> None:
    smtp_server.set_rules([{"stage": "data", "delay": 2.0, "times": 1}])
    s = sink(smtp_server, timeout=0.5)
    with pytest.raises(TransientTimeout):
        await s.deliver("bot@x.org", ["a@x.org"], MAIL)


async def test_connection_refused_is_transient(tmp_path: Path) -> None:
    from dovecot_fixture import free_port
    s = SmtpSink(SmtpEndpoint("127.0.0.1", free_port(), "none", timeout=2.0))
    with pytest.raises(TransientError):
        await s.deliver("bot@x.org", ["a@x.org"], MAIL)


async def test_recipients_answered_one_by_one(smtp_server: SmtpServerProcess) -> None:
    smtp_server.set_rules([
        {"stage": "rcpt", "address": "gone@x.org", "reply": "550 5.1.1 No such user"},
        {"stage": "rcpt", "address": "full@x.org", "reply": "452 4.2.2 Mailbox full"}])
    s = sink(smtp_server)
    result = await s.deliver("bot@x.org", ["a@x.org", "gone@x.org", "full@x.org"], MAIL)
    await s.close()
    assert result.accepted == ("a@x.org",)
    assert [(a, c) for a, c, _m in result.refused] == [("gone@x.org", 550)]
    assert [(a, c) for a, c, _m in result.deferred] == [("full@x.org", 452)]
    assert smtp_server.envelopes()[0]["rcpt_tos"] == ["a@x.org"]


async def test_every_recipient_refused_sends_nothing(smtp_server: SmtpServerProcess) -> None:
    smtp_server.set_rules([{"stage": "rcpt", "reply": "550 5.1.1 No such user"}])
    s = sink(smtp_server)
    result = await s.deliver("bot@x.org", ["a@x.org", "b@x.org"], MAIL)
    await s.close()
    assert result.accepted == () and len(result.refused) == 2
    assert smtp_server.envelopes() == []
