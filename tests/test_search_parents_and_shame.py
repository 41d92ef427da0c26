"""What a parent, or someone ashamed of themselves, types finds the page written for it."""

from __future__ import annotations

import pytest

from reader.crisis_words import suggests_crisis
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


# Shame said of the whole self listed first a page that says "does not make you a bad person"
# in passing (thirteen do), or the page on the feelings behind self-harm: the page on shame
# names "I am bad" and "I am worthless" as shame, and ways to be kinder to yourself.
@pytest.mark.parametrize(
    "typed",
    ["am i a bad person", "im a horrible person", "im a terrible person", "i hate myself"]
    + ["I HATE MYSELF", "i hate myself so much", "i really hate myself", "im a monster"],
)
def test_shame_of_the_whole_self_finds_the_page_on_shame_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["shame-and-guilt"], typed


def test_self_hatred_with_a_wish_to_die_still_brings_help_first() -> None:
    assert suggests_crisis("i hate myself and want to die")
    assert suggests_crisis("i hate myself i want to kill myself")
    assert not suggests_crisis("i hate myself")
