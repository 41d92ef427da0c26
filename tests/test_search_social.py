"""Social anxiety in a reader's own words: the page on it (When being around people feels
scary) comes first."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

SOCIAL = "social-anxiety"


# Each listed the page fourth or lower (When home does not feel safe and After sexual violence
# say "scared" and "people"), or found nothing; "sa" listed the pages on safety (found by the
# seventh search hunt).
@pytest.mark.parametrize(
    "typed",
    ["scared of people", "scared to talk to people", "scared of talking on the phone"]
    + ["fear of people", "afraid of people", "people scare me", "socially anxious"]
    + ["i feel judged", "i feel judged all the time", "selective mutism", "dont want to go out"]
    + ["scared to speak in class", "scared of being judged", "i go red", "sa"],
)
def test_social_anxiety_in_a_readers_words_finds_its_page_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [SOCIAL], typed


def test_sa_lists_both_pages_it_may_mean(bundled: SearchIndex) -> None:
    # Social anxiety, or sexual assault: both, and "sa" is no longer the start of "safe".
    assert sorted(top(bundled, "sa", count=2)) == ["after-sexual-violence", SOCIAL]


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        # Judged by someone, in the past: the pages that speak of it, as before.
        ("felt judged by the doctor", "personality-disorder-diagnosis"),
        ("judged by my family", "shame-and-guilt"),
        # Fear of one thing keeps its own page.
        ("scared to go home", "when-home-is-not-safe"),
        ("agoraphobia", "panic-and-anxiety"),
    ],
)
def test_fear_or_judgement_of_something_else_keeps_its_page(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first], typed


def test_staying_in_lists_the_pages_on_feeling_alone_and_low_too(bundled: SearchIndex) -> None:
    found = top(bundled, "i dont want to leave the house", count=3)
    assert found == [SOCIAL, "feeling-alone", "when-you-feel-low"]


# Feeling watched, as readers tell it: "everyone stares at me" listed Living with scars first
# and the page on social anxiety not at all, "everyone is looking at me" the page on overwhelm
# (found by the eighth search hunt). Scars named keep their page.
@pytest.mark.parametrize(
    "typed",
    ["everyone stares at me", "people stare at me", "everyone is looking at me"]
    + ["i feel like everyone is watching me", "people are always staring at me"]
    + ["everybody looks at me", "i feel watched"],
)
def test_feeling_watched_finds_the_page_on_social_anxiety_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [SOCIAL], typed


def test_stares_at_scars_keep_the_page_on_scars(bundled: SearchIndex) -> None:
    assert top(bundled, "people stare at my scars", count=1) == ["living-with-scars"]


# The phone, as readers tell of it: "cant answer the phone" listed the pages after a suicide
# loss and a suicide attempt first, and the page on social anxiety, which names phone calls,
# not in the first four (found by the eighth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["cant answer the phone", "i can't answer the phone", "i cant make phone calls"]
    + ["i hate talking on the phone", "i dread phone calls", "i cant pick up the phone"]
    + ["i cant talk on the phone", "scared to answer the phone"],
)
def test_the_phone_in_a_readers_words_finds_the_page_on_social_anxiety_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [SOCIAL], typed
