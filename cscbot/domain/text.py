"""Text helpers shared by parsing and commands: HTML to text, reply and signature splitting."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

_BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
          "blockquote", "pre", "hr", "ul", "ol", "section", "article"}
_SKIP = {"script", "style", "head", "title"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.quote = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        if tag == "blockquote" or (tag == "div" and any(
                k == "class" and v and ("gmail_quote" in v or "moz-cite" in v)
                for k, v in attrs)):
            self.quote += 1
            self.out.append("\n")
        elif tag in _BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skip:
            self.skip -= 1
        if tag == "blockquote" and self.quote:
            self.quote -= 1
        if tag in _BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.quote:
            data = "\n".join("> " + line for line in data.split("\n"))
        self.out.append(data)


def html_to_text(html: str) -> str:
    """Readable text from mail HTML (quoted blocks become '> ' lines). Never raises."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):
        pass
    text = "".join(parser.out).replace("\xa0", " ")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


_QUOTE_HEADER = re.compile(
    r"^\s*(?:"
    r"On .{3,200}(?:wrote|writes):\s*$"
    r"|Le .{3,200}a [ée]crit\s*:\s*$"
    r"|El .{3,200}escribi[óo]\s*:\s*$"
    r"|Am .{3,200}schrieb .{0,100}:\s*$"
    r"|-{2,}\s*(?:Original Message|Message d'origine|Mensaje original|Forwarded message"
    r"|Message transféré|Mensaje reenviado)\s*-{2,}\s*$"
    r"|_{10,}\s*$"
    r"|(?:From|De|Von)\s*:\s.+$"
    r")", re.IGNORECASE)
_SIGNATURE = re.compile(r"^(?:-- ?|--|__)$")


def folded(text: str) -> str:
    """Lower case without accents ("Délai" -> "delai"): how words are compared across the
    three languages and their writers' keyboards."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def split_reply(text: str) -> tuple[str, str, str]:
    """(new text, quoted text, signature) of a reply body.

    New text is what stands above the first quote marker ('>' lines, "On ... wrote:",
    an Outlook header block, "-----Original Message-----"), less a signature after '-- '.
    """
    lines = text.replace("\r\n", "\n").split("\n")
    cut = len(lines)
    for i, line in enumerate(lines):
        if line.startswith(">") or _QUOTE_HEADER.match(line):
            # "From:" counts only as the head of an Outlook block (Sent:/Date: follows soon)
            if re.match(r"^\s*(?:From|De|Von)\s*:", line, re.IGNORECASE) and not any(
                    re.match(r"^\s*(?:Sent|Date|Envoy[ée]|Enviado|Gesendet)\s*:", n,
                             re.IGNORECASE) for n in lines[i + 1:i + 4]):
                continue
            cut = i
            break
    head, quoted = lines[:cut], lines[cut:]
    signature: list[str] = []
    for i, line in enumerate(head):
        if _SIGNATURE.match(line.rstrip()):
            head, signature = head[:i], head[i + 1:]
            break
    return ("\n".join(head).strip(), "\n".join(quoted).strip(), "\n".join(signature).strip())
