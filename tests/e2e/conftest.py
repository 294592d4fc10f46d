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


def make_world(tmp_path: Path, dovecot: DovecotServer, smtp: SmtpServerProcess) -> Iterator[World]:
    world = World(tmp_path, dovecot, smtp, user=f"t-e2e-{os.getpid()}-{next(_users)}")
    try:
        yield world
    finally:
        world.daemon.ensure_stopped()


@pytest.fixture
def world(tmp_path: Path, dovecot: DovecotServer, own_smtp: SmtpServerProcess,
          ) -> Iterator[World]:
    yield from make_world(tmp_path, dovecot, own_smtp)
