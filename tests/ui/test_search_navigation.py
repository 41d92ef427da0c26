"""Search results open their article; Back, Forward and the history keep each search made."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.ui.main_window import MainWindow
from tests.ui.search_view_tools import hit_ids, type_in_search
from tests.ui.window_helpers import MakeWindow


def click_result(window: MainWindow, qtbot: QtBot, title: str) -> None:
    """Click on a result's title inside the results list, through the window."""
    results: QTextBrowser = window.search_view.results
    cursor = results.document().find(title)
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 2)
    spot = results.viewport().mapTo(window, results.cursorRect(cursor).center())
    handle = window.windowHandle()
    assert handle is not None
    qtbot.mouseClick(handle, Qt.MouseButton.LeftButton, pos=spot)


def test_clicking_a_result_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    window.search("a")
    qtbot.waitUntil(lambda: window.search_view.results.isVisible())
    with qtbot.waitSignal(window.search_view.results.anchorClicked):
        click_result(window, qtbot, "A third way")
    assert window.location == "article:third-way"


def test_result_link_opens_its_article(window: MainWindow) -> None:
    window.search("a")
    window.search_view.results.anchorClicked.emit(QUrl("lantern:article/second-step"))
    assert window.location == "article:second-step"


def test_search_from_an_article_and_back(window: MainWindow, qtbot: QtBot) -> None:
    window.open_article("third-way")
    type_in_search(window, qtbot, "calm")
    assert window.location == "search"
    window.go_back()
    assert window.location == "article:third-way"
    window.go_forward()
    assert window.location == "search"
    assert hit_ids(window)[0] == "calm-start"  # the results are still there


def test_back_to_an_earlier_search_shows_that_search(window: MainWindow, qtbot: QtBot) -> None:
    type_in_search(window, qtbot, "breathing")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # opens "The second step"
    assert window.location == "article:second-step"
    type_in_search(window, qtbot, "talking")  # a new search, a new entry in the history
    window.go_back()
    assert window.location == "article:second-step"
    window.go_back()
    assert window.location == "search"
    assert window.search_box.text() == "breathing"
    assert window.search_view.query == "breathing"
    assert hit_ids(window) == ["second-step"]
    assert "Breathing slowly helps" in window.search_view.results.toPlainText()
    window.go_forward()
    window.go_forward()
    assert window.location == "search"
    assert window.search_box.text() == "talking"
    assert hit_ids(window) == ["third-way"]
    assert not window.forward_button.isEnabled()


def test_typing_on_an_earlier_search_changes_that_entry_only(
    window: MainWindow, qtbot: QtBot
) -> None:
    type_in_search(window, qtbot, "calm")
    window.open_article("third-way")
    type_in_search(window, qtbot, "talking")
    window.go_back()
    window.go_back()
    type_in_search(window, qtbot, "er")  # "calmer": still that entry, one key at a time
    assert window.search_view.query == "calmer"
    assert window.forward_button.isEnabled()  # typing kept the later entries
    window.go_back()
    assert window.location == "home"
    window.go_forward()
    assert window.search_box.text() == "calmer"
    window.go_forward()
    window.go_forward()
    assert window.search_box.text() == "talking"


def test_typing_more_does_not_pile_up_history(window: MainWindow, qtbot: QtBot) -> None:
    type_in_search(window, qtbot, "breathing")
    window.go_back()
    assert window.location == "home"
    assert not window.back_button.isEnabled()


def test_the_search_screen_opens_by_name_before_any_search(
    make_window: MakeWindow, bundled_context: AppContext
) -> None:
    window = make_window(bundled_context)
    assert "search" not in window.screens
    assert window.open_screen("search")  # raised KeyError: the factory makes no "search"
    assert window.location == "search"
    assert window.stack.currentWidget() is window.search_view
    assert window.search_box.text() == ""
    assert hit_ids(window) == []
    window.go_back()
    assert window.location == "home"


def test_reset_forgets_the_query(window: MainWindow) -> None:
    window.search("calm")
    window.search_view.reset()
    assert window.search_view.query == ""
    assert window.search_view.hits == []
    assert window.search_view.results.toPlainText() == ""


def test_a_new_search_shows_its_results_from_the_top(
    make_window: MakeWindow, bundled_context: AppContext, qtbot: QtBot
) -> None:
    # Typed while scrolled down the last results, it opened at the end of its own list.
    window = make_window(bundled_context)
    window.search("self harm")
    page = window.search_view.verticalScrollBar()
    qtbot.waitUntil(lambda: page.maximum() > 0)
    page.setValue(page.maximum())
    window.search("feelings")
    assert page.value() == 0
