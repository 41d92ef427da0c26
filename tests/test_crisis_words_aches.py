"""An ache or an accident told in a crisis phrase's words: "i want the pain to stop in my
back", "i cut myself shaving". Each brought the help box (found by the crisis hunt, round
eight); the phrase alone, or with a tail that keeps it a sign, still does.
"""

from __future__ import annotations

import pytest

from reader.crisis_words import suggests_crisis

# Where an ache is: the back, a knee, a tooth.
ACHES = (
    ["i want the pain to stop in my back", "i want the pain to stop in my knee"]
    + ["i want the pain to stop in my tooth", "i want the pain to stop in my lower back"]
    + ["i need the pain to stop in my legs", "i just want the pain to stop in my neck"]
    + ["i want the pain to end in my hip", "i wish the pain would stop in my shoulder"]
    + ["i want the pain to stop in my feet", "i want the pain to stop in my jaw"]
)
# The pain alone, or where it is not an ache, stays a sign.
PAIN = (
    ["i want the pain to stop", "i just want the pain to stop", "i want the pain to stop forever"]
    + ["i want the pain to stop in my head", "i want the pain to stop in my heart"]
    + ["i want the pain to stop in my chest", "i want the pain to stop in my mind"]
    + ["i want the pain to stop in my knee and i want to die"]
)


@pytest.mark.parametrize("typed", ACHES)
def test_an_ache_told_where_it_is_is_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


@pytest.mark.parametrize("typed", PAIN)
def test_the_pain_to_stop_still_brings_help(typed: str) -> None:
    assert suggests_crisis(typed)
