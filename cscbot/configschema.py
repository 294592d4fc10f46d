"""A small typed reader: TOML tables into frozen dataclasses, every problem named by key.

`build(cls, table, path)` walks the dataclass's fields (their type hints say what each key
must hold), refuses unknown keys, reports missing required ones, and runs per-field checks
given in `field(metadata={"check": fn})`.  Errors are collected, not raised one at a time, so a
config with three mistakes shows three lines.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

T = TypeVar("T")

Check = Callable[[Any], str | None]
"""A field check returns None when the value is fine, else what is wrong."""


@dataclasses.dataclass(frozen=True)
class Problem:
    key: str
    message: str


class Problems(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.key}: {p.message}" for p in problems))
        self.problems = problems


def checked(default: Any = dataclasses.MISSING, *, check: Check | None = None,
            default_factory: Any = dataclasses.MISSING) -> Any:
    """A dataclass field with a value check."""
    meta = {"check": check} if check else {}
    if default_factory is not dataclasses.MISSING:
        return dataclasses.field(default_factory=default_factory, metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


_ADDRESS = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                      r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$")


def is_address(value: Any) -> str | None:
    if isinstance(value, str) and _ADDRESS.match(value):
        return None
    return f"{value!r} is not a mail address (local@domain)"


def every(check: Check) -> Check:
    def check_all(values: Any) -> str | None:
        for v in values:
            problem = check(v)
            if problem:
                return problem
        return None
    return check_all


def positive(value: Any) -> str | None:
    return None if value > 0 else f"must be greater than 0, not {value!r}"


def non_negative(value: Any) -> str | None:
    return None if value >= 0 else f"must be 0 or more, not {value!r}"


def hhmm(value: Any) -> str | None:
    m = re.fullmatch(r"(\d\d):(\d\d)", str(value))
    if m and int(m[1]) < 24 and int(m[2]) < 60:
        return None
    return f"{value!r} is not a time of day HH:MM (00:00-23:59)"


def in_range(lo: float, hi: float) -> Check:
    def check_range(value: Any) -> str | None:
        return None if lo <= value <= hi else f"must be between {lo} and {hi}, not {value!r}"
    return check_range


def _type_name(tp: Any) -> str:
    origin = get_origin(tp)
    if origin is Literal:
        return " or ".join(repr(a) for a in get_args(tp))
    if origin in (tuple, list):
        return "a list"
    if dataclasses.is_dataclass(tp):
        return "a table"
    return {str: "a string", int: "an integer", float: "a number", bool: "true or false",
            Path: "a path (string)"}.get(tp, getattr(tp, "__name__", str(tp)))


class _Reader:
    def __init__(self, base_dir: Path) -> None:
        self.base_dir = base_dir
        self.problems: list[Problem] = []

    def fail(self, key: str, message: str) -> None:
        self.problems.append(Problem(key, message))

    def value(self, tp: Any, raw: Any, key: str) -> Any:
        origin = get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            options = [a for a in get_args(tp) if a is not type(None)]
            if raw is None:
                return None
            return self.value(options[0], raw, key)
        if origin is Literal:
            if raw in get_args(tp):
                return raw
            self.fail(key, f"must be {_type_name(tp)}, not {raw!r}")
            return None
        if origin in (tuple, list):
            (item_tp, *_rest) = get_args(tp)
            if not isinstance(raw, list):
                self.fail(key, f"must be {_type_name(tp)}, not {type(raw).__name__}")
                return ()
            return tuple(self.value(item_tp, v, f"{key}[{i}]") for i, v in enumerate(raw))
        if origin is dict:
            if not isinstance(raw, dict):
                self.fail(key, f"must be a table, not {type(raw).__name__}")
                return {}
            _k, v_tp = get_args(tp)
            return {k: self.value(v_tp, v, f"{key}.{k}") for k, v in raw.items()}
        if dataclasses.is_dataclass(tp):
            if not isinstance(raw, dict):
                self.fail(key, f"must be a table, not {type(raw).__name__}")
                return None
            return self.table(typing.cast(type, tp), raw, key)
        return self.scalar(tp, raw, key)

    def scalar(self, tp: Any, raw: Any, key: str) -> Any:
        if tp is Path:
            if not isinstance(raw, str):
                self.fail(key, f"must be a path (string), not {type(raw).__name__}")
                return None
            p = Path(raw).expanduser()
            return p if p.is_absolute() else (self.base_dir / p)
        if tp is float and isinstance(raw, int) and not isinstance(raw, bool):
            return float(raw)
        if tp is Any:
            return raw
        ok = isinstance(raw, tp) and not (tp is int and isinstance(raw, bool))
        if not ok:
            self.fail(key, f"must be {_type_name(tp)}, not {type(raw).__name__} {raw!r}")
            return None
        return raw

    def table(self, cls: type[T], raw: dict[str, Any], prefix: str) -> T | None:
        hints = get_type_hints(cls)
        fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        for k in raw:
            if k not in fields:
                near = [n for n in fields if _close(n, k)]
                hint = f" (did you mean {near[0]!r}?)" if near else ""
                self.fail(_join(prefix, k), f"unknown key{hint}")
        kwargs: dict[str, Any] = {}
        for name, f in fields.items():
            key = _join(prefix, name)
            if name not in raw:
                if (f.default is dataclasses.MISSING
                        and f.default_factory is dataclasses.MISSING):
                    self.fail(key, "missing required key")
                elif dataclasses.is_dataclass(hints[name]) and f.default is not None:
                    kwargs[name] = self.table(hints[name], {}, key)  # defaults, paths resolved
                elif isinstance(f.default, Path):
                    kwargs[name] = self.scalar(Path, str(f.default), key)
                continue
            before = len(self.problems)
            val = self.value(hints[name], raw[name], key)
            check = f.metadata.get("check")
            if check and len(self.problems) == before and val is not None:
                problem = check(val)
                if problem:
                    self.fail(key, problem)
            kwargs[name] = val
        if any(p.key.startswith(prefix) for p in self.problems) and prefix:
            return None
        try:
            return cls(**kwargs)
        except (TypeError, ValueError) as exc:
            self.fail(prefix or "(top level)", str(exc))
            return None


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _close(a: str, b: str) -> bool:
    """Edit distance at most 2: enough to catch a typo without suggesting nonsense."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2


def build(cls: type[T], raw: dict[str, Any], base_dir: Path) -> T:
    """Build `cls` from a parsed TOML document or raise Problems listing every mistake."""
    reader = _Reader(base_dir)
    result = reader.table(cls, raw, "")
    if reader.problems or result is None:
        raise Problems(reader.problems or [Problem("(top level)", "could not be read")])
    return result


def find_line(source: str, key: str) -> int | None:
    """Best-effort line number of a dotted key in TOML text (tomllib gives none)."""
    parts = [re.sub(r"\[\d+\]", "", p) for p in key.split(".")]
    section: list[str] = []
    want_section, leaf = parts[:-1], parts[-1]
    header = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
    assign = re.compile(r"^\s*([A-Za-z0-9_\-\".]+)\s*=")
    section_line = None
    for number, line in enumerate(source.splitlines(), 1):
        h = header.match(line)
        if h:
            section = [s.strip().strip('"') for s in h[1].split(".")]
            if section == parts:
                section_line = number
            continue
        a = assign.match(line)
        if a:
            full = section + [s.strip('"') for s in a[1].split(".")]
            if full == [*want_section, leaf]:
                return number
    return section_line
