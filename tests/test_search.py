"""Search: ranking, prefix matching, accents, safe snippets, small words and synonyms."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.search import SearchIndex
from reader.search_queries import MOST_TERMS, ranked_queries, to_match_query, typed_terms
from tests.search_tools import ARTICLES, FILLER, ids, make, small_index


@pytest.fixture(scope="module")
def index() -> Iterator[SearchIndex]:
    yield from small_index()


# --- ranking and matching -----------------------------------------------------------------


def test_title_hits_rank_above_summary_and_body_hits(index: SearchIndex) -> None:
    assert ids(index.search("breathing")) == ["title-hit", "summary-hit", "body-hit"]


def test_prefix_matches_as_the_person_types(index: SearchIndex) -> None:
    for typed in ("bre", "brea", "breath", "breathi"):
        assert set(ids(index.search(typed))) == {"title-hit", "summary-hit", "body-hit"}


def test_articles_with_every_word_come_before_those_with_fewer(index: SearchIndex) -> None:
    # All of "slow" and "breath" in two; then, as only two matched every word, those with one.
    assert ids(index.search("slow breath")) == ["title-hit", "body-hit", "summary-hit"]
    assert ids(index.search("slow breath", fallback=False)) == ["title-hit", "body-hit"]


@pytest.mark.parametrize("typed", ["CAFE", "cafe", "café", "CAFÉ", "Caf"])
def test_case_and_accent_insensitive(index: SearchIndex, typed: str) -> None:
    assert set(ids(index.search(typed))) == {"cafe", "plain-cafe"}


def test_hit_carries_the_title(index: SearchIndex) -> None:
    [hit] = index.search("lighthouse")
    assert (hit.article_id, hit.title) == ("markup", "Markup")


def test_headings_are_searchable(index: SearchIndex) -> None:
    assert ids(index.search("lighthouse")) == ["markup"]


def test_topics_are_searchable() -> None:
    search_index = SearchIndex([make("tagged", topics=("sleep", "night"))])
    assert ids(search_index.search("night")) == ["tagged"]


def test_link_targets_are_not_searchable(index: SearchIndex) -> None:
    assert index.search("secretpath") == []
    assert index.search("tracker") == []


def test_no_match_gives_no_hits(index: SearchIndex) -> None:
    assert index.search("zzzzqqq") == []


def test_limit_caps_the_number_of_hits(index: SearchIndex) -> None:
    assert len(index.search("gentle")) == len(ARTICLES) - 1  # every article but 'markup'
    assert len(index.search("gentle", limit=2)) == 2


def test_articles_can_be_added_later() -> None:
    search_index = SearchIndex()
    assert search_index.search("harbour") == []
    search_index.add([make("late", title="Harbour lights")])
    assert ids(search_index.search("harbour")) == ["late"]
    search_index.close()


# --- snippets -----------------------------------------------------------------------------


def test_snippet_marks_the_match_with_b(index: SearchIndex) -> None:
    [hit] = index.search("park")
    assert "<b>park</b>" in hit.snippet_html


def test_snippet_marks_prefix_matches_whole_words(index: SearchIndex) -> None:
    [hit] = [h for h in index.search("brea") if h.article_id == "body-hit"]
    assert "<b>breathing</b>" in hit.snippet_html


def test_snippet_escapes_html_in_text(index: SearchIndex) -> None:
    [hit] = index.search("jerry")
    assert "Tom &amp; <b>Jerry</b>" in hit.snippet_html
    assert "&lt;script&gt;" in hit.snippet_html
    assert "<script" not in hit.snippet_html
    without_marks = hit.snippet_html.replace("<b>", "").replace("</b>", "")
    assert "<" not in without_marks


def test_a_control_character_in_an_article_cannot_bold_the_results() -> None:
    """The snippets' match marks are \\x02 and \\x03: one in a body bolded all after it."""
    body = f"{FILLER} Some calm words \x02 about sleeping at night \x03 and more."
    [hit] = SearchIndex([make("odd", body=body)]).search("sleeping")
    assert hit.snippet_html.count("<b>") == hit.snippet_html.count("</b>") == 1
    assert "<b>sleeping</b>" in hit.snippet_html


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("हिन्दी", ["hindi"]),  # split at its marks, it found "हमारा नया दिन" first
        ("nai\u0308ve", ["decomposed", "composed"]),  # an accent typed as a mark of its own
        ("naïve", ["decomposed", "composed"]),
        ("தமிழ்", ["tamil"]),
    ],
)
def test_words_with_combining_marks_are_searched_whole(typed: str, found: list[str]) -> None:
    articles = [
        make("other", body="हमारा नया दिन"),
        make("hindi", body="यह हिन्दी है"),
        make("decomposed", body="A nai\u0308ve question."),
        make("composed", body="A naïve question."),
        make("tamil", body="தமிழ் மொழி"),
        make("tamil-other", body="தம் மொழி"),
    ]
    assert sorted(ids(SearchIndex(articles).search(typed))) == sorted(found)


def test_small_words_no_article_has_do_not_hide_what_the_rest_finds() -> None:
    """Every word must match: "help with my breathing" found nothing, as nothing says "my"."""
    articles = [
        make("breath", body=f"{FILLER} Slow breathing, in and out."),
        make("both", body=f"{FILLER} Breathing with help from a friend."),
    ]
    assert ids(SearchIndex(articles).search("help with my breathing"))[:1] == ["both"]


def test_snippet_is_short() -> None:
    long_body = " ".join(["steady"] * 40 + ["anchor"] + ["steady"] * 40)
    [hit] = SearchIndex([make("long", body=long_body)]).search("anchor")
    assert "<b>anchor</b>" in hit.snippet_html
    assert len(hit.snippet_html.split()) <= 16
    assert "…" in hit.snippet_html


def _snippet(body: str, typed: str) -> str:
    [hit] = SearchIndex([make("quoted", body=body)]).search(typed)
    return hit.snippet_html.replace("<b>", "").replace("</b>", "")


def test_a_snippet_that_starts_inside_a_quote_opens_it() -> None:
    """It began "…about it all night long, so can we talk?" That is", a closing quote
    mark with no opening one."""
    said = "Lately I sleep badly and I keep thinking about it all night long, so can we talk?"
    snippet = _snippet(f'You could say, "{said}" That is enough to start.', "enough")
    assert snippet.startswith("&quot;…about it all night")


def test_a_snippet_does_not_start_with_the_end_of_a_word() -> None:
    """ "don't" is two words to the index: a snippet began "…t sleep well"."""
    body = "You could say, I don't sleep well at all and can we talk? That is enough to start."
    snippet = _snippet(body, "enough")
    assert snippet.startswith("…sleep well"), snippet


# --- words no article uses ----------------------------------------------------------------

SYNONYM_ARTICLES = (
    make("uses-anxious", body=f"{FILLER} Feeling anxious before a session is common."),
    make("worry-title", title="When worry takes over", body=f"{FILLER} Worry, worry, worry."),
    make("self-harm", title="Understanding self-harm", body=f"{FILLER} About self-harm."),
    make("she", body=f"{FILLER} She should show her shame less."),
)


@pytest.fixture(scope="module")
def synonym_index() -> Iterator[SearchIndex]:
    search_index = SearchIndex(SYNONYM_ARTICLES)
    yield search_index
    search_index.close()


def test_a_word_no_article_uses_finds_the_articles_word(synonym_index: SearchIndex) -> None:
    assert ids(synonym_index.search("cutting")) == ["self-harm"]
    assert ids(synonym_index.search("slef harm")) == ["self-harm"]
    assert ids(synonym_index.search("i cut myself")) == ["self-harm"]
    assert ids(synonym_index.search("anxiety")) == ["worry-title", "uses-anxious"]


def test_the_word_as_typed_ranks_above_its_synonyms(synonym_index: SearchIndex) -> None:
    # By weight alone a title full of "worry" outranks one "anxious" in a body.
    assert ids(synonym_index.search("anxious")) == ["uses-anxious", "worry-title"]


def test_a_key_as_typed_so_far_still_finds_its_prefix(synonym_index: SearchIndex) -> None:
    # "sh" is a word for self-harm, and also how "shame" starts as it is typed.
    found = ids(synonym_index.search("sh"))
    assert found[0] == "self-harm"
    assert set(found) == {a.id for a in SYNONYM_ARTICLES}  # each summary is "A short summary."
    assert ids(synonym_index.search("anxi")) == ["uses-anxious", "worry-title"]


def test_other_typed_words_still_narrow_an_expansion(synonym_index: SearchIndex) -> None:
    assert ids(synonym_index.search("anxiety session", fallback=False)) == ["uses-anxious"]
    assert ids(synonym_index.search("anxiety lighthouse", fallback=False)) == []
    # Few hits: one word fewer follows, as for words that are no synonym ("worry session").
    assert ids(synonym_index.search("anxiety session")) == ["uses-anxious", "worry-title"]


def test_a_synonym_hit_is_snippeted_with_the_word_found(synonym_index: SearchIndex) -> None:
    [hit] = synonym_index.search("cutting")
    assert "<b>self-harm</b>" in hit.snippet_html


def test_expansions_respect_the_limit(synonym_index: SearchIndex) -> None:
    assert len(synonym_index.search("sh", limit=1)) == 1
    assert ids(synonym_index.search("anxious", limit=1)) == ["uses-anxious"]


@pytest.mark.parametrize(
    ("typed", "queries"),
    [
        ("breathing", ['"breathing"*']),
        ("", []),
        ("cutting", ['"cutting"', '("cutting" OR "self harm"*)', '"cutting"*']),
        (
            "anxi",
            [
                '"anxi"*',
                '("anxi"* OR "anxious" OR "worry" OR "worries" OR "panic"* OR '
                '"overwhelm"* OR "nervous")',
            ],
        ),
        (
            "i cant sleep well",
            [
                # Without the small word "i", which every word would have to match otherwise.
                # "cant" is "can" and "t", as the index has "can't"; "t" alone says nothing.
                '"can t sleep" AND "well"*',
                '("can t sleep" OR "sleep"* OR "night"* OR "awake") AND "well"*',
                '"sleep"* "well"*',
            ],
        ),
        # Only small words: kept, as there is nothing else to search for.
        ("how do i", ['"how"* "do"* "i"*']),
    ],
)
def test_ranked_queries(typed: str, queries: list[str]) -> None:
    assert ranked_queries(typed) == queries


def test_a_word_repeated_is_searched_once(index: SearchIndex) -> None:
    """A pasted run of one word ("a a a ...") took seconds a keystroke; it is one word."""
    assert to_match_query("breath " * 200) == '"breath"*'
    assert ids(index.search("breath " * 200)) == ids(index.search("breath"))
    assert typed_terms("Calm calm CALM night") == ["Calm", "night"]


def test_only_the_first_ten_words_are_searched() -> None:
    words = " ".join(f"word{n}" for n in range(30))
    assert typed_terms(words) == [f"word{n}" for n in range(MOST_TERMS)]
    assert to_match_query(words).count('"*') == MOST_TERMS
