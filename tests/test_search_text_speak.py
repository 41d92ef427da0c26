"""Text speak ("ppl", "every1", "ngl") finds what the words it stands for find.

"ppl hate me" and "every1 hates me" found nothing at all, "no1 cares" listed the page on
being in care first, and "ngl im struggling" the page on autism (found by the ninth search
hunt).
"""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from reader.search_text_speak import spelled_out
from tests.search_tools import make, top


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("ppl hate me", "people hate me"),
        ("every1 hates me", "everyone hates me"),
        ("no1 cares", "no one cares"),
        ("no1 cares about me", "no one cares about me"),
        ("i need some1 to talk to", "i need someone to talk to"),
        ("ngl im struggling", "im struggling"),
        ("im struggling tbh", "im struggling"),
        ("every1 hates me ngl", "everyone hates me"),
        ("some1", "someone"),
    ],
)
def test_text_speak_finds_what_the_words_meant_find(
    bundled: SearchIndex, typed: str, meant: str
) -> None:
    assert top(bundled, typed) == top(bundled, meant), typed
    assert top(bundled, typed), typed


def test_a_text_speak_word_inside_another_word_is_left_be() -> None:
    assert spelled_out("U2 and ppl, Every1!") == "U2 and people, everyone!"
    assert spelled_out("urge pplx upset") == "urge pplx upset"


def test_the_start_of_a_word_being_typed_is_not_taken_for_text_speak() -> None:
    # "fr" starts "friend", "tho" "thoughts", "ur" "urge": each still finds them as typed.
    index = SearchIndex([make("friends", body="A friend, thoughts and an urge.")])
    for typed in ("my fr", "tho", "ur"):
        assert top(index, typed) == ["friends"], typed


CRISIS = "in-crisis-right-now"


# "rn" said of the Royal Navy ("ex rn") or a registered nurse ("im an rn") was read as "right
# now", and listed the crisis page first, after the words of its title (found by the code
# review).
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("ex rn", "ex royal navy"),
        ("ex rn sailor", "ex royal navy sailor"),
        ("i was in the rn", "i was in the royal navy"),
        ("im an rn", "im a nurse"),
    ],
)
def test_rn_after_ex_the_or_an_is_the_navy_or_a_nurse(
    bundled: SearchIndex, typed: str, meant: str
) -> None:
    assert top(bundled, typed, count=1) != [CRISIS], typed
    assert top(bundled, typed) == top(bundled, meant), typed


@pytest.mark.parametrize("typed", ["ex rn", "i was in the rn", "ex rn sailor"])
def test_the_royal_navy_said_short_finds_the_page_for_those_who_served(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["if-you-have-served"], typed


# Anywhere else "rn" is still "right now": a call for help keeps the crisis page first.
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("i need help rn", "i need help right now"),
        ("im so sad rn", "im so sad right now"),
        ("rn i cant sleep", "right now i cant sleep"),
    ],
)
def test_rn_elsewhere_is_still_right_now(bundled: SearchIndex, typed: str, meant: str) -> None:
    assert top(bundled, typed) == top(bundled, meant), typed


def test_a_call_for_help_right_now_said_short_lists_the_crisis_page_first(
    bundled: SearchIndex,
) -> None:
    assert top(bundled, "i need help rn", count=1) == [CRISIS]


# "hw" for homework was read as "how": "i cant do my hw" listed Understanding self-harm first,
# and "too much hw" the page on feeling overwhelmed, with no page on school in the first
# four (found by the code review). It is "how" only as it starts a question.
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("i cant do my hw", "i cant do my homework"),
        ("too much hw", "too much homework"),
        ("i have so much hw", "i have so much homework"),
        ("hw", "homework"),
    ],
)
def test_hw_said_of_schoolwork_finds_the_pages_on_school(
    bundled: SearchIndex, typed: str, meant: str
) -> None:
    assert top(bundled, typed) == top(bundled, meant), typed
    assert {"school-and-college", "pressure-and-perfectionism"} & set(top(bundled, typed, 2))


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("hw do i stop cutting", "how do i stop cutting"),
        ("hw to cope", "how to cope"),
        ("hw can i sleep", "how can i sleep"),
        ("hw r u", "how are you"),
    ],
)
def test_hw_starting_a_question_is_still_how(bundled: SearchIndex, typed: str, meant: str) -> None:
    assert top(bundled, typed) == top(bundled, meant), typed
