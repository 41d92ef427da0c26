"""Grief turned to wanting to die, as a reader who lost a baby or a person types it.

Wanting to be with or join the one who died, having died in their place, and life without
them not worth living are warning signs (Samaritans, the NHS, and the pack's Thoughts of not
wanting to be here and After losing a baby); each gave a list of articles and no help box.
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["i want to be with my baby", "i just want to be with my baby", "i wanna be with my baby"]
    + ["i want to be with my baby again", "i wish i was with my baby", "i want to join my baby"]
    + ["i want to be with my angel baby", "i want to be with our baby", "i want to join him"]
    + ["i just want to join her", "i want to be with my mum who died"]
    + ["i want to be with my late husband", "i want to go where my baby is"]
    + ["i want to go where she has gone", "I WANT TO BE WITH MY BABY"],
)
def test_wanting_to_be_with_the_one_who_died_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


# A time said with the wish ("tonight") is no safer than "now" or "soon" (found by the code
# review: each gave no help box).
@pytest.mark.parametrize(
    "typed",
    ["i want to be with my baby tonight", "i want to join him tonight", "i want to join her today"],
)
def test_wanting_to_be_with_them_tonight_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


# The death told first, then the wish ("be with him" alone is a search after a break-up):
# each gave no help box (found by the code review).
@pytest.mark.parametrize(
    "typed",
    ["my husband died and i want to be with him", "my baby died i want to be with her"]
    + ["since my wife died i just want to be with her", "i lost my baby and i want to be with him"]
    + ["my mum passed away and i want to join her"],
)
def test_a_death_told_then_wanting_to_be_with_them_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["my dad died and i want to be with my family", "my phone died and i want to be with him"]
    + ["my friends dad died and i want to be with her", "i lost my job and i want to be with her"],
)
def test_a_death_or_loss_told_with_an_everyday_wish_is_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


# "gone" somewhere is not gone for good: a parent whose child left for university, a refugee
# whose partner went ahead, showed the help box (found by the code review).
@pytest.mark.parametrize(
    "typed",
    ["i want to be with my daughter who has gone to uni"]
    + ["i want to be with my son whos gone abroad"]
    + ["i want to be with my husband who has gone to the uk"]
    + ["i want to be with my husband whos gone back home"],
)
def test_wanting_to_be_with_someone_gone_somewhere_is_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    ["i want to be with my mum who has gone", "i want to be with my mum who has gone to heaven"]
    + ["i want to be with my dad who is gone", "i want to be with my baby whos gone now"],
)
def test_wanting_to_be_with_someone_gone_for_good_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["i should have died instead of my baby", "i should have died with him"]
    + ["i should of died instead of her", "i shouldve died too", "i should have died"]
    + ["it should have been me", "it should have been me not her", "why did he die and not me"]
    + ["why did my baby die and not me"]
    # Told without "why did" ("he died and not me"), it listed Supporting someone too, as if
    # "he" were in danger (found by the code review).
    + ["he died and not me", "my brother died and not me"],
)
def test_having_died_in_their_place_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["i cant live without my baby", "i can't live without him", "i cant live without her"]
    + ["i cant live without my baby girl", "i cannot survive without my husband"]
    + ["whats the point without her", "what's the point without him", "WHATS THE POINT WITHOUT HIM"]
    + ["whats the point of anything without her", "theres no point without my son"],
)
def test_life_without_them_is_the_readers_crisis(typed: str) -> None:
    # "her" and "him" are the one who died, not someone in danger.
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["my mum said she wants to be with my brother who died"]
    + [
        "my wife keeps saying she wants to be with our son who died",
        "my dad says he wants to join my mum",
    ]
    + ["my sister says she cant live without her baby"],
)
def test_someone_else_wanting_to_join_the_one_who_died_is_a_crisis_about_them(
    typed: str,
) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["i want to be with my baby more", "i want to be with my baby when she starts nursery"]
    + ["i want my baby back", "i want to be with my mum", "i want to be with him"]
    + ["i want to be with him again", "i want to join a group", "i want to join him for lunch"]
    + ["i want to join him for lunch today"]
    + ["i want to join my friends", "i want to go where my mum is", "i should have died my hair"]
    + ["it should have been me who got the job", "that should have been me"]
    + ["it should have been me on the team", "i should have been the one to drive"]
    + ["i cant live without my phone", "i cant live without coffee", "why did my baby die"]
    + ["i dont know how to live without her", "how do i live without him"]
    + ["whats the point without a receipt", "whats the point of a party without her"],
)
def test_their_everyday_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)
