"""Searches that sound like a crisis are recognised, so search can offer help first."""

from __future__ import annotations

import pytest

from reader.contacts import load_all
from reader.crisis_words import (
    CRISIS_ARTICLE_ID,
    SUICIDAL_THOUGHTS_ID,
    SUPPORTING_SOMEONE_ID,
    crisis_articles,
    helpline_words,
    one_slip,
    seeks_someone_to_talk_to,
    suggests_crisis,
)
from reader.packs import load_library
from reader.paths import contacts_dir, content_dir


@pytest.mark.parametrize(
    "typed",
    [
        "kill myself",
        "I want to die",
        "wanna die",
        "suicide",
        "Suicidal thoughts",
        "I don\u2019t want to be here",
        "dont want to live",
        "how to stop hurting myself",
        "i am not safe",
        "crisis",
        "ending it all",
        "  KILL   MYSELF  ",
        "no point living",
        "overdose",
        "cutting myself",
        "take my own life",
        "taking my life",
        "i want to be dead",
        "unalive",
        "kms",
        "i want to end it",
        "no way out",
        "i cant take it anymore",
        "I can't do this any more",
        "hopeless",
        "feeling hopeless",
        "want to sleep forever",
        "i hope i never wake up",
        # Someone else, in danger now.
        "my friend wants to kill himself",
        "she said she will kill herself",
        "they want to kill themselves",
        "he wants to die",
        "she might take her own life",
    ],
)
def test_crisis_searches_are_recognised(typed: str) -> None:
    assert suggests_crisis(typed)


# An overdose told without the word: "took too many pills" said "Nothing matched".
@pytest.mark.parametrize(
    "typed",
    [
        "i took too many",
        "took too many pills",
        "I've taken too much",
        "my son took too many tablets",
        "i swallowed pills",
        "took a lot of painkillers",
        "too many pills",
    ],
)
def test_an_overdose_taken_is_recognised(typed: str) -> None:
    assert suggests_crisis(typed)


# An injury that needs care now, told without a crisis word: "Nothing matched" before.
@pytest.mark.parametrize(
    "typed",
    ["it wont stop bleeding", "my cut won't stop bleeding", "bleeding a lot", "so much blood"],
)
def test_bleeding_that_needs_care_now_is_recognised(typed: str) -> None:
    assert suggests_crisis(typed)


# Written as online, where the plain words are hidden from filters: no help box came.
@pytest.mark.parametrize(
    "typed",
    ["kys", "told me to kys", "kill yourself", "kill urself", "sewerslide", "sewer slide"]
    + ["su1cide", "su!c!de", "su*cide", "unaliving", "unaliving myself"],
)
def test_crisis_words_as_written_online_are_recognised(typed: str) -> None:
    assert suggests_crisis(typed)


# Warning signs in the words people use for them; each gave ordinary results, no help box.
@pytest.mark.parametrize(
    "typed",
    ["everyone would be better off without me", "nobody would miss me", "no one would miss me"]
    + ["i dont want to exist", "i want to disappear", "i wish i was never born"]
    + ["i want to end my own life", "hang myself", "i feel like dying", "cuting myself"]
    + ["sometimes i cuts myself", "burning myself", "i burnt myself again"],
)
def test_warning_signs_are_recognised(typed: str) -> None:
    assert suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "sleep",
        "breathing",
        "safe space",
        "talking to someone",
        "die",
        "feelings",
        "",
        "self care",
        "life",
        "ending",
        "way out of a bad day",
        "wake up",
        "hope",
        "take my time",
        "she took her own life",  # a loss: the grief article, not a crisis box
        "he takes his time",
        "i took too many photos",
        "took too long",
        "too much homework",
        "stop bleeding gums",
        "nosebleed",
        "keys",
        "sewer",
        "slide",
        "i feel like dying my hair",
        "better off",
        "my mum will miss me at uni",
        "she cuts me off",
    ],
)
def test_everyday_searches_are_not(typed: str) -> None:
    assert not suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    [
        # One letter missing, wrong, extra or swapped: how the words come out in a hurry.
        "sucide",
        "suicdal",
        "sucidal",
        "uicide",
        "suiside",
        "suicidde",
        "siucide",
        "suicied",
        "suicidial",
        "thinking about sucide",
        "SUCIDAL THOUGHTS",
        "overdoes",
        "overdoze",
        "ovedose",
        "overdsoe",
        "overdosse",
        "i overdsoed",
        "kil myself",
        "kill myslef",
        "kill mysef",
        "killl myself",
        "kiling myself",
        "want to kill my slef",
        "kil me",
    ],
)
def test_crisis_words_with_one_slip_are_recognised(typed: str) -> None:
    assert suggests_crisis(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "suit",
        "suitcase",
        "suited",
        "decide",
        "decided",
        "side",
        "guide",
        "over",
        "overdue",
        "overdone",  # one letter from "overdose", and an everyday word
        "overdoing it",  # one letter from "overdosing"
        "i overdid it",
        "killer whale",
        "skill",
        "skill myself up",  # not a slip of "kill": the first letter is kept
        "will myself to get up",
        "fill myself up",
        "it kills me",  # a figure of speech, one letter from "kill"
        "kill time",
        "kiss me",
        "pesticide",
        "insecticide",
        # Not a slip of "suicide" (three letters differ) and not about the reader's own life:
        # it names a crime, as in the news. The "Nothing matched" line still points to F1.
        "homicide",
        "acid",
        "sides",
        "myself",
    ],
)
def test_everyday_words_near_crisis_words_are_not(typed: str) -> None:
    assert not suggests_crisis(typed)


@pytest.mark.parametrize(
    ("typed", "word", "near"),
    [
        ("suicide", "suicide", True),
        ("sucide", "suicide", True),  # missing
        ("suicidee", "suicide", True),  # extra, at the end
        ("xsuicide", "suicide", True),  # extra, at the start
        ("suicdie", "suicide", True),  # swapped
        ("suicife", "suicide", True),  # wrong
        ("sucdie", "suicide", False),  # two slips
        ("suicidexx", "suicide", False),
        ("scuidie", "suicide", False),
        ("", "a", True),
        ("ab", "ba", True),
        ("abc", "cba", False),
    ],
)
def test_one_slip(typed: str, word: str, near: bool) -> None:
    assert one_slip(typed, word) is near


def test_a_crisis_search_lists_the_crisis_article_then_suicidal_thoughts() -> None:
    library = load_library([content_dir()])
    first = [CRISIS_ARTICLE_ID, SUICIDAL_THOUGHTS_ID, SUPPORTING_SOMEONE_ID]
    assert [a.id for a in crisis_articles(library)] == first
    library.hide([CRISIS_ARTICLE_ID])
    assert [a.id for a in crisis_articles(library)] == first[1:]
    library.hide(first[1:])
    assert crisis_articles(library) == []


LINES = ["Samaritans", "116 123", "Shout", "85258", "988 Suicide & Crisis Lifeline", "988"]


@pytest.mark.parametrize(
    "typed",
    [
        "helpline",
        "hot line",
        "crisis number",
        "someone to talk to",
        "who can I call",
        "Samaritans",
        "samar",  # as it is being typed
        "116123",
        "116 123",
        "988",
        "shout",
    ],
)
def test_searches_for_a_line_or_a_person_to_talk_to_are_recognised(typed: str) -> None:
    assert seeks_someone_to_talk_to(typed, LINES)


@pytest.mark.parametrize(
    "typed", ["help", "life", "talking", "sleep", "98", "phone", "text", "", "sam", "11"]
)
def test_everyday_searches_do_not_ask_for_a_line(typed: str) -> None:
    assert not seeks_someone_to_talk_to(typed, LINES)


def test_the_bundled_lines_give_their_names_and_numbers() -> None:
    regions, problems = load_all(contacts_dir())
    assert problems == []
    words = helpline_words(regions.values(), [])
    assert {"Samaritans", "116 123", "Shout", "988"} <= set(words)
    assert not any("@" in word for word in words)  # email addresses are not numbers to type


def test_the_start_of_a_name_that_is_a_word_the_articles_use_is_an_article_search() -> None:
    # "child" starts "Childline": a parent typing it wants the page for parents, and Enter
    # opened Get help now instead. A whole name, or a start that is no word, still counts.
    lines = [*LINES, "Childline"]
    articles_say = {"child", "women"}.__contains__
    assert not seeks_someone_to_talk_to("child", lines, articles_say)
    assert seeks_someone_to_talk_to("childline", lines, articles_say)
    assert seeks_someone_to_talk_to("childl", lines, articles_say)
    assert seeks_someone_to_talk_to("samar", lines, articles_say)
    assert seeks_someone_to_talk_to("child", lines)  # nothing known of the articles' words
