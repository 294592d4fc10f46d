"""Reply tokens: what makes a reply to a digest (or a draft) able to command the bot.  Pure.

A token names one issued mail (its row id in the store), when it expires, and an HMAC-SHA256
over the id, the mail's key, the expiry and the recipients the mail was sent to.  So a token
cannot be moved to another digest (the id is signed), cannot be stretched (the expiry is
signed), and is only good for the people the digest went to (checked against the signed
recipient list).  It is lower-case base32: it survives subject lines and the local part of a
plus address, which some servers lower-case.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import struct
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from cscbot.errors import ConfigError

MIN_KEY_CHARS = 32
"""A shorter key is refused: HMAC is only as strong as its key."""

_VERSION = 1
_MAC_BYTES = 12
_LAYOUT = struct.Struct(">BII")  # version, issue id, expiry (Unix seconds)
_TOKEN_CHARS = -(-(_LAYOUT.size + _MAC_BYTES) * 8 // 5)  # unpadded base32 length
TOKEN_PATTERN = rf"[a-z2-7]{{{_TOKEN_CHARS}}}"


@dataclass(frozen=True)
class TokenClaims:
    """What a token says about itself, before its signature is checked."""

    issue_id: int
    expires_at: datetime
    mac: bytes


def token_key_from(environ: Mapping[str, str], variable: str) -> bytes:
    """The signing key from the environment, or a ConfigError saying what to set."""
    value = environ.get(variable, "")
    if not value:
        raise ConfigError(
            f"secretariat commands are off: the environment variable {variable} "
            f"(digest.token_key_env) is not set; set it to a random secret of at least "
            f"{MIN_KEY_CHARS} characters, e.g. the output of `openssl rand -hex 32`")
    if len(value) < MIN_KEY_CHARS:
        raise ConfigError(
            f"secretariat commands are off: {variable} (digest.token_key_env) holds "
            f"{len(value)} characters; at least {MIN_KEY_CHARS} are needed")
    return value.encode("utf-8")


def _normalized(recipients: Iterable[str]) -> str:
    return ",".join(sorted({r.strip().lower() for r in recipients}))


def _mac(key: bytes, issue_id: int, ref: str, expiry: int, recipients: Iterable[str]) -> bytes:
    message = f"{_VERSION}|{issue_id}|{ref}|{expiry}|{_normalized(recipients)}".encode()
    return hmac.new(key, message, hashlib.sha256).digest()[:_MAC_BYTES]


def make_token(key: bytes, *, issue_id: int, ref: str, recipients: Iterable[str],
               expires_at: datetime) -> str:
    """The token of issued mail `issue_id` (key `ref`) sent to `recipients`."""
    expiry = int(expires_at.timestamp())
    body = _LAYOUT.pack(_VERSION, issue_id, expiry)
    raw = body + _mac(key, issue_id, ref, expiry, recipients)
    return base64.b32encode(raw).decode("ascii").rstrip("=").lower()


def read_token(token: str) -> TokenClaims | None:
    """Decode a token without trusting it; None when it is not a token of ours at all."""
    text = token.strip().upper()
    if len(text) != _TOKEN_CHARS:
        return None
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except (binascii.Error, ValueError):
        return None
    # the last character carries unused bits: only the canonical spelling is a token
    if len(raw) != _LAYOUT.size + _MAC_BYTES or base64.b32encode(raw).decode(
            "ascii").rstrip("=") != text:
        return None
    version, issue_id, expiry = _LAYOUT.unpack(raw[:_LAYOUT.size])
    if version != _VERSION:
        return None
    return TokenClaims(issue_id, datetime.fromtimestamp(expiry, UTC), raw[_LAYOUT.size:])


def token_refusal(key: bytes, claims: TokenClaims, *, ref: str, recipients: Iterable[str],
                  sender: str, now: datetime) -> str | None:
    """None when the token is genuine, unexpired and was sent to `sender`; else why not."""
    recipients = tuple(recipients)
    expected = _mac(key, claims.issue_id, ref, int(claims.expires_at.timestamp()), recipients)
    if not hmac.compare_digest(expected, claims.mac):
        return "the token's signature is not valid (forged or altered)"
    if now >= claims.expires_at:
        return f"the token expired on {claims.expires_at:%Y-%m-%d %H:%M} UTC"
    if sender.lower() not in {r.lower() for r in recipients}:
        return f"the token was issued to {_normalized(recipients)}, not to {sender}"
    return None


def subject_tag(tag: str, token: str) -> str:
    return f"[{tag} {token}]"


def plus_address(address: str, token: str) -> str:
    """bot@example.org -> bot+<token>@example.org"""
    local, _, domain = address.partition("@")
    return f"{local.split('+', 1)[0]}+{token}@{domain}"


def tokens_in(subject: str, addresses: Iterable[str], tag: str) -> list[str]:
    """Candidate tokens, subject tag first, then plus addresses; duplicates removed."""
    found = [m.lower() for m in re.findall(
        rf"\[\s*{re.escape(tag)}\s+({TOKEN_PATTERN})\s*\]", subject, re.IGNORECASE)]
    for address in addresses:
        m = re.search(rf"\+({TOKEN_PATTERN})@", address, re.IGNORECASE)
        if m:
            found.append(m[1].lower())
    return list(dict.fromkeys(found))
