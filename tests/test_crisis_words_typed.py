"""Despair typed in a hurry, as a distressed teenager or adult types it: text speak, no
apostrophes, misspellings, capitals, and short plain wishes not to exist or not to live.

Each gave a list of articles and no help box (found by the crisis hunt).
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


# Text speak and misspellings in the words around the crisis words.
@pytest.mark.parametrize(
    "typed",
    ["i wanna b dead", "I WANNA B DED", "i want to be ded", "i wan 2 die", "i wnt 2 die"]
    + ["i wan 2 end it", "i dnt wanna b here", "i dont want to b here anymore", "y am i alive"]
    + ["i cant do dis anymore", "wats the point", "wat is the point of living", "i want to dye"]
    + ["i want to disapear", "i want to dissapear", "i want to stop exisiting"]
    + ["i feel like dieing", "i want 2 b wiv my baby", "i want 2 run away n never come back"],
)
def test_text_speak_and_misspellings_are_recognised(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["i want 2 dye my hair", "i want to dye my hair", "plan b", "vitamin b", "y do i feel sad"]
    + ["wats up", "wat is the point of homework"],
)
def test_everyday_text_speak_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


# Not to exist, to be gone, out, done, or hoping not to live, typed short and plain.
@pytest.mark.parametrize(
    "typed",
    ["im done", "im so done with everything", "i wish i wasnt born", "wish i never existed"]
    + ["i want to be gone", "i just want to be gone", "i want to end my suffering", "i want out"]
    + ["i want it all to go away", "i dont wanna exist", "i wish i could just not exist"]
    + ["i cant cope with life anymore", "i hope i die", "i hope i die in my sleep"]
    + ["i hope i get hit by a car", "i want to drive my car into a wall"]
    + ["sometimes i want to drive into a tree", "IM DONE"],
)
def test_plain_wishes_not_to_live_are_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


# Done with one's life, done trying, or a "now" after: each gave no help box where "im done"
# and "im done now" had one (found by the code review).
@pytest.mark.parametrize(
    "typed",
    ["im done with my life", "im so done with this life", "im done trying", "i am so done trying"]
    + ["im done with everything now", "i want out now"],
)
def test_done_with_life_or_trying_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["im done with my homework", "im done with him", "im done crying"]
    + ["im done trying to lose weight", "im done with my life admin", "im done with work now"]
    + ["i want to be gone by five", "i want out of this marriage", "i want out of here"]
    + ["how to end the suffering of my dog", "i want the headache to go away"]
    + ["i hope i dont die in the exam", "i hope i die my hair right", "i cant cope with life admin"]
    + ["drive into town", "i want to drive to the sea"],
)
def test_their_everyday_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


# "myself" slipped after "hurt", "harm", "cut" or "burn", as "kill myslef" was already read
# (found by the crisis hunt, round four).
@pytest.mark.parametrize(
    "typed",
    ["i wanna hurt myslef", "i cut myslef", "i want to cut mysef", "i want to harm myselff"]
    + ["I WANT TO HURT MYSLEF", "im going to burn mysef"],
)
def test_myself_slipped_after_hurt_or_cut_is_recognised(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["i need to cut my shelf to fit", "i cut mysql queries", "i hurt my shoulder"]
    + ["i cut myslef off from everyone", "i need to cut mysef some slack"],
)
def test_words_near_myself_after_hurt_or_cut_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


# Done, said however strongly: each gave no help box where "i am done" had one (found by the
# crisis hunt, round six; "im sooo done" and "i'm DONE." had one already, kept here beside them).
@pytest.mark.parametrize(
    "typed",
    ["i am 100% done", "im 100 percent done", "I AM 100% DONE!!!", "im done done", "im so so done"]
    + ["im literally so done", "im totally done now", "im done fr", "im done for good"]
    + ["im sooo done", "im so done with everything", "i'm DONE."],
)
def test_done_said_strongly_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["i am done with my homework", "100% done with the washing", "im done eating"]
    + ["im 100% done with my homework", "im done done with my essay", "im done for the day"]
    + ["im totally done with my exams", "i am 100% sure", "im so done with this game"],
)
def test_done_said_strongly_with_what_is_done_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# Despair typed plain: life not to be done or lived like this, as well dead, worth nothing, no
# one caring if the reader is gone. Each gave no help box, where "i cant do this anymore" and
# "nobody would care if i was gone" had one (found by the crisis hunt, round six).
@pytest.mark.parametrize(
    "typed",
    ["cant do life anymore", "i cant do life", "i cant live like this anymore"]
    + ["i cant live like this", "i might as well die", "might as well be dead"]
    + ["i should just disappear", "im worthless and should die"]
    + ["i feel useless and deserve to die", "whats the point of me", "no1 cares if im gone"]
    + ["no one cares if im gone", "nobody would notice if id gone", "i cnt do this nemore"]
    + ["I CANT DO LIFE ANYMORE"],
)
def test_plain_despair_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["i cant live like this with a broken boiler", "i cant do life admin"]
    + ["i might as well die of boredom", "i might as well die my hair"]
    + ["i should just disappear for the weekend", "whats the point of meditation"]
    + ["who cares if im gone for a week", "does anyone care if im gone on holiday"]
    + ["im tired and should sleep", "im hungry and should eat"]
    + ["i cant do this homework anymore", "i might as well be dead tired"],
)
def test_plain_despairs_everyday_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed), typed
