"""Reading level: counts and Flesch scores, computed offline."""

from __future__ import annotations

import pytest

from reader.readability import Readability, count_syllables, score

SIMPLE = "You are not alone. Help is here. Call a friend. Take a slow breath."
COMPLEX = (
    "Notwithstanding considerable methodological heterogeneity, epidemiological "
    "investigations consistently demonstrate substantial associations between "
    "psychological vulnerability and subsequent hospitalisation."
)


def test_simple_text_scores_a_lower_grade_than_complex_text() -> None:
    simple, complex_ = score(SIMPLE), score(COMPLEX)
    assert simple.grade < 3
    assert complex_.grade > 12
    assert simple.reading_ease > 90
    assert complex_.reading_ease < 30


def test_counts_words_sentences_and_syllables() -> None:
    assert score("The cat sat. The dog ran.") == Readability(words=6, sentences=2, syllables=6)


def test_scores_follow_the_flesch_formulas() -> None:
    result = Readability(words=100, sentences=5, syllables=150)
    assert result.grade == pytest.approx(0.39 * 20 + 11.8 * 1.5 - 15.59)
    assert result.reading_ease == pytest.approx(206.835 - 1.015 * 20 - 84.6 * 1.5)


def test_empty_text_is_easy_and_does_not_divide_by_zero() -> None:
    result = score("")
    assert (result.words, result.sentences, result.syllables) == (0, 1, 0)
    assert result.grade == 0.0
    assert result.reading_ease == 100.0


def test_lines_without_end_punctuation_count_as_sentences() -> None:
    # List items and headings end a thought even without a full stop.
    assert score("Call a friend\nGo for a walk\nRest.").sentences == 3


def test_repeated_punctuation_ends_one_sentence() -> None:
    assert score("Really?! Yes... Okay!!!").sentences == 3


def test_closing_quotes_after_a_full_stop_end_the_sentence() -> None:
    assert score('She said "stop." Then she rested.').sentences == 2


def test_abbreviation_like_dots_inside_words_do_not_end_sentences() -> None:
    assert score("See example.org for more").sentences == 1


def test_numbers_are_not_words() -> None:
    assert score("Call 116 123 now.").words == 2


def test_words_with_apostrophes_and_hyphens_count_once() -> None:
    assert score("Don't give up on self-care.").words == 5


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("cat", 1),
        ("make", 1),
        ("free", 1),
        ("table", 2),
        ("every", 3),
        ("beautiful", 3),
        ("understanding", 4),
        ("Breathing", 2),
        ("don't", 1),
        ("'quoted'", 2),
        ("", 0),
        ("'", 0),
    ],
)
def test_count_syllables(word: str, syllables: int) -> None:
    assert count_syllables(word) == syllables


def test_every_real_word_has_at_least_one_syllable() -> None:
    assert all(count_syllables(w) >= 1 for w in ("a", "I", "rhythm", "shh", "the"))
