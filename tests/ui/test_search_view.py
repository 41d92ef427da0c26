"""Search as you type: results update with each key, snippets, Enter opens the top result."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.search import SearchHit, SearchIndex
from reader.ui.main_window import MainWindow
from reader.ui.search_view import SearchView
from reader.ui.self_test import title_word
from tests.ui.search_view_tools import hit_ids, type_in_search
from tests.ui.window_helpers import MakeWindow


def test_window_search_shows_results(window: MainWindow) -> None:
    assert window.search("breathing") == 1
    assert window.location == "search"
    assert window.stack.currentWidget() is window.search_view
    assert hit_ids(window) == ["second-step"]
    assert window.search_view.status.text() == "1 article found"
    shown = window.search_view.results.toPlainText()
    assert "The second step" in shown
    assert "Breathing slowly helps" in shown


def test_results_update_as_the_person_types(window: MainWindow, qtbot: QtBot) -> None:
    seen = type_in_search(window, qtbot, "talking")
    assert [typed for typed, _ in seen] == ["t", "ta", "tal", "talk", "talki", "talkin", "talking"]
    assert seen[-1] == ("talking", ["third-way"])
    assert len(seen[0][1]) > 1  # "t" matches more articles than "talking"
    assert window.location == "search"
    assert window.search_view.query == "talking"


def test_deleting_text_widens_the_results_again(window: MainWindow, qtbot: QtBot) -> None:
    type_in_search(window, qtbot, "breathing")
    assert hit_ids(window) == ["second-step"]
    for _ in range(len("breathing")):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Backspace)
    assert window.search_box.text() == ""
    assert hit_ids(window) == []
    assert window.search_view.status.text() == "Type a word to search every article."


def test_enter_opens_the_top_result(window: MainWindow, qtbot: QtBot) -> None:
    type_in_search(window, qtbot, "calm")
    top = hit_ids(window)[0]
    assert top == "calm-start"  # a title hit ranks above body hits
    with qtbot.waitSignal(window.search_box.returnPressed):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.location == "article:calm-start"
    assert window.article_view.article is not None
    assert window.article_view.article.id == "calm-start"


def test_enter_with_nothing_found_stays_on_search(window: MainWindow, qtbot: QtBot) -> None:
    type_in_search(window, qtbot, "xylophone")
    assert hit_ids(window) == []
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.location == "search"
    assert window.search_view.status.text() == (
        "Nothing matched “xylophone”. Try a shorter or different word. "
        "If you need someone now, press F1 for Get help now."
    )


def test_enter_after_text_set_without_typing_still_searches(window: MainWindow) -> None:
    window.search_box.setText("trust")
    assert window.open_top_result() is True
    assert window.location == "article:third-way"


def test_case_and_accents_do_not_matter(window: MainWindow) -> None:
    for query in ("BREATHING", "bréathing", "Breath"):
        window.search(query)
        assert hit_ids(window) == ["second-step"], query


def test_snippets_highlight_the_match(window: MainWindow) -> None:
    window.search("slowly")
    hit = window.search_view.hits[0]
    assert "<b>Slowly</b>" in hit.snippet_html or "<b>slowly</b>" in hit.snippet_html
    html = window.search_view.results.toHtml()
    assert "lantern:article/second-step" in html


def test_typed_markup_is_shown_as_text(window: MainWindow) -> None:
    window.search('<b>bold</b> <img src="/etc/hostname">')
    status = window.search_view.status
    assert "<b>bold</b>" in status.text()
    # Qt would render this as rich text (and read the image) unless told it is plain text.
    assert QtGui.Qt.mightBeRichText(status.text())
    assert status.textFormat() == Qt.TextFormat.PlainText
    assert hit_ids(window) == []


@pytest.mark.parametrize("query", ['"', "*", "AND OR NOT", "title:calm", "(", "NEAR(a b)"])
def test_search_syntax_in_the_query_never_breaks_search(window: MainWindow, query: str) -> None:
    count = window.search(query)
    assert count == len(window.search_view.hits)
    assert window.search_view.status.text() != ""


def test_every_bundled_article_is_found_by_a_title_word(
    make_window: MakeWindow, bundled_context: AppContext
) -> None:
    window = make_window(bundled_context)
    articles = bundled_context.library.articles.values()
    for article in articles:
        word = title_word(article.title, [a.title for a in articles])
        window.search(word)
        assert article.id in hit_ids(window), word


def test_bundled_title_match_ranks_first(
    make_window: MakeWindow, bundled_context: AppContext
) -> None:
    window = make_window(bundled_context)
    window.search("safety plan")
    assert hit_ids(window)[0] == "making-a-safety-plan"


def test_words_no_article_uses_still_find_articles(
    make_window: MakeWindow, bundled_context: AppContext
) -> None:
    window = make_window(bundled_context)
    for typed in ("cutting", "anxiety", "relapse", "cant sleep"):
        assert window.search(typed) > 0, typed
        assert window.search_view.status.text().endswith("found"), typed
    assert hit_ids(window)[0] == "getting-through-the-night"


def test_with_nothing_found_there_is_no_empty_results_box(window: MainWindow) -> None:
    """An empty box with a focus ring looked like a field to type in, and took a Tab stop."""
    window.search("zzzzqqq")
    view = window.search_view
    assert view.hits == []
    assert not view.results.isVisible()
    assert view.status.text().startswith("Nothing matched")
    window.search("calm")
    assert view.results.isVisible()


class FixedHits:
    """An index that finds the same articles, however many a test needs, for any search."""

    def __init__(self, count: int) -> None:
        self.hits = [SearchHit(f"a{i}", f"Article {i}", "") for i in range(count)]

    def search(self, text: str, fallback: bool = True) -> list[SearchHit]:
        return list(self.hits)


@pytest.mark.parametrize(
    ("count", "status"),
    [(1, "1 article found"), (2, "2 articles found"), (21, "21 articles found")],
)
def test_the_count_of_results_says_article_or_articles(
    qtbot: QtBot, count: int, status: str
) -> None:
    index = FixedHits(count)
    view = SearchView(lambda: cast(SearchIndex, index), lambda _link: None, str)
    qtbot.addWidget(view)
    assert view.set_query("calm") == count
    assert view.status.text() == status


@pytest.mark.parametrize(
    ("count", "status"),
    [
        (0, "Help is below."),
        (1, "Help is below, then 1 article."),
        (2, "Help is below, then 2 articles."),
    ],
)
def test_after_help_the_count_says_article_or_articles(
    qtbot: QtBot, count: int, status: str
) -> None:
    index = FixedHits(count)
    view = SearchView(lambda: cast(SearchIndex, index), lambda _link: None, str)
    qtbot.addWidget(view)
    view.set_query("i want to die")
    assert view.offers_help
    assert view.status.text() == status
