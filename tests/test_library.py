"""The Library: lookup, reading order by collections then titles, hiding articles."""

from __future__ import annotations

import datetime as dt

from reader.articles import Article, Collection, Library


def make(article_id: str, title: str = "", related: tuple[str, ...] = ()) -> Article:
    return Article(
        id=article_id,
        title=title or article_id.title(),
        summary="s",
        topics=("t",),
        content_note="n",
        reviewed=dt.date(2026, 11, 26),
        sources=("s",),
        body="Words.",
        related=related,
    )


def library() -> Library:
    articles = {a.id: a for a in (make("a", "Zebra"), make("b", "Apple"), make("c", "Mango"))}
    articles["d"] = make("d", "Dove", related=("a", "b"))
    return Library(
        articles=articles,
        collections=[
            Collection("first", "First", "", ("c", "a")),
            Collection("second", "Second", "Also", ("a", "missing")),
        ],
    )


def test_get_returns_article_or_none() -> None:
    lib = library()
    assert lib.get("a") is lib.articles["a"]
    assert lib.get("nope") is None


def test_in_order_follows_collections_then_titles() -> None:
    order = [a.id for a in library().in_order()]
    # c, a from the collections (a only once, 'missing' skipped), then b and d by title.
    assert order == ["c", "a", "b", "d"]


def test_in_order_without_collections_is_by_title() -> None:
    lib = library()
    lib.collections = []
    assert [a.title for a in lib.in_order()] == ["Apple", "Dove", "Mango", "Zebra"]


def test_hide_removes_articles_from_library_and_collections() -> None:
    lib = library()
    lib.hide(["a", "not-there"])
    assert lib.get("a") is None
    assert set(lib.articles) == {"b", "c", "d"}
    # Ids that name no loaded article ('missing') go too: a collection lists what can open.
    assert [c.article_ids for c in lib.collections] == [("c",), ()]
    assert [c.title for c in lib.collections] == ["First", "Second"]
    assert lib.collections[1].description == "Also"


def test_hide_drops_related_links_to_hidden_articles() -> None:
    lib = library()
    lib.hide(["a"])
    assert lib.articles["d"].related == ("b",)
    assert "a" not in [a.id for a in lib.in_order()]


def test_empty_library() -> None:
    lib = Library()
    assert lib.in_order() == []
    assert lib.problems == []
    lib.hide(["x"])
    assert lib.articles == {}
