"""Servers going away: Dovecot restarted while the daemon idles on it, the SMTP server down for
a stretch (connections refused) then back on the same port.  The month still completes, with
the same invariants as a quiet month."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from dovecot_fixture import DovecotServer
from smtp_server import SmtpServerProcess

from tests.e2e.conftest import new_world
from tests.e2e.harness import END, Player, check_month, day

pytestmark = pytest.mark.slow  # ~45 s: the month, a Dovecot restart, a stretch without SMTP


def test_a_month_through_a_dovecot_restart_and_an_smtp_outage(
        tmp_path: Path, own_dovecot: DovecotServer, own_smtp: SmtpServerProcess) -> None:
    started = time.monotonic()
    world = new_world(tmp_path, own_dovecot, own_smtp)
    try:
        world.daemon.start()
        player = Player(world)
        player.play(until=day(4, 20))  # the daemon idles on the mailbox
        assert "idle=True" in world.log_text()
        own_dovecot.stop()  # BYE (or a reset) in the middle of IDLE
        time.sleep(0.5)
        own_dovecot.start()
        player.play(until=day(7, 18))
        own_smtp.stop()  # connection refused from here on ...
        player.play(until=day(9, 18))  # ... while the .demo complaint and a digest are due
        queued = player.outbox_pending()
        own_smtp.start()
        player.play(until=END)
        player.settle()
        assert world.daemon.terminate() == 0
        outcome = check_month(world, player)
        log = world.log_text()
        print(f"\noutages: {queued} mail(s) waited for SMTP; IMAP reconnects: "
              f"{log.count('imap: connected') - 1}; duplicates: {outcome.duplicates or 'none'}; "
              f"{time.monotonic() - started:.1f} s")
        assert queued >= 1, "the SMTP outage covered no mail: the test proves nothing"
        assert log.count("imap: connected") >= 2
        assert outcome.duplicates == {}
    finally:
        world.daemon.ensure_stopped()
