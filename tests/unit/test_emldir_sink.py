"""The embedded sink: one .eml per Message-ID; a folder it cannot write is a 'try later'."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from cscbot.adapters.emldir import EmlDirSink
from cscbot.errors import TransientError

MAIL = b"Message-ID: <m1@bot.example>\r\nSubject: hi\r\n\r\nbody\r\n"


def test_a_mail_lands_once_under_its_message_id(tmp_path: Path) -> None:
    sink = EmlDirSink(tmp_path)
    for _ in range(2):
        result = asyncio.run(sink.deliver("bot@example.org", ["a@example.org"], MAIL))
        assert result.accepted == ("a@example.org",)
    (written,) = tmp_path.glob("*.eml")
    assert written.name == "m1_bot.example.eml"
    assert written.read_bytes().endswith(MAIL)


def test_a_write_that_fails_is_transient_and_names_the_folder(tmp_path: Path) -> None:
    (tmp_path / "m1_bot.example.eml").mkdir()  # the file's place is taken: the rename fails
    sink = EmlDirSink(tmp_path)
    with pytest.raises(TransientError, match=str(tmp_path)):
        asyncio.run(sink.deliver("bot@example.org", ["a@example.org"], MAIL))
