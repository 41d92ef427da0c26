"""Leaving (or a kiosk reset) empties every clipboard Lantern filled, the X11 selection too."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QClipboard, QGuiApplication

from reader.ui.main_window import MainWindow

Mode = QClipboard.Mode


class FakeClipboard:
    """A desktop clipboard with a primary selection and a find buffer, recording clears."""

    def __init__(self, owned: set[Mode]) -> None:
        self.owned = owned
        self.cleared: list[Mode] = []

    def supportsSelection(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def supportsFindBuffer(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def ownsClipboard(self) -> bool:  # noqa: N802 - Qt's name
        return Mode.Clipboard in self.owned

    def ownsSelection(self) -> bool:  # noqa: N802 - Qt's name
        return Mode.Selection in self.owned

    def ownsFindBuffer(self) -> bool:  # noqa: N802 - Qt's name
        return Mode.FindBuffer in self.owned

    def clear(self, mode: Mode = Mode.Clipboard) -> None:
        self.cleared.append(mode)


@pytest.fixture
def desktop_clipboard(monkeypatch: pytest.MonkeyPatch) -> FakeClipboard:
    """The offscreen platform has no selection; stand in for X11's (Lantern owns only it)."""
    fake = FakeClipboard({Mode.Selection})
    monkeypatch.setattr(QGuiApplication, "clipboard", staticmethod(lambda: fake))
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    return fake


def test_text_selected_in_lantern_is_cleared_from_the_primary_selection(
    window: MainWindow, desktop_clipboard: FakeClipboard
) -> None:
    """Selecting text on X11 fills the primary selection, which a middle click pastes."""
    window.clear_clipboard()
    assert desktop_clipboard.cleared == [Mode.Selection]


def test_what_other_programs_own_is_left_alone(
    window: MainWindow, desktop_clipboard: FakeClipboard
) -> None:
    desktop_clipboard.owned = set()
    window.clear_clipboard()
    assert desktop_clipboard.cleared == []


def test_every_mode_lantern_filled_is_cleared(
    window: MainWindow, desktop_clipboard: FakeClipboard
) -> None:
    desktop_clipboard.owned = {Mode.Clipboard, Mode.Selection, Mode.FindBuffer}
    window.clear_clipboard()
    assert sorted(desktop_clipboard.cleared, key=lambda m: m.value) == [
        Mode.Clipboard,
        Mode.Selection,
        Mode.FindBuffer,
    ]


def test_closing_the_window_empties_what_lantern_copied(
    window: MainWindow, desktop_clipboard: FakeClipboard
) -> None:
    """On Windows and macOS a copy outlives the program that made it: not Lantern's."""
    desktop_clipboard.owned = {Mode.Clipboard}
    window.close()
    assert not window.isVisible()
    assert desktop_clipboard.cleared == [Mode.Clipboard]
