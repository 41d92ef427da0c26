"""When the words as typed find few articles: plurals as singulars, then one word fewer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.search import FEW_HITS, SearchIndex, fallback_queries
from tests.search_tools import FILLER, bundled_index, make, top


@pytest.fixture(scope="module")
def bundled() -> Iterator[SearchIndex]:
    yield from bundled_index()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # Each found nothing: every word is a prefix, so "skill" found "skills" but not back.
        ("breathing exercises", "grounding-and-breathing"),
        ("exercises", "grounding-and-breathing"),
        ("distractions", "riding-out-an-urge"),
        ("coping skills", "riding-out-an-urge"),
        # A sentence must match every word: this found only the school page.
        ("my friend saw my scars", "living-with-scars"),
    ],
)
def test_few_hits_for_the_words_as_typed_bring_the_page_wanted(
    bundled: SearchIndex, typed: str, expected: str
) -> None:
    assert expected in top(bundled, typed, count=3)


def test_pages_with_every_word_come_first_then_those_with_one_word_fewer() -> None:
    articles = [
        make("one-word", body=f"{FILLER} A friend can listen."),
        make("two-words", body=f"{FILLER} A friend saw them."),
        make("all-words", body=f"{FILLER} A friend saw the scars and listened."),
        make("plural", body=f"{FILLER} One skill at a time."),
    ]
    index = SearchIndex(articles)
    assert [hit.article_id for hit in index.search("friend saw scars")] == [
        "all-words",
        "two-words",
    ]
    assert [hit.article_id for hit in index.search("skills")] == ["plural"]


def test_enough_hits_for_the_words_as_typed_are_left_as_they_are() -> None:
    articles = [make(f"calm-{n}", body=f"{FILLER} Calm nights.") for n in range(FEW_HITS)]
    articles.append(make("night-only", body=f"{FILLER} Long night."))
    found = [hit.article_id for hit in SearchIndex(articles).search("calm nights")]
    assert "night-only" not in found  # it has "night" but not "calm": not needed here


@pytest.mark.parametrize(
    ("word", "query"),
    [
        ("skills", '"skill"*'),
        ("worries", '("worries"* OR "worry"*)'),
        ("stress", '"stress"*'),  # ends in ss: not a plural
        ("hits", '"hits"*'),  # short: "the urge hits" is not about hitting
        ("anxious", '"anxious"*'),  # ends in us
    ],
)
def test_a_plural_finds_its_singular(word: str, query: str) -> None:
    assert fallback_queries(word) == [query]


@pytest.mark.parametrize("typed", ["x y", "a b c d", "my"])
def test_single_letters_and_small_words_bring_no_fallback(typed: str) -> None:
    assert fallback_queries(typed) == []
