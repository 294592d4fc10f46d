"""Jinja2 templates -> mail text and HTML.

Text templates (`NAME.txt.j2`) render without escaping, HTML ones (`NAME.html.j2`) with
autoescape; an undefined variable is an error in both, never a silent blank.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2


@dataclass(frozen=True)
class Rendered:
    text: str
    html: str | None


def default_templates_dir() -> Path:
    """The checkout's templates/ when run from source, else the copy inside the wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "templates", here / "_templates"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("no templates folder found beside the cscbot package")


class Renderer:
    def __init__(self, folder: Path | None = None) -> None:
        loader = jinja2.FileSystemLoader(str(folder or default_templates_dir()))
        self._text = jinja2.Environment(loader=loader, undefined=jinja2.StrictUndefined,
                                        autoescape=False, keep_trailing_newline=True,
                                        trim_blocks=True, lstrip_blocks=True)
        self._html = jinja2.Environment(loader=loader, undefined=jinja2.StrictUndefined,
                                        autoescape=True, trim_blocks=True, lstrip_blocks=True)

    def has(self, name: str) -> bool:
        try:
            self._text.get_template(name)
        except jinja2.TemplateNotFound:
            return False
        return True

    def render(self, name: str, /, **context: Any) -> Rendered:
        """`name` without suffix: renders NAME.txt.j2 and, when it exists, NAME.html.j2."""
        text = self._text.get_template(f"{name}.txt.j2").render(**context)
        html = None
        if self.has(f"{name}.html.j2"):
            html = self._html.get_template(f"{name}.html.j2").render(**context)
        return Rendered(text, html)
