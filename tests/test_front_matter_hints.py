"""A front matter or pack.toml that is not valid TOML: tomllib's words, then a plain hint.

Clinic writers are rarely programmers: "Invalid value" or "Expected newline or end of
document after a statement" alone does not say what to change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.lint import check_paths
from reader.packs import load_library
from tests.article_tools import article_text, line_of, parse_error

# (a front-matter line written by mistake, what tomllib says, the start of the hint)
MISTAKES = [
    (
        "title = Coping at school",
        "Invalid value",
        'is text missing its quotes? Write it like title = "Coping at school"',
    ),
    # A summary is often longer than a hint can show, or has an apostrophe: the example is
    # still the writer's own line, not a clinic's name.
    (
        "summary = What to do when you feel you cannot cope with what is happening today",
        "Invalid value",
        'is text missing its quotes? Write it like summary = "What to do when you feel you …"',
    ),
    (
        "title = We're here for you",
        "Invalid value",
        'is text missing its quotes? Write it like title = "We\'re here for you"',
    ),
    ("title = \u201cCoping at school\u201d", "Invalid value", "use straight quotes"),
    ("title = 'We're here'", "Expected newline", "is there an apostrophe in the text?"),
    ('title = "Coping at school', "Illegal character", 'is a closing quote (") missing'),
    ("reviewed = 26/11/2026", "Expected newline", "write the date as year-month-day"),
    ("reviewed = 2026-13-01", "Expected newline", "write the date as year-month-day"),
    ("reviewed = 2026-1-5", "Expected newline", "write the date as year-month-day"),
    ("reviewed = November 2026", "Invalid value", "write the date as year-month-day"),
    ('topics = ["feelings"', "Unclosed array", "is the closing ] of a list missing?"),
    # The "]" line of a list written one item to a line, each with its comma, deleted: the
    # next key was read as an item, and was told its text was missing quotes.
    ('sources = [\n  "NICE guideline NG225",', "Invalid value",
     "is the closing ] missing from the list 'sources = [' above this line?"),
    ('title: "Coping at school"', "Expected '='", "write each setting as name = value"),
]  # fmt: skip


def _with(line: str) -> str:
    key = line.split(" ")[0].rstrip(":")
    return article_text(**{key: "REPLACED"}).replace(f"{key} = REPLACED", line)


@pytest.mark.parametrize(("line", "says", "hint"), MISTAKES)
def test_a_front_matter_mistake_gets_a_plain_hint(line: str, says: str, hint: str) -> None:
    error = parse_error(_with(line))
    message = str(error)
    assert message.startswith(f"the front matter is not valid TOML: {says}")
    assert f"({hint}" in message
    assert "at line" not in message  # the file's line is given once, as the problem's own


@pytest.mark.parametrize(("line", "says", "hint"), MISTAKES)
def test_the_checker_gives_the_same_hint_once(
    tmp_path: Path, line: str, says: str, hint: str
) -> None:
    path = tmp_path / "article.md"
    path.write_text(_with(line), encoding="utf-8")
    [found] = [f for f in check_paths([path]) if f.rule == "F1"]
    assert found.message.count(hint) == 1
    assert says in found.message


def test_a_broken_pack_manifest_gets_a_plain_hint(tmp_path: Path) -> None:
    text = '[[collections]]\nid = "ours"\ntitle = Our services\narticles = []\n'
    (tmp_path / "pack.toml").write_text(text, encoding="utf-8")
    library = load_library([tmp_path])
    [problem] = [p for p in library.problems if p.path.name == "pack.toml"]
    assert problem.line == line_of(text, "title =")
    assert "(is text missing its quotes?" in problem.message
    [found] = check_paths([tmp_path / "pack.toml"])
    assert (found.rule, found.line) == ("F4", line_of(text, "title ="))
    assert "(is text missing its quotes?" in found.message
