"""Questions about how much medicine would kill bring help first, however they are asked.

"how many pills to die", "how much sertraline is lethal" and "can you die from citalopram"
gave a list of articles and no help box (found by the search hunt, round seven), where "how
many pills would kill me" had one. The everyday questions beside them stay searches.
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["how many pills to die", "how many pills does it take to die", "HOW MANY PILLS TO DIE"]
    + ["how many sertraline does it take to die", "how much sertraline is lethal"]
    + ["how many sertraline is too many", "how many pills is too many"]
    + ["how many pills until i die"]
    + ["how many paracetamol to die", "how many paracetamol is lethal", "how much insulin to die"]
    + ["how many sleeping pills to die", "how much paracetamol would kill me"]
    + ["lethal dose", "what is a lethal dose", "whats the lethal dose of citalopram"]
    + ["can you die from sertraline", "can paracetamol kill you"]
    + ["take all my citalopram", "what happens if i take all my sertraline"]
    + ["what happens if you take too many paracetamol"]
    # Typed in a hurry (found by the code review).
    + ["how meny pills to die", "how many pills to dye", "how many sertaline is lethal"],
)
def test_asking_how_much_medicine_would_kill_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    ["how many people die of cancer", "how many children die in car crashes"]
    + ["how many pills in a pack", "how many calories in a pill", "how many pills do i have left"]
    + ["how many tablets should i take for a headache", "how many sertraline can i take a day"]
    + ["how much sertraline should i take", "is sertraline dangerous", "how much water a day"]
    + ["lethal weapon", "lethal injection", "can you die from a broken heart", "take all my stuff"]
    + ["how many times can you die in the game", "how many years do you have to live with hiv"],
)
def test_everyday_questions_about_medicine_and_dying_stay_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


# Asked the other way round, with "u" for "you" or "too" for "to", each gave no help box
# (found by the code review); whether a medicine is safe, or enough to help, stays a search,
# and so does a toxic level of stress, which showed the help box.
@pytest.mark.parametrize(
    "typed",
    ["is sertraline lethal", "are antidepressants deadly", "is paracetamol fatal"]
    + ["is 30 paracetamol enough to die", "would 20 tablets be lethal"]
    + ["can u die from paracetamol", "how many pills too die", "how many pills 2 die"],
)
def test_asked_the_other_way_round_it_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    ["is sertraline safe", "is paracetamol enough for a headache", "are antidepressants addictive"]
    + ["can u take ibuprofen with paracetamol", "is it a lethal weapon"]
    + ["toxic levels of stress at work", "my toxic level of stress", "toxic level of cortisol"],
)
def test_asking_whether_a_medicine_is_safe_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


# An overdose told with how much in the words around it, or "od'd" after "just": each gave no
# help box, where "i took 20 paracetamol" and "i od'd" had one (found by the crisis hunt, round
# six).
@pytest.mark.parametrize(
    "typed",
    ["i took 20 of my pills", "i took my whole bottle of pills"]
    + ["i took loads of my antidepressants", "i took like 30 pills", "i took about 40 tablets"]
    + ["i just od'd", "ive just od'd", "i think i oded", "i swallowed a handful of my meds"]
    + ["i took my whole packet of paracetamol", "I TOOK LIKE 30 PILLS"]
    + ["i have taken 15 of my sleeping tablets", "i just odd on my meds"],
)
def test_an_overdose_told_with_how_much_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["i took 2 of my pills", "i took my whole box of meds on holiday"]
    + ["i took my whole bottle of pills to the pharmacy", "i took 20 minutes to take my pills"]
    + ["i took loads of my photos", "how many of my pills can i take"]
    + ["i took double my meds by accident", "i take 30 mg of sertraline", "i took my pills"]
    + ["i took lots of notes about my meds", "i might have odd socks on"]
    + ["i think i odd one out"],
)
def test_a_dose_told_as_everyday_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# Someone else's overdose told with "od'd": no help box, and no page on supporting someone
# (found by the crisis hunt, round six).
@pytest.mark.parametrize(
    "typed",
    ["my friend od'd", "my friend has od'd", "she od'd", "my friend oded last night"]
    + ["he just odd", "MY FRIEND OD'D"],
)
def test_someone_elses_overdose_told_short_brings_help_for_them(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert about_someone_else(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["he has odd socks", "she is odd", "my friend is odd", "they had odd ideas"],
)
def test_odd_told_of_someone_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# How many would it take, typed alone: the question is the same without its last words, and
# each gave no help box (found by the crisis hunt, round nine). Said with what for, it is a
# search.
@pytest.mark.parametrize(
    "typed",
    ["how many pills would it take", "how many pills would it take?", "how many pills does it take"]
    + ["how much paracetamol would it take", "how many sleeping pills would it take"]
    + ["how many of my pills would it take", "HOW MANY PILLS WOULD IT TAKE"]
    + ["how many pills would it take to", "how many tablets would it take"],
)
def test_how_many_would_it_take_typed_alone_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["how many pills can i take for a headache", "how many pills would it take to fill the box"]
    + ["how many pills does it take to work", "how long does it take for pills to work"]
    + ["how many pills would it take to last a month", "how many tablets in a pack"],
)
def test_how_many_it_takes_for_a_purpose_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# "an od" for an overdose, taken or had: each gave no help box, where "i took an overdose" had
# one (found by the crisis hunt, round nine). "an odd turn" is the everyday word.
@pytest.mark.parametrize(
    "typed",
    ["i took an od", "ive taken an od", "i had an od", "i think i took an od", "I TOOK AN OD"]
    + ["i want to take an od", "im taking an od tonight", "i took another od"],
)
def test_an_od_taken_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


def test_someone_elses_od_brings_help_for_them() -> None:
    assert suggests_crisis("my friend took an od")
    assert about_someone_else("my friend took an od")


@pytest.mark.parametrize(
    "typed", ["i took an odd turn", "that was an odd one", "do a odd job", "i had an odd day"]
)
def test_an_odd_thing_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed
