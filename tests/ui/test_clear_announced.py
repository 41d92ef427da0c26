"""Clear's question and its outcome reach a screen reader, on the safety plan and reflections."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.a11y_tools import accessible_name, watch_announcements

QUESTION = "Clear everything you typed? This cannot be undone."


def described_as(widget: object) -> str:
    """The description a screen reader reads with a control's name, from Qt's interface."""
    interface = QAccessible.queryAccessibleInterface(widget)  # type: ignore[arg-type]
    return interface.text(QAccessible.Text.Description) if interface else ""


@pytest.mark.parametrize("screen", ["safety-plan", "reflections"])
def test_keep_it_carries_the_question_and_yes_says_it_cleared(
    started_window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    screen: str,
) -> None:
    """The focus went to "Keep it" and a screen reader said only "Keep it, button"; after
    "Yes, clear it" it said only the page's name."""
    window = started_window
    window.open_article("understanding-self-harm")
    window.article_view.prompt_boxes[0].setPlainText("something private")  # for reflections
    assert window.open_screen(screen)
    page = window.stack.currentWidget()
    qtbot.waitUntil(page.isVisible)
    actions = page.document_actions
    heard = watch_announcements(monkeypatch)
    actions.clear_button.setFocus()
    qtbot.waitUntil(actions.clear_button.hasFocus)
    qtbot.keyClick(actions.clear_button, Qt.Key.Key_Space)
    qtbot.waitUntil(actions.keep_button.hasFocus)
    focus = QApplication.focusWidget()
    # What a screen reader reads on the focused button: its name, then the question asked.
    assert (accessible_name(focus), described_as(focus)) == ("Keep it", QUESTION)
    assert described_as(actions.confirm_button) == QUESTION
    # The very words the box shows.
    assert QUESTION in [label.text() for label in actions.confirm_box.findChildren(QLabel)]
    assert heard.texts == []  # said once, with the button, not twice over it
    qtbot.keyClick(actions.keep_button, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is actions.confirm_button
    qtbot.keyClick(actions.confirm_button, Qt.Key.Key_Space)
    qtbot.waitUntil(page.hasFocus)
    assert heard.texts == ["Cleared."]


def test_keep_it_says_nothing_was_cleared(
    started_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Negative control: "Keep it" clears nothing, and nothing says it did."""
    window = started_window
    assert window.open_screen("safety-plan")
    actions = window.stack.currentWidget().document_actions
    heard = watch_announcements(monkeypatch)
    actions.ask_to_clear()
    qtbot.waitUntil(actions.keep_button.hasFocus)
    qtbot.keyClick(actions.keep_button, Qt.Key.Key_Space)
    qtbot.waitUntil(actions.clear_button.hasFocus)
    assert heard.texts == []
