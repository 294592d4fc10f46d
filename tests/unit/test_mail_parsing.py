"""Parsing never raises: a corpus of real-world-shaped mail, and arbitrary bytes (Hypothesis)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cscbot.domain.mail import MailMessage, parse_message

CORPUS = sorted((Path(__file__).resolve().parents[1] / "data" / "mime").glob("*.eml"))


def read_everything(msg: MailMessage) -> None:
    """Touch every field, lazy ones included, and check each is the promised type."""
    for name in ("message_id", "subject", "from_addr", "from_name", "in_reply_to",
                 "content_type", "envelope_from", "text", "new_text", "quoted_text",
                 "signature"):
        value = getattr(msg, name)
        assert isinstance(value, str), name
        value.encode("utf-8")  # no lone surrogates left from 8-bit input
    for name in ("to", "cc", "reply_to", "references", "attachments", "defects", "headers"):
        assert isinstance(getattr(msg, name), tuple), name
    for _k, v in msg.headers:
        v.encode("utf-8")
    assert msg.date is None or msg.date.tzinfo is not None
    assert msg.html is None or isinstance(msg.html, str)


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_corpus_message_parses(path: Path) -> None:
    read_everything(parse_message(path.read_bytes()))


def test_corpus_is_there() -> None:
    assert len(CORPUS) >= 15


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_parse(data: bytes) -> None:
    read_everything(parse_message(data))


_HEADER_NAMES = st.sampled_from(["From", "To", "Subject", "Content-Type", "Message-ID",
                                 "Content-Transfer-Encoding", "Date", "References", "Cc"])
_VALUES = st.one_of(
    st.text(max_size=80),
    st.sampled_from(["=?utf-8?b?w6k=?=", "=?bogus?q?x?=", "multipart/mixed; boundary=x",
                     "base64", "quoted-printable", "<a@b>", '"x" <y@z>', "=?utf-8?q?a_b?= c"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_HEADER_NAMES, _VALUES), max_size=8), st.binary(max_size=500))
def test_mail_shaped_bytes_parse(headers: list[tuple[str, str]], body: bytes) -> None:
    head = "".join(f"{k}: {v}\r\n" for k, v in headers).encode("utf-8", "surrogatepass")
    read_everything(parse_message(head + b"\r\n" + body))


def test_rfc2047_subject_and_quoted_display_name() -> None:
    msg = parse_message((CORPUS[0].parent / "01-rfc2047-subject.eml").read_bytes())
    assert msg.subject == "Délai de vérification technique"
    assert msg.from_addr == "ops@registry.example" and msg.from_name == "Ops, Registry"
    assert "vérification technique" in msg.text


def test_raw_8bit_headers_are_read_as_latin1_when_not_utf8() -> None:
    msg = parse_message((CORPUS[0].parent / "02-raw-8bit-headers.eml").read_bytes())
    assert msg.subject == "Réclamation: délai"
    assert msg.from_name == "Opérateur"


def test_html_only_gives_text_and_nested_parts_list_attachments() -> None:
    html = parse_message((CORPUS[0].parent / "04-html-only.eml").read_bytes())
    assert "DS update took 9 days" in html.text and html.html is not None
    nested = parse_message((CORPUS[0].parent / "05-nested-multipart.eml").read_bytes())
    assert nested.text.startswith("The root zone change")
    assert [(a.filename, a.content_type) for a in nested.attachments] == [
        ("ticket.pdf", "application/pdf")]


def test_dsn_lists_its_report_parts() -> None:
    msg = parse_message((CORPUS[0].parent / "06-dsn.eml").read_bytes())
    kinds = [a.content_type for a in msg.attachments]
    assert "message/delivery-status" in kinds and "message/rfc822" in kinds
    assert msg.envelope_from == "<>"


def test_reply_is_split_from_its_quote() -> None:
    msg = parse_message((CORPUS[0].parent / "12-secretariat-reply.eml").read_bytes())
    assert msg.new_text == "approve D3"
    assert "Drafts waiting" in msg.quoted_text


_ADDRESS_PIECES = st.sampled_from([
    "a@b.example", "Ops@Registry.Example", " x.y+z@c.example ", "Name <n@d.example>",
    '"Doe, John" <j@e.example>', "<bare@f.example>", "Ünï <u@g.example>", "", " ", "a",
    "Group: g@h.example;", "(comment) c@i.example", '"q\\"x" <q@j.example>', "a b <ab@k.example>",
    "<x@y", "@", "=?utf-8?q?Z?= <z@l.example>", '"a" <a@m.example>, "b" <b@n.example>'])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_ADDRESS_PIECES, min_size=1, max_size=3).map(", ".join),
                min_size=1, max_size=2))
def test_address_lists_read_fast_agree_with_the_full_grammar(values: list[str]) -> None:
    import email.utils

    from cscbot.domain.mail import _simple_addresses, decode_header

    fast = _simple_addresses(values)
    if fast is not None:
        full = [(decode_header(n), a.strip().lower())
                for n, a in email.utils.getaddresses(values) if "@" in a or a == ""]
        assert fast == full


_CLEAN_TEXT = st.text(st.sampled_from(["a", " ", "\t", ":", "<", "?"]), max_size=6)
_ODD_TEXT = st.text(st.sampled_from(["a", " ", "\t", ":", "\r", "é", "\xff", "\x01"]),
                    max_size=6)
_HEADER_LINES = st.one_of(  # mostly well-formed fields (the fast reader's), some anything
    st.tuples(st.sampled_from(["From", "Subject", "X-Tag", "a"]), _CLEAN_TEXT).map(":".join),
    _CLEAN_TEXT.map(lambda text: " " + text), _CLEAN_TEXT.map(lambda text: "\t" + text),
    st.tuples(st.sampled_from(["x y", " X", "X\t", "é", "", "From x", "N\x01"]),
              _ODD_TEXT).map(":".join),
    _ODD_TEXT)


@settings(max_examples=500, deadline=None)
@given(st.lists(_HEADER_LINES, max_size=6), st.sampled_from(["\r\n", "\n"]),
       st.sampled_from(["", "\r\n", "\n", "\r\n\r\nbody", "\n\nbody"]))
def test_header_blocks_read_fast_agree_with_the_line_reader(lines: list[str], eol: str,
                                                           end: str) -> None:
    from cscbot.domain.mail import _header_lines, _header_text, _read_header_block

    raw = (eol.join(lines) + end).encode("utf-8", "surrogateescape")
    assert _read_header_block(raw) == _header_lines(_header_text(raw))
