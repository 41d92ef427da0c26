"""A reader with a learning disability, in their own words: the easy read page first.

Few readers name the condition; they say what it is like. "slow learner" listed the page on
grounding first, "i get confused" the crisis page and the page on being adopted, "hard to
understand" the pages on self-harm and racism, with the easy read page not in the first four
(found by the tenth search hunt).
"""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

EASY_READ = "if-you-have-a-learning-disability"


@pytest.mark.parametrize(
    "typed",
    ["slow learner", "im a slow learner", "i am a slow learner", "slow learners"]
    + ["i get confused", "I get confused easily", "i get mixed up", "i get muddled"]
    + ["hard to understand", "things are hard to understand", "i find things hard to understand"]
    + ["i find reading hard", "words are too hard", "i have downs", "i have downs syndrome"],
)
def test_what_a_learning_disability_is_like_finds_the_easy_read_page_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [EASY_READ], typed


# Said of something named, it keeps its page; "confused" alone is a sign the crisis page
# names ("you feel confused, very unwell, or frightened").
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("self harm is hard to understand", "understanding-self-harm"),
        ("i dont understand why i self harm", "understanding-self-harm"),
        ("confused", "in-crisis-right-now"),
        ("i feel confused", "in-crisis-right-now"),
    ],
)
def test_the_same_words_said_of_something_named_keep_its_page(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first], typed


def test_ups_and_downs_is_not_down_syndrome(bundled: SearchIndex) -> None:
    assert EASY_READ not in top(bundled, "ups and downs", count=4)


# Special educational needs by the school's short names: "sen" listed Hearing voices first (it
# starts "sense"), "ehcp" and "sendco" found nothing (found by the eleventh search hunt).
@pytest.mark.parametrize("typed", ["sen", "SEN", "sen support", "i am sen", "ehcp", "sendco"])
def test_special_educational_needs_finds_the_easy_read_page_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [EASY_READ], typed


@pytest.mark.parametrize("typed", ["send", "sense", "send a text"])
def test_words_that_start_like_sen_keep_their_pages(bundled: SearchIndex, typed: str) -> None:
    assert EASY_READ not in top(bundled, typed, count=1), typed
