"""When the words as typed find few articles: plurals as singulars, then one word fewer."""

from __future__ import annotations

import pytest

from reader.search import FEW_HITS, SearchIndex
from reader.search_queries import any_word_query, fallback_queries
from tests.search_tools import FILLER, ids, make, top


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # Each found nothing: every word is a prefix, so "skill" found "skills" but not back.
        ("breathing exercises", "grounding-and-breathing"),
        ("exercises", "grounding-and-breathing"),
        ("distractions", "riding-out-an-urge"),
        ("coping skills", "riding-out-an-urge"),
        ("coping tools", "riding-out-an-urge"),
        ("coping techniques", "riding-out-an-urge"),
        # A sentence must match every word: this found only the school page.
        ("my friend saw my scars", "living-with-scars"),
        # No page has all these words, or all but one: each found nothing at all.
        ("my parents kicked me out for being gay", "if-you-are-lgbtq"),
        ("i got outed at school and everyone laughs", "if-you-are-lgbtq"),
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
        ("progress", '"progress"*'),  # ends in ss: not a plural
        ("hits", '"hits"*'),  # short: "the urge hits" is not about hitting
        ("nervous", '"nervous"*'),  # ends in us
        # A synonym is one word, found by the articles' words for it too.
        ("stressed", '("stressed" OR "stress" OR "overwhelm"*)'),
    ],
)
def test_a_plural_finds_its_singular(word: str, query: str) -> None:
    assert fallback_queries(word) == [query]


@pytest.mark.parametrize("typed", ["x y", "a b c d", "my"])
def test_single_letters_and_small_words_bring_no_fallback(typed: str) -> None:
    assert fallback_queries(typed) == []


def test_when_nothing_else_is_found_pages_with_any_of_the_words_come_best_first() -> None:
    articles = [
        make("calm", body=f"{FILLER} Calm water."),
        make("calm-garden", body=f"{FILLER} A calm garden with a calm pond."),
        make("unrelated", body=f"{FILLER} Nothing here."),
    ]
    found = [hit.article_id for hit in SearchIndex(articles).search("calm garden rocket ship")]
    assert found == ["calm-garden", "calm"]


def test_any_of_the_words_is_only_a_last_try() -> None:
    articles = [
        make("both", body=f"{FILLER} Rocket garden."),
        make("one", body=f"{FILLER} Rocket."),
    ]
    found = [hit.article_id for hit in SearchIndex(articles).search("rocket garden ship")]
    assert found == ["both"]  # all but one of the words found it: "one" is not needed


@pytest.mark.parametrize("typed", ["calm garden", "my calm", "x y z"])
def test_two_words_or_fewer_are_never_searched_one_at_a_time_again(typed: str) -> None:
    assert any_word_query(typed) == ""


@pytest.mark.parametrize(
    ("typed", "alone"),
    [("i have bpd", "bpd"), ("they said i have bpd", "bpd"), ("i have cptsd", "cptsd")],
)
def test_saying_what_one_has_finds_only_what_the_thing_alone_finds(
    bundled: SearchIndex, typed: str, alone: str
) -> None:
    """One word fewer was "have" alone: after the page on a diagnosis came 19 others, each
    with a snippet such as "…which one you <b>have</b>. If you feel…"."""
    assert ids(bundled.search(typed)) == ids(bundled.search(alone))


def test_has_and_been_do_not_decide_which_page_comes_first(bundled: SearchIndex) -> None:
    # It listed the pages that say "has" and "been" first, then the one for parents.
    assert top(bundled, "has my child been self harming", count=1) == ["when-your-child-self-harms"]


# The fallbacks looked for the words as typed only: "outed" is no page's word, so "my parents
# outed me" listed the page for parents first and the one for LGBTQ+ readers not at all, and
# "my son got good marks on his test" put the page on a child's self-harm first.
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("my parents outed me", "if-you-are-lgbtq"),
        ("my mum outed me", "if-you-are-lgbtq"),
        ("i got outed to my family", "if-you-are-lgbtq"),
    ],
)
def test_the_fallbacks_find_a_synonyms_words_too(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first]


def test_a_grade_is_not_a_childs_self_harm(bundled: SearchIndex) -> None:
    assert "when-your-child-self-harms" not in top(
        bundled, "my son got good marks on his test", count=2
    )


def test_pages_that_keep_the_synonym_come_before_those_that_drop_it() -> None:
    articles = [
        make("keeps-it", body=f"{FILLER} Anxious at school."),
        make("drops-it", body=f"{FILLER} School and lunch."),
    ]
    assert fallback_queries("anxiety school lunch")[1:] == [
        '(("anxiety" OR "anxious" OR "worry" OR "worries" OR "panic"* OR "overwhelm"* OR "nervous")'
        ' AND "lunch"*) OR (("anxiety" OR "anxious" OR "worry" OR "worries" OR "panic"*'
        ' OR "overwhelm"* OR "nervous") AND "school"*)',
        '("school"* AND "lunch"*)',
    ]
    found = [hit.article_id for hit in SearchIndex(articles).search("anxiety school lunch")]
    assert found == ["keeps-it", "drops-it"]


# Each word was kept once, so a synonym that uses a word said before it was lost: "he hits me
# when he is drunk" was "is drunk" ("drunk" is the reader's own drinking), and listed only
# When a relationship ends.
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("he hits me when he is drunk", "when-home-is-not-safe"),
        ("she hits me when she is drunk", "when-home-is-not-safe"),
    ],
)
def test_a_word_said_again_still_makes_a_synonym(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first]


def test_a_word_said_again_is_still_searched_once() -> None:
    assert fallback_queries("friend saw my friend") == [
        '"friend"* AND "saw"*',
        '("saw"*) OR ("friend"*)',
    ]
