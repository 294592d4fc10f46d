"""A simulated month against real servers: `cscbot run` as a real process, fast clock.

Complaints from seven registries (three on one problem, one in French, one in other words the
secretariat merges), auto-responders answering every mail, a bounce, PTI's report with a miss,
digests, the secretariat's replies, the meeting reminders and the findings on csc-announce.
"""

from __future__ import annotations

import time

import pytest

from tests.e2e.harness import END, Player, World, check_month

pytestmark = pytest.mark.slow  # ~40 s: a month at one simulated day per two real seconds


def test_a_month_of_mail(world: World) -> None:
    started = time.monotonic()
    world.daemon.start()
    player = Player(world)
    player.play(until=END)
    player.settle()
    assert world.daemon.terminate() == 0
    outcome = check_month(world, player)
    assert outcome.duplicates == {}
    print(f"\nmonth: {len(player.appended)} messages in, {len(outcome.sent)} mails out, "
          f"{time.monotonic() - started:.1f} s")
