"""Warning signs typed short and literal, as a reader with a learning disability may type
them: "me" for "myself", small words left out.

Each gave a list of articles and no help box (found by the crisis hunt, round five, the day
the easy read page landed), where "i hurt me" and "i want die" had one.
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["i hit me head", "I HIT ME HEAD", "i bite me", "i hit me", "i punch me", "i scratch me"]
    + ["i bang me head", "i want to bite me", "i want hit me", "i hit me when im angry"]
    + ["i bite me arm till it bleed", "i keep hit me", "i hit me self"]
    + ["i want dead", "i want go heaven", "i want go heaven now", "i want end me"]
    + ["i want to be not alive", "i dont want be here", "i not want wake up"]
    + ["nobody like me i want go", "nobody likes me i want to go", "no one love me i want go away"]
    + ["nobody cares if i die", "would anyone notice if i die"],
)
def test_short_and_literal_words_bring_help_first(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


# Already brought help first; kept here beside the new ones, as the brief named them.
@pytest.mark.parametrize(
    "typed",
    ["i want to hurt me", "i hurt me", "i want die", "me want to die", "i want be dead"]
    + ["hurt my self", "i want stop living"],
)
def test_the_short_words_that_had_help_still_do(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["i hurt my leg", "i want a dog", "i want be a chef", "he hit me", "the dog bit me"]
    + ["my brother hit me", "i hit me brother", "i hit me head on the cupboard", "i bite me nails"]
    + ["i bite me lip", "i want go home", "i want be happy", "me want food"]
    + ["i want dead skin removed", "i want go heaven when i die", "i kick me ball"]
    + ["nobody likes me i want to go to a new school", "nobody wants me i want go home"]
    + ["does anyone care if i die my hair", "who will look after my dog if i die"]
    + ["i hit me head on the door when i fell", "i dont want to be hit"],
)
def test_their_everyday_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


# Against the wall, as "i bang my head against the wall" brings help first: with "me" for "my"
# each gave no help box (found by the code review).
@pytest.mark.parametrize(
    "typed",
    ["i bang me head against the wall", "i keep banging me head on the wall"]
    + ["i hit me head against the wall", "i bang me head on the floor", "i punch me head off walls"]
    + ["i hit me head against the door", "i bang me head against the wall when im sad"],
)
def test_banging_ones_head_on_a_wall_in_short_words_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


# Hit on a door or a cupboard is most often an accident told.
@pytest.mark.parametrize(
    "typed",
    ["i hit me head on the door", "i hit me head on the cupboard", "i hit me head on the shelf"]
    + ["me dad bangs his head against the wall"],
)
def test_a_head_hit_on_a_door_in_short_words_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed
