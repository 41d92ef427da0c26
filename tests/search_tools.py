"""Small articles and an index over them, shared by the search tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from reader.articles import Article
from reader.packs import load_library
from reader.paths import content_dir
from reader.search import SearchHit, SearchIndex

FILLER = "Some gentle words that fill the page so every article is about the same length."


def make(
    article_id: str,
    title: str = "Plain title",
    body: str = FILLER,
    summary: str = "A short summary.",
    topics: tuple[str, ...] = ("feelings",),
) -> Article:
    return Article(
        id=article_id,
        title=title,
        summary=summary,
        topics=topics,
        content_note="General terms.",
        reviewed=dt.date(2026, 11, 26),
        sources=("NICE",),
        body=body,
    )


ARTICLES = (
    make("body-hit", body=f"{FILLER} Slow breathing can help when things feel loud."),
    make("title-hit", title="Breathing slowly"),
    make("summary-hit", summary="How breathing helps."),
    make("cafe", title="A quiet café", body=f"{FILLER} Meet at the café near the park."),
    make("plain-cafe", body=f"{FILLER} A cafe without an accent."),
    make(
        "markup",
        title="Markup",
        body="## Hidden heading word lighthouse\n\nTom & Jerry said <script>x</script> is "
        "text. [Read more](https://tracker.example/secretpath)\n",
    ),
)


def small_index() -> Iterator[SearchIndex]:
    """An index over ARTICLES, closed when the test module is done (a fixture's body)."""
    search_index = SearchIndex(ARTICLES)
    yield search_index
    search_index.close()


def bundled_index() -> Iterator[SearchIndex]:
    """An index over the bundled articles, closed when the test module is done (a fixture's
    body)."""
    library = load_library([content_dir()])
    assert library.problems == []
    search_index = SearchIndex(library.articles.values())
    yield search_index
    search_index.close()


def ids(hits: list[SearchHit]) -> list[str]:
    return [hit.article_id for hit in hits]


def top(index: SearchIndex, typed: str, count: int = 5) -> list[str]:
    """The ids of the first few articles a search finds."""
    return ids(index.search(typed)[:count])
