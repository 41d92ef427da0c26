"""Kiosk exit: the admin chord, the PIN prompt and its lockout, and no exit without a PIN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.ui.kiosk_dialogs import PinPrompt
from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import PIN, MakeWindow

ADMIN_CHORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
ADMIN_CHORD |= Qt.KeyboardModifier.ShiftModifier

# --- the admin chord and the PIN ------------------------------------------------------------


def test_admin_chord_opens_the_pin_prompt_and_a_wrong_pin_keeps_kiosk(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[PinPrompt] = []

    def enter_wrong_pin(prompt: PinPrompt) -> int:
        shown.append(prompt)
        prompt.pin.setText("1111")
        prompt.pin.returnPressed.emit()
        return prompt.result()

    monkeypatch.setattr(PinPrompt, "exec", enter_wrong_pin)
    qtbot.keyClick(window, Qt.Key.Key_L, ADMIN_CHORD)
    assert len(shown) == 1
    assert shown[0].pin.echoMode() is QLineEdit.EchoMode.Password
    assert shown[0].pin.text() == ""  # the typed PIN does not linger in the field
    assert "4 tries left" in shown[0].message.text()
    assert window.isVisible()
    assert window.close() is False


def test_admin_chord_with_the_right_pin_exits(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def enter_right_pin(prompt: PinPrompt) -> int:
        qtbot.keyClicks(prompt.pin, PIN)
        qtbot.keyClick(prompt.pin, Qt.Key.Key_Return)
        return prompt.result()

    monkeypatch.setattr(PinPrompt, "exec", enter_right_pin)
    qtbot.keyClick(window, Qt.Key.Key_L, ADMIN_CHORD)
    assert window.kiosk_guard.may_close()
    assert not window.isVisible()


def test_wrong_pins_lock_the_prompt_for_a_growing_delay(
    window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    prompt = PinPrompt(guard.lockout, window)

    def attempt(pin: str) -> bool:
        prompt.pin.setText(pin)
        return prompt.try_pin()

    for tries_left in (4, 3, 2, 1):
        assert not attempt("0000")
        assert f"{tries_left} tries left" in prompt.message.text()
    assert not attempt("0000")
    assert "30 second" in prompt.message.text()
    assert not attempt(PIN)  # while locked even the right PIN is not checked
    assert "Too many tries" in prompt.message.text()
    clock.advance(30)
    for _ in range(5):
        assert not attempt("9999")
    assert "60 second" in prompt.message.text()  # the second lockout is longer
    clock.advance(59)
    assert not attempt(PIN)
    assert window.close() is False
    clock.advance(1)
    assert attempt(PIN)
    assert prompt.result() == QDialog.DialogCode.Accepted


def test_without_a_pin_there_is_no_exit(
    qtbot: QtBot,
    make_window: MakeWindow,
    kiosk_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kiosk_context.admin_pin_hash = ""
    window = make_window(kiosk_context)
    shown: list[PinPrompt] = []

    def try_anything(prompt: PinPrompt) -> int:
        shown.append(prompt)
        for pin in ("", "0000", PIN):
            prompt.pin.setText(pin)
            assert not prompt.try_pin()
        return prompt.result()

    monkeypatch.setattr(PinPrompt, "exec", try_anything)
    qtbot.keyClick(window, Qt.Key.Key_L, ADMIN_CHORD)
    assert len(shown) == 1
    assert not shown[0].pin.isEnabled()
    assert "No PIN is set" in shown[0].message.text()
    assert not window.kiosk_guard.may_close()
    assert window.close() is False
    assert window.isVisible()
