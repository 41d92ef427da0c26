"""The ring around a link the keyboard is on hugs its words, on every line it takes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.link_browser import LinkBrowser

# A long search result's title, as wide as a line and more at 200% in a narrow window.
TITLE = "When the past still hurts: trauma and self-harm, and the help that works for many"


def test_a_wrapped_link_s_ring_ends_where_each_line_s_words_end(qtbot: QtBot) -> None:
    """The ring on a line the link went on from took in the space at the break: a gap
    between the last word and the ring's right side, which looked like a mistake."""
    browser = LinkBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(f'<p><a href="lantern:article/a"><b>{TITLE}</b></a></p>')
    browser.setFixedWidth(browser.fontMetrics().horizontalAdvance(TITLE) // 3)
    browser.show()
    qtbot.waitExposed(browser)
    browser.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert browser.focused_link() is not None
    layout = browser.document().firstBlock().layout()
    words = [layout.lineAt(n).naturalTextWidth() for n in range(layout.lineCount())]
    boxes = [box.width() for box in browser.link_rects()]
    assert len(boxes) == len(words) > 2  # the title takes three lines or more
    assert boxes == pytest.approx(words)
