"""A way to end a life told with "myself" or "me", as "jump off a bridge" and "hang myself"
are: thrown off or in front of something, walked into the sea, drunk to death, run over.

Each gave a list of articles and no help box (found by the crisis hunt, round four).
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["i want to throw myself off a building", "i want to throw myself in front of a train"]
    + ["im going to throw myself off the bridge", "i want to step in front of a bus"]
    + ["i keep thinking about walking in front of a lorry", "i want to walk into the sea"]
    + ["i want to walk into the river and not come back", "i want to jump off something high"]
    + ["i want to drink myself to death", "im going to drink myself to death"]
    + ["i want to stab myself", "i want to drown myself", "i feel like poisoning myself"]
    + ["i wish a car would hit me", "i hope a bus hits me", "i want to get run over"]
    + ["I WANT TO THROW MYSELF OFF A BUILDING", "i wanna step in front of a train"],
)
def test_a_way_told_with_myself_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


# "i wish a car would hit me" and "i want to get hit by a car" brought help first, but not
# told of oneself another way; each gave no help box (found by the code review).
@pytest.mark.parametrize(
    "typed",
    ["i wish i would get hit by a car", "i wish i got hit by a bus", "i want to be hit by a train"]
    + ["i hope i get killed by a lorry", "i want a car to hit me", "i wish id get hit by a car"],
)
def test_being_hit_wished_for_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "my friend wants to throw herself off a bridge",
        "my mate said hes going to drink himself to death",
    ]
    + ["my dad said he wants to step in front of a train"],
)
def test_someone_else_told_so_is_a_crisis_about_them(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "i want to throw myself into my work",
        "throw myself into a new hobby",
        "i threw myself a party",
        "throw myself out of my comfort zone",  # found by the code review
    ]
    + ["i want to walk into town", "i want to walk by the sea", "i want to swim in the sea"]
    + ["i want to walk into the sea for a paddle", "i dont want to drink myself silly"]
    + ["am i poisoning myself with caffeine", "i always shoot myself in the foot"]
    + ["i want to step in front of the class", "i hope i dont get run over", "i want to jump"]
    + [
        "i jumped off the diving board",
        "i hope the bus comes soon",
        "i got hit by a car last year",
        "i hope i dont get hit by a car",
        "i was hit by a car and want to get better",
    ],
)
def test_their_everyday_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)
