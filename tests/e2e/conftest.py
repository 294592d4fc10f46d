"""Fixtures of the end-to-end tests: a world of real servers around `cscbot run`."""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from dovecot_fixture import DovecotServer
from smtp_server import SmtpServerProcess

from tests.conftest import _server_root
from tests.e2e.harness import World

_users = itertools.count()


@pytest.fixture
def own_smtp() -> Iterator[SmtpServerProcess]:
    """An SMTP server of this test's own (it may be stopped and restarted on its ports)."""
    root = _server_root("smtp-e2e-")
    srv = SmtpServerProcess(root).start()
    yield srv
    srv.stop()
    shutil.rmtree(root, ignore_errors=True)


def new_world(tmp_path: Path, dovecot: DovecotServer, smtp: SmtpServerProcess,
              grace: float = 10.0) -> World:
    """A world with a fresh mailbox user (the caller stops its daemon at the end)."""
    return World(tmp_path, dovecot, smtp, user=f"t-e2e-{os.getpid()}-{next(_users)}",
                 grace=grace)


@pytest.fixture
def world(tmp_path: Path, dovecot: DovecotServer, own_smtp: SmtpServerProcess,
          ) -> Iterator[World]:
    world = new_world(tmp_path, dovecot, own_smtp)
    try:
        yield world
    finally:
        world.daemon.ensure_stopped()


@pytest.fixture
def own_dovecot() -> Iterator[DovecotServer]:
    """A Dovecot of this test's own, to stop and restart without disturbing the others."""
    root = _server_root("dovecot-e2e-")
    server = DovecotServer(root).start()
    yield server
    server.stop()
    shutil.rmtree(root, ignore_errors=True)
