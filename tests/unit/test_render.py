"""Templates: an undefined variable is an error; HTML is escaped, text is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from cscbot.render import Renderer


@pytest.fixture
def renderer(tmp_path: Path) -> Renderer:
    (tmp_path / "note.txt.j2").write_text("Dear {{ name }},\n{{ body }}\n")
    (tmp_path / "note.html.j2").write_text("<p>Dear {{ name }},</p><p>{{ body }}</p>")
    (tmp_path / "plain.txt.j2").write_text("Only {{ what }}\n")
    return Renderer(tmp_path)


def test_undefined_variable_is_an_error(renderer: Renderer) -> None:
    import jinja2
    with pytest.raises(jinja2.UndefinedError):
        renderer.render("note", name="A")


def test_html_is_escaped_and_text_is_not(renderer: Renderer) -> None:
    out = renderer.render("note", name="<script>x</script>", body="R&D \"ok\"")
    assert out.text == "Dear <script>x</script>,\nR&D \"ok\"\n"
    assert out.html is not None
    assert "&lt;script&gt;x&lt;/script&gt;" in out.html and "<script>" not in out.html
    assert "R&amp;D" in out.html


def test_html_part_only_when_the_template_exists(renderer: Renderer) -> None:
    assert renderer.render("plain", what="text").html is None
