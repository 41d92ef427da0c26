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


# An accident told with "myself", in the same words as "i cut my leg shaving" is: a search.
ACCIDENTS = (
    ["i cut myself shaving", "i burned myself cooking", "i burnt myself on the oven"]
    + ["i hurt myself at the gym", "i cut myself on a tin", "i cut myself while shaving my legs"]
    + ["i burnt myself on the kettle", "i burned myself on the hob this morning"]
    + ["i hurt myself playing football", "i cut myself chopping onions", "i cut myself on paper"]
    + ["i cut myself on broken glass", "i hurt myself falling down the stairs"]
    + ["i burned myself with boiling water", "i cut myself opening a tin", "i hurt myself running"]
    + ["how do i treat it when i burnt myself on the iron", "i cut myself gardening"]
    + ["i cut myself by accident", "i accidentally cut myself"]
)
# Cutting, burning or hurting oneself told alone, again, when, or with what it was done with.
SELF_HARM = (
    ["i cut myself", "i cut myself again", "i cut myself last night", "i burned myself"]
    + ["i hurt myself", "i hurt myself again", "i cut myself with a razor", "i burnt myself again"]
    + ["i cut myself on purpose", "i cut myself at school", "i cut myself on a razor blade"]
    + ["i burned myself with a lighter", "i hurt myself on the wall"]
    + ["i accidentally cut myself too deep", "i cut myself too deep by accident"]
    + ["i cut myself shaving and it wont stop bleeding", "i cut myself shaving, i want to die"]
)


@pytest.mark.parametrize("typed", ACCIDENTS)
def test_an_accident_told_with_myself_is_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


@pytest.mark.parametrize("typed", SELF_HARM)
def test_cutting_or_burning_oneself_told_as_done_still_brings_help(typed: str) -> None:
    assert suggests_crisis(typed)


# The same words with the harm told as meant: the accident's words were taken out first, so
# "on purpose" after them was left alone, and each gave no help box (found by the code review).
MEANT_WITH_A_MISHAPS_WORDS = (
    ["i cut myself on glass on purpose", "i burned myself on the iron on purpose"]
    + ["i cut myself shaving on purpose", "i burned myself cooking deliberately"]
    + ["i deliberately cut myself on broken glass", "i intentionally burnt myself on the oven"]
)


@pytest.mark.parametrize("typed", MEANT_WITH_A_MISHAPS_WORDS)
def test_a_mishaps_words_with_the_harm_meant_still_bring_help(typed: str) -> None:
    assert suggests_crisis(typed)


# Cutting told as kept doing is a habit told: glass or an edge is then more likely what it is
# done with, and the edge of a bed or a bath is where it is done, not what cut. Each was read
# as an accident, and gave no help box (found by the code review).
KEPT_DOING = (
    ["i keep cutting myself on the edge of my bed", "i cut myself on the edge of my bed"]
    + ["i cut myself on the edge of the bath", "i keep cutting myself on glass"]
    + ["i keep cutting myself on broken glass", "i kept cutting myself on the edge of the bed"]
    + ["i cut myself on the edge of the bathtub"]
)
# Kept doing with an accident's own words, or a knock.
KEPT_MISHAPS = (
    [
        "i keep cutting myself shaving",
        "i keep cutting myself on paper",
        "i keep cutting myself on a tin",
    ]
    + ["i keep burning myself on the oven", "i keep hurting myself on the stairs"]
    + ["i keep hurting myself on the corner of the table", "i hurt myself on the edge of the bed"]
    + ["i keep cutting myself by accident", "i cut myself on the edge of a tin"]
)


@pytest.mark.parametrize("typed", KEPT_DOING)
def test_cutting_kept_doing_on_glass_or_an_edge_brings_help(typed: str) -> None:
    assert suggests_crisis(typed), typed


@pytest.mark.parametrize("typed", KEPT_MISHAPS)
def test_a_mishap_kept_happening_is_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed
