"""Words that say how much or how long ("so much it hurts", "every day") do not pick the pages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.crisis_words import suggests_crisis
from reader.search import SearchIndex
from tests.search_tools import bundled_index, top


@pytest.fixture(scope="module")
def bundled() -> Iterator[SearchIndex]:
    yield from bundled_index()


# "i miss my dad so much it hurts" listed the page on anger first (it says "hurts" and names
# grief once), "i miss my mum every day" the page on a suicide loss: the page on grief says
# "hurt", not "hurts", and never "every".
@pytest.mark.parametrize(
    "typed",
    ["i miss my dad so much it hurts", "i miss my mum every day", "i miss my mum so much"]
    + ["my mum died and it hurts so much", "my dad died last year and i still cry every day"]
    + ["i cant stop crying since my nan died", "since my dad died", "i miss my nan all the time"],
)
def test_a_loss_told_with_how_much_it_hurts_finds_the_page_on_grief_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["grief-and-loss"], typed
    assert not suggests_crisis(typed)  # it hurts, but says no danger


def test_how_much_typed_alone_is_still_searched(bundled: SearchIndex) -> None:
    assert top(bundled, "it hurts") != []
    assert top(bundled, "every day") != []
