"""Raw HTML in an article body is shown as text, never rendered; Markdown still renders."""

from __future__ import annotations

import pytest

from tests.render_tools import html_of


def test_inline_raw_html_is_escaped() -> None:
    html = html_of("Some <b>bold</b> and <span style='color:red'>red</span> words.")
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "&lt;span style='color:red'&gt;red&lt;/span&gt;" in html
    assert "<b>" not in html
    assert "<span" not in html


def test_block_raw_html_is_escaped() -> None:
    html = html_of('<div class="box">\nInside a block.\n</div>\n\nAfter.')
    assert '&lt;div class="box"&gt;' in html
    assert "&lt;/div&gt;" in html
    assert "<div" not in html
    assert "<p>After.</p>" in html


@pytest.mark.parametrize(
    "body",
    [
        "<script>alert('hi')</script>",
        "Before <script src='https://example.org/x.js'></script> after",
        "<script>\nalert(1)\n</script>",
    ],
)
def test_script_tags_are_shown_as_text(body: str) -> None:
    html = html_of(body)
    assert "&lt;script" in html
    assert "<script" not in html.lower()


@pytest.mark.parametrize(
    ("body", "dangerous"),
    [
        ('<iframe src="https://example.org"></iframe>', "<iframe"),
        ("<img src=x onerror=alert(1)>", "<img"),
        ("<!-- hidden note -->", "<!--"),
        ("<style>body { display: none }</style>", "<style"),
        ('<a href="https://example.org">raw link</a>', "<a "),
    ],
)
def test_other_raw_html_is_shown_as_text(body: str, dangerous: str) -> None:
    html = html_of(body)
    assert dangerous not in html
    assert "&lt;" + dangerous[1:] in html


def test_html_in_code_stays_escaped() -> None:
    assert "<code>&lt;b&gt;x&lt;/b&gt;</code>" in html_of("Use `<b>x</b>` like this.")


def test_entities_and_ampersands_are_safe() -> None:
    html = html_of("Tom & Jerry &amp; friends <br>")
    assert "Tom &amp; Jerry &amp; friends &lt;br&gt;" in html


def test_markdown_still_renders() -> None:
    html = html_of("Some **strong** and *soft* words with [a link](lantern:help).")
    assert "<strong>strong</strong>" in html
    assert "<em>soft</em>" in html
    assert '<a href="lantern:help">a link</a>' in html
