"""Wishes not to be, as readers type them: to stop living, not to be alive or born, to be dead
or killed, to sleep for ever, for it all to end. Each below gave no help box (found by the
crisis hunt, round eight), where "i wish i was dead" had one.
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis

# The reader's own wish, typed as it comes: no apostrophes, text speak, misspellings, capitals.
OWN_WISHES = (
    ["i wish i could stop living", "I WISH I COULD STOP LIVING", "i wish i could just stop living"]
    + ["i wish i cud stop living", "i wish i culd stop living", "i wish i could stop being alive"]
    + [
        "i wish i could stop breathing",
        "i wish i could not be alive",
        "i wish i coud stop existing",
    ]
    + [
        "i wish i could cease to exist",
        "i wish i could just die",
        "i wish i could just not wake up",
    ]
    + [
        "i wish i wasnt even alive",
        "i wish i wernt alive",
        "i wish i wasent alive",
        "i wsh i wasnt alive",
    ]
    + ["i wish i wasnt ever born", "i wish i was never even born", "i wish i was nvr born"]
    + ["i wish i never got born", "i wish i didnt excist", "i wish i dint exist"]
    + [
        "i wish im dead",
        "i wish i could be dead",
        "i wish i was just dead",
        "i wish that i was dead",
    ]
    + ["i wish i was already dead", "i wish i wuz dead", "i wish i waz dead", "i wish i was gone"]
    + ["i wish someone would end me", "i wish someone would murder me", "i hope someone kills me"]
    + ["i wish someone would shoot me", "i hope something kills me", "i wish someone killed me"]
    + ["i wish someone would put me out of my misery", "i hope i get killed"]
    + [
        "i wish i could fall asleep forever",
        "i wish i could go to sleep for ever",
        "i wish i could sleep 4ever",
    ]
    + ["i wish i could go to sleep and never wake", "i wish i culd fall asleep and neva wake up"]
    + ["i wish i could fall asleep and nvr wake up", "i hope that i dont wake up"]
    + ["i wish it would all end", "i wish it would all just end", "i wish it all would end"]
    + ["i wish everything would end", "i wish it would end", "i wish it was all over"]
    + ["i wish my life would end", "i wish life would end", "i wish the pain would stop"]
    + ["i wish i could disappear for ever", "i wish this would all end"]
    + ["i wish i could disappear forever and never come back"]
)
# Someone else's wish, as the reader tells it: help first, and the page on supporting someone.
THEIR_WISHES = (
    ["my son wishes he was dead", "my daughter said she wishes she was dead"]
    + ["she wishes she could stop living", "my friend wishes she wasnt alive"]
    + ["he wishes he didnt exist", "my friend says she wishes she didnt exist"]
    + ["he wishes someone would kill him", "my daughter says she hopes she doesnt wake up"]
    + ["my dad prays he doesnt wake up", "she wishes she could just die"]
    + ["my son said he wishes he could die", "my girlfriend keeps saying she wishes she was dead"]
    + ["my son wishes he were dead", "he wishes it would all end"]
)
# Everyday wishes beside them, and wishes against someone else (anger, not a danger to them).
EVERYDAY = (
    ["i wish i could stop eating sweets", "i wish i could disappear at parties"]
    + ["i wish i was never born in winter", "i wish i could sleep forever on sundays"]
    + ["i wish i could stop living a lie", "i wish i could stop living off takeaways"]
    + ["i wish he was dead", "i wish she was never born"]
    + ["i hope someone kills him", "i wish he didnt exist", "i wish my ex was dead"]
    + ["i hope someone shoots me a message", "i wish my life would end up like hers"]
    + ["i wish the film would end", "i wish i could stop breathing so loudly"]
    + ["i wish i was born in summer", "i wish i could sleep forever at the weekend"]
)
# The wishes that stay signs beside those neighbours.
STILL_SIGNS = [
    "i wish i was never born",
    "i wish i was never born into this family",
    "i wish i could sleep forever",
] + ["i wish i could stop living like this", "i wish i could disappear forever"]


@pytest.mark.parametrize("typed", OWN_WISHES)
def test_a_wish_not_to_be_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize("typed", THEIR_WISHES)
def test_someone_elses_wish_not_to_be_brings_help_for_them(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize("typed", EVERYDAY)
def test_an_everyday_wish_or_anger_at_someone_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


@pytest.mark.parametrize("typed", STILL_SIGNS)
def test_the_wish_alone_still_brings_help(typed: str) -> None:
    assert suggests_crisis(typed)


# Everything to stop, wished, as "i want everything to stop" is read: each gave no help box
# (found by the code review). What is to stop, or for how long, is a search.
@pytest.mark.parametrize(
    "typed",
    ["i wish everything would stop", "i just wish everything would stop"]
    + ["i wish everything would just stop", "i wish everything would stop hurting"]
    + ["i wish all of this would stop"],
)
def test_everything_to_stop_wished_brings_help(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["i wish everything would stop for a minute", "i wish everything would stop changing"]
    + ["i wish everything would stop going wrong", "i wish the world would stop for a second"],
)
def test_what_is_to_stop_or_for_how_long_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# A life or a heart to stop, all this, for good, said with "i cant do this", made to stop, or
# typed with a slip: each gave no help box (found by the second code review). A heart racing
# or hurting (heartache), a life busy and the rain stopping are searches.
@pytest.mark.parametrize(
    "typed",
    ["i wish my life would stop", "i wish my life would just stop", "i wish my heart would stop"]
    + ["i wish all this would stop", "i wish everything would stop permanently"]
    + ["i wish everything would stop forever and ever", "i wish i could make everything stop"]
    + ["i wish everything would stop i cant do this", "i wish evrything would stop"]
    + ["i wish everythin would stop", "i wish my heart would stop beating"],
)
def test_a_life_or_all_this_to_stop_wished_brings_help(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["i wish my heart would stop racing", "i wish my life would stop being so busy"]
    + ["i wish the rain would stop", "i wish i could make everything stop for a minute"]
    + [
        "i wish everything would stop i cant do this homework",
        "i wish my heart would stop hurting",
    ],
)
def test_a_heart_racing_a_busy_life_or_rain_stopping_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed
