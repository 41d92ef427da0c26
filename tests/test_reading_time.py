"""Reading time: words counted in any script, Markdown and link targets left out."""

from __future__ import annotations

import unicodedata

import pytest

from reader.articles import WORDS_PER_MINUTE, Article, parse_article
from tests.article_tools import article_text


def with_body(body: str) -> Article:
    """A valid article with this body."""
    return parse_article(article_text(body=body))


@pytest.mark.parametrize(
    ("words", "minutes"),
    [(0, 1), (1, 1), (WORDS_PER_MINUTE, 1), (WORDS_PER_MINUTE * 2, 2), (WORDS_PER_MINUTE * 5, 5)],
)
def test_reading_minutes_from_word_count(words: int, minutes: int) -> None:
    article = with_body(" ".join(["calm"] * words))
    assert article.word_count == words
    assert article.reading_minutes == minutes


def test_reading_minutes_round_to_the_nearest_minute() -> None:
    assert with_body(" ".join(["word"] * int(WORDS_PER_MINUTE * 2.7))).reading_minutes == 3
    assert with_body(" ".join(["word"] * int(WORDS_PER_MINUTE * 2.2))).reading_minutes == 2


def test_word_count_ignores_markdown_and_link_targets() -> None:
    body = "## Two words\n\n**Bold** and [a link](https://example.org/a-long-path-with-words).\n"
    assert with_body(body).word_count == 6  # Two words Bold and a link


def test_word_count_keeps_apostrophes_inside_words() -> None:
    assert with_body("It's okay. You’re not alone.").word_count == 5


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("También sé que el corazón sigue aquí.", 7),  # an accent no longer splits a word
        (unicodedata.normalize("NFD", "También sé que el corazón sigue aquí."), 7),  # decomposed
        ("Pingüino, año, corazón.", 3),
        ("Ты не один. Помощь рядом.", 5),  # other scripts counted no words at all
        ("आप अकेले नहीं हैं।", 4),  # vowel signs are marks, part of their word
        ("لست وحدك", 2),
        ("Ελπίδα υπάρχει", 2),
    ],
)
def test_word_count_counts_words_in_any_script(body: str, words: int) -> None:
    """Reading time for the planned Spanish edition, and for any other language."""
    assert with_body(body).word_count == words


def test_word_count_still_splits_at_hyphens_and_skips_lone_marks() -> None:
    assert with_body("A self-harm — ' ’ ___ * 3.5 co-op").word_count == 7  # A self harm 3 5 co op


def test_word_count_splits_at_any_space_and_joins_nothing_across_one() -> None:
    # Words are counted between spaces of every kind, a tab, a non-breaking space, a line
    # separator; text on either side of one never counts as one word.
    assert with_body("calm\u00a0calm\tcalm\u2028calm\u3000it's_ok").word_count == 5


@pytest.mark.parametrize(
    ("sentence", "characters"),
    [("这些感受会过去的。", 8), ("ゆっくり呼吸しましょう。", 11), ("不安は自然な反応です、", 10)],
)
def test_chinese_and_japanese_count_each_character_as_a_word(
    sentence: str, characters: int
) -> None:
    # No spaces between words: a whole sentence counted as one word or two, so a page of
    # 1,800 characters, ten minutes at a gentle pace, said "1 min read".
    article = with_body(sentence * 200)
    assert article.word_count == characters * 200
    assert article.reading_minutes == round(characters * 200 / WORDS_PER_MINUTE)
