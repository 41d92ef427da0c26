"""Dialogs opened in kiosk mode are deleted once closed: nothing of them outlives the reset.

The web address dialog, the PIN prompt and the print dialog were closed but could stay alive
as the window's children: the last reader's web addresses outlived the reset, and a day's
dialogs piled up in a kiosk that is never restarted. PySide frees a dialog after exec() only
once nothing in Python refers to it any more, and Qt's print dialog not even then; these tests
keep the dialogs they see, as anything that looked one up while it showed would.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from reader.ui import paper
from reader.ui.kiosk_guard import KioskGuard
from reader.ui.kiosk_pin import PinPrompt
from reader.ui.main_window import MainWindow
from reader.ui.web_address import WebAddressDialog
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import WARNING, WEB_URL, show_notice


def _when_shown(seen: list[QDialog], action: Callable[[QDialog], None]) -> None:
    """Add the dialog the next exec() shows to seen, and run action on it (which closes it)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen.append(dialog)
        try:
            action(dialog)
        finally:
            if dialog.isVisible():  # a failed check must not leave exec() waiting for ever
                dialog.reject()

    QTimer.singleShot(0, act)


def _flush_deletes() -> None:
    """Let deleteLater() run, as it does the moment control returns to the event loop."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _all_gone(seen: list[QDialog]) -> bool:
    """Whether every dialog seen was deleted."""
    return all(not shiboken6.isValid(dialog) for dialog in seen)


def _addresses_left() -> list[str]:
    """The text of every label anywhere in the application that shows the web address."""
    widgets = QApplication.allWidgets()
    return [w.text() for w in widgets if isinstance(w, QLabel) and WEB_URL in w.text()]


def _close(dialog: QDialog) -> None:
    assert isinstance(dialog, WebAddressDialog)
    dialog.close_button.click()


def test_web_addresses_are_gone_once_closed_and_after_the_reset(
    window: MainWindow, guard: KioskGuard
) -> None:
    seen: list[QDialog] = []
    for _ in range(3):
        _when_shown(seen, _close)
        window.handle_link(WEB_URL)
    assert len(seen) == 3
    guard.reset()
    _flush_deletes()
    assert _all_gone(seen)
    assert window.findChildren(QDialog) == []
    assert _addresses_left() == []


def test_a_web_address_left_open_goes_with_the_reset(
    window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    def walk_away(_dialog: QDialog) -> None:
        show_notice(guard, clock)  # the notice closes the web address first
        clock.advance(WARNING)
        guard.check_idle()  # and the countdown runs out

    seen: list[QDialog] = []
    _when_shown(seen, walk_away)
    window.handle_link(WEB_URL)
    assert len(seen) == 1
    assert window.location == "home"
    _flush_deletes()
    assert _all_gone(seen)
    assert _addresses_left() == []


def test_cancelled_pin_prompts_are_deleted(window: MainWindow, guard: KioskGuard) -> None:
    seen: list[QDialog] = []
    for _ in range(3):
        _when_shown(seen, lambda prompt: prompt.reject())  # Cancel, or Esc
        assert guard.ask_pin() is False
    assert len(seen) == 3
    assert all(isinstance(prompt, PinPrompt) for prompt in seen)
    _flush_deletes()
    assert _all_gone(seen)
    assert window.findChildren(QDialog) == []


def test_a_cancelled_print_dialog_is_deleted(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paper, "has_printer", lambda: True)  # this machine may have none
    seen: list[QDialog] = []
    for _ in range(2):
        _when_shown(seen, lambda dialog: dialog.reject())
        assert paper.print_text(window, "My safety plan", "Step 1") == ""
    assert len(seen) == 2
    assert all(isinstance(dialog, QPrintDialog) for dialog in seen)
    _flush_deletes()
    assert _all_gone(seen)
    assert window.findChildren(QDialog) == []
