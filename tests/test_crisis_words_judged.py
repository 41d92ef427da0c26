"""The crisis hunt's judgement calls, looked at once more (round five).

"my life is over" typed alone is as hopeless as "no future for me" and "life is pointless",
which bring help first; with its reason it is most often a figure of speech. Banging one's
head told as a habit or an urge is self-harm (often so for a reader with a learning
disability); the figure of speech is told with "like" or with what the effort was. "nobody
cares" and "tired of everything" stay searches: the pages on feeling alone and feeling low
answer them, and "nobody cares if i die" and "tired of life" bring help.
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["my life is over", "MY LIFE IS OVER", "my lifes over", "my life's over", "my life is finished"]
    + ["i feel like my life is over", "my life is over now"]
    + ["i bang my head against the wall", "I BANG MY HEAD AGAINST THE WALL", "i bang my head"]
    + ["i keep banging my head", "i keep hitting my head", "i keep banging my head on the wall"]
    + ["i bang my head when im angry", "i cant stop banging my head"]
    + ["i always bang my head against the wall when i get upset", "i feel like banging my head"]
    + ["i want to bang my head against the wall"],
)
def test_judged_warning_signs_bring_help_first(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["nobody cares", "tired of everything", "nobody cares about me", "my life is over if i fail"]
    + ["my life is over because my phone broke", "is my life over", "my old life is over"]
    + ["my life is over the top", "its like banging my head against a brick wall"]
    + ["i feel like im banging my head against a wall", "i bang my head against the wall with this"]
    + ["ive been banging my head against the wall trying to fix this", "i hit my head"]
    + ["i keep banging my head on the cupboard door", "i banged my head on the door"]
    + ["talking to him is like banging my head against a wall", "i hit my head on the door"]
    + ["this homework makes me want to bang my head against the wall"],
)
def test_judged_everyday_words_stay_searches(typed: str) -> None:
    assert not suggests_crisis(typed)
