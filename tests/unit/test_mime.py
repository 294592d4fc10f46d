"""Well-formed outgoing mail: headers, RFC 2047, alternatives, attachments, no injection."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cscbot.domain.mime import build_mime, describe_mime, list_headers
from cscbot.domain.outgoing import Attachment, OutgoingMail, message_id_for
from cscbot.errors import HeaderInjectionError

DATE = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"


def build(mail: OutgoingMail, name: str = "CSC mail robot", **kw: object) -> EmailMessage:
    data = build_mime(mail, sender="csc-bot@csc.example.org", sender_name=name,
                      message_id=message_id_for(mail.key, "csc.example.org"), date=DATE,
                      **kw)  # type: ignore[arg-type]
    assert all(len(line) <= 998 for line in data.split(b"\r\n"))
    data.decode("ascii")  # 7-bit clean on the wire
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def mail(**kw: object) -> OutgoingMail:
    base: dict[str, object] = dict(key="ack:CSC-2026-0042", kind="ack", to=("a@reg.example",),
                                   subject="Received", text="Thank you.\n")
    base.update(kw)
    return OutgoingMail(**base)  # type: ignore[arg-type]


def test_the_headers_every_mail_carries() -> None:
    msg = build(mail(reply_to="csc@csc.example.org"))
    assert msg["From"] == "CSC mail robot <csc-bot@csc.example.org>"
    assert msg["Reply-To"] == "csc@csc.example.org"
    assert msg["Date"].datetime == DATE
    assert msg["Message-ID"] == message_id_for("ack:CSC-2026-0042", "csc.example.org")
    assert msg["Auto-Submitted"] == "auto-generated" and msg["Precedence"] == "bulk"


def test_message_id_is_stable_per_key() -> None:
    assert message_id_for("k:1", "d.org") == message_id_for("k:1", "d.org")
    assert message_id_for("k:1", "d.org") != message_id_for("k:2", "d.org")


def test_an_answer_is_threaded_and_auto_replied() -> None:
    msg = build(mail(auto_submitted="auto-replied", in_reply_to="<orig@reg.example>",
                     references=("<first@reg.example>",)))
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["In-Reply-To"] == "<orig@reg.example>"
    assert msg["References"] == "<first@reg.example> <orig@reg.example>"


def test_a_list_post_carries_list_headers() -> None:
    info = list_headers("csc-announce@csc.example.org", "https://lists.example/listinfo/a")
    msg = build(mail(list_post=True, to=("csc-announce@csc.example.org",)), list_info=info)
    assert msg["Precedence"] == "list"
    assert msg["List-Id"] == "<csc-announce.csc.example.org>"
    assert msg["List-Post"] == "<mailto:csc-announce@csc.example.org>"
    assert msg["List-Unsubscribe"] == "<https://lists.example/listinfo/a>"
    assert build(mail())["List-Id"] is None


def test_non_ascii_names_and_subjects_use_rfc2047() -> None:
    data = build_mime(mail(subject="Réponse: délai über 5 jours — 受付"), sender="b@x.org",
                      sender_name="Comité CSC", message_id="<m@x.org>", date=DATE)
    assert b"=?utf-8?" in data
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert msg["Subject"] == "Réponse: délai über 5 jours — 受付"
    assert msg["From"].addresses[0].display_name == "Comité CSC"


def test_text_and_html_alternatives_and_an_ics_attachment() -> None:
    msg = build(mail(html="<p>Thank <b>you</b></p>", attachments=(
        Attachment("meeting.ics", "text/calendar; method=REQUEST", ICS),)))
    assert msg.get_content_type() == "multipart/mixed"
    body = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    assert body is not None and body.get_content().replace("\r\n", "\n") == "Thank you.\n"
    assert html is not None and "<b>you</b>" in html.get_content()
    [att] = list(msg.iter_attachments())
    assert att.get_filename() == "meeting.ics"
    assert att.get_content_type() == "text/calendar" and att["Content-Type"].params["method"] \
        == "REQUEST"
    assert att.get_payload(decode=True) == ICS


@pytest.mark.parametrize("field", ["subject", "to", "reply_to", "in_reply_to", "name",
                                   "header", "filename"])
@pytest.mark.parametrize("evil", ["\r\nBcc: victim@x.org", "\nX-Evil: 1", "a\rb"])
def test_line_breaks_in_any_header_value_are_refused(field: str, evil: str) -> None:
    kw: dict[str, object] = {}
    name = "CSC mail robot"
    if field == "subject":
        kw["subject"] = "Hello" + evil
    elif field == "to":
        kw["to"] = ("a@x.org" + evil,)
    elif field == "reply_to":
        kw["reply_to"] = "r@x.org" + evil
    elif field == "in_reply_to":
        kw["in_reply_to"] = "<m@x.org>" + evil
    elif field == "name":
        name = "Bot" + evil
    elif field == "header":
        kw["headers"] = (("X-Ref", "CSC-1" + evil),)
    else:
        kw["attachments"] = (Attachment("a" + evil + ".ics", "text/calendar", ICS),)
    with pytest.raises(HeaderInjectionError):
        build(mail(**kw), name=name)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200))
def test_any_subject_without_line_breaks_survives(subject: str) -> None:
    msg = build(mail(subject=subject))
    assert " ".join(str(msg["Subject"]).split()) == " ".join(subject.split())
    assert msg["Bcc"] is None


@given(st.text(max_size=40), st.sampled_from(["\r", "\n", "\r\n"]), st.text(max_size=40))
def test_any_subject_with_a_line_break_is_refused(head: str, brk: str, tail: str) -> None:
    with pytest.raises(HeaderInjectionError):
        build(mail(subject=head + brk + tail))


def test_describe_shows_what_a_person_reads() -> None:
    data = build_mime(mail(subject="Réunion", html="<p>x</p>", attachments=(
        Attachment("m.ics", "text/calendar", ICS),)), sender="b@x.org", sender_name="B",
        message_id="<m@x.org>", date=DATE)
    shown = describe_mime(data)
    assert "Subject: Réunion" in shown and "Thank you." in shown
    assert "[text/html" in shown and "[text/calendar m.ics" in shown
