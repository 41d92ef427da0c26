"""M10: a list the reading view would not show as the writer laid it out is a warning."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.lint import Finding
from reader.render import render_markdown
from tests.lint.helpers import CLEAN_BODY

Check = Callable[..., list[Finding]]
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s")

# (Markdown, the line of the slip counted from 1, its column) - each looks like a list in an
# editor, and the reading view shows its items run into the text or at the wrong level.
SLIPS = [
    ("What you can do:\n- Breathe slowly.\n- Call a friend.", 2, 1),
    ("**Steps:**\n1. Sit down.\n2. Breathe out slowly.", 2, 1),
    ("## Steps\nTry these:\n- Breathe slowly.", 3, 1),
    ("- Breathe slowly.\n  - Count to four.\n- Call a friend.", 2, 3),
    ("1. Sit down.\n   - Feel the chair.", 2, 4),
    ("- Breathe.\n    - Count.\n      - In and out.", 3, 7),
]
# Lists laid out as Python-Markdown reads them, and things that only look like lists.
FINE = [
    "What you can do:\n\n- Breathe slowly.\n- Call a friend.",
    "## Steps\n- Breathe slowly.\n- Call a friend.",
    "- Breathe slowly.\n    - Count to four.\n- Call a friend.",
    "- Breathe slowly.\n - Count to four.",  # one space: the same level, as it looks
    "- Breathe slowly\nand keep going.\n- Call a friend.",
    "A line.\n* * *\n- Breathe slowly.",
    "```\nCode:\n- not a list\n```",
    '!!! tip "Try this"\n    Breathe slowly.\n- Call a friend.',
]


@pytest.mark.parametrize(("markdown", "line", "column"), SLIPS)
def test_a_list_shown_otherwise_than_written_is_a_warning(
    check_one: Check, pack: Path, markdown: str, line: int, column: int
) -> None:
    [found] = check_one(CLEAN_BODY + "\n" + markdown + "\n")
    assert (found.rule, found.severity) == ("M10", "warning")
    lines = (pack / "article.md").read_text(encoding="utf-8").split("\n")
    slip = markdown.split("\n")[line - 1]
    assert (lines[found.line - 1], found.column) == (slip, column)
    assert "4 spaces" in found.message or "blank line before the list" in found.message


@pytest.mark.parametrize(("markdown", "line", "column"), SLIPS)
def test_the_reading_view_does_not_show_a_flagged_item_as_written(
    markdown: str, line: int, column: int
) -> None:
    """The warning is true: the item is run into the text, or not inside the item above."""
    lines = markdown.split("\n")
    item = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", lines[line - 1])
    html = render_markdown(markdown).html
    if _ITEM.match(lines[line - 2]):  # meant as an item inside the one above
        assert re.search(r"<(?:ul|ol)>\s*<li>" + re.escape(item), html) is None
    else:  # meant as a list after the text
        assert f"<li>{item}" not in html


@pytest.mark.parametrize("markdown", FINE)
def test_a_list_laid_out_as_it_reads_passes(check_one: Check, markdown: str) -> None:
    assert check_one(CLEAN_BODY + "\n" + markdown + "\n") == []
