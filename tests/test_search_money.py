"""Money, in a reader's words: the page on money worries first."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top


# A feeling about money: the page on gambling, which says "panic", "stress" and "money", came
# first for "i panic about money" and "stressed about money" (found by the code review).
@pytest.mark.parametrize(
    "typed",
    ["i panic about money", "stressed about money", "i panic about bills", "money panic"]
    + ["i panic about debt", "scared about money", "money anxiety"],
)
def test_a_feeling_about_money_finds_the_page_on_money_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["money-worries"], typed
