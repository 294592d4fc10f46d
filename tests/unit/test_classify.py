"""Classification table: each kind, and the rule order between overlapping signals."""

from __future__ import annotations

from pathlib import Path

import pytest

from cscbot.domain.classify import classify
from cscbot.domain.mail import parse_message
from cscbot.services.intake import classify_settings
from tests.intake_support import make_settings

RULES = classify_settings(make_settings())
MIME = Path(__file__).resolve().parents[1] / "data" / "mime"


def _mail(headers: str, body: str = "Our DS update took nine days.") -> bytes:
    base = "To: csc@csc.example.org\r\nMessage-ID: <x@registry.example>\r\n"
    return (base + headers.replace("\n", "\r\n") + "\r\n" + body + "\r\n").encode()


TABLE = [
    # (headers, expected kind, a word the reason must contain)
    ("From: ops@registry.example\nSubject: Slow DS update\n", "complaint", "ops@registry.example"),
    ("From: reports@iana.example\nSubject: January 2026 IANA Naming Function Performance "
     "Report\n", "pti_report", "PTI sender"),
    ("From: reports@iana.example\nSubject: Hello\n", "other", "PTI sender"),
    ("From: secretariat@csc.example.org\nSubject: Re: [CSC-bot] Digest 2026-02-02\n",
     "secretariat_reply", "subject tag"),
    ("From: Secretariat@CSC.example.org\nSubject: Re: digest\n"
     "In-Reply-To: <digest.1@csc.example.org>\n", "secretariat_reply", "replying to"),
    ("From: secretariat@csc.example.org\nTo: csc-bot+d12@csc.example.org\nSubject: ok\n",
     "secretariat_reply", "csc-bot+d12"),
    ("From: secretariat@csc.example.org\nSubject: A question\n", "other", "not a reply"),
    # a forged answer to a digest is refused by authorization (and reported), never acked
    ("From: intruder@evil.example\nSubject: Re: [CSC-bot] Digest\n", "secretariat_reply",
     "intruder@evil.example, not on the secretariat list"),
    ("From: intruder@evil.example\nTo: csc-bot+d12@csc.example.org\nSubject: ok\n",
     "secretariat_reply", "not on the secretariat list"),
    ("From: ops@registry.example\nSubject: Re: [CSC-2026-0042] slow\n"
     "In-Reply-To: <ack.1@csc.example.org>\n", "complaint", "ops@registry.example"),
    ("From: board@pti.example\nSubject: Re: [RAP-3] plan\n", "rap_response", "RAP-3"),
    ("From: secretariat@csc.example.org\nSubject: Re: [CSC-bot] [RAP-3] plan\n",
     "secretariat_reply", "subject tag"),
    ("From: ops@registry.example\nSubject: Away\nAuto-Submitted: auto-replied\n",
     "auto_reply", "Auto-Submitted"),
    ("From: ops@registry.example\nSubject: Away\nX-Autoreply: yes\n", "auto_reply",
     "x-autoreply"),
    ("From: ops@registry.example\nSubject: Away\nPrecedence: auto_reply\n", "auto_reply",
     "Precedence"),
    ("From: ops@registry.example\nSubject: Out of Office: until Monday\n", "auto_reply",
     "subject"),
    ("From: secretariat@csc.example.org\nSubject: Automatic reply: [CSC-bot] Digest\n",
     "auto_reply", "subject"),
    ("From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail\n", "bounce", "mailer-daemon"),
    ("Return-Path: <>\nFrom: ops@registry.example\nSubject: failure\n", "bounce", "null sender"),
    ("From: x@y.example\nSubject: r\nContent-Type: multipart/report; "
     "report-type=delivery-status; boundary=b\n", "bounce", "delivery-status"),
    ("From: x@y.example\nSubject: read\nContent-Type: multipart/report; "
     "report-type=disposition-notification; boundary=b\n", "auto_reply", "disposition"),
    ("From: news@list.example\nSubject: Newsletter\nList-Id: <n.list.example>\n", "list",
     "List-Id"),
    ("From: news@list.example\nSubject: Newsletter\nPrecedence: bulk\n", "list", "bulk"),
    ("From: no-reply@portal.example\nSubject: Your ticket\n", "other", "no-reply"),
    ("From: csc-bot@csc.example.org\nSubject: loop\n", "other", "our own"),
    ("Subject: who sent this\n", "other", "sender"),
    ("From: ops@registry.example\n", "complaint", "ops@registry.example"),
]


@pytest.mark.parametrize(("headers", "kind", "why"), TABLE,
                         ids=[f"{i}-{t[1]}" for i, t in enumerate(TABLE)])
def test_classification_table(headers: str, kind: str, why: str) -> None:
    found = classify(parse_message(_mail(headers)), RULES)
    assert found.kind == kind, found
    assert why.lower() in found.reason.lower(), found


def test_report_from_an_unlisted_sender_needs_report_content() -> None:
    headers = "From: someone@iana.example\nSubject: January 2026 IANA Naming Function " \
              "Performance Report\n"
    with_content = classify(parse_message(_mail(headers, "We met 63 of 64 SLA thresholds.")),
                            RULES)
    assert with_content.kind == "pti_report" and "unlisted sender" in with_content.reason
    assert classify(parse_message(_mail(headers)), RULES).kind == "complaint"


def test_empty_message_from_a_person_is_other() -> None:
    found = classify(parse_message(_mail("From: ops@registry.example\n", body="")), RULES)
    assert (found.kind, found.reason) == ("other", "no subject and no text")


@pytest.mark.parametrize(("name", "kind"), [
    ("01-rfc2047-subject.eml", "complaint"), ("04-html-only.eml", "complaint"),
    ("06-dsn.eml", "bounce"), ("11-out-of-office.eml", "auto_reply"),
    ("12-secretariat-reply.eml", "secretariat_reply"), ("13-list-mail.eml", "list"),
    ("14-pti-report.eml", "pti_report"), ("15-rap-response.eml", "rap_response"),
])
def test_corpus_kinds(name: str, kind: str) -> None:
    assert classify(parse_message((MIME / name).read_bytes()), RULES).kind == kind
