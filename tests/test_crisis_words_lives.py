"""Warning signs as the readers of the pages on medicine, the armed forces, being adopted and
social anxiety type them in a bad moment, and the everyday searches beside them.

Each of the crisis phrases gave a list of articles and no help box (found by the crisis hunt,
round four, as the four pages were written).
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["my meds make me want to die", "since starting antidepressants i want to kill myself"]
    + ["i want to stop my meds and end it", "i want to stop taking my meds and die"]
    + ["im going to come off my antidepressants and end it all", "i took too many antidepressants"]
    + ["im going to take all my antidepressants", "ive stockpiled my pills"]
    + ["ive been saving up my pills", "i have enough pills saved", "im hoarding my meds"]
    + ["i came back from afghanistan and want to die", "i should have died out there"]
    + ["i wish i had died out there", "i should have died in helmand", "i wish id died that day"]
    + ["i should have been killed out there", "i should have come home in a box"]
    + ["i wish i came home in a body bag", "I SHOULD HAVE DIED OUT THERE"]
    + ["my birth mum didnt want me so why should i live", "i should never have been born"]
    + ["i shouldnt have been born", "i shouldnt exist", "my birth mum should have aborted me"]
    + ["i wish my birth mother had aborted me", "i wish i had been aborted"]
    + ["why didnt she just abort me", "my birth mum should of aborted me"],
)
def test_these_readers_in_a_bad_moment_get_help_first(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["my son says he should never have been born", "my husband said he should have died out there"]
    + ["my dad keeps saying he should have died in iraq"],
)
def test_someone_else_saying_so_is_a_crisis_about_them(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


# "id rather die than go to school" is a figure of speech (test_crisis_words_weary.py), and so
# is it with the people faced; the page on social anxiety is what is listed.
@pytest.mark.parametrize(
    "typed",
    ["my meds make me tired", "i want to stop my meds", "i want to stop taking my antidepressants"]
    + ["how to come off antidepressants", "i should have been born a boy"]
    + ["ive taken antidepressants before", "saving money on my meds", "saving for a holiday"]
    + ["i keep my pills in a box", "i came back from afghanistan", "i should have stayed out there"]
    + ["i should have died my hair", "i served in iraq", "i wish i had stayed in the army"]
    + ["my birth mum didnt want me", "was i nearly aborted", "i should have been adopted sooner"]
    + ["he should never have been allowed near me", "i would rather stay home than go to the party"]
    + ["i would rather die than go to school and face people", "i cant face people"],
)
def test_their_everyday_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


# "i wish i had never been born" brought help first, but not typed with "i'd" (found by the
# code review).
@pytest.mark.parametrize(
    "typed", ["i wish id never been born", "i wish i'd never been born", "wish id never been born"]
)
def test_never_to_have_been_born_is_heard_however_it_is_shortened(typed: str) -> None:
    assert suggests_crisis(typed)


# Said of being born a boy or a girl, as "i should have been born a boy" is, it showed the
# help box (found by the code review).
@pytest.mark.parametrize(
    "typed",
    ["i shouldnt have been born a girl", "i should never have been born a boy"]
    + ["i should not have been born as a girl"],
)
def test_not_to_have_been_born_a_boy_or_a_girl_is_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


# Survivor's guilt beside "i should have died out there" gave no help box (found by the code
# review); the everyday neighbours stay searches.
@pytest.mark.parametrize(
    "typed",
    ["i shouldnt have survived", "i should not have survived the crash", "i should have died there"]
    + ["i shouldn't have survived that", "I SHOULDNT HAVE SURVIVED"],
)
def test_not_to_have_survived_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed", ["i survived the exam", "how did i survive", "i should have died there laughing"]
)
def test_surviving_said_in_everyday_ways_is_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


# Medicine saved up, told the other way round or as a stash: each gave no help box, where "ive
# been saving my pills" had one (found by the crisis hunt, round nine).
@pytest.mark.parametrize(
    "typed",
    ["i have pills saved up", "i have a stash of pills", "ive got a stash of pills"]
    + ["i have my pills saved up", "i have 50 pills saved up", "ive got a secret stash of meds"]
    + ["i have loads of tablets stashed away", "i have a stockpile of tablets", "my pill stash"]
    + ["I HAVE PILLS SAVED UP", "i have paracetamol saved up for when its bad enough"],
)
def test_medicine_saved_up_told_as_had_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


def test_someone_elses_stash_brings_help_for_them() -> None:
    assert suggests_crisis("my daughter has a stash of pills")
    assert about_someone_else("my daughter has a stash of pills")


@pytest.mark.parametrize(
    "typed",
    ["i have my pills saved in my phone", "i have my meds stored in the fridge"]
    + ["a months supply of pills", "where should i keep my pills stored", "i have pills at home"]
    + ["how long can pills be stored", "i have my prescription saved", "a stash of sweets"],
)
def test_medicine_kept_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed
