"""Warning signs as an older reader says them, in their own words: too old to go on, had
their life, time they were gone, to go in their sleep, to be taken, to go too.

Each gave a list of articles and no help box (found by the crisis hunt, round five, the day
the page on later life landed), where "im ready to go" and "ive lived long enough" had one.
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["im too old to go on", "I'M TOO OLD TO GO ON", "im to old to go on", "i feel too old to live"]
    + ["im getting too old to carry on", "i am too old to keep going any more"]
    + ["i have had my life", "ive had my life", "i've had my life now", "i have had my time"]
    + ["ive had a good innings", "ive had a good life", "had my life"]
    + ["what is the point at my age", "whats the point at my age", "theres no point at my age"]
    + ["time i was gone", "its time i was gone now", "its my time to go"]
    + ["i hope i go in my sleep", "i wish i could go in my sleep", "i want to die in my sleep"]
    + ["i pray the lord takes me", "i want the lord to take me", "im ready to meet my maker"]
    + ["why am i still here", "what have i got to live for", "what is there to live for"]
    + ["my wife died and i want to go too", "my husband passed away and i just want to go with him"]
    + ["i want to be with my husband hes gone", "i want to be with my wife now shes gone"],
)
def test_an_older_readers_own_words_bring_help_first(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


# Already brought help first; kept here beside the new ones, as the brief named them.
@pytest.mark.parametrize(
    "typed",
    ["i am ready to go", "i want to go to sleep and not wake up", "ive lived long enough"]
    + ["i dont want to be here now hes gone", "i want to join my husband"],
)
def test_the_older_readers_words_that_had_help_still_do(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["my dad says hes had his life", "my dad says he has had his life"]
    + ["my mum says shes too old to go on", "my nan keeps saying its time she was gone"]
    + ["my grandad says theres no point at his age"],
)
def test_an_older_persons_words_told_by_family_bring_help_about_them(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["i am ready to go to the shops", "i have had my lunch", "im too old to go clubbing"]
    + ["i want to go to sleep early", "im too old to go on holiday alone", "i had my lunch"]
    + ["am i too old to go on a gap year", "im too old to live with my parents"]
    + ["ive had my life turned upside down", "i have had my life saved by a nurse"]
    + ["ive had my time off cancelled", "ive had a good day", "ive had a good life so far"]
    + ["what is the point of braces at my age", "is there any point learning piano at my age"]
    + ["its time i went to bed", "its time i was going", "time i was gone from this job"]
    + ["i hope i sleep well", "i talk in my sleep", "i pray for my family"]
    + ["the lord is my shepherd", "why am i still here at work", "what have i got to lose"]
    + ["i want to go too", "my friends are going to the party and i want to go too"]
    + ["i want to be with my husband hes gone to work", "i want to join my husband in spain"]
    + ["my wife died last year and i want to go on holiday"],
)
def test_their_everyday_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)
