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
