"""A real SMTP server in its own process for the outbox tests and bench (aiosmtpd).

    srv = SmtpServerProcess(root).start()   # plain+STARTTLS on srv.port, implicit TLS on
                                            # srv.tls_port, cert in srv.cafile, user bot/pw
    srv.set_rules([{"stage": "data", "reply": "451 4.3.0 try later", "times": 1}])
    ... send ...
    srv.messages()                          # every accepted message, in order
    srv.stop()

Behaviour is steered by `root/control.json` (written atomically by `set_rules`, re-read by the
server whenever it changes): a list of rules, the first that matches a stage applies.

    stage   "connect" (the EHLO answer), "mail", "rcpt", "data" (before the message is kept),
            "accepted" (after it is kept: the client never sees the 250)
    reply   an SMTP answer such as "421 4.3.2 closing", or "drop" to close the connection
    address only for "rcpt": the recipient it applies to
    delay   seconds to wait before answering (with or without a reply)
    times   how many times it applies (default: always); counted in the server

`{"record": false}` as a rule turns recording off (the bench).  Each accepted message is written
to `root/messages/NNNNNN.json` (envelope, TLS, AUTH user, data) by a rename, never half.

CLI (used by the fixture): python smtp_server.py ROOT  -> prints "READY <port> <tls_port>".
"""
from __future__ import annotations

import asyncio
import base64
import email
import email.policy
import json
import logging
import os
import signal
import ssl
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dovecot_fixture import free_port, make_cert

USERS = {"bot": "pw"}


# --- the server process ---------------------------------------------------------------------


class _Rules:
    def __init__(self, path: Path) -> None:
        self.path, self.stamp, self.rules = path, None, []

    def current(self) -> list[dict[str, Any]]:
        try:
            st = self.path.stat()
            stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        except FileNotFoundError:
            stamp = None
        if stamp != self.stamp:
            self.stamp = stamp
            self.rules = json.loads(self.path.read_text()) if stamp else []
        return self.rules

    def match(self, stage: str, address: str | None = None) -> dict[str, Any] | None:
        for rule in self.current():
            if rule.get("stage") != stage or rule.get("times", 1) == 0:
                continue
            if stage == "rcpt" and rule.get("address") not in (None, address):
                continue
            if "times" in rule:
                rule["times"] -= 1
            return rule
        return None

    def recording(self) -> bool:
        return all(r.get("record", True) for r in self.current())


class _Handler:
    def __init__(self, root: Path) -> None:
        self.rules = _Rules(root / "control.json")
        self.folder = root / "messages"
        self.count = len(list(self.folder.glob("*.json")))

    async def _apply(self, server: Any, stage: str, address: str | None = None) -> str | None:
        rule = self.rules.match(stage, address)
        if rule is None:
            return None
        if rule.get("delay"):
            await asyncio.sleep(rule["delay"])
        reply = rule.get("reply")
        if reply == "drop":
            server.transport.close()
            return "421 4.4.2 dropped"
        return reply

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        reply = await self._apply(server, "connect")
        return [reply] if reply else responses

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        reply = await self._apply(server, "mail")
        if reply:
            return reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = await self._apply(server, "rcpt", address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        reply = await self._apply(server, "data")
        if reply:
            return reply
        if self.rules.recording():
            self._record(server, session, envelope)
        reply = await self._apply(server, "accepted")
        return reply or "250 2.0.0 Message accepted for delivery"

    def _record(self, server, session, envelope) -> None:
        self.count += 1
        data = envelope.original_content or envelope.content
        entry = dict(mail_from=envelope.mail_from, rcpt_tos=list(envelope.rcpt_tos),
                     tls=bool(session.ssl or server.transport.get_extra_info("ssl_object")), auth=session.auth_data,
                     peer=list(session.peer),
                     data=base64.b64encode(data).decode())
        tmp = self.folder / f".{self.count:06d}.tmp"
        tmp.write_text(json.dumps(entry))
        os.replace(tmp, self.folder / f"{self.count:06d}.json")


def _authenticator(server, session, envelope, mechanism, auth_data):
    from aiosmtpd.smtp import AuthResult, LoginPassword
    if isinstance(auth_data, LoginPassword):
        user = auth_data.login.decode()
        if USERS.get(user) == auth_data.password.decode():
            return AuthResult(success=True, auth_data=user)
    return AuthResult(success=False, handled=False)


def serve(root: Path, port: int = 0, tls_port: int = 0) -> None:
    from aiosmtpd.controller import Controller
    # aiosmtpd logs a deprecation of its own AUTH code at every login: not ours to see
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    (root / "messages").mkdir(parents=True, exist_ok=True)
    handler = _Handler(root)
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(str(root / "cert.pem"), str(root / "key.pem"))
    port, tls_port = port or free_port(), tls_port or free_port()
    plain = Controller(handler, hostname="127.0.0.1", port=port, tls_context=tls,
                       authenticator=_authenticator, auth_require_tls=True, ready_timeout=10)
    implicit = Controller(handler, hostname="127.0.0.1", port=tls_port, ssl_context=tls,
                          authenticator=_authenticator, auth_require_tls=False,
                          ready_timeout=10)
    plain.start()
    implicit.start()
    print(f"READY {port} {tls_port}", flush=True)
    stop = [False]
    signal.signal(signal.SIGTERM, lambda *_: stop.__setitem__(0, True))
    while not stop[0]:
        time.sleep(0.1)
    plain.stop()
    implicit.stop()


# --- the test side --------------------------------------------------------------------------


class SmtpServerProcess:
    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)
        self.cafile = self.root / "cert.pem"
        self.proc: subprocess.Popen[str] | None = None
        self.port = self.tls_port = 0

    def start(self, timeout: float = 15.0) -> SmtpServerProcess:
        """Start (or restart after `stop`, on the same ports: clients reconnect unchanged)."""
        self.root.mkdir(parents=True, exist_ok=True)
        if not self.cafile.exists():
            make_cert(self.root)
        ports = [str(self.port), str(self.tls_port)] if self.port else []
        self.proc = subprocess.Popen([sys.executable, __file__, str(self.root), *ports],
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        line = self.proc.stdout.readline()
        if not line.startswith("READY") or time.monotonic() > deadline:
            self.stop()
            raise RuntimeError(f"smtp server did not start: {line!r}")
        _, port, tls_port = line.split()
        self.port, self.tls_port = int(port), int(tls_port)
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def set_rules(self, rules: list[dict[str, Any]]) -> None:
        tmp = self.root / ".control.tmp"
        tmp.write_text(json.dumps(rules))
        os.replace(tmp, self.root / "control.json")

    def reset(self) -> None:
        """No rules, no recorded messages (between tests)."""
        self.set_rules([])
        for f in (self.root / "messages").glob("*.json"):
            f.unlink()

    def envelopes(self) -> list[dict[str, Any]]:
        out = []
        for f in sorted((self.root / "messages").glob("*.json")):
            entry = json.loads(f.read_text())
            entry["data"] = base64.b64decode(entry["data"])
            out.append(entry)
        return out

    def messages(self) -> list[email.message.EmailMessage]:
        return [email.message_from_bytes(e["data"], policy=email.policy.default)  # type: ignore[misc]
                for e in self.envelopes()]


if __name__ == "__main__":
    serve(Path(sys.argv[1]), *(int(a) for a in sys.argv[2:4]))
