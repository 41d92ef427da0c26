"""A plain call for help ("i need help"): the crisis page, then the pages on talking to someone.

The page on a learning disability gives "I need help." as words to say, and came first for
each of these; the crisis page was sixth (found by the ninth search hunt).
"""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

CRISIS = "in-crisis-right-now"
TALKING = ["talking-to-someone", "talking-to-a-doctor"]


@pytest.mark.parametrize(
    "typed",
    ["i need help", "need help", "I need some help.", "i need help please", "please i need help"]
    + ["i really need help", "i need help now", "i want help", "need help asap"],
)
def test_a_plain_call_for_help_lists_the_crisis_page_then_talking_to_someone(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=3) == [CRISIS, *TALKING], typed


# Said with what help is for, it is a search for that, and the crisis page is not put first.
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("i need help with my anxiety", "panic-and-anxiety"),
        ("i need help with money", "money-worries"),
        ("need help with depression", "when-you-feel-low"),
        ("i need help for my son", "when-your-child-self-harms"),
    ],
)
def test_help_with_something_named_finds_the_page_on_it(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first], typed


def test_help_with_self_harm_lists_the_pages_on_getting_help_with_it(
    bundled: SearchIndex,
) -> None:
    found = top(bundled, "i need help with self harm", count=3)
    assert "if-you-have-a-learning-disability" not in found
    assert set(TALKING) <= set(found)


# "help" typed alone, or with "me" or "please" only: the armed forces page came first ("if
# you have served" says "help" most), then the pages on gambling and on nowhere to stay, with
# the crisis page not in the first four (found by the tenth search hunt).
@pytest.mark.parametrize("typed", ["help", "Help", "help me", "help me please", "please help"])
def test_help_typed_alone_lists_the_crisis_page_then_talking_to_someone(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=3) == [CRISIS, *TALKING], typed


# Said with what it is for, it stays a search for that.
@pytest.mark.parametrize(
    ("typed", "first"),
    [("help with money", "money-worries"), ("help me sleep", "looking-after-the-basics")],
)
def test_help_with_something_named_keeps_its_page(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first], typed


# What is typed on the way to "help", as the list changes with each letter: "hel" listed the
# page for people who have served first (found by the code review).
@pytest.mark.parametrize("typed", ["hel", "Hel", "i need hel", "please hel"])
def test_help_half_typed_lists_the_crisis_page_first(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) == [CRISIS], typed


# Other words that start so are left be.
@pytest.mark.parametrize("typed", ["hell", "hello", "helping", "helpful tips"])
def test_words_that_start_like_help_keep_their_pages(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) != [CRISIS], typed
