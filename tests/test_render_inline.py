"""The quick inline pass renders every article exactly as Python-Markdown's own does."""

from __future__ import annotations

from collections.abc import Iterator

import markdown
import pytest
from markdown.inlinepatterns import SimpleTagInlineProcessor
from markdown.treeprocessors import InlineProcessor

from reader import paths, render
from reader.packs import load_library
from reader.render_inline import QuickInline, needed_characters

# Every inline pattern, alone, at a line's start and end, and in the middle of plain words.
SAMPLES = [
    "plain words only, with commas; and a full stop.",
    "*em* and **strong** and ***both***, _em_ and __strong__, snake_case_name, 2 * 3 * 4",
    "a [link](lantern:help) and [another][ref] and [ref]\n\n[ref]: https://example.org",
    "an ![image](pic.png) and ![alt][img]\n\n[img]: pic.png",
    "`code` and `` code with ` inside `` and \\*not em\\* and \\\\ a backslash",
    "<https://example.org> and <someone@example.org> and a < b > c",
    "AT&amp;T, &copy; 2026, &#169; and &#xA9; and a lone & sign",
    "two spaces at a line's end  \nmake a break; one space \ndoes not",
    "* a list with *em* inside\n* and a [link](lantern:article/x)\n\n1. one\n2. **two**",
    "| a | *b* |\n|---|---|\n| `c` | [d](lantern:help) |",
    '!!! note "A *title*"\n    Body with **strong** and a [link](lantern:help).',
]


_QUICK = render._make_converter


def _stock(articles: frozenset[str] | None = None) -> markdown.Markdown:
    converter = _QUICK(articles)
    converter.treeprocessors.register(InlineProcessor(converter), "inline", 20)
    return converter


def _bundled_bodies() -> Iterator[str]:
    library = load_library([paths.content_dir()])
    yield from (article.body for article in library.articles.values())


def _both(body: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    render._converters.clear()
    quick = render.render_markdown(body).html
    with monkeypatch.context() as patched:
        patched.setattr(render, "_make_converter", _stock)
        render._converters.clear()
        stock = render.render_markdown(body).html
    render._converters.clear()
    return quick, stock


@pytest.mark.parametrize("body", SAMPLES)
def test_each_inline_pattern_renders_as_python_markdown_renders_it(
    body: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    quick, stock = _both(body, monkeypatch)
    assert quick == stock


def test_every_bundled_article_renders_as_python_markdown_renders_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bodies = list(_bundled_bodies())
    assert len(bodies) > 40
    for body in bodies:
        quick, stock = _both(body, monkeypatch)
        assert quick == stock


def test_the_converter_uses_the_quick_pass() -> None:
    render._converters.clear()
    assert isinstance(render._converter_for(None).treeprocessors["inline"], QuickInline)


def test_a_pattern_it_does_not_know_turns_the_quick_pass_off() -> None:
    converter = render._make_converter()
    # A clinic-style extension's own pattern, matching words no known pattern starts with.
    converter.inlinePatterns.register(SimpleTagInlineProcessor(r"()~~(.+?)~~", "del"), "del", 5)
    assert converter.convert("a ~~gone~~ word") == "<p>a <del>gone</del> word</p>"
    assert needed_characters(["em_strong", "del"]) is None


def test_what_the_known_patterns_need() -> None:
    needed = needed_characters(["em_strong", "linebreak", "entity"])
    assert needed is not None
    assert needed.search("plain words") is None
    assert needed.search("an *em*")
    assert needed.search("AT&T")
    assert needed.search("a  \nb")
    assert needed.search("a \nb") is None
