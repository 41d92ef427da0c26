"""Words every page uses, typed for one feeling ("too much"): the page about it comes first."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top


# Nearly every page says "too much" somewhere ("if it gets too much, ..."): the page on
# overwhelm came fifth or later, after Looking after the basics and the feelings behind
# self-harm. "cant cope" found no page that says "can't cope" (the articles' words are
# "can" and "t"), and the first listed was on hearing voices.
@pytest.mark.parametrize(
    "typed",
    ["too much", "Too much", "everything is too much", "its all too much", "all too much"]
    + ["it all gets too much", "everything feels like too much", "it's too much"]
    + ["i cant cope", "I can't cope", "i just cant cope", "i cannot cope"],
)
def test_overwhelm_in_its_everyday_words_finds_the_page_on_it_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["emotional-overwhelm"], typed


# "too much" of something: the pages about it, not the page on overwhelm, come first.
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("i drink too much", "alcohol-drugs-and-self-harm"),
        ("i eat too much", "food-eating-and-self-harm"),
    ],
)
def test_too_much_of_something_finds_the_page_about_it_first(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first], typed


def test_too_much_of_school_finds_the_pages_on_school_and_pressure(bundled: SearchIndex) -> None:
    # Not the page on overwhelm: the one on school, and the one on pressure (which has a
    # part on school and exams), either first.
    found = top(bundled, "my homework is too much", count=2)
    assert sorted(found) == ["pressure-and-perfectionism", "school-and-college"]


# Distress in general words: "not ok" listed When home is not safe first, "struggling" the
# page for autistic readers (each says the words of something else).
@pytest.mark.parametrize(
    "typed",
    ["not ok", "im not okay", "struggling", "i'm struggling", "having a bad day"]
    # The page on unfair treatment came first ("hate"), or the one on the basics (found by
    # the crisis-word hunt; typed alone, these stay searches, not a crisis).
    + ["i hate my life", "i hate my life so much", "tired of everything"],
)
def test_distress_in_general_words_finds_the_page_on_low_mood_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["when-you-feel-low"], typed


def test_struggling_with_something_is_not_led_by_low_mood(bundled: SearchIndex) -> None:
    assert top(bundled, "struggling with homework", count=1) != ["when-you-feel-low"]


def test_the_debt_scheme_by_its_name_finds_the_page_on_money(bundled: SearchIndex) -> None:
    assert top(bundled, "breathing space", count=1) == ["money-worries"]
    assert top(bundled, "breathing", count=1) != ["money-worries"]


def test_calling_yourself_a_waste_of_space_finds_the_page_on_shame(bundled: SearchIndex) -> None:
    # It listed the page on going to hospital first ("space").
    assert top(bundled, "im a waste of space", count=1) == ["shame-and-guilt"]


# A feeling typed in one word, the way most people name it: the page on that feeling first.
# "sad" listed When a relationship ends first (it says "sad" most), "stressed" the page on
# food, "worried" the page after a baby, "overwhelmed" the page on grounding (found by the
# third search hunt).
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("sad", "when-you-feel-low"),
        ("im so sad", "when-you-feel-low"),
        ("i feel sad all the time", "when-you-feel-low"),
        ("stressed", "emotional-overwhelm"),
        ("so stressed", "emotional-overwhelm"),
        ("worried", "panic-and-anxiety"),
        ("im worried all the time", "panic-and-anxiety"),
        ("overwhelmed", "emotional-overwhelm"),
    ],
)
def test_a_feeling_in_one_word_finds_the_page_on_it_first(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first], typed


# Said of something, the feeling keeps the page on that first.
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("sad about my breakup", "when-a-relationship-ends"),
        ("worried about money", "money-worries"),
        ("anxious about money", "money-worries"),
    ],
)
def test_a_feeling_said_of_something_keeps_its_page(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert first in top(bundled, typed, count=2), typed


def test_the_talking_therapy_service_by_its_old_name_finds_the_pages_on_a_referral(
    bundled: SearchIndex,
) -> None:
    # "iapt" listed While you wait sixth, after five pages that tell of NHS Talking Therapies
    # in passing (the new pages on social anxiety, medicine and being adopted among them).
    assert top(bundled, "iapt", count=2) == ["while-you-wait", "talking-to-a-doctor"]
    assert top(bundled, "iapt waiting list", count=1) == ["while-you-wait"]


@pytest.mark.parametrize("typed", ["self referral", "self-refer", "how to self refer"])
def test_referring_oneself_finds_the_pages_on_a_referral(bundled: SearchIndex, typed: str) -> None:
    # "self referral" listed the page on going to hospital second and While you wait not at
    # all, though nine pages say how adults can refer themselves (found by the content editor).
    assert top(bundled, typed, count=2) == ["while-you-wait", "talking-to-a-doctor"]
