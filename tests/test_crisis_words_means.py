"""Crisis words found missing by the search hunt: means at hand, urges, and despair typed alone."""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


# Each gave a list of articles and no help box, where their neighbours ("i took loads of
# pills", "no point living", "i want to hurt myself", "can't take it anymore") had one.
@pytest.mark.parametrize(
    "typed",
    ["i took a bunch of pills", "he took a load of pills", "whats the point of living"]
    + ["what's the point in life", "this is goodbye", "goodbye everyone", "i cant cope anymore"]
    + ["i can't cope any more", "i want to self harm", "i really want to cut"]
    + ["i am going to cut tonight", "i'm going to cut", "i need to self-harm", "i cut deep"]
    + ["im a burden to everyone", "everyone would be better off if i was gone"]
    + ["she has pills and wants to take them all", "i'm going to take all my pills"]
    # Found by the code review: a part of the body named where "myself" usually is.
    + ["i want to cut my arm", "i want to stab my leg", "i want to burn my skin"]
    + ["i wanna hit my head", "i feel like cutting my thighs", "i need to hurt my body"]
    + ["im scared i will hurt my baby and myself", "i might harm someone or myself"]
    # Asking whether an injury needs care (found by the supporters' walk).
    + ["is the cut deep enough for hospital my daughter", "is my cut deep enough for stitches"]
    + ["should i go to a&e for a cut", "do i need hospital for my burn"],
)
def test_the_readers_danger_in_these_words_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    ["my friend is going to jump", "my friend is on a bridge", "my son has a rope"]
    + ["he bought a noose", "she is standing on the roof"],
)
def test_someone_else_at_a_place_or_with_a_means_brings_help_for_them(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["i took a bunch of photos", "what's the point of therapy", "goodbye message for a card"]
    + ["i want to cut my hair", "going to cut down on sugar", "i want to cut back on drinking"]
    + ["her words cut deep", "jump rope exercises", "i need to cut my nails"]
    + ["we are going to jump on the trampoline", "cant cope with exams"]
    + ["i cut my hand cooking", "i hurt my leg playing football", "i burnt my hand on the oven"]
    + ["is it bad enough to go to a doctor for anxiety"]
    + ["i want to cut my fringe", "going to hit my head on the low door"]
    + ["take them all to school"],
)
def test_their_everyday_neighbours_stay_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


# Bleach or poison, wanted or meant: each gave no help box, where "i drank bleach" had one
# (found by the crisis hunt, round nine).
@pytest.mark.parametrize(
    "typed",
    ["i want to drink bleach", "i wanna drink bleach", "im going to drink bleach"]
    + ["i feel like drinking bleach", "i keep thinking about drinking bleach"]
    + ["I WANT TO DRINK BLEACH", "i want to swallow poison"],
)
def test_bleach_or_poison_wanted_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["my toddler might drink bleach", "how to stop my dog drinking bleach", "i want to drink"]
    + ["i want to clean with bleach", "is it safe to mix bleach and vinegar"],
)
def test_bleach_about_the_house_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# At a place to jump from, or with the means at hand, told as now: each gave no help box, where
# "standing on the bridge" had one (found by the crisis hunt, round nine).
@pytest.mark.parametrize(
    "typed",
    ["im on the bridge", "i'm on the bridge now", "i am standing on the ledge"]
    + ["i'm standing on the edge", "the pills are in my hand", "i have the pills in front of me"]
    + ["ive got all my pills lined up", "im holding a knife", "i'm holding the blade"],
)
def test_a_place_or_the_means_at_hand_now_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["im on the bridge club", "im on the roof fixing tiles", "im on the edge of my seat"]
    + ["the pills are in front of me do i take them with food", "my tablets are ready"]
    + ["my tablets are ready to collect", "i have the pills ready for tomorrow"]
    + ["im holding a knife wrong"],
)
def test_a_place_or_a_thing_told_with_what_for_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# The same, with a cry for help or what is meant after it, or the blade held to the body: each
# gave no help box, as only the place or the means typed alone was read (found by the code
# review). What for, after it, still says otherwise ("im on the roof fixing tiles").
@pytest.mark.parametrize(
    "typed",
    ["im on the bridge and i want to jump", "im on the bridge help", "im on the bridge. help me"]
    + ["i'm on the bridge right now please help", "im on the edge and i cant do this"]
    + ["i have the pills in my hand what do i do", "im holding a knife to my wrist"]
    + ["i have a knife to my wrist", "ive got a blade against my arm", "knife to my throat"]
    + ["i have the knife in my hand and i want to use it"],
)
def test_a_place_or_the_means_at_hand_with_more_said_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["im on the roof and i need to fix the gutter", "im on the roof and its raining"]
    + ["i have my meds ready and i need to take them with food", "i put the knife on my chest"]
    + ["the pills are in front of me and i dont know which to take"],
)
def test_a_place_or_a_thing_with_what_for_after_it_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed
