"""Crisis words as a parent, partner or friend types them: someone else in danger now."""

from __future__ import annotations

import pytest

from reader.crisis_words import suggests_crisis


# Each gave ordinary results and no help box, where "my friend wants to kill herself" and
# "i want to end my life" had one: a supporter's words for someone else's plan.
@pytest.mark.parametrize(
    "typed",
    ["my friend is going to end her life tonight", "my boyfriend wants to end his life"]
    + ["my dad said he wants to end his life", "my friend has a plan to end his life"]
    + ["they are ending their own life", "my partner wants to end it"]
    + ["my friend is not answering and said she wanted to die", "he wanted to die"],
)
def test_someone_elses_plan_to_end_their_life_is_recognised(typed: str) -> None:
    assert suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    ["the end of her life story", "she has lived her life to the end", "the end of it"]
    + ["he wanted to dye his hair", "she wanted to diet"],
)
def test_their_everyday_neighbours_are_not(typed: str) -> None:
    assert not suggests_crisis(typed)
