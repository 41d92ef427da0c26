"""Loneliness typed with another feeling: the page on feeling alone is still listed first."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

ALONE = "feeling-alone"


# Every word had to match, and the page on feeling alone never says "tired" or "scared":
# "lonely and tired" listed the pages on the basics, numbness and overwhelm, "lonely and sad"
# the page on a relationship ending, "anxious and lonely" the page on bullying, and none
# listed When you feel alone in the first five (known miss, fifth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["lonely and tired", "so lonely and tired", "tired and lonely", "lonely and sad"]
    + ["sad and lonely", "anxious and lonely", "lonely and scared", "lonely and depressed"]
    + ["depressed and lonely", "tired and alone", "im so lonely and exhausted", "lonely and empty"],
)
def test_loneliness_with_another_feeling_finds_the_page_on_feeling_alone_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [ALONE], typed


# The other feeling's pages follow: "tired" is the basics' word, "sad" low mood's.
@pytest.mark.parametrize(
    ("typed", "also"),
    [("lonely and tired", "looking-after-the-basics"), ("lonely and sad", "when-you-feel-low")],
)
def test_the_other_feelings_page_is_listed_too(bundled: SearchIndex, typed: str, also: str) -> None:
    assert also in top(bundled, typed, count=5), typed


# Having no friends, told as readers tell it: "i cant make friends" and "i dont have any friends"
# listed the page on a relationship ending first ("friend" starts "friendship ended"), "i have
# no mates" the page on somewhere to stay (found by the eighth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["i cant make friends", "i can't make friends", "cant make friends", "i dont have any friends"]
    + ["how to make friends", "i struggle to make friends", "i have no mates", "no mates"]
    + ["i have no friends", "making friends is hard"],
)
def test_having_no_friends_finds_the_page_on_feeling_alone_then_social_anxiety(
    bundled: SearchIndex, typed: str
) -> None:
    found = top(bundled, typed, count=3)
    assert found[0] == ALONE, typed
    assert "social-anxiety" in found, typed


# Left out, as readers say it: "i feel left out" listed the page on care first (for "left
# care" and "leaving"), "i always feel left out" the page on home not being safe, "everyone
# leaves me out" the page on special days, with When you feel alone in none's first four.
@pytest.mark.parametrize(
    "typed",
    ["i feel left out", "left out", "im always left out", "i always feel left out"]
    + ["i get left out", "they leave me out", "everyone leaves me out", "i feel so left out"],
)
def test_feeling_left_out_finds_the_page_on_feeling_alone_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [ALONE], typed


# Left out at school is still the school's: its page says "feeling left out", then bullying.
def test_left_out_at_school_finds_the_page_on_school(bundled: SearchIndex) -> None:
    assert top(bundled, "i feel left out at school", count=1) == ["school-and-college"]


# Left out of a will is a death and its hurt, not feeling alone: the lead for being left out
# listed When you feel alone first ("will" is a small word) (left by round thirteen).
@pytest.mark.parametrize(
    "typed",
    ["i was left out of the will", "cut out of the will", "my dad left me out of his will"]
    + ["my mum cut me out of her will", "i was left out of my nans will"],
)
def test_left_out_of_a_will_finds_the_page_on_grief_first(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) == ["grief-and-loss"], typed
