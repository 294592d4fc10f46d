"""Graceful shutdown: SIGTERM while the daemon is sending finishes that send, records it, and
exits 0 within the grace period; the next daemon does not send it again."""

from __future__ import annotations

import time
from pathlib import Path

from dovecot_fixture import DovecotServer
from smtp_server import SmtpServerProcess

from tests.e2e import mails
from tests.e2e.conftest import new_world
from tests.e2e.harness import START, Player

GRACE = 6.0


def test_sigterm_finishes_the_send_in_hand_and_exits_0(
        tmp_path: Path, dovecot: DovecotServer, own_smtp: SmtpServerProcess) -> None:
    world = new_world(tmp_path, dovecot, own_smtp, grace=GRACE)
    try:
        own_smtp.set_rules([{"stage": "data", "delay": 1.5}])  # a slow server: DATA takes 1.5 s
        world.daemon.start()
        player = Player(world, steps=[])
        player.append("complaint", mails.complaint(mails.RETEST_EXAMPLE, START))
        deadline = time.monotonic() + 20
        while not world.query("SELECT 1 FROM outbox WHERE key LIKE 'ack:%'"):
            assert time.monotonic() < deadline, world.log_text()[-2000:]
            time.sleep(0.02)
        time.sleep(0.3)  # the sender is in DATA, waiting for the server
        assert not world.sent()
        stopping = time.monotonic()
        assert world.daemon.terminate(timeout=GRACE + 5) == 0
        took = time.monotonic() - stopping
        assert took < GRACE, f"stopped after {took:.1f} s"
        assert len(world.sent()) == 1, "the send in hand was not finished"
        assert world.query("SELECT status FROM outbox") == [("sent",)]
        assert world.mailbox.count("INBOX") == 0
        own_smtp.set_rules([])
        world.daemon.start()  # nothing left to do: nothing is sent again
        time.sleep(2.5)
        assert world.daemon.terminate() == 0
        acks = [s for s in world.sent() if mails.RETEST_EXAMPLE.sender in s.rcpt_tos]
        assert len(acks) == 1
        assert "stopped" in world.log_text()
    finally:
        world.daemon.ensure_stopped()
