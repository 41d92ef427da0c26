"""Crisis words as a parent, partner or friend types them: someone else in danger now."""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, seeks_someone_to_talk_to, suggests_crisis


# Each gave ordinary results and no help box, where "my friend wants to kill herself" and
# "i want to end my life" had one: a supporter's words for someone else's plan.
@pytest.mark.parametrize(
    "typed",
    ["my friend is going to end her life tonight", "my boyfriend wants to end his life"]
    + ["my dad said he wants to end his life", "my friend has a plan to end his life"]
    + ["they are ending their own life", "my partner wants to end it"]
    + ["my friend is not answering and said she wanted to die", "he wanted to die"],
)
def test_someone_elses_plan_to_end_their_life_is_recognised(typed: str) -> None:
    assert suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    ["the end of her life story", "she has lived her life to the end", "the end of it"]
    + ["he wanted to dye his hair", "she wanted to diet", "text saying bye to the team"]
    + ["my friend texted me goodbye for the holidays", "she texted goodbye before her flight"],
)
def test_their_everyday_neighbours_are_not(typed: str) -> None:
    assert not suggests_crisis(typed)


# Supporting someone was left out of the first results for each: the person was not one the
# search knew ("my teen", "my grandson", "my flatmate"), or the reader's own "i" or "me" was
# read as their own danger, though "kill himself" says whose it is.
@pytest.mark.parametrize(
    "typed",
    ["my teen says life isnt worth living", "my grandson tried to kill himself"]
    + ["my granddaughter took too many pills", "my nan wants to die", "my stepson is suicidal"]
    + ["my flatmate overdosed", "my colleague wants to end it all", "my niece is suicidal"]
    + ["my fiance took an overdose", "my roommate said she wants to die"]
    + ["my boyfriend threatens to kill himself if i leave"]
    + ["my friend wants to kill herself and made me promise not to tell"]
    + ["i found out my sister wants to end her life"]
    # Found by the supporters' walk: a child named by age, a promise asked of the reader, and
    # their words told in the third person ("she doesnt want to live", "texted goodbye").
    + ["my 15 year old is suicidal", "my 13 year old wants to die", "my 14yo wants to die"]
    + ["my friend told me she wants to die and made me promise not to tell"]
    + ["my bestie said she doesnt want to live anymore", "my friend texted goodbye"]
    + ["my girlfriend said she doesnt want to be here anymore"]
    + ["my friend sent me a message saying goodbye"],
)
def test_a_crisis_of_someone_the_reader_cares_for_is_about_someone_else(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["my teacher made me want to die", "i want to kill myself", "my nan died and i want to die"]
    + ["im a patient and i want to die", "i am 15 years old and i want to die"],
)
def test_the_readers_own_danger_is_not(typed: str) -> None:
    assert not about_someone_else(typed)


_LINES = ["Samaritans", "116 123", "Childline", "0800 1111", "Shout", "85258"]


# A line named with what is wanted of it: each listed articles (the first on staying safer
# online, which names a Samaritans survey) and no box pointing to Get help now, and Enter
# opened that article, where "samaritans" alone and "samaritans phone number" were lines.
@pytest.mark.parametrize(
    "typed",
    ["samaritans number", "childline number", "call samaritans", "number for samaritans"]
    + ["ring childline", "text shout", "shout text number", "samaritans contact details"],
)
def test_a_line_named_with_what_is_wanted_of_it_is_a_search_for_a_line(typed: str) -> None:
    assert seeks_someone_to_talk_to(typed, _LINES)


# Having nobody is the same want as wanting somebody: "anyone to talk to" offered the lines
# and "i have no one to talk to" did not (raised by the tenth search round).
@pytest.mark.parametrize(
    "typed",
    ["i have no one to talk to", "nobody to talk to", "ive got noone to talk to"]
    + ["i dont have anyone to talk to", "no body to talk to"],
)
def test_having_nobody_to_talk_to_is_a_search_for_a_line(typed: str) -> None:
    assert seeks_someone_to_talk_to(typed, _LINES)


@pytest.mark.parametrize(
    "typed",
    ["call", "number", "text me back", "text for my son", "samaritans survey"]
    + ["no one talks to me", "nobody wants to talk to me"],
)
def test_words_about_calling_alone_are_not(typed: str) -> None:
    assert not seeks_someone_to_talk_to(typed, _LINES)


# The reader's own feelings about it ("i feel like a failure") after someone else's danger:
# 'i feel like a ...' was taken for the reader's own crisis, so Supporting someone was left
# out of the first results. Feeling a burden is the reader's own (found by the code review).
@pytest.mark.parametrize(
    "typed",
    [
        "my friend wants to die and i feel like a bad friend",
        "my son is suicidal and i feel like a failure",
    ]
    + ["my friend took an overdose i feel like a useless friend"],
)
def test_a_supporter_saying_how_they_feel_is_still_about_someone_else(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["i feel like such a burden to my mum", "i feel like im a burden to my dad"]
    + ["my friend wants to die and i feel like a burden to her"],
)
def test_feeling_a_burden_to_someone_is_the_readers_own(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


# Found by the crisis hunt: the warning signs a reader's own words now bring help for, told of
# someone else, as a worried friend or family member types them.
@pytest.mark.parametrize(
    "typed",
    ["my son said he wishes he was never born", "my mum said shed rather be dead"]
    + ["my grandad says hes waiting to die", "my wife says she cant live without our baby"]
    + ["my friend says she wants to be gone", "my gran says she prays god takes her"]
    + ["my friend wants to be with her baby", "my dad keeps saying hes ready to go"]
    + ["my friend said she wants to disappear and never come back"]
    + ["my mate keeps saying he should have died instead of his brother"],
)
def test_warning_signs_told_of_someone_else_are_a_crisis_about_them(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["i pray god takes her soon", "i wish he was never born", "i wish she was never born"]
    + ["my mum said shed rather be at home", "she wants to be gone by five"]
    + ["he prays god takes him to church", "my friend wants to be with her baby more"],
)
def test_their_everyday_neighbours_told_of_someone_else_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)
