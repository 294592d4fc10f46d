"""Capturing SMTP server for tests: aiosmtpd (PyPI) in a background thread on 127.0.0.1.

    sink = SmtpSink(port=0, tls_cert=("cert.pem", "key.pem"), users={"bot": "pw"},
                    lmtp_relay=("127.0.0.1", 10024)).start()
    ... send to 127.0.0.1:sink.port ...
    msg = sink.wait_for(1)[0]      # email.message.EmailMessage, plus .envelope
    sink.stop()

- every accepted message is kept in sink.messages (parsed, policy=default) and sink.envelopes
- optional STARTTLS (self-signed cert) and AUTH PLAIN/LOGIN against a dict
- optional relay of each message to Dovecot's LMTP, so mail "sent" by the bot lands in an IMAP mailbox
- reject_rcpt: set of addresses answered with 550 (to test the bot's error paths)
"""
from __future__ import annotations

import email
import email.policy
import smtplib
import socket
import ssl
import threading
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class _Handler:
    def __init__(self, sink):
        self.sink = sink

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.sink.reject_rcpt:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        data = envelope.original_content or envelope.content
        msg = email.message_from_bytes(data, policy=email.policy.default)
        with self.sink.cond:
            self.sink.envelopes.append(
                dict(mail_from=envelope.mail_from, rcpt_tos=list(envelope.rcpt_tos), data=data,
                     peer=session.peer, auth=getattr(session, "auth_data", None),
                     tls=session.ssl is not None))
            self.sink.messages.append(msg)
            self.sink.cond.notify_all()
        if self.sink.lmtp_relay:
            # blocking call inside the server loop is fine for tests (loopback, ~2 ms)
            with smtplib.LMTP(*self.sink.lmtp_relay) as lmtp:
                local = [r.split("@")[0] for r in envelope.rcpt_tos]
                lmtp.sendmail(envelope.mail_from, local, data)
        return "250 Message accepted for delivery"


class SmtpSink:
    def __init__(self, port: int = 0, tls_cert=None, users=None, require_auth=False,
                 lmtp_relay=None, reject_rcpt=()):
        self.port = port or self._free_port()
        self.users, self.lmtp_relay, self.reject_rcpt = users, lmtp_relay, set(reject_rcpt)
        self.messages, self.envelopes = [], []
        self.cond = threading.Condition()
        kw = {}
        if tls_cert:
            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            ctx.load_cert_chain(*tls_cert)
            kw["tls_context"] = ctx
        if users:
            kw["authenticator"] = self._auth
            kw["auth_require_tls"] = bool(tls_cert)   # plain AUTH only without TLS configured
            kw["auth_required"] = require_auth
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port,
                                     ready_timeout=5, **kw)

    @staticmethod
    def _free_port() -> int:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]

    def _auth(self, server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            ok = self.users.get(auth_data.login.decode()) == auth_data.password.decode()
            if ok:
                return AuthResult(success=True, auth_data=auth_data.login.decode())
        return AuthResult(success=False, handled=False)

    def start(self) -> SmtpSink:
        self.controller.start()   # returns once the server answers (it connects to itself)
        return self

    def stop(self) -> None:
        self.controller.stop()

    def clear(self) -> None:
        with self.cond:
            self.messages.clear()
            self.envelopes.clear()

    def wait_for(self, n: int, timeout: float = 5.0):
        end = time.monotonic() + timeout
        with self.cond:
            while len(self.messages) < n:
                left = end - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{len(self.messages)}/{n} messages after {timeout}s")
                self.cond.wait(left)
            return list(self.messages)
