"""What the pack has no page on, typed alone: nothing listed, not a page whose words it shares.

With no results the search screen offers Browse all articles, Get help now and the coping
tools (tests/ui/test_polish_search.py); a page beside the point read as the answer.
"""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top


# "birth control" listed If you are adopted first ("birth family", "in control"), then the
# pages after a baby and on losing one; "morning after pill" Looking after the basics (found by
# the eighth search hunt). "contraception" already found nothing.
@pytest.mark.parametrize(
    "typed",
    ["birth control", "Birth control", "birth control pill", "the birth control pills"]
    + ["morning after pill", "the morning after pill", "contraception"],
)
def test_what_no_page_is_about_lists_nothing(bundled: SearchIndex, typed: str) -> None:
    assert bundled.search(typed) == [], typed


# Said with what it is doing to the reader, it is a search like any other.
def test_what_no_page_is_about_said_with_a_feeling_finds_the_page_on_it(
    bundled: SearchIndex,
) -> None:
    assert top(bundled, "birth control made me depressed", count=1) == ["when-you-feel-low"]


# Half typed, each word still finds what it starts: "birth" is in the pages on adoption and a
# baby, "control" in the page on gambling.
def test_a_word_of_it_alone_still_finds_pages(bundled: SearchIndex) -> None:
    assert top(bundled, "birth", count=1) != []
    assert "when-gambling-is-hard-to-stop" in top(bundled, "control", count=4)
