"""Text and buttons shown late (at the end of an exercise) still fit, at large text sizes."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.layout_tools import settle_layout
from tests.ui.window_helpers import sized


def _cut_short(screen: QWidget) -> list[str]:
    """Shown buttons narrower than their label, and wrapped labels shorter than their text."""
    cut = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisible():
            continue
        button = isinstance(widget, QAbstractButton) and bool(widget.text())
        if button and widget.width() < widget.sizeHint().width():
            cut.append(widget.text())  # type: ignore[attr-defined]
        wrapped = isinstance(widget, QLabel) and widget.wordWrap() and bool(widget.text())
        if wrapped and widget.height() < widget.heightForWidth(widget.width()):
            cut.append(widget.text())  # type: ignore[attr-defined]
    return cut


def test_the_buttons_shown_when_breathing_ends_are_whole(
    started_window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    """They appear at the end; their row did not wrap for them ("et help no")."""
    window = sized(started_window, qtbot, 1280, 150, height=800)
    window.open_screen("exercise/breathing")
    view = window.screens["exercise/breathing"]
    view.start()  # type: ignore[attr-defined]
    clock.advance(900)  # past the longest session
    view.refresh()  # type: ignore[attr-defined]
    settle_layout()
    assert _cut_short(view) == []


def test_the_end_of_grounding_shows_all_its_text_at_200_percent(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    window = sized(started_window, qtbot, 700, 200, height=700)
    window.open_screen("exercise/grounding")
    view = window.screens["exercise/grounding"]
    settle_layout()
    assert _cut_short(view) == []  # the first step too was 11 pixels short
    for _ in range(6):
        view.next()  # type: ignore[attr-defined]
    settle_layout()
    assert _cut_short(view) == []
