"""Throwaway Dovecot 2.3 IMAP(+IMAPS, +LMTP) server on 127.0.0.1 for tests.

Stdlib only. Needs Debian packages: dovecot-imapd (dovecot-lmtpd for LMTP seeding), openssl.
Works as root (mail files owned by the 'dovecot' system user) and as any non-root
user (every dovecot process runs as that user, no chroot). Touches nothing outside `root`.

    srv = DovecotServer("/tmp/x", users={"alice": "secret"}).start()
    ... imaplib.IMAP4("127.0.0.1", srv.imap_port).login("alice", "secret") ...
    ... any user named t-<anything> logs in with password "pw" (fresh mailbox) ...
    srv.seed("t-42", [raw_bytes, ...])     # bulk MULTIAPPEND, ~15k small msgs/s
    srv.stop()                             # SIGTERM; ~1.1 s

CLI:  python3 dovecot_fixture.py /tmp/x [imap_port]   -> starts, prints ports, Ctrl-C stops.
"""
from __future__ import annotations

import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

CONF = """\
# Self-contained dovecot 2.3 test instance; every path lives under {root}
instance_name = dvtest-{imap_port}
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = {mail_uid}
last_valid_uid = 0

ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem

disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
{any_user_passdb}userdb {{
  driver = static
  args = allow_all_users=yes uid={mail_uid} gid={mail_gid} home={root}/mail/%u
}}
mail_location = {mail_location}
mail_fsync = never
mailbox_idle_check_interval = 1 secs
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}
protocol imap {{
  mail_max_userip_connections = 1000
}}
service imap-login {{
{chroot_line}
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
# no per-IP auth penalty (anvil would delay logins from 127.0.0.1 up to 15 s after failures)
service anvil {{
{chroot_line}
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {lmtp_port}
  }}
}}
{extra_services}
{extra_conf}
"""

ANY_USER_PASSDB = """\
passdb {{
  driver = static
  args = password={password}
  username_filter = {prefix}*
}}
"""

NONROOT_SERVICES = """\
service auth-worker {
  user = $default_internal_user
}
"""


# /usr/sbin is often not on a non-root user's PATH
DOVECOT_BIN = shutil.which("dovecot") or "/usr/sbin/dovecot"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_cert(directory: Path) -> None:
    """Self-signed EC cert for localhost/127.0.0.1 (~10 ms)."""
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(directory / "key.pem"), "-out", str(directory / "cert.pem"),
         "-days", "3650", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True)


class DovecotServer:
    def __init__(self, root, users=None, imap_port=None, imaps_port=None, lmtp_port=None,
                 mail_location="maildir:~/Maildir", extra_conf="",
                 any_user_prefix="t-", any_user_password="pw"):
        # Any login named <any_user_prefix>... with any_user_password is accepted and gets a
        # fresh mailbox: per-test isolation without touching the passwd-file (whose changes
        # Dovecot only notices on the next wall-clock second).
        self.mail_location, self.extra_conf = mail_location, extra_conf
        self.any_user_prefix, self.any_user_password = any_user_prefix, any_user_password
        self.root = Path(root).resolve()
        self.users = users or {"alice": "secret", "bob": "hunter2"}
        self.imap_port = imap_port or free_port()
        self.imaps_port = imaps_port or free_port()
        self.lmtp_port = lmtp_port or free_port()
        self.conf = self.root / "dovecot.conf"
        self.proc = None

    def write_config(self) -> Path:
        r = self.root
        for d in ("run", "state", "mail"):
            (r / d).mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            # dovecot refuses uid 0 for mail access: mail runs as the 'dovecot' system user.
            pw = pwd.getpwnam("dovecot")
            mail_uid, mail_gid = pw.pw_uid, pw.pw_gid
            internal_user, internal_group, login_user = "dovecot", grp.getgrgid(pw.pw_gid).gr_name, "dovenull"
            chroot_line, extra = "", ""
            os.chmod(r, 0o755)  # mail processes (uid dovecot) must traverse root
            for parent in r.parents:  # e.g. pytest's /tmp/pytest-of-root is 0700: unusable
                if not os.stat(parent).st_mode & 0o001:
                    raise ValueError(f"{parent} is not traversable by the 'dovecot' user; as root, "
                                     f"put the server dir under e.g. tempfile.mkdtemp() in /tmp")
            shutil.chown(r / "mail", mail_uid, mail_gid)
        else:
            mail_uid, mail_gid = os.getuid(), os.getgid()
            internal_user = login_user = pwd.getpwuid(mail_uid).pw_name
            internal_group = grp.getgrgid(mail_gid).gr_name
            chroot_line, extra = "  chroot =", NONROOT_SERVICES
        if not (r / "cert.pem").exists():
            make_cert(r)
        (r / "users").write_text("".join(f"{u}:{{PLAIN}}{p}\n" for u, p in self.users.items()))
        self.conf.write_text(CONF.format(
            root=r, imap_port=self.imap_port, imaps_port=self.imaps_port, lmtp_port=self.lmtp_port,
            internal_user=internal_user, internal_group=internal_group, login_user=login_user,
            mail_uid=mail_uid, mail_gid=mail_gid, chroot_line=chroot_line, extra_services=extra,
            mail_location=self.mail_location, extra_conf=self.extra_conf,
            any_user_passdb=(ANY_USER_PASSDB.format(prefix=self.any_user_prefix,
                                                    password=self.any_user_password)
                             if self.any_user_prefix else "")))
        return self.conf

    def start(self, timeout: float = 10.0) -> DovecotServer:
        self.write_config()
        self.proc = subprocess.Popen([DOVECOT_BIN, "-F", "-c", str(self.conf)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + timeout
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.imap_port), timeout=1) as s:
                    if s.recv(64).startswith(b"* OK"):
                        return self
            except OSError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError(f"dovecot exited {self.proc.returncode}: "
                                   f"{self.proc.stderr.read().decode()} {self.log()}")
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError("dovecot did not open its IMAP port")
            time.sleep(0.01)

    def add_user(self, user: str, password: str) -> None:
        """Dovecot re-reads the passwd-file when its mtime/size changes, but checks at most once
        per second: a user added now may be refused for up to ~1 s. Prefer t-* users."""
        self.users[user] = password
        with open(self.root / "users", "a") as f:
            f.write(f"{user}:{{PLAIN}}{password}\n")

    def seed(self, user: str, messages, mailbox: str = "INBOX", flags: str = "", chunk: int = 1000):
        """Bulk-append raw RFC 5322 messages (bytes) with IMAP MULTIAPPEND (RFC 3502) and
        LITERAL+ (RFC 7888): one command per `chunk` messages, no round trip per message
        (~15,000 small msgs/s here). Creates `mailbox` if missing. Returns the APPENDUID range."""
        s = socket.create_connection(("127.0.0.1", self.imap_port))
        f = s.makefile("rb")

        def cmd(tag: bytes, payload: bytes) -> bytes:
            s.sendall(payload)
            while True:
                line = f.readline()
                if not line:
                    raise ConnectionError("dovecot closed the connection")
                if line.startswith(tag + b" "):
                    return line

        try:
            f.readline()
            pw = self.users.get(user, self.any_user_password).replace("\\", "\\\\").replace('"', '\\"')
            if not cmd(b"L", f'L LOGIN "{user}" "{pw}"\r\n'.encode()).startswith(b"L OK"):
                raise RuntimeError(f"login failed for {user}")
            cmd(b"C", f'C CREATE "{mailbox}"\r\n'.encode())  # NO if it exists: fine
            fl = f" ({flags})".encode() if flags else b""
            last = b""
            msgs = list(messages)
            for i in range(0, len(msgs), chunk):
                parts = [f'A APPEND "{mailbox}"'.encode()]
                for m in msgs[i:i + chunk]:
                    parts += [fl, b" {%d+}\r\n" % len(m), m]
                parts.append(b"\r\n")
                last = cmd(b"A", b"".join(parts))
                if not last.startswith(b"A OK"):
                    raise RuntimeError(last.decode(errors="replace"))
            cmd(b"Z", b"Z LOGOUT\r\n")
            return last.decode().strip()
        finally:
            f.close()
            s.close()

    def log(self) -> str:
        p = self.root / "dovecot.log"
        return p.read_text() if p.exists() else ""

    def doveadm(self, *args, input=None):
        return subprocess.run(["doveadm", "-c", str(self.conf), *args], input=input,
                              capture_output=True, check=True)

    def stop(self, timeout: float = 10.0) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # master stops all its children
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


if __name__ == "__main__":
    import sys
    imap = int(sys.argv[2]) if len(sys.argv) > 2 else 10143  # 10143 -> imaps 10993, lmtp 10024
    srv = DovecotServer(sys.argv[1], imap_port=imap, imaps_port=imap - 143 + 993, lmtp_port=imap - 143 + 24)
    t = time.perf_counter()
    srv.start()
    print(f"dovecot pid={srv.proc.pid} ready in {1000 * (time.perf_counter() - t):.0f} ms: "
          f"imap={srv.imap_port} imaps={srv.imaps_port} lmtp={srv.lmtp_port} conf={srv.conf}", flush=True)
    try:
        srv.proc.wait()
    except KeyboardInterrupt:
        pass
    finally:
        srv.stop()
