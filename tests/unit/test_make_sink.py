"""The composition root builds the SMTP sink from the config and the password's variable."""

from __future__ import annotations

import pytest

from cscbot.adapters.smtp import SmtpSink
from cscbot.app import make_sink
from cscbot.errors import ConfigError
from tests.services.outbox_helpers import make_settings

SMTP = {"kind": "smtp", "smtp": {"host": "smtp.example.org", "username": "csc-bot",
                                 "password_env": "TEST_SMTP_PW"}}


def test_smtp_sink_gets_the_password_from_the_named_variable() -> None:
    sink = make_sink(make_settings(outbox=SMTP), env={"TEST_SMTP_PW": "s3cret"})
    assert isinstance(sink, SmtpSink)
    assert sink.endpoint.password == "s3cret" and sink.endpoint.security == "starttls"


def test_a_missing_password_names_the_key_and_variable() -> None:
    with pytest.raises(ConfigError, match=r"outbox.smtp.password_env.*TEST_SMTP_PW"):
        make_sink(make_settings(outbox=SMTP), env={})
