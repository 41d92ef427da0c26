"""A link to an article the clinic has hidden is shown as its plain words: never a dead link."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.crisis_words import CRISIS_ARTICLE_ID
from reader.ui.main_window import MainWindow
from tests.ui.window_helpers import MakeWindow, Press, open_article

BODY = (
    "When it is hard, [the hidden article](lantern:article/hidden-one) is one place to look, "
    "and [the second step](lantern:article/second-step) is another."
)


def link_targets(document: QTextDocument) -> list[str]:
    """Every link in a document, in order."""
    found: list[str] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            href = fragments.fragment().charFormat().anchorHref()
            if href and (not found or found[-1] != href):
                found.append(href)
            fragments += 1
        block = block.next()
    return found


@pytest.fixture
def window(
    window_over_pack: Callable[..., MainWindow], write_article: Callable[..., Path]
) -> MainWindow:
    """A window over a pack whose clinic hid 'hidden-one', which 'linker' links to."""
    write_article("linker", title="Where to look", body=BODY)
    write_article("hidden-one", title="Hidden by the clinic", body="Not offered here.")
    write_article("second-step", title="The second step", body="Breathing slowly helps.")
    return window_over_pack(hidden=("hidden-one",))


def test_a_link_to_a_hidden_article_is_plain_words(window: MainWindow, qtbot: QtBot) -> None:
    body = open_article(window, qtbot, "linker").body_view
    assert "When it is hard, the hidden article is one place to look" in body.toPlainText()
    # Before: still a link (underlined, in the link colour) that did nothing when followed.
    assert link_targets(body.document()) == ["lantern:article/second-step", "lantern:help"]


def test_tab_skips_the_words_and_a_click_on_them_does_nothing(
    window: MainWindow, qtbot: QtBot, press: Press
) -> None:
    view = open_article(window, qtbot, "linker")
    body = view.body_view
    body.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(body.hasFocus)
    press(Qt.Key.Key_Tab)
    assert body.textCursor().selectedText() == "the second step"
    words = body.document().find("the hidden article")
    middle = QTextCursor(body.document())
    middle.setPosition(words.selectionStart() + 4)
    spot = body.viewport().mapTo(window, body.cursorRect(middle).center())
    qtbot.waitUntil(lambda: QApplication.widgetAt(window.mapToGlobal(spot)) is body.viewport())
    handle = window.windowHandle()
    assert handle is not None
    qtbot.mouseClick(handle, Qt.MouseButton.LeftButton, pos=spot)
    assert window.location == "article:linker"
    assert body.anchorAt(body.viewport().mapFrom(window, spot)) == ""


@pytest.fixture
def bundled_without_crisis(make_window: MakeWindow, bundled_context: AppContext) -> MainWindow:
    """The bundled articles, with the crisis article hidden by the clinic."""
    bundled_context.library.hide([CRISIS_ARTICLE_ID])
    return make_window(bundled_context)


def test_bundled_links_to_a_hidden_crisis_article_are_words(
    bundled_without_crisis: MainWindow, qtbot: QtBot
) -> None:
    window = bundled_without_crisis
    target = f"lantern:article/{CRISIS_ARTICLE_ID}"
    linking = [a.id for a in window.context.library.in_order() if target in a.body]
    assert linking  # several bundled articles point readers to it
    for article_id in linking:
        body = open_article(window, qtbot, article_id).body_view
        assert target not in link_targets(body.document()), article_id
    window.search("suicide")
    results = window.search_view.results.document()
    assert window.search_view.offers_help
    assert target not in link_targets(results)  # the crisis box leaves it out too
    assert "lantern:help" in link_targets(results)
