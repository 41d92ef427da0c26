"""What a reset lets go of is freed with the Python input filters stepped aside."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.ui import app_filters
from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.ui.kiosk.kiosk_helpers import prompt_box, type_into


class _DeletionsSeen(QObject):
    """An application filter, as the kiosk's are, that counts widgets' deferred deletions."""

    def __init__(self) -> None:
        super().__init__()
        self.widgets = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Count a widget's deferred deletion; never stop one."""
        if event.type() == QEvent.Type.DeferredDelete and isinstance(watched, QWidget):
            self.widgets += 1
        return False


def _run_deferred_deletions() -> None:
    """As the moment control returns to the event loop, and nothing else."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_the_reading_views_old_parts_go_with_the_filters_aside(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard
) -> None:
    box = prompt_box(window)
    type_into(qtbot, box, "my private answer")
    _run_deferred_deletions()  # what opening the article let go of, as the event loop would
    seen = _DeletionsSeen()
    app_filters.install(seen)
    try:
        QTimer.singleShot(0, guard.reset)  # from the event loop, as a click or the idle timer
        qtbot.waitUntil(lambda: not shiboken6.isValid(box))
    finally:
        app_filters.remove(seen)
    assert not shiboken6.isValid(box)  # the answer box is gone, with what was typed in it
    assert seen.widgets == 0  # each widget's end went through every filter: most of a tenth


def test_nothing_in_the_reading_view_names_the_last_page_read(
    window: MainWindow, guard: KioskGuard
) -> None:
    """A screen reader could still be told the last reader's page by the hidden reading view."""
    title = window.context.library.get("calm-start").title
    assert window.open_article("calm-start")
    guard.reset()
    _run_deferred_deletions()
    view = window.article_view
    named = [w for w in [view, *view.findChildren(QWidget)] if title in w.accessibleName()]
    shown = [label for label in view.findChildren(QLabel) if title in label.text()]
    assert named == []
    assert shown == []
