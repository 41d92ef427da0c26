"""Cutting told by where on the body ("i cut my arm", "cutting my legs"): help comes first, as
for "i cut myself". Each gave no help box (found by the tenth search hunt); an accident told
with it, or a haircut, stays a search.
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["cut my arm", "i cut my arm", "cutting my arms", "i cut my legs", "I CUT MY LEGS"]
    + ["i keep cutting my arms", "ive been cutting my thighs", "i cut my arms again"]
    + ["i cut my stomach last night", "i cuts my legs", "how do i hide cutting my arms"]
    + ["i cut my arm with a razor", "i cut my forearm", "why do i cut my legs"],
)
def test_cutting_told_by_where_on_the_body_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["i cut my arm on a fence", "how to treat a cut on my arm", "i cut my hair"]
    + ["i cut my leg shaving", "i cut my arm by accident", "i cut my leg on glass"]
    + ["i cut my leg when i fell off my bike", "id cut my arm off for those tickets"]
    + ["i cut my leg hair", "i cut my arm on the corner of the table", "i cut my hand cooking"],
)
def test_an_accident_or_a_haircut_told_so_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# Cut by someone else, or by accident told another way, brought the help box too (found by the
# code review): only the reader's own cutting, told so, is a crisis.
@pytest.mark.parametrize(
    "typed",
    ["the doctor cut my arm open", "the surgeon cut my stomach open", "my cat cut my arm"]
    + ["i cut my leg on barbed wire", "i cut my arm at work", "i cut my arm chopping veg"]
    + ["i cut my leg gardening", "i accidentally cut my arm", "i cut my belly button piercing"]
    + ["the nurse cut my leg by mistake", "i cut my arm on some wire"],
)
def test_cut_by_someone_else_or_by_accident_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# The reader's own cutting, told in the words around it, still brings help first.
@pytest.mark.parametrize(
    "typed",
    ["im cutting my arms", "i keep cutting my legs", "i got drunk and cut my arms"]
    + ["i cut my arm on purpose", "i cut my arm open", "i secretly cut my thighs"]
    + ["i cut my belly", "i still cut my legs", "i relapsed and cut my arm"]
    + ["i cut my arms in the toilets at work", "i cut my arm with my nails"],
)
def test_the_readers_own_cutting_told_around_it_still_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed), typed


# Where it was done, told after it: a floor read as what did it, like "on a fence", and "i cut
# my legs on the bathroom floor" gave no help box where "i cut my legs" had one (found by the
# crisis hunt, round six). The other tails after an act were read already.
@pytest.mark.parametrize(
    "typed",
    ["i cut my legs on the bathroom floor", "i cut my arms on the floor last night"]
    + ["cutting my legs on the bathroom floor", "i keep cutting my thighs on the bedroom floor"]
    + ["i cut my legs last night on the bathroom floor", "i cut my arm on the floor of my room"]
    + ["i cut myself last night in my room", "i hurt myself again today"]
    + ["i took too many pills this morning", "I CUT MY LEGS ON THE BATHROOM FLOOR"],
)
def test_a_place_told_after_the_act_does_not_hide_it(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["i cut my leg on the bathroom tiles by accident", "i cut my hair in the bathroom"]
    + ["i cut my leg on the bathroom tiles", "i cut my leg on the floor tiles"]
    + ["i cut my leg on glass on the bathroom floor", "i cut my leg on the floor by accident"]
    + ["i cut my leg when i fell on the kitchen floor", "i cut my arm on the bathroom door"],
)
def test_an_accident_on_or_near_a_floor_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# A part of the body cut after an everyday act ("i cut my hair and my wrists"), as "i cut my
# wrists" is read: "hair" anywhere after the cut hid it, and each gave no help box (found by
# the second code review). Hair of a part, or an accident told, stays a search.
@pytest.mark.parametrize(
    "typed",
    ["i cut my hair and my wrists", "i cut my hair and my arms", "i cut my hair and then my legs"]
    + ["i want to cut my hair and my arms", "cut my hair and legs", "i cut my nails and my wrist"],
)
def test_a_part_cut_after_an_everyday_act_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["i cut my hair and my leg hair", "i cut my hair and my arm by accident"]
    + ["i cut my hair and my fringe", "i cut my hair and my nails"]
    + ["i cut my hair and my arm hair"],
)
def test_hair_of_a_part_or_an_accident_after_a_haircut_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed
