"""Laying a window out now: every round of layout requests, until one delivers nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reader.ui import in_view


class Nested(QWidget):
    """Each layout request it gets asks its parent for one more, up `levels` parents."""

    def __init__(self, levels: int) -> None:
        super().__init__()
        self.levels = levels
        self.rounds = 0

    def event(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest and self.rounds < self.levels:
            self.rounds += 1
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))
        return super().event(event)


def test_every_round_is_delivered_however_many_it_takes(qtbot: QtBot) -> None:
    """A fixed eight rounds left deeper nesting laid out as it was before."""
    widget = Nested(levels=12)
    qtbot.addWidget(widget)
    QCoreApplication.postEvent(widget, QEvent(QEvent.Type.LayoutRequest))
    assert in_view.settle_layout() is True
    assert widget.rounds == 12


def test_a_layout_that_never_settles_is_given_up_on(qtbot: QtBot) -> None:
    widget = Nested(levels=10_000)
    qtbot.addWidget(widget)
    QCoreApplication.postEvent(widget, QEvent(QEvent.Type.LayoutRequest))
    assert in_view.settle_layout() is False
    assert widget.rounds == in_view.MOST_ROUNDS
    widget.levels = 0  # let the last posted request go


def test_a_window_with_nothing_to_lay_out_is_settled_at_once(qtbot: QtBot) -> None:
    window = QWidget()
    QVBoxLayout(window).addWidget(QLabel("words"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert in_view.settle_layout() is True
