"""Hopelessness as a reader types it: tired of life, no future, nothing left, not going on.

Each is a warning sign of suicide (Samaritans, the NHS, and the pack's own Thoughts of not
wanting to be here and Supporting someone); each gave a list of articles and no help box.
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["im tired of life", "i'm tired of life", "tired of life", "IM SO TIRED OF LIFE"]
    + ["im sick of life", "i am so tired of my life", "i dont see a future"]
    + ["i don't see a future for myself", "i cant see a future", "i see no future"]
    + ["i have no future", "nothing matters anymore", "nothing matters any more"]
    + ["nothing really matters anymore", "nothing matters", "nothing matters to me"]
    + ["i have nothing to live for", "nothing left to live for", "my life is pointless"]
    + ["life is meaningless", "life has no meaning", "theres no point in anything"]
    + ["i dont see the point anymore", "i dont see the point in living", "i dont see the point"]
    + ["why am i still alive", "why do i even exist", "i hate being alive", "i hate living"],
)
def test_hopelessness_about_life_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["tired of life in the city", "sick of life admin", "im tired of life insurance calls"]
    + ["i dont see a future in this job", "i cant see a future with him"]
    + ["i dont see a future for us", "i have no future in football", "nothing else matters"]
    + ["nothing matters more than family", "a cause to live for", "life is busy"]
    + ["i dont see the point of homework", "why am i still tired", "why do i live in london"]
    + ["i hate living in london", "i hate my life when it rains", "does life have meaning"],
)
def test_their_everyday_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


# Not being able to go on, or wanting it all to stop, told without "i can't go on".
@pytest.mark.parametrize(
    "typed",
    ["i cant carry on", "i can't carry on like this", "i cant keep going like this"]
    + ["i dont want to go on", "i dont want to carry on anymore", "i dont want to keep living"]
    + ["i just want it to stop", "i want it to end", "i want to give up", "i just wanna give up"]
    + ["im giving up on everything"],
)
def test_not_going_on_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["i cant carry on revising", "i dont want to go on holiday", "i cant keep going to the gym"]
    + ["i want to give up smoking", "i want it to end on a high", "i want it to stop raining"]
    + ["i dont want to keep going to school"],
)
def test_going_on_with_something_is_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


# "i hate my life" is said of a bad day as often as of despair, as "i hate myself" is (a
# search for the page on shame): alone it stays a search; with a wish to die or to disappear,
# or hating being alive, help comes first.
def test_hating_my_life_is_a_search_unless_it_says_more() -> None:
    assert not suggests_crisis("i hate my life")
    assert not suggests_crisis("i hate my life so much")
    assert suggests_crisis("i hate my life and want to die")
    assert suggests_crisis("i hate my life i wish i was never born")
    assert suggests_crisis("i hate my life so much i want to disappear")
    assert suggests_crisis("i hate my life and im tired of living")


# Not deserving to live, not meant to be alive (found by the crisis hunt, round eight).
UNDESERVING = (
    ["i dont deserve to live", "i don't deserve to be alive", "i dont deserve to exist"]
    + ["i dont deserve to live anymore", "i dont deserve life", "i shouldnt be alive"]
    + ["i should not be alive", "i shouldnt be here", "i shouldnt be here anymore"]
    + ["i shouldnt be alive after what i did", "my life is worthless", "MY LIFE IS WORTHLESS"]
)
THEY_SAY_UNDESERVING = ["he says he doesnt deserve to live", "my son said he shouldnt be alive"]
# Wanting better, being somewhere late, anger at someone, a life told with its reason.
NOT_UNDESERVING = (
    ["i dont deserve to live like this", "i dont deserve to live in this house"]
    + [
        "i shouldnt be here at this time",
        "she doesnt deserve to live",
        "i dont deserve to be happy",
    ]
    + ["my life is worthless without a job"]
)


@pytest.mark.parametrize("typed", UNDESERVING)
def test_not_deserving_to_live_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize("typed", THEY_SAY_UNDESERVING)
def test_someone_saying_they_do_not_deserve_to_live_brings_help_for_them(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize("typed", NOT_UNDESERVING)
def test_wanting_better_or_anger_at_someone_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


# Not able to any more, typed alone: each gave no help box, where "i cant do this anymore" had
# one (found by the crisis hunt, round nine). Said with what one cannot do, it is a search.
@pytest.mark.parametrize(
    "typed",
    ["i cant anymore", "i cant anymore with life", "i can't anymore", "I CANT ANYMORE"]
    + ["i just cant anymore", "i really cant anymore", "i cnt anymore", "i cant any more"]
    + ["i cant no more", "i cant take anymore", "i cant take any more of this", "i cannot anymore"]
    + ["please i cant anymore", "everything hurts i cant anymore", "i cant anymore with this"],
)
def test_not_able_to_any_more_typed_alone_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["i cant even", "i cant anymore eat gluten", "i cant take any more time off"]
    + ["i cant do any more exercise", "i cant have anymore kids", "i cant sleep anymore"]
    + ["i cant anymore with my job", "i cant eat anymore", "i cant live with my mum anymore"]
    + ["i cant go on instagram anymore"],
)
def test_what_one_cannot_do_any_more_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# Not able to bear it any more, with "it" or "this" ("i cant stand it anymore"): only "take it"
# and "do it" were read, and each gave no help box (found by the code review). Said of a thing
# ("i cant stand my job anymore"), it is a search.
@pytest.mark.parametrize(
    "typed",
    ["i cant stand it anymore", "i cant bear it anymore", "i cant handle it anymore"]
    + ["i cant handle this anymore", "i can't stand this any more", "i cant bear this life anymore"]
    + ["i cant stand my life anymore", "i cant manage it no more"],
)
def test_not_able_to_bear_it_any_more_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed), typed


@pytest.mark.parametrize(
    "typed", ["i cant stand my job anymore", "i cant stand him anymore", "i cant handle it"]
)
def test_not_able_to_bear_a_thing_any_more_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# No point, typed alone or of it all: only "whats the point" alone or "anymore" and "of
# anything" after it were read, and each gave no help box (found by the crisis hunt, round
# eleven). The point of a thing ("of homework", "of this app") is a search.
@pytest.mark.parametrize(
    "typed",
    ["whats the point in anything", "theres no point", "there's no point.", "no point anymore"]
    + ["whats even the point", "what even is the point", "what is the point of me being here"]
    + ["whats the point of it all", "what is the point of my life", "whats the point of existing"]
    + ["whats the point in trying anymore", "theres just no point anymore"]
    + ["is there even any point anymore", "whats the point of me even being here"],
)
def test_no_point_typed_alone_or_of_it_all_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["whats the point of homework", "theres no point in arguing", "whats the point of this app"]
    + ["no point in going out in the rain", "no point", "is there any point in revising"]
    + ["theres no point in trying to fix it", "whats the point of my life insurance"]
    + ["what is the point of me being here if the teacher reads the slides"],
)
def test_no_point_in_a_thing_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# Tired of fighting, or why bother, typed alone: each gave no help box (found by the crisis
# hunt, round eleven). Fighting someone, or bothering with a thing, is a search.
@pytest.mark.parametrize(
    "typed",
    [
        "im so tired of fighting",
        "im tired of fighting",
        "i cant keep fighting",
        "i cant fight anymore",
    ]
    + ["i dont want to fight anymore", "i cant fight this anymore", "why bother"]
    + ["why do i even bother", "why even bother anymore", "why bother living"]
    + ["theres nothing left for me"],
)
def test_tired_of_fighting_or_why_bother_typed_alone_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["i dont want to fight with my boyfriend anymore", "why bother with a cover letter"]
    + ["im tired of fighting with my mum", "i cant fight my brother", "why bother learning french"]
    + ["theres nothing left for me to eat", "im tired of fighting the council"],
)
def test_fighting_someone_or_bothering_with_a_thing_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed
