"""Shared fixtures: one real Dovecot and one SMTP sink per test session, a fresh mailbox per test.

Dovecot start/stop costs ~40 ms / ~1.1 s, so it is started once.  Each test gets its own `t-N`
IMAP user (accepted by the fixture's catch-all passdb), hence an empty mailbox.
"""

from __future__ import annotations

import itertools
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "servers"))

from dovecot_fixture import DovecotServer
from smtp_server import SmtpServerProcess

ROOT = Path(__file__).resolve().parent.parent


def _have_dovecot() -> bool:
    return bool(shutil.which("dovecot") or os.path.exists("/usr/sbin/dovecot"))


def _server_root(prefix: str) -> str:
    # not tmp_path: as root pytest's base dir is 0700 and Dovecot's mail processes (uid
    # 'dovecot') could not reach their files; /dev/shm is also much faster
    shm = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
    return tempfile.mkdtemp(prefix=prefix, dir=shm)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    if not _have_dovecot():
        if os.environ.get("CI"):
            pytest.fail("dovecot missing in CI: make test must install it")
        pytest.skip("dovecot not installed (make servers)")
    root = _server_root("dovecot-")
    srv = DovecotServer(root).start()
    yield srv
    srv.stop()
    shutil.rmtree(root, ignore_errors=True)


_users = itertools.count()


@pytest.fixture
def imap_account(dovecot: DovecotServer) -> dict[str, Any]:
    """A fresh, empty mailbox: host, port, ssl_port, user, password, cafile."""
    return dict(host="127.0.0.1", port=dovecot.imap_port, ssl_port=dovecot.imaps_port,
                user=f"t-{os.getpid()}-{next(_users)}", password=dovecot.any_user_password,
                cafile=str(dovecot.root / "cert.pem"))


@pytest.fixture(scope="session")
def smtp_server_process() -> Iterator[SmtpServerProcess]:
    root = _server_root("smtp-")
    srv = SmtpServerProcess(root).start()
    yield srv
    srv.stop()
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def smtp_server(smtp_server_process: SmtpServerProcess) -> SmtpServerProcess:
    """The session's real SMTP server (aiosmtpd in a subprocess), with no rules and no mail:
    .port (plain + STARTTLS), .tls_port (implicit TLS), .cafile, user bot / pw,
    .set_rules([...]) to make it fail, .messages() / .envelopes() of what it accepted."""
    smtp_server_process.reset()
    return smtp_server_process


MINIMAL_CONFIG = """\
[bot]
address = "csc-bot@csc.example.org"

[addresses]
csc_mailbox = "csc@csc.example.org"
secretariat = ["secretariat@csc.example.org"]
announce = "csc-announce@csc.example.org"
members = ["members@csc.example.org"]
pti_senders = ["reports@iana.example"]

[storage]
path = "cscbot.sqlite3"

[mailbox]
maildir = "Maildir"

[outbox]
eml_dir = "outbox"
"""


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    """A minimal valid config on the embedded default, in an empty folder."""
    path = tmp_path / "config.toml"
    path.write_text(MINIMAL_CONFIG)
    return path


@pytest.fixture(autouse=True)
def _registries_restored() -> Iterator[None]:
    """Registries between features are process-wide: each test leaves them as it found them."""
    from cscbot.services import (
        commands,
        complaints,
        dispatch,
        drafts,
        findings,
        rap,
        sections,
        sla_change,
    )
    lists: list[list[Any]] = [findings.FACTS_SOURCES, sla_change.CATALOGUE_APPLIERS,
                              rap.CLUSTER_EVIDENCE, complaints.SLA_MISSES,
                              sections.SECTION_PROVIDERS]
    dicts: list[dict[Any, Any]] = [commands.COMMAND_ACTIONS, drafts.APPROVE_HOOKS,
                                   dispatch.HANDLERS]
    saved_lists = [list(x) for x in lists]
    saved_dicts = [dict(x) for x in dicts]
    yield
    for target, saved in zip(lists, saved_lists, strict=True):
        target[:] = saved
    for d, saved_d in zip(dicts, saved_dicts, strict=True):
        d.clear()
        d.update(saved_d)
