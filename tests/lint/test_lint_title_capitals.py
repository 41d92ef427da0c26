"""L16 capitals: acronyms in a title are fine; shouting is not."""

from __future__ import annotations

import pytest

from reader.lint.language import find_hits
from reader.lint.rules import RULES

CAPITALS = [RULES["L16"]]


@pytest.mark.parametrize(
    "title",
    [
        "What CAMHS can do",
        "Living with PTSD",
        "Text SHOUT when words are hard",
        "Talking to your GP about ADHD",
        "PTSD",
    ],
)
def test_acronyms_in_a_title_are_not_shouting(title: str) -> None:
    assert find_hits(title, CAPITALS) == []


@pytest.mark.parametrize(
    "title",
    ["SHOUTING about feelings", "Feeling OVERWHELMED today", "GET HELP NOW", "HELP ME", "WHY ME?"],
)
def test_a_long_capital_word_or_a_title_all_in_capitals_warns(title: str) -> None:
    assert [hit.rule.id for hit in find_hits(title, CAPITALS)] == ["L16"]


@pytest.mark.parametrize("title", ["A1 " * 50_000 + "x", "AB " + "1 " * 100_000, "A " * 100_000])
def test_a_huge_title_in_capitals_is_read_in_linear_time(title: str) -> None:
    # A pattern that backtracks would take minutes on these.
    assert find_hits(title, CAPITALS) == []
