"""The help box at the end of every article: a calm box with a button, not a red bar."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from reader.ui.article_parts import FOOTER_SPACING
from reader.ui.main_window import MainWindow
from reader.ui.style import CALLOUT_PADDING
from tests.ui.layout_tools import settle_layout


def footer(window: MainWindow, qtbot: QtBot) -> tuple[QFrame, QLabel, QPushButton]:
    """The footer of the article on screen, laid out: its box, sentence and button."""
    buttons = [
        b
        for b in window.article_view.findChildren(QPushButton, "helpButton")
        if b.isVisible() and isinstance(b.parent(), QFrame)
    ]
    assert len(buttons) == 1
    button = buttons[0]
    box = button.parent()
    assert isinstance(box, QFrame)
    (sentence,) = [x for x in box.findChildren(QLabel) if x.isVisible()]
    qtbot.waitUntil(lambda: button.width() > 0 and sentence.height() > 0)
    settle_layout()
    return box, sentence, button


def test_the_button_is_its_own_width_at_the_start_of_the_line(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    """Stretched across the column, the dark red bar outweighed the end of the page."""
    window = started_window
    window.open_article("understanding-self-harm")
    box, sentence, button = footer(window, qtbot)
    assert button.width() == button.sizeHint().width()
    assert button.width() < box.contentsRect().width() // 2
    assert button.x() == sentence.x()


def test_the_box_has_room_round_and_between_its_parts(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    """4 pixels between sentence and button, and almost none below it, looked cramped."""
    window = started_window
    window.open_article("understanding-self-harm")
    box, sentence, button = footer(window, qtbot)
    vertical, horizontal = CALLOUT_PADDING
    assert button.y() - sentence.geometry().bottom() - 1 == FOOTER_SPACING
    assert sentence.y() - box.contentsRect().top() == vertical
    assert box.contentsRect().bottom() - button.geometry().bottom() == vertical
    assert sentence.x() - box.contentsRect().left() == horizontal


def test_at_200_percent_in_the_narrowest_window_the_button_fits(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    window = started_window
    window.theming.set_zoom(200)
    window.resize(400, 700)
    qtbot.waitUntil(lambda: window.width() == window.minimumWidth())
    window.open_article("understanding-self-harm")
    box, sentence, button = footer(window, qtbot)
    assert button.geometry().right() <= box.contentsRect().right()
    assert button.width() >= button.sizeHint().width()  # its whole label shows
    assert sentence.width() <= box.contentsRect().width()
