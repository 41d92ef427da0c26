"""Headings and rules without blank lines around them: rendered as before, in linear time."""

from __future__ import annotations

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.render import render_markdown
from tests.run_apart import run_apart

# Lines an author might write with no blank line between them.
LINES = [
    "## Step",
    "#Tight",
    "# A # b #",
    "***",
    "- - -",
    "___",
    "---",
    "Some words.",
    "- an item",
    "1. first",
    "> quoted",
    "    indented",
    "",
    "| a | b |",
    "|---|---|",
]


def plain_python_markdown(body: str) -> str:
    """The same extensions, with none of Lantern's own steps (these lines need none)."""
    extensions = ["tables", "toc", "sane_lists", "admonition"]
    return markdown.markdown(body, extensions=extensions, output_format="html")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=12).map("\n".join))
def test_headings_and_rules_render_as_python_markdown_renders_them(body: str) -> None:
    assert render_markdown(body).html == plain_python_markdown(body)


def test_headings_next_to_words_each_end_their_block() -> None:
    html = render_markdown("## Step one\nBreathe in.\n## Step two\n***\nBreathe out.").html
    assert html.count("<h2") == 2
    assert html.count("<hr") == 1
    assert html.count("<p>") == 2


def test_thousands_of_headings_without_blank_lines_render_in_linear_time() -> None:
    # Run apart with a generous limit: 20,000 headings took 35 s (the square of their number);
    # now about a second, and a slip fails instead of stalling the suite.
    script = (
        "from reader.render import render_markdown\n"
        "html = render_markdown('## Step\\n' * 20_000 + '***\\n' * 20_000).html\n"
        "print(html.count('<h2'), html.count('<hr'))\n"
    )
    assert run_apart(script, timeout=20) == "20000 20000\n"
