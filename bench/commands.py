"""Secretariat path figures: token checks, A-R parsing, a reply handled, a digest composed.

Standalone: `python bench/commands.py`.  Prints a table and merges its figures into
bench/results.json under "commands".
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cscbot.adapters.sqlite import SqliteStore  # noqa: E402
from cscbot.config import parse  # noqa: E402
from cscbot.domain.authres import ours_on_top, sender_vouched  # noqa: E402
from cscbot.domain.mail import parse_message  # noqa: E402
from cscbot.domain.outgoing import OutgoingMail  # noqa: E402
from cscbot.domain.tokens import make_token, read_token, token_refusal  # noqa: E402
from cscbot.render import Renderer  # noqa: E402
from cscbot.services.commands import handle_reply  # noqa: E402
from cscbot.services.context import Context  # noqa: E402
from cscbot.services.digest import send_digest  # noqa: E402
from cscbot.services.drafts import create_draft  # noqa: E402

NOW = datetime(2026, 11, 2, 7, 0, tzinfo=UTC)
KEY = b"k" * 32
SEC = "sec@csc.example.org"


def per_second(fn: Callable[[int], object], n: int) -> float:
    start = time.perf_counter()
    for i in range(n):
        fn(i)
    return n / (time.perf_counter() - start)


def _ctx() -> Context:
    settings = parse({"bot": {"address": "csc-bot@csc.example.org"},
                      "addresses": {"csc_mailbox": "csc@csc.example.org", "secretariat": [SEC],
                                    "announce": "a@csc.example.org"},
                      "digest": {"require_dmarc_pass": True,
                                 "authserv_id": "mx.csc.example.org"}}, ROOT / "config.toml")
    return Context(settings, SqliteStore(":memory:"), Renderer(), KEY)


def _reply(request: bytes, i: int) -> bytes:
    req = parse_message(request)
    return (f"From: {SEC}\r\nTo: csc@csc.example.org\r\nSubject: Re: {req.subject}\r\n"
            f"Message-ID: <r{i}@csc.example.org>\r\nIn-Reply-To: {req.message_id}\r\n"
            f"Authentication-Results: mx.csc.example.org; dkim=pass header.d=csc.example.org;"
            f" dmarc=pass header.from=csc.example.org\r\n\r\napprove\r\n\r\n"
            f"On Mon wrote:\r\n> approve\r\n").encode()


def bench_replies(n: int) -> float:
    ctx = _ctx()
    replies = []
    with ctx.store.transaction():
        for i in range(n):
            mail = OutgoingMail(key=f"findings:{i}", kind="findings", to=("a@x.org",),
                                subject=f"Findings {i}", text="text")
            create_draft(ctx, key=f"findings:{i}", kind="findings", subject_ref=str(i),
                         title=f"F{i}", mail=mail, now=NOW)
    for i in range(n):
        row = ctx.store.outbox_get(f"draft:{i + 1}")
        assert row is not None
        replies.append(parse_message(_reply(row.data, i)))
    rate = per_second(lambda i: handle_reply(ctx, replies[i], NOW), n)
    assert sum(1 for r in ctx.store.outbox_list() if r.kind == "findings") == n
    return rate


def bench_digest(notices: int) -> float:
    ctx = _ctx()
    with ctx.store.transaction():
        for i in range(notices):
            ctx.store.notice_add(kind=("quarantine", "dead_letter", "flag")[i % 3], ref=str(i),
                                 summary=f"notice {i}", now=NOW, details={"reason": "x"})
    start = time.perf_counter()
    assert send_digest(ctx, NOW).sent
    return (time.perf_counter() - start) * 1000


def main() -> None:
    recipients = (SEC,)
    token = make_token(KEY, issue_id=1, ref="digest:1", recipients=recipients,
                       expires_at=NOW + timedelta(days=14))
    claims = read_token(token)
    assert claims is not None
    header = ("mx.csc.example.org 1; dkim=pass (2048-bit) header.d=csc.example.org "
              "header.s=s1; spf=pass smtp.mailfrom=csc.example.org; dmarc=pass "
              "header.from=csc.example.org")
    figures = {
        "token_verify_per_s": per_second(lambda _i: token_refusal(
            KEY, claims, ref="digest:1", recipients=recipients, sender=SEC, now=NOW), 20000),
        "auth_results_check_per_s": per_second(lambda _i: sender_vouched(
            ours_on_top([header], "mx.csc.example.org"), "csc.example.org"), 20000),
        "replies_handled_per_s": bench_replies(300),
        "digest_ms_300_notices": bench_digest(300),
    }
    print(f"{'figure':<28} {'value':>12}")
    for name, value in figures.items():
        print(f"{name:<28} {value:>12.1f}")
    path = ROOT / "bench" / "results.json"
    results = json.loads(path.read_text()) if path.exists() else {}
    results["commands"] = {k: round(v, 1) for k, v in figures.items()}
    path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
