"""What a parent, or someone ashamed of themselves, types finds the page written for it."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

# A parent's distress at being one listed the pages on bullying and body image first ("hate"
# and "being"), or for "i regret having kids" Supporting someone: the page for parents after a
# baby says such feelings do not make you a bad parent, and who can help.
PARENTS = [
    "i hate being a mum",
    "i hate being a dad",
    "i hate being a parent",
    "i regret having kids",
    "i regret having a baby",
    "im a bad mum",
    "mum guilt",
]


@pytest.mark.parametrize("typed", PARENTS)
def test_a_parents_distress_finds_the_page_for_parents_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["after-having-a-baby"], typed


@pytest.mark.parametrize("typed", PARENTS)
def test_a_parents_distress_never_lists_bullying_or_body_image_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert not {"bullying", "body-image"} & set(top(bundled, typed, count=2)), typed
