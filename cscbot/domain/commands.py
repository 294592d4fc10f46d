"""The secretariat's command language: one command per line of the new text of a reply.  Pure.

Lines that are not a command are reported back with the help, never guessed at.  Replacement
wording for a draft stands between marker lines (`--- begin chair paragraph ---` ...
`--- end chair paragraph ---`) and goes with the `approve` of the same reply.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from cscbot.domain.findings import RATINGS, parse_rating
from cscbot.domain.periods import PERIOD

HELP = """\
Commands (one per line, above the quoted text of your reply):
  approve D3                       post draft D3 as it stands
  approve D3 rating Satisfactory   ... with the rating changed (Excellent, Satisfactory,
                                   Needs improvement)
  reject D3 <reason>               do not post draft D3
  merge K2 K5                      merge cluster K5 into K2
  move CSC-2026-0042 K7            move a complaint to another cluster
  rename K7 <label>                rename a cluster
  close CSC-2026-0042 [reason]     close a complaint or a cluster (K7)
  reopen CSC-2026-0042             reopen a complaint or a cluster
  escalate K7                      open a remedial action (RAP) case for a cluster
  advance RAP-3                    move a RAP case to its next stage
  resolve RAP-3 <summary>          close a RAP case as resolved
  meeting 2026-12 moved to 2026-12-10 18:00    (UTC)
  meeting 2026-12 cancelled
  snooze K7 7                      leave an item out of the digests for 7 days
  help                             this text
When you answer a draft's own mail, `approve`, `approve rating Satisfactory` and
`reject <reason>` need no item.  New wording for a draft goes between marker lines, e.g.
  --- begin chair paragraph ---
  ...your wording...
  --- end chair paragraph ---
together with `approve` in the same reply."""

_DRAFT = r"D\d+"
_CLUSTER = r"K\d+"
_COMPLAINT = r"[A-Z][A-Z0-9]*-\d{4}-\d+"
_CASE = r"RAP-\d+"
_ANY_ITEM = rf"(?:{_DRAFT}|{_CLUSTER}|{_CASE}|{_COMPLAINT}|N\d+)"
_MARKER = re.compile(r"^-{2,}\s*(begin|end)\s+(.+?)\s*-{2,}$", re.IGNORECASE)


@dataclass(frozen=True)
class Command:
    verb: str
    line: str
    """The line as written (for the audit log and the confirmation)."""
    target: str = ""
    """The item acted on: D3, K7, CSC-2026-0042, RAP-3, or the month for `meeting`."""
    other: str = ""
    """Second cluster, label, reason, summary or number of days, by verb."""
    rating: str | None = None
    moved_to: datetime | None = None
    cancelled: bool = False
    replacement_text: str | None = None

    @property
    def canonical(self) -> str:
        """What makes two commands the same (replay detection): verb and arguments."""
        parts = [self.verb, self.target, self.other.lower(), self.rating or "",
                 self.moved_to.isoformat() if self.moved_to else "", str(self.cancelled)]
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class NotUnderstood:
    line: str
    problem: str


@dataclass(frozen=True)
class ParsedReply:
    commands: tuple[Command, ...]
    not_understood: tuple[NotUnderstood, ...]
    replacement_text: str | None
    replacement_name: str | None


def _item(word: str, pattern: str) -> str | None:
    word = word.strip().upper().rstrip(".,;")
    return word if re.fullmatch(pattern, word) else None


def _rating(words: list[str]) -> str | None:
    try:
        return parse_rating(" ".join(words))
    except ValueError:
        return None


def _meeting_time(text: str) -> datetime | None:
    text = re.sub(r"\s*(?:UTC|Z|GMT)$", "", text.strip(), flags=re.IGNORECASE)
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)[T ](\d\d?:\d\d)", text)
    if not m:
        return None
    try:
        return datetime.strptime(f"{m[1]} {m[2]}", "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    except ValueError:
        return None


def parse_line(line: str, default_item: str | None = None) -> Command | NotUnderstood | None:
    """One line: a Command, NotUnderstood, or None for a blank line."""
    text = line.strip()
    if not text:
        return None
    words = text.split()
    verb, args = words[0].lower().rstrip(":"), words[1:]
    parser = _PARSERS.get(verb)
    if parser is None:
        return NotUnderstood(text, "not a command")
    return parser(text, verb, args, default_item)


LineParser = Callable[[str, str, list[str], str | None], "Command | NotUnderstood"]


def _draft_target(args: list[str], default: str | None) -> tuple[str | None, list[str]]:
    """The draft a command names (D3), else the one the reply answers; and the words after."""
    named = _item(args[0], _DRAFT) if args else None
    return (named or default), (args[1:] if named else args)


def _approve(line: str, verb: str, args: list[str], default: str | None
             ) -> Command | NotUnderstood:
    target, rest = _draft_target(args, default)
    if target is None:
        return NotUnderstood(line, "say which draft, e.g. `approve D3`")
    rating = None
    if rest and (rest[0].lower() != "rating" or (rating := _rating(rest[1:])) is None):
        return NotUnderstood(line, f"expected `rating {' | '.join(RATINGS)}` after {target}")
    return Command(verb, line, target, rating=rating)


def _reject(line: str, verb: str, args: list[str], default: str | None
            ) -> Command | NotUnderstood:
    target, rest = _draft_target(args, default)
    if target is None:
        return NotUnderstood(line, "say which draft and why, e.g. `reject D3 wrong month`")
    if not rest:
        return NotUnderstood(line, "give a reason, e.g. `reject D3 wrong month`")
    return Command(verb, line, target, " ".join(rest))


def _pattern_args(*patterns: str, rest: str | None = None, rest_required: bool = False,
                  usage: str) -> LineParser:
    """A parser for `verb ITEM [ITEM] [free text]` where each ITEM matches a pattern."""
    def parse(line: str, verb: str, args: list[str], _default: str | None
              ) -> Command | NotUnderstood:
        if len(args) < len(patterns):
            return NotUnderstood(line, f"usage: {usage}")
        items = [_item(a, p) for a, p in zip(args, patterns, strict=False)]
        if None in items:
            return NotUnderstood(line, f"usage: {usage}")
        tail = " ".join(args[len(patterns):])
        if tail and rest is None:
            return NotUnderstood(line, f"unexpected {tail!r}; usage: {usage}")
        if rest_required and not tail:
            return NotUnderstood(line, f"usage: {usage}")
        return Command(verb, line, str(items[0]), str(items[1]) if len(items) > 1 else tail)
    return parse


def _meeting(line: str, verb: str, args: list[str], _default: str | None
             ) -> Command | NotUnderstood:
    usage = "meeting YYYY-MM moved to YYYY-MM-DD HH:MM  |  meeting YYYY-MM cancelled"
    if not args or not PERIOD.match(args[0]):
        return NotUnderstood(line, f"usage: {usage}")
    month, rest = args[0], " ".join(args[1:])
    if rest.lower() == "cancelled" or rest.lower() == "canceled":
        return Command(verb, line, month, cancelled=True)
    m = re.fullmatch(r"moved\s+to\s+(.+)", rest, re.IGNORECASE)
    when = _meeting_time(m[1]) if m else None
    if when is None:
        return NotUnderstood(line, f"usage: {usage}")
    return Command(verb, line, month, moved_to=when)


def _snooze(line: str, verb: str, args: list[str], _default: str | None
            ) -> Command | NotUnderstood:
    usage = "snooze <item> <days>, e.g. `snooze K7 7` (1 to 365 days)"
    if len(args) != 2 or _item(args[0], _ANY_ITEM) is None or not args[1].isdigit():
        return NotUnderstood(line, f"usage: {usage}")
    if not 1 <= int(args[1]) <= 365:
        return NotUnderstood(line, f"usage: {usage}")
    return Command(verb, line, str(_item(args[0], _ANY_ITEM)), args[1])


def _help(line: str, verb: str, args: list[str], _default: str | None) -> Command:
    return Command(verb, line)


_CLOSABLE = rf"(?:{_CLUSTER}|{_COMPLAINT})"
_PARSERS: dict[str, LineParser] = {
    "approve": _approve,
    "reject": _reject,
    "merge": _pattern_args(_CLUSTER, _CLUSTER, usage="merge K2 K5"),
    "move": _pattern_args(_COMPLAINT, _CLUSTER, usage="move CSC-2026-0042 K7"),
    "rename": _pattern_args(_CLUSTER, rest="label", rest_required=True,
                            usage="rename K7 <label>"),
    "close": _pattern_args(_CLOSABLE, rest="reason", usage="close <complaint|cluster> [reason]"),
    "reopen": _pattern_args(_CLOSABLE, usage="reopen <complaint|cluster>"),
    "escalate": _pattern_args(_CLUSTER, usage="escalate K7"),
    "advance": _pattern_args(_CASE, usage="advance RAP-3"),
    "resolve": _pattern_args(_CASE, rest="summary", rest_required=True,
                             usage="resolve RAP-3 <summary>"),
    "meeting": _meeting,
    "snooze": _snooze,
    "help": _help,
}
VERBS = tuple(_PARSERS)


def parse_reply(new_text: str, default_item: str | None = None) -> ParsedReply:
    """Every line of the new text of a reply; marker blocks are taken out as wording."""
    commands: list[Command] = []
    unknown: list[NotUnderstood] = []
    wording: list[str] | None = None
    block_name = ""
    replacement: str | None = None
    replacement_name: str | None = None
    for raw in new_text.replace("\r\n", "\n").split("\n"):
        marker = _MARKER.match(raw.strip())
        if marker and marker[1].lower() == "begin" and wording is None:
            wording, block_name = [], marker[2].lower()
            continue
        if marker and marker[1].lower() == "end" and wording is not None:
            if replacement is None:
                replacement, replacement_name = "\n".join(wording).strip(), block_name
            wording = None
            continue
        if wording is not None:
            wording.append(raw.rstrip())
            continue
        parsed = parse_line(raw, default_item)
        if isinstance(parsed, Command):
            commands.append(parsed)
        elif isinstance(parsed, NotUnderstood):
            unknown.append(parsed)
    if wording is not None:
        unknown.append(NotUnderstood(f"--- begin {block_name} ---",
                                     f"no `--- end {block_name} ---` line: wording ignored"))
    if replacement is not None:
        commands = [_with_wording(c, replacement) for c in commands]
    return ParsedReply(tuple(commands), tuple(unknown), replacement, replacement_name)


def _with_wording(command: Command, text: str) -> Command:
    if command.verb != "approve":
        return command
    return Command(command.verb, command.line, command.target, command.other, command.rating,
                   command.moved_to, command.cancelled, text)


def looks_like_commands(text: str) -> bool:
    """True when some line (quote marks removed) would parse as a command."""
    for raw in text.split("\n"):
        line = raw.lstrip("> \t")
        if isinstance(parse_line(line, "D0"), Command) and line.split()[0].lower() != "help":
            return True
    return False
