"""Warning signs told in a life worn down: money and work, caring, growing old alone.

Each is a warning sign of suicide as Samaritans, the NHS and the pack's Thoughts of not
wanting to be here and Supporting someone list them; each gave a list of articles and no help
box, where the pages on money, work, caring and feeling alone are read by these readers.
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


# Worth more dead, through the life insurance: a burden on the family, as money worries say it.
@pytest.mark.parametrize(
    "typed",
    ["my family would be better off with the life insurance", "im worth more dead than alive"]
    + [
        "they would be better off with my life insurance",
        "im worth more dead",
        "id be worth more dead",
    ]
    + ["im worth more to my family dead", "my family would get the insurance money if i died"]
    + ["would my life insurance pay out if i died", "i lost my job and want to end it"]
    + ["I'M WORTH MORE DEAD THAN ALIVE"],
)
def test_worth_more_dead_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed", ["my husband says hes worth more dead", "my dad thinks he would be worth more dead"]
)
def test_someone_else_worth_more_dead_is_a_crisis_about_them(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["would my life insurance pay out if i died in an accident", "is life insurance worth it"]
    + ["do i need life insurance", "what happens to my debts when i die", "i lost my job"]
    + ["the car is worth more dead than alive", "better off with a new insurance", "im in debt"]
    + ["my mum would get my life insurance", "ive had enough of work"],
)
def test_money_and_work_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


# Ready to go, lived long enough, waiting to die, rather be dead: as an older reader, or
# anyone worn down, says it.
@pytest.mark.parametrize(
    "typed",
    ["im ready to go", "i'm ready to go now", "ive lived long enough", "i have lived long enough"]
    + ["im just waiting to die", "i'm sitting here waiting to die", "i want god to take me"]
    + ["i pray god takes me", "i pray i dont wake up", "i want to leave this world"]
    + ["im ready to leave this world", "i want my life to be over", "id rather be dead"]
    + ["i'd rather die", "i would rather be dead than live like this", "im waiting for the end"]
    + ["i dont care if i live or die", "no one cares if i live or die", "i dont care if i die"]
    + ["IVE LIVED LONG ENOUGH"],
)
def test_being_ready_to_die_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed", ["my mum says shes ready to go", "my nan keeps saying shes lived long enough"]
)
def test_someone_else_ready_to_die_is_a_crisis_about_them(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["im ready to go home", "im ready to go back to work", "are you ready to go"]
    + ["my daughter is ready to go", "my dad said hes had enough", "ive lived long enough to know"]
    + ["ive lived here long enough", "i want to leave this world a better place"]
    + ["god take me to church", "i want god to take me through this", "i pray for my family"]
    + ["id rather die than go to school", "id rather die than eat that", "i'd rather be alone"]
    + ["i dont care if i die my hair", "im waiting to die my hair", "i dont care if i lose"]
    + ["im waiting for the end of the film", "ive had enough of work"],
)
def test_older_readers_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


# Going away for good, as a worn-out carer (or a teenager) says it.
@pytest.mark.parametrize(
    "typed",
    ["i want to run away and never come back", "i just want to run away and never come back"]
    + ["i want to go away and never come back", "i want to walk out and never come back"]
    + [
        "i want to get away from it all and never come back",
        "im running away and never coming back",
    ]
    + ["i want to disappear and never come back", "i wish i could disappear", "i want to vanish"]
    + ["i wish i could just vanish forever", "i cant do this anymore"],
)
def test_going_away_for_good_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


def test_someone_else_going_away_for_good_is_a_crisis_about_them() -> None:
    typed = "my husband said he wants to walk away and never come back"
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["i want to run away", "i want to run away from home", "my dad walked out and never came back"]
    + [
        "i want to go away for the weekend and come back refreshed",
        "i want to get away from it all",
    ]
    + ["i want to run away and never go back to school", "i want a break from caring"]
    + ["i cant cope with caring anymore", "i cant do this job anymore", "i need time away"],
)
def test_carers_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


# Worn out by all of it, then wanting it to stop: only "i want it to stop" typed alone was
# read, and each gave no help box (found by the crisis hunt, round eleven). "tired of
# everything" alone stays a search, as the project decided (test_crisis_words_judged.py).
@pytest.mark.parametrize(
    "typed",
    ["im so tired of everything i want it to stop", "tired of everything and i want it to end"]
    + ["im so tired of it all i want it to stop", "im so tired of everything. i want it to stop."]
    + ["im tired of everything i want to give up", "im tired of everything i just want out"]
    + ["im sick of everything and everyone i want it to end"],
)
def test_tired_of_everything_and_wanting_it_to_stop_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["im so tired of everything", "im so tired i want it to stop"]
    + ["im tired of everything i want to give up smoking"]
    + [
        "im tired of everything i want it to stop raining",
        "im sick of everything i want out of this job",
    ],
)
def test_tired_of_everything_and_wanting_a_thing_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed
