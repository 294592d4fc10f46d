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


class QuarantineError(MailFormatError):
    """Quarantine this message now (retrying cannot help) and tell the secretariat.

    Raised by a handler inside intake's transaction, whose rollback drops whatever the handler
    wrote; so the notice travels on the exception and intake's quarantine path records it
    (`store.notice_add(kind=e.notice_kind, ref=e.notice_ref, summary=str(e),
    details=e.details, now=now)`) in the transaction that quarantines the message.
    """

    def __init__(self, reason: str, *, notice_kind: str, notice_ref: str,
                 details: dict[str, object] | None = None) -> None:
        super().__init__(reason)
        self.notice_kind = notice_kind
        self.notice_ref = notice_ref
        self.details = dict(details or {})
