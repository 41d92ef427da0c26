"""A crisis phrase with an everyday tail after it: where one lives, a prescription taken to the
chemist, waking early. Each brought the help box (found by the crisis hunt, round six); the
phrase told alone, or with a tail that keeps it a warning sign, still does.
"""

from __future__ import annotations

import pytest

from reader.crisis_words import suggests_crisis

# Where, and with whom, one lives; a prescription taken somewhere; waking up early or on time.
EVERYDAY_TAILS = (
    ["i want to stop living with my parents", "i want to stop living at home"]
    + ["i want to stop living with my mum", "i want to stop living with flatmates"]
    + ["i want to stop living in the past", "i want to stop living for other people"]
    + ["i want to stop living in halls at uni", "i want to stop living paycheck to paycheck"]
    + ["i dont want to live with my dad anymore", "i dont want to live at home"]
    + ["im so tired of living with my parents", "im sick of living with my mum"]
    + ["i want to stop living at my dads", "i dont want to live in this house"]
    + ["i took my whole prescription to the pharmacy", "i took my whole prescription with me"]
    + ["i took the whole prescription back to the chemist", "i took my whole supply on holiday"]
    + ["i want to sleep and not wake up early", "i want to sleep and never wake up on time"]
    + ["i never wake up on time", "why do i never wake up rested", "i never wake up early"]
    + ["i dont want to wake up early", "i dont want to wake up for school"]
    + ["i want to go to sleep and not wake up till noon", "i never wake up to my alarm"]
    # Waking in the night, and someone else woken (found by the crisis hunt, round eight).
    + ["how do i sleep and not wake up at 3am", "i want to sleep and not wake up in the night"]
    + ["i hope i dont wake up the baby", "she hopes she doesnt wake up the baby"]
    + ["i dont want to wake up my parents", "i hope i dont wake up my flatmates"]
)
# The phrase alone, or a tail that keeps it a warning sign.
SIGNS = (
    ["i want to stop living", "i want to stop living like this", "i want to stop living now"]
    + ["i want to stop living with this pain", "i want to stop living in this world"]
    + ["i dont want to live with myself", "i dont want to live anymore"]
    + ["im tired of living", "i dont want to live at all", "i dont want to live in this body"]
    + ["i took my whole prescription", "i took my whole prescription with vodka"]
    + ["i took my whole prescription to die", "i took my whole prescription last night"]
    + ["i want to sleep and not wake up", "i want to sleep and never wake up"]
    + ["i want to sleep and not wake up tomorrow", "i hope i never wake up in the morning"]
    + ["i dont want to wake up tomorrow", "i dont want to wake up", "i hope i never wake up"]
    + ["i want to stop living with my parents and die", "i took my whole prescription. help"]
    + ["i hope i dont wake up", "i hope i dont wake up my family hates me"]
)


@pytest.mark.parametrize("typed", EVERYDAY_TAILS)
def test_an_everyday_tail_keeps_it_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


@pytest.mark.parametrize("typed", SIGNS)
def test_the_phrase_alone_or_with_a_sign_still_brings_help(typed: str) -> None:
    assert suggests_crisis(typed)


# "can't go on" with where or what one cannot go on: a trip, the bus, social media, a date
# (an anxious or a grounded reader's words), each brought the help box (found by the crisis
# hunt, round seven).
GOING_ON = (
    ["i cant go on holiday", "i cant go on the bus alone", "i cant go on social media"]
    + ["i cant go on the school trip", "i can't go on a date without panicking"]
    + ["i cant go on my phone at night", "i cant go on instagram anymore", "i cant go on the pill"]
)
NOT_GOING_ON = (
    ["i cant go on", "i cant go on like this", "i cant go on anymore", "i cant go on living"]
    + ["i cant go on without her", "i cant go on the way things are", "i cant go on alone"]
    + ["i cant go on a day longer", "i cant go on holiday i want to die"]
)


@pytest.mark.parametrize("typed", GOING_ON)
def test_what_one_cannot_go_on_keeps_it_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


@pytest.mark.parametrize("typed", NOT_GOING_ON)
def test_not_being_able_to_go_on_still_brings_help(typed: str) -> None:
    assert suggests_crisis(typed)


# Dying of embarrassment or laughing is a figure of speech, as "die of boredom" is read (found
# by the crisis hunt, round seven); of shame, or said plainly, it stays a sign.
FIGURES = (
    ["im going to die of embarrassment", "i want to die of embarrassment"]
    + ["i feel like dying of embarrassment", "im going to die laughing"]
    + ["im going to die of cringe", "i wanna die of boredom in this lesson"]
)
NOT_FIGURES = (
    ["i want to die", "im going to die", "i want to die of shame", "i feel like dying"]
    + ["i want to die of hunger"]
    + ["i want to die of embarrassment and i mean it, i want to die"]
)


@pytest.mark.parametrize("typed", FIGURES)
def test_a_figure_of_speech_keeps_it_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


@pytest.mark.parametrize("typed", NOT_FIGURES)
def test_dying_said_plainly_still_brings_help(typed: str) -> None:
    assert suggests_crisis(typed)


# Hair or clothes dyed, typed "die": each brought the help box (found by the crisis hunt,
# round nine). Dying for a treat was a search already, and stays one.
DYED = (
    ["i wish i could die my hair", "i wish i could die my hair pink", "i want to die my hair"]
    + ["i wanna die my hair pink", "i'm going to die my hair blue", "i want to die my jeans black"]
    + ["I WISH I COULD DIE MY HAIR", "i want to die my own hair", "i wish i could die her hair"]
    + ["i could die for a pizza", "i would die for a coffee", "i'd die for a cup of tea"]
)
NOT_DYED = (
    ["i wish i could die", "i want to die", "i want to die my hair is falling out"]
    + ["i want to die. my hair is falling out", "i want to die my hair and then kill myself"]
    + ["i wish i could die my life is so hard"]
)


@pytest.mark.parametrize("typed", DYED)
def test_dyeing_typed_die_keeps_it_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


@pytest.mark.parametrize("typed", NOT_DYED)
def test_dying_wished_beside_the_hair_still_brings_help(typed: str) -> None:
    assert suggests_crisis(typed)


# A prescription taken somewhere, then what came of it: the place was taken out with the
# phrase, and each gave no help box (found by the code review). Said with no more than where,
# or when, it stays a search.
TAKEN_THEN_TOLD = (
    ["i took my whole prescription with me and now i feel sick"]
    + ["i took my whole prescription to school and swallowed it"]
    + ["i took my whole prescription with me. i feel dizzy", "i took my whole supply away, help"]
)
TAKEN_SOMEWHERE = ["i took my whole prescription to the pharmacy today"]
TAKEN_SOMEWHERE += ["i took my whole prescription with me on holiday"]


@pytest.mark.parametrize("typed", TAKEN_THEN_TOLD)
def test_a_prescription_taken_somewhere_then_felt_brings_help(typed: str) -> None:
    assert suggests_crisis(typed)


@pytest.mark.parametrize("typed", TAKEN_SOMEWHERE)
def test_a_prescription_taken_somewhere_and_no_more_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


# Living in fear is not where one lives: it is often someone in an abusive home, and each
# brought help before "in fear" was read as an everyday tail (found by the code review).
@pytest.mark.parametrize(
    "typed",
    ["im tired of living in fear", "i dont want to live in fear anymore"]
    + ["i want to stop living in fear", "im sick of living in fear of him"],
)
def test_living_in_fear_still_brings_help(typed: str) -> None:
    assert suggests_crisis(typed), typed


# Not able to keep living in fear, or like this, as "im tired of living in fear" is read: each
# gave no help box (found by the second code review). Where or how one lives stays a search.
@pytest.mark.parametrize(
    "typed",
    ["i cant keep living in fear", "i cant keep living in fear of him", "i cant keep living"]
    + ["i cant keep living like this", "i cannot keep living this way anymore"],
)
def test_not_able_to_keep_living_in_fear_brings_help(typed: str) -> None:
    assert suggests_crisis(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["i cant keep living with my parents", "i cant keep living off takeaways"]
    + ["i cant keep living paycheck to paycheck", "i cant keep living in this flat"],
)
def test_where_or_how_one_cannot_keep_living_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed
