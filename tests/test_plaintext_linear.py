"""Plain text from a line of Markdown in one pass: long pasted lines no longer stall it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.plaintext import plain_text
from tests.run_apart import run_apart

# The substitutions the inline cleaning made; they read ordinary lines the same way.
IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
AUTOLINK = re.compile(r"<[a-z]+:[^>]*>")
EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)")
PIECES = [*"![]()<>:a b*_`|x", "](", "![", "<a:", "http:"]


def by_regex(line: str) -> str:
    line = AUTOLINK.sub("", LINK.sub(r"\1", IMAGE.sub("", line)))
    return EMPHASIS.sub("", line).replace("|", " ").strip()


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_lines_are_cleaned_as_the_regular_expressions_clean_them(line: str) -> None:
    line = "x " + line  # a paragraph's line: not a list item, heading or admonition
    assert plain_text(line) == by_regex(line)


def test_links_images_and_autolinks_are_cleaned() -> None:
    line = "See ![a calm lake](lake.png)[help](lantern:help) or <https://x.org> now."
    assert plain_text(line) == "See help or  now."


def test_long_lines_are_cleaned_in_linear_time() -> None:
    # Run apart with a generous limit: these took hours before (the square of the length);
    # now milliseconds, and a slip fails instead of hanging the suite.
    script = (
        "from reader.plaintext import plain_text\n"
        "for line in ['[' * 200_000, '![' * 100_000, '[' * 100_000 + '](',"
        " '<a:' * 66_000, '[a](' * 50_000]:\n"
        "    assert plain_text(line) == line.replace('_', '').strip()\n"
        "print('done')\n"
    )
    assert run_apart(script) == "done\n"
