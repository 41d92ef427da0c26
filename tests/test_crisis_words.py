"""Searches that sound like a crisis are recognised, so search can offer help first."""

from __future__ import annotations

import pytest

from reader.contacts import load_all
from reader.crisis_words import (
    CRISIS_ARTICLE_ID,
    crisis_article,
    helpline_words,
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
    ],
)
def test_crisis_searches_are_recognised(typed: str) -> None:
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
    ],
)
def test_everyday_searches_are_not(typed: str) -> None:
    assert not suggests_crisis(typed)


def test_the_bundled_pack_has_the_crisis_article() -> None:
    article = crisis_article(load_library([content_dir()]))
    assert article is not None
    assert article.id == CRISIS_ARTICLE_ID


def test_no_crisis_article_when_it_is_hidden() -> None:
    library = load_library([content_dir()])
    library.hide([CRISIS_ARTICLE_ID])
    assert crisis_article(library) is None


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
