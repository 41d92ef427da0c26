"""The checker reads links, pictures and HTML where Lantern shows them, and not in code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.lint import Finding
from reader.lint.markdown import read_body
from reader.render import render_markdown
from tests.lint.helpers import CLEAN_BODY

LINK = "[a page](lantern:article/no-such-page) <b>"
# (the body, whether Lantern shows the link as a link), as Python-Markdown reads it.
BODIES = [
    (f"Text.\n\n    {LINK}\n", False),
    (f"Text.\n\n\t{LINK}\n", False),
    (f"    {LINK}\n", False),
    (f"## A heading\n    {LINK}\n", False),
    (f"Text.\n\n---\n    {LINK}\n", False),
    (f"Text.\n\n    code\n\n    {LINK}\n", False),
    (f"- item\n\n        {LINK}\n", False),
    (f"- item\n    - inner\n\n            {LINK}\n", False),
    (f"- item\n\nText.\n\n    {LINK}\n", False),
    (f'!!! note "Note"\n    Text.\n\n        {LINK}\n', False),
    (f"Text\n    {LINK}\n", True),  # runs on from the paragraph
    (f"Text.\n\n    code\n{LINK}\n", True),
    (f"Text.\n\n   {LINK}\n", True),
    (f"- item\n\n    {LINK}\n", True),  # more of the item
    (f"1. item\n\n    {LINK}\n", True),
    (f"- item\n\n      {LINK}\n", True),
    (f"- item\n\n    - inner\n\n        {LINK}\n", True),
    (f'!!! note "Note"\n    {LINK}\n', True),
    # Lantern has no fenced code blocks: ``` ... ``` is a code span, in one paragraph.
    (f"Text.\n\n```\n{LINK}\n```\n", False),
    (f"Text.\n\n```text\n{LINK}\n```\n", False),
    (f"Text.\n\n~~~\n{LINK}\n~~~\n", True),
    (f"Text.\n\n```\n{LINK}\n\nMore.\n```\n", True),
    (f"Text.\n\n```\n{LINK}\n````\n", True),
    (f"Text.\n\n```\n{LINK}\n", True),
    # The code span ends early, or a line inside starts a block of its own: the rest is live.
    (f"Text.\n\n```\na ``` {LINK}\n```\n", True),
    (f"Text ```\n```\n{LINK}\n```\n", True),
    (f"Text.\n\n```\n# A heading {LINK}\n```\n", True),
    (f"Text.\n\n```\n## A heading\n{LINK}\n```\n", True),
    (f"Text.\n\n```\n---\n{LINK}\n```\n", True),
    (f"```\n===\n{LINK}\n```\n", True),
    (f"Text.\n\n```\n> {LINK}\n```\n", True),
    (f'Text.\n\n```\n!!! note "Note"\n    {LINK}\n```\n', True),
]


@pytest.mark.parametrize(("body", "shown"), BODIES)
def test_the_checker_reads_links_where_lantern_shows_them(body: str, shown: bool) -> None:
    assert ("<a " in render_markdown(body).html) is shown  # the case is as Lantern shows it
    found = read_body(body)
    assert [link.target for link in found.links] == (
        ["lantern:article/no-such-page"] if shown else []
    )
    assert bool(found.html) is shown


def test_no_false_alarm_for_a_link_in_indented_code(
    check_one: Callable[..., list[Finding]],
) -> None:
    body = (
        CLEAN_BODY
        + "\nTo link to another page, write:\n\n    [its title](lantern:article/its-id)\n"
    )
    assert check_one(body) == []
    fenced = CLEAN_BODY + "\nTo link, write:\n\n```\n[its title](lantern:article/its-id)\n```\n"
    assert check_one(fenced) == []


def test_a_picture_between_tildes_still_needs_its_safety_review(
    check_one: Callable[..., list[Finding]], pack: Path
) -> None:
    # Lantern shows it as a picture: skipping it would let an unreviewed image through.
    (pack / "images").mkdir()
    (pack / "images" / "scars.png").write_bytes(b"\x89PNG")
    body = CLEAN_BODY + "\nLook:\n\n~~~\n![A picture](images/scars.png)\n~~~\n"
    assert [(f.rule, f.severity) for f in check_one(body)] == [("L11", "error")]


def test_a_picture_after_a_heading_between_backticks_still_needs_its_safety_review(
    check_one: Callable[..., list[Finding]], pack: Path
) -> None:
    # The heading ends the paragraph the code span was in: Lantern shows the picture.
    (pack / "images").mkdir()
    (pack / "images" / "scars.png").write_bytes(b"\x89PNG")
    body = CLEAN_BODY + "\nLook:\n\n```\n## More\n![A picture](images/scars.png)\n```\n"
    assert [(f.rule, f.severity) for f in check_one(body)] == [("L11", "error")]
