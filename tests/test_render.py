"""Rendering article bodies: headings, callouts, tables, lists, safe images and links."""

from __future__ import annotations

import re
import sys
import traceback

import pytest

from reader.render import MAX_LIST_DEPTH, Heading, heading_place, list_too_deep, render_markdown
from tests.render_tools import html_of

# --- headings -----------------------------------------------------------------------------


def test_headings_get_ids_and_appear_in_headings() -> None:
    rendered = render_markdown("## First part\n\nText.\n\n### A detail\n\n## Second part\n")
    assert '<h2 id="first-part">First part</h2>' in rendered.html
    assert '<h3 id="a-detail">A detail</h3>' in rendered.html
    assert '<h2 id="second-part">Second part</h2>' in rendered.html
    assert rendered.headings == (
        Heading(2, "first-part", "First part"),
        Heading(3, "a-detail", "A detail"),
        Heading(2, "second-part", "Second part"),
    )


def test_every_heading_anchor_exists_in_the_html() -> None:
    rendered = render_markdown("# One\n\n## Two\n\n### Three\n\n#### Four\n")
    ids = set(re.findall(r'<h\d id="([^"]+)"', rendered.html))
    assert [h.level for h in rendered.headings] == [1, 2, 3, 4]
    assert {h.anchor for h in rendered.headings} == ids


def test_repeated_headings_get_unique_ids() -> None:
    rendered = render_markdown("## Part\n\n## Part\n")
    anchors = [h.anchor for h in rendered.headings]
    assert len(set(anchors)) == 2
    assert all(f'id="{a}"' in rendered.html for a in anchors)


def test_heading_titles_are_plain_text() -> None:
    # The table of contents shows titles as text; entities would show up literally.
    rendered = render_markdown("## Myths & facts\n\n## A *calm* place\n\n## Use <b> tags\n")
    assert [h.title for h in rendered.headings] == [
        "Myths & facts",
        "A calm place",
        "Use <b> tags",
    ]
    assert "<b>" not in rendered.html


def test_headings_do_not_leak_between_renders() -> None:
    render_markdown("## Earlier article\n")
    assert render_markdown("## Later article\n").headings == (
        Heading(2, "later-article", "Later article"),
    )


def test_empty_body() -> None:
    rendered = render_markdown("")
    assert rendered.html == ""
    assert rendered.headings == ()


# --- callouts, tables, lists --------------------------------------------------------------


def test_admonition_becomes_a_callout_table() -> None:
    html = html_of('!!! note "Remember"\n    You are not alone.\n\nAfter the box.')
    assert '<table class="callout note"' in html
    assert '<p class="callout-title"><b>Remember</b></p>' in html
    assert "<p>You are not alone.</p>" in html
    assert "admonition" not in html
    callout = html[html.index("<table") : html.index("</table>")]
    assert "You are not alone." in callout
    assert "After the box." not in callout


def test_admonition_without_a_title_uses_its_kind() -> None:
    html = html_of("!!! tip\n    Try a slow breath.")
    assert '<table class="callout tip"' in html
    assert "<b>Tip</b>" in html


def test_admonition_keeps_markdown_inside() -> None:
    html = html_of('!!! warning "If you are in danger"\n    Call **now**.')
    assert '<table class="callout warning"' in html
    assert "<strong>now</strong>" in html


def test_tables_render() -> None:
    html = html_of("| Feeling | What helps |\n|---|---|\n| Tired | Rest |\n")
    assert "<table>" in html
    assert "<th>Feeling</th>" in html
    assert "<td>Rest</td>" in html


def test_lists_render() -> None:
    html = html_of("1. First\n2. Second\n\n- One\n- Two\n")
    assert "<ol>\n<li>First</li>\n<li>Second</li>\n</ol>" in html
    assert "<ul>\n<li>One</li>\n<li>Two</li>\n</ul>" in html


# --- images -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "src",
    [
        "https://example.org/track.png",
        "http://example.org/track.png",
        "HTTPS://EXAMPLE.ORG/TRACK.PNG",
        "//example.org/track.png",
        "/etc/hostname",
        "file:///etc/hostname",
        "data:image/png;base64,AAAA",
        "C:\\Users\\someone\\picture.png",
    ],
)
def test_remote_and_absolute_images_are_removed(src: str) -> None:
    html = html_of(f"Before ![a picture]({src}) after.")
    assert "<img" not in html
    assert "Before" in html
    assert "after." in html


def test_reference_style_remote_image_is_removed() -> None:
    html = html_of("![picture][pic]\n\n[pic]: https://example.org/track.png\n")
    assert "<img" not in html


def test_pack_images_are_kept() -> None:
    html = html_of("![A calm lake](images/lake.png)")
    assert '<img alt="A calm lake" src="images/lake.png"' in html


# --- links to articles the library does not hold -------------------------------------------


@pytest.mark.parametrize(
    "href", ["lantern:article/gone-away", "gone-away", "gone-away.md", "lantern:article/gone-away "]
)
def test_a_link_to_a_missing_article_becomes_its_words(href: str) -> None:
    html = render_markdown(f"Read [*this* one]({href}) now.", {"here"}).html
    assert "<a" not in html
    assert html == "<p>Read <span><em>this</em> one</span> now.</p>"


def test_links_to_present_articles_screens_anchors_and_the_web_stay() -> None:
    body = (
        "[a](lantern:article/here) [b](here.md) [c](lantern:help) [d](#part) "
        "[e](https://example.org/) [f](lantern:exercise/breathing)"
    )
    html = render_markdown(body, {"here"}).html
    assert html.count("<a ") == 6
    assert "<span>" not in html


def test_without_a_library_every_link_is_kept() -> None:
    assert '<a href="lantern:article/gone-away">' in html_of("[x](lantern:article/gone-away)")


def test_an_images_description_is_written_under_it() -> None:
    """Qt reads a picture to a screen reader as an object character; the caption is text."""
    html = render_markdown("![A calm lake at dusk](lake.png)\n\nAfter it.\n").html
    assert '<p class="caption">A calm lake at dusk</p>' in html
    assert html.index("<img") < html.index("caption") < html.index("After it.")
    assert '<p class="figure"><img' in html  # its own line height, not the text's 160%


def test_an_image_without_a_description_gets_no_empty_caption() -> None:
    assert "caption" not in render_markdown("![](lake.png)\n").html


def test_rendering_again_gives_the_same_html_and_contents() -> None:
    """The converter is reused between articles; nothing of one may leak into the next."""
    first = "## Calm\n\nText with a [ref] link.\n\n[ref]: lantern:help\n"
    second = "## Other\n\nNothing else [here].\n"
    once = render_markdown(first)
    render_markdown(second)
    again = render_markdown(first)
    assert again == once
    other = render_markdown(second)
    assert [h.title for h in other.headings] == ["Other"]
    assert "[here]" in other.html  # the first one's reference does not resolve here
    assert 'id="calm"' in once.html  # not "calm_1" the second time


# --- nesting too deep for Python-Markdown --------------------------------------------------

DEEP_LIST = "".join("    " * level + f"- item {level}\n" for level in range(300))


def test_lists_nested_too_deeply_are_shown_flat_with_their_links() -> None:
    # 300 levels raised RecursionError, and the article could not be opened at all.
    body = "Intro.\n\n" + DEEP_LIST + "    " * 300 + "- [Get help now](lantern:help)\n"
    html = render_markdown(body).html
    assert html.count("<li>") == 301
    assert html.count("<ul>") == 1  # one flat list
    assert "<ul>\n<li>item 0</li>\n<li>item 1</li>" in html
    assert '<a href="lantern:help">Get help now</a>' in html


def test_a_list_within_the_limit_keeps_its_levels() -> None:
    body = "".join("    " * level + f"- item {level}\n" for level in range(MAX_LIST_DEPTH))
    assert render_markdown(body).html.count("<ul>") == MAX_LIST_DEPTH
    assert list_too_deep(body) is None


@pytest.mark.parametrize(
    ("body", "row"),
    [
        (DEEP_LIST, MAX_LIST_DEPTH),
        ("Intro.\n\n" + "- " * (MAX_LIST_DEPTH + 1) + "deep\n", 2),
        ("> " + "\t" * MAX_LIST_DEPTH + "1. deep\n", 0),
        ("```\n" + DEEP_LIST + "```\n", None),  # code, not lists
        ("* " * 30 + "*\n", None),  # a rule, not lists
    ],
)
def test_list_too_deep_gives_the_first_row_over_the_limit(body: str, row: int | None) -> None:
    assert list_too_deep(body) == row


def test_other_nesting_too_deep_is_shown_as_plain_paragraphs() -> None:
    body = "## Part\n\nIntro.\n\n" + "".join("    " * n + "!!! note\n" for n in range(100))
    body += "    " * 100 + "Deep words & more.\n"
    limit = sys.getrecursionlimit()
    # As if opened deep in a busy stack: these 100 levels then raise RecursionError.
    sys.setrecursionlimit(len(traceback.extract_stack()) + 150)
    try:
        rendered = render_markdown(body)
    finally:
        sys.setrecursionlimit(limit)
    assert rendered.html.startswith("<p>## Part</p><p>Intro.</p><p>!!! note !!! note")
    assert rendered.html.endswith("!!! note Deep words &amp; more.</p>")
    assert render_markdown("Then *calm*.").html == "<p>Then <em>calm</em>.</p>"


def test_an_anchor_names_its_heading_and_which_of_the_same_name_it_is() -> None:
    body = "## Part A\n\n### Try this\n\nText.\n\n## Part B\n\n### Try this\n\nMore."
    headings = render_markdown(body).headings
    assert heading_place(headings, "#try-this") == ("Try this", 0)
    assert heading_place(headings, "#try-this_1") == ("Try this", 1)
    assert heading_place(headings, "part-b") == ("Part B", 0)
    assert heading_place(headings, "Part B") == ("Part B", 0)  # a heading's text, as is


def test_an_anchor_in_any_script_names_its_heading() -> None:
    # As CONTENT.md tells writers to spell it; the toc's own anchor for these is "_1", "_2".
    body = "## Що може допомогти\n\nТекст.\n\n## 什么可能有帮助\n\n文本。\n\n"
    body += "## Qué puede ayudar\n\nSí."
    headings = render_markdown(body).headings
    assert heading_place(headings, "#що-може-допомогти") == ("Що може допомогти", 0)
    assert heading_place(headings, "#什么可能有帮助") == ("什么可能有帮助", 0)
    assert heading_place(headings, "#qué-puede-ayudar") == ("Qué puede ayudar", 0)
    assert heading_place(headings, "#que-puede-ayudar") == ("Qué puede ayudar", 0)
