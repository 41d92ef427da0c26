"""Search with hostile or empty queries, and an index that lives in memory only."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import privacy
from reader.search import SearchHit, SearchIndex
from reader.search_queries import to_match_query
from tests.search_tools import ARTICLES, ids, small_index


@pytest.fixture(scope="module")
def index() -> Iterator[SearchIndex]:
    yield from small_index()


# --- hostile or empty queries -------------------------------------------------------------


@pytest.mark.parametrize("typed", ["", " ", "\t\n", "-", "*", '"', "'", "(", ")", "^", ":", "_"])
def test_empty_or_punctuation_only_query_gives_no_hits(index: SearchIndex, typed: str) -> None:
    assert index.search(typed) == []


@pytest.mark.parametrize(
    "typed",
    [
        '"breathing',
        'breathing"',
        "-breathing",
        "breathing -slow",
        "breathing AND slow",
        "breathing OR",
        "NOT breathing",
        "AND",
        "NEAR(breathing slow)",
        "breath*",
        "*breath",
        "(breathing",
        "title:breathing",
        "{title}: breathing",
        "^breathing",
        "breathing + slow",
        "café's",
    ],
)
def test_fts_syntax_characters_never_raise(index: SearchIndex, typed: str) -> None:
    hits = index.search(typed)
    assert all(isinstance(hit, SearchHit) for hit in hits)
    # The punctuation and operators are ignored: the words alone find the same articles.
    words = " ".join(re.findall(r"\w+", typed))
    assert ids(hits) == ids(index.search(words))
    if words in ("breath", "breathing"):  # and a word alone is still found
        assert hits


def test_operators_are_searched_as_words(index: SearchIndex) -> None:
    # "-slow" is not a NOT: it still asks for the word "slow".
    assert ids(index.search("breathing -slow"))[:2] == ["title-hit", "body-hit"]


@settings(database=None, deadline=None, max_examples=200)
@given(st.text(max_size=40))
def test_any_typed_text_never_raises(index: SearchIndex, typed: str) -> None:
    hits = index.search(typed)
    assert all(hit.article_id in {a.id for a in ARTICLES} for hit in hits)


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("", ""),
        ("brea", '"brea"*'),
        ('He said "stop" -now', '"He"* "said"* "stop"* "now"*'),
        ("café AND x*", '"café"* "AND"* "x"*'),
    ],
)
def test_to_match_query_quotes_every_term(typed: str, query: str) -> None:
    assert to_match_query(typed) == query


# --- memory only --------------------------------------------------------------------------


def test_database_lives_in_memory(index: SearchIndex) -> None:
    assert index.search("breathing")  # built and searched (sorting may use a temp store)
    assert index.database_files() == []


def test_building_and_searching_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    privacy.install_guards()
    try:
        search_index = SearchIndex(ARTICLES)
        hits = search_index.search("breathing")
        search_index.close()
    finally:
        privacy.suspend_guards()
    assert ids(hits)[0] == "title-hit"
    assert os.listdir(tmp_path) == []


def test_snippets_keep_a_heading_apart_from_the_text_after_it(index: SearchIndex) -> None:
    [hit] = index.search("jerry")
    # The heading and the paragraph are separate lines of the article, not one run-on sentence.
    assert "lighthouse · Tom &amp; <b>Jerry</b>" in hit.snippet_html
    assert "\n" not in hit.snippet_html
