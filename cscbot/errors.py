"""One exception tree for the whole bot.

Adapters translate third-party errors into these at the edge, so nothing above them imports a
protocol library.  Transient errors also subclass ConnectionError/TimeoutError, so retry logic
can tell "try later" from "a bug".
"""

from __future__ import annotations


class CscbotError(Exception):
    """Root of every error cscbot raises on purpose."""


class ConfigError(CscbotError):
    """The configuration is unusable; the message names the file, key and problem."""


class StoreError(CscbotError):
    """The store refused an operation (schema too new, corrupt file, constraint)."""


class MailFormatError(CscbotError):
    """A message cannot be read or built (quarantine material, never a crash)."""


class HeaderInjectionError(MailFormatError):
    """A header value carries CR or LF."""


class TransientError(CscbotError, ConnectionError):
    """Try again later: the server is away, busy or answered 4xx."""


class TransientTimeout(TransientError, TimeoutError):
    """A network operation took too long."""


class PermanentError(CscbotError):
    """The peer refused for good (5xx, authentication failure)."""


class AuthenticationError(PermanentError):
    """Login or AUTH was refused."""


class CommandError(CscbotError):
    """A secretariat command cannot be carried out (unknown item, wrong state); says why."""
