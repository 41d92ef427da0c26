"""An older reader who gets confused: Self-harm and hard feelings in later life first, then
Talking to a doctor.

"im 80 and i get confused" listed Self-harm in adult life first, then the pages on being
adopted and for parents, and the page on later life (which says low mood and worry can make it
hard to think clearly, and a GP can check a worried memory) not at all (left by the eleventh
search hunt).
"""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

LATER_LIFE = ["in-later-life", "talking-to-a-doctor"]


@pytest.mark.parametrize(
    "typed",
    ["im 80 and i get confused", "I'm 80 and I get confused", "im 80 and confused"]
    + ["i am 82 and i get muddled", "im 75 and i get mixed up", "70 year old and confused"]
    + ["im in my 80s and i get confused a lot", "im 80 and i keep forgetting things"],
)
def test_an_older_reader_who_gets_confused_finds_the_page_on_later_life_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=2) == LATER_LIFE, typed


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        # Without an older age, confusion keeps its pages (tests/test_search_learning.py).
        ("i get confused", "if-you-have-a-learning-disability"),
        ("confused", "in-crisis-right-now"),
        ("im 15 and i get confused", None),
        ("i get confused at school", None),
    ],
)
def test_confusion_without_an_older_age_is_not_led_by_later_life(
    bundled: SearchIndex, typed: str, first: str | None
) -> None:
    found = top(bundled, typed, count=2)
    assert "in-later-life" not in found, typed
    if first is not None:
        assert found[0] == first, typed
