"""The kiosk window covers its whole screen, even where no window manager makes it full screen."""

from __future__ import annotations

import argparse
import signal
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.ui import launch
from reader.ui.kiosk_screen import MOST_RETRIES, FillScreen, show_kiosk_window
from reader.ui.main_window import MainWindow


class NoLoop:
    """Stands in for the application in launch.run: exec() notes the windows and returns."""

    def __init__(self) -> None:
        self.windows: list[MainWindow] = []

    def exec(self) -> int:
        """What the event loop would show: the main windows, as run() left them."""
        widgets = QApplication.topLevelWidgets()
        self.windows = [w for w in widgets if isinstance(w, MainWindow) and w.isVisible()]
        return 0

    def setWindowIcon(self, icon: QIcon) -> None:  # noqa: N802 - as QApplication names it
        """Not needed here."""


@pytest.fixture
def no_window_manager(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on bare X (xinit, no window manager): asking for full screen changes no size."""
    monkeypatch.setattr(MainWindow, "showFullScreen", QWidget.show)


@pytest.fixture
def launched(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    kiosk_context: AppContext,
    no_window_manager: None,
) -> Iterator[MainWindow]:
    """The kiosk window as `lantern --kiosk` shows it (run() returns instead of looping)."""
    app = NoLoop()
    monkeypatch.setattr(launch, "make_application", lambda offscreen=False: app)
    monkeypatch.setattr(launch, "build_context", lambda args, **_: kiosk_context)
    args = argparse.Namespace(self_test=False, startup_probe=False)
    # run() gives Ctrl+C its default action, for the whole process: not for pytest's.
    monkeypatch.setattr(signal, "signal", lambda *_: None)
    assert launch.run(args) == 0
    assert len(app.windows) == 1
    window = app.windows[0]
    qtbot.addWidget(window)
    yield window
    if shiboken6.isValid(window):
        window.kiosk_guard.unlocked = True
        window.kiosk_guard.detach()
        window.close()


def test_the_kiosk_window_covers_its_whole_screen(launched: MainWindow) -> None:
    screen = launched.screen()
    assert screen is not None
    assert launched.geometry() == screen.geometry()
    assert launched.frameGeometry() == screen.geometry()  # no frame in kiosk mode


def test_the_kiosk_window_follows_its_screen_when_it_changes(
    qtbot: QtBot, launched: MainWindow
) -> None:
    screen = launched.screen()
    assert screen is not None
    launched.setGeometry(0, 0, 640, 480)  # as if the window had kept an old screen's size
    screen.geometryChanged.emit(screen.geometry())  # what Qt says when the size changes
    qtbot.waitUntil(lambda: launched.geometry() == screen.geometry())


@pytest.mark.parametrize(
    "state",
    [Qt.WindowState.WindowMinimized, Qt.WindowState.WindowNoState, Qt.WindowState.WindowMaximized],
    ids=["minimised", "restored", "maximised"],
)
def test_the_kiosk_window_goes_back_to_full_screen_when_taken_out_of_it(
    qtbot: QtBot, window: MainWindow, state: Qt.WindowState
) -> None:
    """A window manager's key (Super+Down, Alt+F9) left the desktop in view until a restart."""
    show_kiosk_window(window)
    qtbot.waitUntil(window.isFullScreen)
    screen = window.screen()
    assert screen is not None
    window.setWindowState(state)  # what Qt reports when the window manager does it
    if state is Qt.WindowState.WindowNoState:
        window.resize(640, 480)  # and the size the window had before it was full screen
    qtbot.waitUntil(lambda: window.isFullScreen() and not window.isMinimized())
    assert window.geometry() == screen.geometry()


def test_a_window_manager_that_refuses_full_screen_is_asked_only_a_few_times(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One that refused it outright was asked 17,000 times a second, flickering all day."""
    show_kiosk_window(window)
    qtbot.waitUntil(window.isFullScreen)
    filler = window.findChild(FillScreen)
    assert filler is not None
    filler.held.timeout.emit()  # full screen has held a while (its timer, not waited for)
    asked: list[str] = []

    def refused() -> None:  # Qt reports full screen; the window manager takes it back
        asked.append("full screen")
        window.setWindowState(Qt.WindowState.WindowFullScreen)
        window.setWindowState(Qt.WindowState.WindowNoState)

    monkeypatch.setattr(window, "showFullScreen", refused)
    window.setWindowState(Qt.WindowState.WindowNoState)
    qtbot.waitUntil(lambda: len(asked) == MOST_RETRIES)
    for _ in range(20):  # let any further requests come through; none should
        QApplication.processEvents()
    assert len(asked) == MOST_RETRIES
    # Once full screen has held a while again, a later change is put right again.
    monkeypatch.undo()
    window.showFullScreen()
    assert filler.held.isActive()
    filler.held.timeout.emit()
    window.setWindowState(Qt.WindowState.WindowNoState)
    qtbot.waitUntil(window.isFullScreen)
