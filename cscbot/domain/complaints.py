"""What a complaint says about itself: reference, TLDs, tickets, organisation, language, text.

Pure functions of the parsed message; the store allocates the reference number and the
triage module (`cscbot.domain.triage`) places the complaint in a cluster.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from cscbot.domain.mail import MailMessage
from cscbot.domain.text import split_reply


def format_reference(prefix: str, year: int, number: int) -> str:
    """CSC-2026-0042 (four digits at least; more when a year passes 9,999 complaints)."""
    return f"{prefix}-{year}-{number:04d}"


def reference_pattern(prefix: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![A-Za-z0-9]){re.escape(prefix)}-(\d{{4}})-(\d{{4,6}})(?![0-9A-Za-z])", re.IGNORECASE
    )


def references_in(prefix: str, *texts: str) -> list[str]:
    """Every complaint reference mentioned, normalised to upper case, in order, once each."""
    found: dict[str, None] = {}
    pattern = reference_pattern(prefix)
    for text in texts:
        for m in pattern.finditer(text):
            found[f"{prefix.upper()}-{m[1]}-{m[2]}"] = None
    return list(found)


# --- TLDs, tickets, organisation --------------------------------------------------------------

_TLD = re.compile(r"(?<![\w.@/-])\.((?:xn--[a-z0-9-]{2,59})|[a-z]{2,24})(?![\w-])", re.IGNORECASE)
_NOT_TLDS = {
    "txt",
    "pdf",
    "doc",
    "docx",
    "html",
    "htm",
    "eml",
    "csv",
    "png",
    "jpg",
    "zip",
    "net's",
    "etc",
    "ie",
    "eg",
    "us",
}
_FREEMAIL = {
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "yahoo.com",
    "yahoo.fr",
    "live.com",
    "proton.me",
    "protonmail.com",
    "icloud.com",
    "gmx.net",
    "orange.fr",
    "free.fr",
    "laposte.net",
}
_TICKETS = (
    re.compile(r"(?<![\w-])(\d-\d{4}-\d{3,6})(?![\w-])"),
    re.compile(
        r"(?:ticket|request|demande|solicitud|case|dossier|caso)\s*(?:no\.?|n[°º]|"
        r"number|num[eé]ro|n[uú]mero|id)?\s*[:#]?\s*#?(\d{5,9})\b",
        re.IGNORECASE,
    ),
)
_ORG_HINT = re.compile(
    r"\b(?:registry|registre|registro|nic|network information cent(?:er|re)|ltd|limited|inc|"
    r"gmbh|s\.a\.|sarl|a\.c\.|association|asociaci[oó]n|foundation|fondation|fundaci[oó]n|"
    r"authority|autorit[eé]|autoridad|university|universit[eé]|universidad|ministry|"
    r"minist[eè]re|ministerio|council|llc|corp(?:oration)?)\b",
    re.IGNORECASE,
)


def tlds_in(text: str) -> list[str]:
    """'.example', '.xn--p1ai': dotted labels standing alone in the text, in order, once."""
    found: dict[str, None] = {}
    for m in _TLD.finditer(text):
        label = m[1].lower()
        if label not in _NOT_TLDS:
            found["." + label] = None
    return list(found)


def tld_of_address(address: str) -> str | None:
    """The sender domain's TLD, unless it is a free-mail provider (says nothing of a registry)."""
    domain = address.rsplit("@", 1)[-1].lower() if "@" in address else ""
    if not domain or domain in _FREEMAIL or "." not in domain:
        return None
    return "." + domain.rsplit(".", 1)[1]


def tickets_in(text: str) -> list[str]:
    found: dict[str, None] = {}
    for pattern in _TICKETS:
        for m in pattern.finditer(text):
            found[m[1]] = None
    return list(found)


def organisation_of(signature: str, tail: str, from_name: str, address: str) -> str:
    """A signature line that names an organisation, else the sender's domain."""
    for block in (signature, tail):
        for line in block.splitlines():
            line = line.strip(" \t-–|,")
            if 3 <= len(line) <= 80 and _ORG_HINT.search(line) and "@" not in line:
                return line
    domain = address.rsplit("@", 1)[-1].lower() if "@" in address else ""
    if domain and domain not in _FREEMAIL:
        return domain
    return from_name or address


# --- language ---------------------------------------------------------------------------------

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "is",
            "in",
            "that",
            "it",
            "for",
            "was",
            "on",
            "are",
            "with",
            "this",
            "have",
            "has",
            "not",
            "be",
            "we",
            "our",
            "you",
            "your",
            "been",
            "after",
            "still",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "et",
            "est",
            "que",
            "qui",
            "dans",
            "pour",
            "pas",
            "une",
            "sur",
            "nous",
            "notre",
            "vous",
            "avec",
            "depuis",
            "toujours",
            "été",
            "ce",
            "cette",
            "du",
            "au",
            "aux",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "del",
            "y",
            "es",
            "que",
            "en",
            "para",
            "por",
            "una",
            "sobre",
            "nuestro",
            "nuestra",
            "con",
            "desde",
            "sido",
            "está",
            "han",
            "pero",
            "al",
            "lo",
            "se",
        ]
    ),
}


def detect_language(text: str) -> str:
    """'en', 'fr' or 'es' by stopword counts; 'und' when nothing tells."""
    words = Counter(re.findall(r"[a-zà-ÿ]+", text.lower()))
    scores = {lang: sum(words[w] for w in stops) for lang, stops in _STOPWORDS.items()}
    best = max(scores, key=lambda k: (scores[k], k == "en"))
    return best if scores[best] >= 2 else "und"


# --- the complaint's own words ----------------------------------------------------------------

_DISCLAIMER = re.compile(
    r"(?:this (?:e-?mail|message|communication)|the information (?:contained )?in this|"
    r"ce (?:message|courriel|courrier électronique)|les informations contenues|"
    r"este (?:mensaje|correo)|la informaci[oó]n contenida|confidentiality notice|"
    r"disclaimer|avis de confidentialit[eé]|aviso de confidencialidad|aviso legal)"
    r".{0,400}?(?:confidential|privileged|intended|destinataire|confidentiel|confidencial|"
    r"destinatario|prohibited|interdit|prohibid)",
    re.IGNORECASE | re.DOTALL,
)
_CLOSING = re.compile(
    r"^\s*(?:best|kind|warm)?\s*(?:regards|wishes|thanks|thank you|sincerely|cheers|"
    r"cordialement|bien cordialement|salutations|bien à vous|merci|saludos|atentamente|"
    r"un saludo|gracias|cordiales saludos)[\s,.!]*$",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"^-{2,}\s*(?:forwarded message|message transf[ée]r[ée]|mensaje reenviado)"
    r"|^begin forwarded message",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class ComplaintText:
    new_text: str
    """The sender's own words: quoted replies, signature, disclaimer and closing removed."""
    forwarded: str
    """The body of a forwarded message (the complaint a forward carries), '' when none."""
    tail: str
    """What stood after the closing formula (signature without a '-- ' line)."""
    forwards_a_notice: bool = False
    """The forward carries a mail from IANA: its body and subject are IANA's, not the
    complainant's summary of the problem."""


def complaint_text(msg: MailMessage) -> ComplaintText:
    """Split the message into the sender's words, a forwarded body, and the trailing block."""
    text = msg.text.replace("\r\n", "\n")
    forwarded = ""
    notice = False
    fwd = _FORWARD.search(text)
    if fwd:
        head, forwarded = text[: fwd.start()], text[fwd.end() :]
        sender, forwarded = _strip_forward_headers(forwarded)
        notice = _IANA_SENDER.search(sender) is not None
        if notice:  # the process as IANA describes it is not the complaint; what IANA quotes
            forwarded = _complainant_quoted(forwarded)  # of the complainant's mail may be
        new, _quoted, _sig = split_reply(head)
    else:
        new = msg.new_text
    new, tail = _cut_closing(_strip_disclaimers(new))
    forwarded_new, _t = _cut_closing(_strip_disclaimers(split_reply(forwarded)[0]))
    return ComplaintText(new.strip(), forwarded_new.strip(), tail.strip(), notice)


def _complainant_quoted(notice: str) -> str:
    """What a forwarded IANA mail quotes of the mail it answers, one quote level taken off
    (a holding reply quotes the complaint in full); '' when it quotes nothing or IANA."""
    quoted = split_reply(notice)[1]
    if not quoted:
        return ""
    first, _nl, rest = quoted.partition("\n")
    if first.startswith(">"):
        first, rest = "", quoted
    elif _FORWARD_FIELD.match(first):  # an Outlook header block: "From: ..." first
        first, rest = _strip_forward_headers(quoted)
    elif _ORIGINAL.match(first):  # "-----Original Message-----", then the header block
        first, rest = _strip_forward_headers(rest)
    return "" if _IANA_SENDER.search(first) else _QUOTE_MARK.sub("", rest)


_QUOTE_MARK = re.compile(r"^> ?", re.MULTILINE)
_ORIGINAL = re.compile(
    r"^\s*-{2,}\s*(?:original message|message d.origine|mensaje original)\s*-*\s*$",
    re.IGNORECASE)


def _strip_disclaimers(text: str) -> str:
    paragraphs = re.split(r"\n\s*\n", text)
    return "\n\n".join(p for p in paragraphs if not _DISCLAIMER.search(p))


def _cut_closing(text: str) -> tuple[str, str]:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i > 0 and _CLOSING.match(line):
            return "\n".join(lines[:i]), "\n".join(lines[i + 1 :])
    return text, ""


def _strip_forward_headers(text: str) -> tuple[str, str]:
    """(the forwarded message's sender, its body) from what follows a forward marker."""
    lines = text.lstrip("-\n ").split("\n")
    sender = ""
    i = 0
    while i < len(lines):
        field = _FORWARD_FIELD.match(lines[i])
        if field is None and lines[i].strip():
            break
        if field is not None and field[1].lower() in ("from", "de"):
            sender = sender or lines[i][field.end():]
        i += 1
    return sender, "\n".join(lines[i:])


_FORWARD_FIELD = re.compile(
    r"^\s*(from|de|date|fecha|sent|envoy[ée]|enviado|subject|objet|sujet|asunto|to|[àa]|pour|"
    r"para|cc)\s*:",
    re.IGNORECASE)
_IANA_SENDER = re.compile(r"\biana\b", re.IGNORECASE)


_REPLY_PREFIX = r"(?:re|aw|sv|r|ref)"
_FORWARD_PREFIX = r"(?:fwd?|tr|rv|wg)"
_PREFIX = re.compile(rf"^\s*(?:{_REPLY_PREFIX}|{_FORWARD_PREFIX})\s*(?:\[\d+\])?\s*:\s*",
                     re.IGNORECASE)
_REPLYING = re.compile(rf"\s*{_REPLY_PREFIX}\s*(?:\[\d+\])?\s*:", re.IGNORECASE)


def is_reply_subject(subject: str) -> bool:
    """Whether the subject is a reply's (Re:, AW:, SV:...): the subject of the mail answered."""
    return _REPLYING.match(subject) is not None


def clean_subject(subject: str) -> str:
    """The subject without Re:/Fwd:/TR:/RV: prefixes and bracketed tags."""
    s = subject
    while True:
        t = _PREFIX.sub("", s)
        t = re.sub(r"^\s*\[[^\]]{1,40}\]\s*", "", t)
        if t == s:
            return s.strip()
        s = t
