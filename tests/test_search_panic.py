"""Panic where it comes, in everyday places: the page on panic first (left by the twelfth
search hunt)."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

PANIC = "panic-and-anxiety"


# No page names the bus, the shops or the school run with panic: "i panic picking my kids up
# from school" listed the page after having a baby first, "panic attacks on the bus" the page
# on gambling, "i panic on the train" the page after losing a baby, "panic attacks on the
# school run" the page for refugees, with the page on panic in none's first four.
@pytest.mark.parametrize(
    "typed",
    ["i panic picking my kids up from school", "i get anxious picking up my son"]
    + ["i panic dropping my kids off at school", "panic attacks on the school run"]
    + ["panic attacks on the bus", "i panic on the train", "i panic in shops"]
    + ["panic attacks in crowds", "i panic when i leave the house", "i freak out in crowds"],
)
def test_panic_in_an_everyday_place_finds_the_page_on_panic_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [PANIC], typed


# A place with a page of its own keeps it, and more said makes it a search like any other.
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("panic attacks at work", "when-work-is-too-much"),
        ("panic attacks at school", "school-and-college"),
        ("my son self harms and panics on the bus", "when-your-child-self-harms"),
    ],
)
def test_panic_with_a_place_that_has_its_own_page_keeps_it(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first], typed
