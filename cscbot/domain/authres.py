"""Authentication-Results (RFC 8601): parse the header, and decide what our server vouched for.

Pure.  Only headers whose authserv-id is our own receiving server's count, and only those at
the top of the message (added last, by our server): anyone can write an Authentication-Results
header into a message they send, so a header below a foreign one, or from another host, says
nothing.  A sender is vouched for when DMARC passed for the From domain, or when a DKIM
signature passed whose d= is aligned with the From domain.  "Some DKIM signature is valid" is
not enough: anyone can sign with their own domain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class MethodResult:
    method: str
    """dkim, spf, dmarc, arc, ... (lower case)"""
    result: str
    """pass, fail, none, ... (lower case)"""
    properties: dict[str, str] = field(default_factory=dict)
    """ptype.property -> value, e.g. {'header.d': 'example.org', 'header.from': ...}"""


@dataclass(frozen=True)
class AuthResults:
    authserv_id: str
    results: tuple[MethodResult, ...]


def _strip_comments(value: str) -> str:
    """Drop (nested) comments outside quoted strings."""
    out: list[str] = []
    depth, quoted, escaped = 0, False, False
    for ch in value:
        if escaped:
            escaped = False
            if not depth:
                out.append(ch)
            continue
        if ch == "\\":
            escaped = True
            if not depth:
                out.append(ch)
            continue
        if quoted:
            quoted = ch != '"'
            out.append(ch)
        elif ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif not depth:
            quoted = ch == '"'
            out.append(ch)
    return "".join(out)


def _split(value: str, sep: str) -> list[str]:
    """Split on `sep` outside quoted strings."""
    parts, buf, quoted = [], "", False
    for ch in value:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append(buf)
            buf = ""
        else:
            buf += ch
    parts.append(buf)
    return parts


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return value


def _method_result(resinfo: str) -> MethodResult | None:
    words = [w for w in _split(" ".join(resinfo.split()), " ") if w]
    # re-join "a = b" written with spaces around '='
    joined: list[str] = []
    for w in words:
        if joined and (w.startswith("=") or joined[-1].endswith("=")):
            joined[-1] += w
        else:
            joined.append(w)
    if not joined or "=" not in joined[0]:
        return None
    method, _, result = joined[0].partition("=")
    props: dict[str, str] = {}
    for w in joined[1:]:
        name, eq, val = w.partition("=")
        if eq and "." in name:
            props[name.lower()] = _unquote(val)
    return MethodResult(method.split("/")[0].strip().lower(), _unquote(result).lower(), props)


def parse_auth_results(value: str) -> AuthResults | None:
    """One header value; None when it has no authserv-id (unreadable)."""
    parts = _split(_strip_comments(value), ";")
    head = parts[0].split()
    if not head:
        return None
    results = []
    for resinfo in parts[1:]:
        if resinfo.strip().lower() == "none":
            continue
        found = _method_result(resinfo)
        if found is not None:
            results.append(found)
    return AuthResults(_unquote(head[0]).lower(), tuple(results))


def ours_on_top(headers: Sequence[str], authserv_id: str) -> list[AuthResults]:
    """The headers our server added: the topmost run with our authserv-id.

    `headers` are the Authentication-Results values in message order (top first).  The run
    stops at the first header from another host: anything below it was in the message before
    it reached us.
    """
    mine: list[AuthResults] = []
    for value in headers:
        parsed = parse_auth_results(value)
        if parsed is None or parsed.authserv_id != authserv_id.lower():
            break
        mine.append(parsed)
    return mine


def _aligned(domain: str, from_domain: str) -> bool:
    """Relaxed alignment, without a public-suffix list: the same domain or a parent of it."""
    domain, from_domain = domain.lower().strip("."), from_domain.lower().strip(".")
    return bool(domain) and (from_domain == domain or from_domain.endswith("." + domain))


def sender_vouched(results: Sequence[AuthResults], from_domain: str) -> str | None:
    """None when DMARC (or aligned DKIM) passed for `from_domain`, else what is missing."""
    if not results:
        return "no Authentication-Results header from our receiving server"
    all_results = [r for ar in results for r in ar.results]
    dmarc = [r for r in all_results if r.method == "dmarc"]
    for r in dmarc:
        header_from = r.properties.get("header.from", from_domain)
        if r.result != "pass":
            return f"DMARC {r.result} for {header_from}"
        if header_from.lower() != from_domain.lower():
            return f"DMARC passed for {header_from}, not for the From domain {from_domain}"
    if dmarc:
        return None
    for r in all_results:
        if r.method == "dkim" and r.result == "pass" and _aligned(
                r.properties.get("header.d", ""), from_domain):
            return None
    passed = [r.properties.get("header.d", "?") for r in all_results
              if r.method == "dkim" and r.result == "pass"]
    if passed:
        return (f"DKIM passed only for {', '.join(passed)}, not aligned with the From "
                f"domain {from_domain}; no DMARC result")
    return f"neither DMARC nor aligned DKIM passed for {from_domain}"
