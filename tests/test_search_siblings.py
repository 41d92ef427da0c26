"""A brother or sister of someone who self-harms, in their own words: When your brother or
sister self-harms first.

Once it landed, "my brother self harms" still listed Supporting someone first (it was read as
anyone's self-harm), and "my sister gets all the attention" the page on ADHD, "my brother is
always in hospital and my parents forget me" the page on a changing family, with it not in the
first four (found when the page landed).
"""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

SIBLINGS = "when-your-brother-or-sister-self-harms"


@pytest.mark.parametrize(
    "typed",
    ["my brother self harms", "my sister cuts herself", "my sibling self harms"]
    + ["my little sister cuts herself", "my twin is cutting", "my big brother is self harming"]
    + ["my step brother cuts himself", "my sister self harms and my parents ignore me"]
    + ["my brother is self harming and i dont know what to do", "my sister burns herself"],
)
def test_a_siblings_self_harm_lists_the_page_for_siblings_then_supporting_someone(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=2) == [SIBLINGS, "supporting-someone"], typed


@pytest.mark.parametrize(
    "typed",
    ["my sister gets all the attention", "my brother gets all the attention"]
    + ["my brother is always in hospital and my parents forget me"]
    + ["my parents forget about me because of my brother", "my sister is always in hospital"]
    + ["my parents never notice me because of my brother", "my parents only care about my sister"],
)
def test_a_sibling_left_out_finds_the_page_for_siblings_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [SIBLINGS], typed


# Their neighbours keep their pages.
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("my brother is mean to me", "bullying"),  # as "my sister picks on me" is
        ("my husband hits me", "when-home-is-not-safe"),
        ("my brothers girlfriend self harms", "supporting-someone"),
        ("my brother found out i self harm", "when-someone-finds-out"),
        ("my brother killed himself", "after-a-suicide-loss"),
        ("my sisters son is cutting", "when-your-child-self-harms"),
    ],
)
def test_a_siblings_neighbours_keep_their_pages(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first], typed


# A brother or sister typed with a slip, late at night or on a phone: "my sistr is cutting" and
# "my brohter is self harming" were read as the reader's own self-harm and listed Understanding
# self-harm first, with neither page for the one who typed it in the first four. A word one
# slip from them is nobody ("it doesnt bother me").
@pytest.mark.parametrize(
    "typed",
    ["my sistr is cutting", "my sisiter self harms", "my brohter is self harming"]
    + ["my siblign cuts himself"],
)
def test_a_brother_or_sister_with_a_slip_finds_the_page_for_siblings_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=2) == [SIBLINGS, "supporting-someone"], typed


def test_a_word_one_slip_from_brother_is_nobody(bundled: SearchIndex) -> None:
    found = top(bundled, "i self harm and it doesnt bother me", count=2)
    assert SIBLINGS not in found
    assert "supporting-someone" not in found
