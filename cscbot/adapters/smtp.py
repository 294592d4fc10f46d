"""SMTP sink over aiosmtplib: the only module that imports it.

One connection is opened on the first `deliver` and reused until `close()` (the sender closes
it after each batch) or until an error, after which the next `deliver` reconnects.  Every
aiosmtplib error is translated here:

- 4xx answers, refused or dropped connections, timeouts, TLS handshake failures ->
  `TransientError` (`TransientTimeout` for timeouts): try again later;
- 5xx to MAIL FROM or DATA -> `PermanentError`; a refused AUTH -> `AuthenticationError`;
- answers to single recipients are not errors: they come back in `DeliveryResult`
  (`refused` for 5xx, `deferred` for 4xx), the other recipients still get the mail.
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import aiosmtplib

from cscbot.errors import (
    AuthenticationError,
    PermanentError,
    TransientError,
    TransientTimeout,
)
from cscbot.ports import DeliveryResult


@dataclass(frozen=True)
class SmtpEndpoint:
    host: str
    port: int
    security: str
    """'tls' (implicit), 'starttls' (required) or 'none' (tests only)."""
    username: str | None = None
    password: str | None = None
    cafile: Path | None = None
    timeout: float = 30.0


def tls_context(cafile: Path | None) -> ssl.SSLContext:
    """Certificate and host name verification stay on; `cafile` adds a private CA."""
    return ssl.create_default_context(cafile=str(cafile) if cafile else None)


class SmtpSink:
    def __init__(self, endpoint: SmtpEndpoint) -> None:
        self.endpoint = endpoint
        self._client: aiosmtplib.SMTP | None = None

    async def deliver(self, sender: str, recipients: Sequence[str], data: bytes,
                      ) -> DeliveryResult:
        try:
            client = await self._connected()
            refused_now = await self._send(client, sender, recipients, data)
        except BaseException:
            await self._drop()
            raise
        return _result(recipients, refused_now)

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None and client.is_connected:
            with contextlib.suppress(aiosmtplib.SMTPException, OSError, TimeoutError):
                await client.quit()

    async def _connected(self) -> aiosmtplib.SMTP:
        if self._client is not None and self._client.is_connected:
            return self._client
        ep = self.endpoint
        client = aiosmtplib.SMTP(
            hostname=ep.host, port=ep.port, timeout=ep.timeout,
            use_tls=ep.security == "tls", start_tls=ep.security == "starttls",
            tls_context=tls_context(ep.cafile) if ep.security != "none" else None)
        with _translated(f"connect to {ep.host}:{ep.port}"):
            await client.connect()
            if ep.username:
                await client.login(ep.username, ep.password or "")
        self._client = client
        return client

    @staticmethod
    async def _send(client: aiosmtplib.SMTP, sender: str, recipients: Sequence[str],
                    data: bytes) -> dict[str, tuple[int, str]]:
        """The recipients the server refused, with its answer; raises for the whole mail."""
        try:
            with _translated("send"):
                errors, _reply = await client.sendmail(sender, list(recipients), data)
        except _AllRefused as exc:
            return exc.refused
        return {addr: (r.code, r.message) for addr, r in errors.items()}

    async def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            client.close()


class _AllRefused(Exception):
    def __init__(self, refused: dict[str, tuple[int, str]]) -> None:
        self.refused = refused


def _result(recipients: Sequence[str], refused: dict[str, tuple[int, str]]) -> DeliveryResult:
    return DeliveryResult(
        accepted=tuple(r for r in recipients if r not in refused),
        refused=tuple((a, c, m) for a, (c, m) in refused.items() if c >= 500),
        deferred=tuple((a, c, m) for a, (c, m) in refused.items() if c < 500))


@contextlib.contextmanager
def _translated(doing: str) -> Iterator[None]:
    """aiosmtplib's errors -> cscbot.errors, named by what was being done."""
    try:
        yield
    except aiosmtplib.SMTPRecipientsRefused as exc:
        raise _AllRefused({r.recipient: (r.code, r.message) for r in exc.recipients}) from exc
    except aiosmtplib.SMTPAuthenticationError as exc:
        if 400 <= exc.code < 500:
            raise TransientError(f"{doing}: AUTH {exc.code} {exc.message}") from exc
        raise AuthenticationError(f"{doing}: AUTH refused: {exc.code} {exc.message}") from exc
    except aiosmtplib.SMTPResponseException as exc:
        text = f"{doing}: {exc.code} {exc.message}"
        if 400 <= exc.code < 500:
            raise TransientError(text) from exc
        if exc.code >= 500:
            raise PermanentError(text) from exc
        raise TransientError(text) from exc  # a code outside 4xx/5xx: the server is confused
    except aiosmtplib.SMTPTimeoutError as exc:
        raise TransientTimeout(f"{doing}: timed out: {exc}") from exc
    except ssl.SSLCertVerificationError as exc:
        raise TransientError(f"{doing}: certificate not trusted ({exc.verify_message});"
                             " set outbox.smtp.cafile for a private CA") from exc
    except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPConnectError,
            ConnectionError, OSError) as exc:
        raise TransientError(f"{doing}: {exc}") from exc
    except aiosmtplib.SMTPNotSupported as exc:
        # e.g. STARTTLS or AUTH required by the config but not offered: wrong port or server
        raise TransientError(f"{doing}: {exc}") from exc
    except aiosmtplib.SMTPException as exc:
        raise TransientError(f"{doing}: {exc}") from exc
