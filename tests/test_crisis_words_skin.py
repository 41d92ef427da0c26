"""Picking, pulling and bleeding: told as a habit, even to bleeding, it is a search (the page
on picking and pulling answers it); told with a wish to die, to punish oneself, to bleed or to
tear one's skin off, help comes first, as for "i want to scratch my skin off".

"i want to pick my skin off and die" and the others first below gave no help box (found by the
crisis hunt, round six, the day the page on picking and pulling landed).
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["i want to pick my skin off and die", "i want to pull all my hair out and die"]
    + ["i want to curl up and die", "i want to lie down and die"]
    + ["i want to crawl into a hole and die", "i want to curl up in a ball and die"]
    + ["i want to pick my skin until i die", "i keep picking till im dead"]
    + ["i want to bleed out", "i want to bleed to death", "i hope i bleed out"]
    + ["i want to make myself bleed", "i pick my skin to make myself bleed", "i want to bleed"]
    + ["i want to see blood", "i pick my skin on purpose to make it bleed"]
    + ["i pick my skin to punish myself", "i pull my hair out to punish myself"]
    + ["i want to rip my skin off", "i want to tear my skin off", "i want to claw my skin off"]
    + ["i pick my skin and want to die", "i picked my skin to hurt myself"]
    + ["I WANT TO PICK MY SKIN OFF AND DIE"],
)
def test_picking_or_bleeding_told_with_a_wish_to_die_or_to_bleed_brings_help_first(
    typed: str,
) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


# The habit told, wanted or asked about; a life wished for; blood that is not a wish to bleed.
@pytest.mark.parametrize(
    "typed",
    ["i picked my skin till it bled", "i pick my skin till it bleeds"]
    + ["i cant stop picking my skin", "i pull my hair out", "i cant stop pulling my hair out"]
    + ["i pick at my scabs till they bleed", "i bite my nails till they bleed"]
    + ["i want to pick my skin", "i want to stop picking my skin"]
    + ["i pull my hair out till it bleeds", "i want to rip my hair out"]
    + ["this homework makes me want to rip my hair out", "is picking your skin self harm"]
    + ["how to stop pulling my hair", "i want to grow old and die"]
    + ["i want to live in paris and die there", "i want to grow old with you and die happy"]
    + ["i worry i will bleed to death from my period"]
    + ["can you bleed to death from a nosebleed", "i want to bleed the radiators"]
    + ["i want to give blood", "i want to see blood test results"]
    + ["i prick my finger to make it bleed for my blood sugar", "flossing makes my gums bleed"]
    + ["my sunburn is peeling i want to peel my skin off", "i pick my skin when im stressed"],
)
def test_picking_told_as_a_habit_and_their_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# A good thing wished for first, a bucket list's words: each brought the help box (found by
# the code review). Wanting to die after something done to oneself, or to be gone, still does.
@pytest.mark.parametrize(
    "typed",
    ["i want to travel the world and die", "i want to see the world and die"]
    + ["i want to eat pizza and die", "i want to win the lottery and die"]
    + ["i wanna travel around the world and die", "i want to eat a whole pizza and die"]
    + ["i want to see naples and die", "i just want to win the lotto and die"],
)
def test_a_good_thing_wished_for_then_to_die_is_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["i want to see my mum one last time and die", "i want to eat all my pills and die"]
    + ["i want to travel to beachy head and die", "i want to eat nothing and die"]
    + ["i want to go far away and die", "i want to eat rat poison and die"],
)
def test_the_wish_with_a_farewell_or_the_means_still_brings_help(typed: str) -> None:
    assert suggests_crisis(typed), typed


# The world burning, then to die, is no bucket list: "see the world" was read as one, so it
# gave no help box, where "i want to watch the world burn and die" had one (found by the
# second code review). Seeing the world, then dying, stays a search.
def test_the_world_burning_then_to_die_brings_help() -> None:
    assert suggests_crisis("i want to see the world burn and die")
    assert not suggests_crisis("i want to see the world and die")
