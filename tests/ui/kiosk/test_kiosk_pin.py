"""Kiosk exit: the admin chord, the PIN prompt and its lockout, and no exit without a PIN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.ui.kiosk_guard import KioskGuard
from reader.ui.kiosk_pin import PinPrompt
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import PIN, WARNING, MakeWindow, prompt_box, show_notice

ADMIN_CHORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
ADMIN_CHORD |= Qt.KeyboardModifier.ShiftModifier


def show(qtbot: QtBot, prompt: PinPrompt) -> None:
    """Show the prompt as exec() would, as the active window (Return needs it shown)."""
    with qtbot.waitExposed(prompt):
        prompt.show()
    prompt.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is prompt)


def enter(qtbot: QtBot, prompt: PinPrompt, pin: str) -> None:
    """Type a PIN into the box and press Return, as the administrator does."""
    qtbot.keyClicks(prompt.pin, pin)
    qtbot.keyClick(prompt.pin, Qt.Key.Key_Return)


# --- the admin chord and the PIN ------------------------------------------------------------


def test_admin_chord_opens_the_pin_prompt_and_a_wrong_pin_keeps_kiosk(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[PinPrompt] = []

    def enter_wrong_pin(prompt: PinPrompt) -> int:
        shown.append(prompt)
        show(qtbot, prompt)
        enter(qtbot, prompt, "1111")
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
        show(qtbot, prompt)
        enter(qtbot, prompt, PIN)
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

    for tries_left in ("4 tries", "3 tries", "2 tries", "1 try"):
        assert not attempt("0000")
        assert f"{tries_left} left" in prompt.message.text()
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


# --- typing the PIN and pressing Enter, as the administrator does ---------------------------


def shown_prompt(qtbot: QtBot, guard: KioskGuard) -> PinPrompt:
    """The PIN prompt on screen over the kiosk window, as the admin chord shows it."""
    prompt = PinPrompt(guard.lockout, guard.window)
    show(qtbot, prompt)
    return prompt


def test_one_return_in_the_pin_box_is_one_try(qtbot: QtBot, guard: KioskGuard) -> None:
    prompt = shown_prompt(qtbot, guard)
    assert prompt.pin.hasFocus()
    enter(qtbot, prompt, "1111")
    assert prompt.message.text() == "That PIN is not right. 4 tries left."
    for tries_left in (3, 2):
        enter(qtbot, prompt, "1111")
        assert prompt.message.text() == f"That PIN is not right. {tries_left} tries left."
    enter(qtbot, prompt, "1111")
    assert prompt.message.text() == "That PIN is not right. 1 try left."  # not "1 tries"
    assert prompt.pin.isEnabled()
    enter(qtbot, prompt, "1111")  # the fifth: the documented number of tries
    assert prompt.message.text() == "Too many tries. Try again in 30 seconds."
    assert not prompt.pin.isEnabled()
    assert not prompt.unlock.isEnabled()
    assert prompt.isVisible()


def test_the_lockout_counts_down_and_then_lets_the_pin_in(
    qtbot: QtBot, guard: KioskGuard, clock: FakeClock
) -> None:
    prompt = shown_prompt(qtbot, guard)
    assert not prompt.wait_timer.isActive()  # nothing ticks while no one is locked out
    for _ in range(5):
        enter(qtbot, prompt, "0000")
    assert prompt.wait_timer.isActive()
    assert 0 < prompt.wait_timer.remainingTime() <= 1100  # a coarse timer's 5%
    clock.advance(3)
    with qtbot.waitSignal(prompt.wait_timer.timeout, timeout=3000):  # the real timer ticks
        pass
    assert prompt.message.text() == "Too many tries. Try again in 27 seconds."
    clock.advance(26)
    prompt.wait_timer.timeout.emit()
    assert prompt.message.text() == "Too many tries. Try again in 1 second."
    assert not prompt.pin.isEnabled()
    clock.advance(1)
    prompt.wait_timer.timeout.emit()
    assert "Too many tries" not in prompt.message.text()
    assert prompt.message.text() == "You can try the PIN again now."
    assert not prompt.wait_timer.isActive()
    assert prompt.pin.isEnabled()
    assert prompt.unlock.isEnabled()
    assert prompt.pin.hasFocus()
    enter(qtbot, prompt, PIN)
    assert prompt.result() == QDialog.DialogCode.Accepted


def test_a_prompt_opened_during_a_lockout_says_so_at_once(
    qtbot: QtBot, guard: KioskGuard, clock: FakeClock
) -> None:
    first = shown_prompt(qtbot, guard)
    for _ in range(5):
        enter(qtbot, first, "0000")
    assert first.wait_timer.isActive()
    first.reject()
    assert not first.wait_timer.isActive()  # a closed prompt does not go on ticking
    clock.advance(10)
    again = shown_prompt(qtbot, guard)
    assert again.message.text() == "Too many tries. Try again in 20 seconds."
    assert not again.pin.isEnabled()
    assert again.wait_timer.isActive()


def test_return_during_a_lockout_does_not_close_the_prompt(qtbot: QtBot, guard: KioskGuard) -> None:
    """With the PIN box off the focus is on Cancel; a reflex Return must not cancel."""
    prompt = shown_prompt(qtbot, guard)
    for _ in range(5):
        enter(qtbot, prompt, "0000")
    qtbot.waitUntil(prompt.cancel.hasFocus)
    handle = prompt.windowHandle()
    assert handle is not None
    qtbot.keyClick(handle, Qt.Key.Key_Return)
    assert prompt.isVisible()
    assert prompt.wait_timer.isActive()
    qtbot.keyClick(handle, Qt.Key.Key_Space)  # pressing Cancel on purpose still works
    assert not prompt.isVisible()


# --- how the prompt looks -------------------------------------------------------------------


def test_cancel_and_unlock_sit_side_by_side_with_unlock_the_filled_default(
    qtbot: QtBot, guard: KioskGuard
) -> None:
    """They were stacked full width, looking the same, with Unlock first."""
    prompt = shown_prompt(qtbot, guard)
    cancel, unlock = prompt.cancel.geometry(), prompt.unlock.geometry()
    assert cancel.center().y() == unlock.center().y()
    assert cancel.right() < unlock.left()  # Cancel, then Unlock where the eye ends
    assert unlock.width() < prompt.width() // 2
    assert prompt.unlock.isDefault()
    assert prompt.unlock.objectName() == "primary"
    assert prompt.cancel.objectName() != "primary"
    layout = prompt.layout()
    assert layout is not None
    margins = layout.contentsMargins()
    assert min(margins.left(), margins.top(), margins.right(), margins.bottom()) >= 20


def test_the_message_line_takes_no_room_until_there_is_something_to_say(
    qtbot: QtBot, guard: KioskGuard
) -> None:
    """An empty message line left a blank gap between the PIN box and the buttons."""
    prompt = shown_prompt(qtbot, guard)

    def gap() -> int:
        return prompt.cancel.geometry().top() - prompt.pin.geometry().bottom()

    assert prompt.message.isHidden()
    empty = gap()
    enter(qtbot, prompt, "1111")
    assert prompt.message.isVisible()
    assert prompt.message.text() == "That PIN is not right. 4 tries left."
    # The line makes room for itself when it has words, so it had none before.
    qtbot.waitUntil(lambda: gap() >= empty + prompt.message.height())
    assert prompt.pin.geometry().bottom() < prompt.message.geometry().top()
    assert prompt.message.geometry().bottom() < prompt.cancel.geometry().top()


def test_unlock_is_not_filled_in_while_it_cannot_be_pressed(
    qtbot: QtBot, guard: KioskGuard, clock: FakeClock
) -> None:
    """The filled look of the default button hid that Unlock was off during a lockout."""
    prompt = shown_prompt(qtbot, guard)
    for _ in range(5):
        enter(qtbot, prompt, "0000")
    assert not prompt.unlock.isEnabled()
    assert prompt.unlock.objectName() != "primary"
    clock.advance(30)
    prompt.wait_timer.timeout.emit()
    assert prompt.unlock.isEnabled()
    assert prompt.unlock.objectName() == "primary"


# --- the PIN typed over the idle notice -------------------------------------------------------


def test_staff_typing_the_pin_over_the_idle_notice_is_not_reset_mid_pin(
    qtbot: QtBot,
    window: MainWindow,
    guard: KioskGuard,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Staff finding the notice counting down opened the prompt; the reset closed it mid-PIN."""
    show_notice(guard, clock)
    clock.advance(WARNING - 3)  # "Everything will be cleared in 3 seconds."
    typed: list[str] = []

    def type_slowly(prompt: PinPrompt) -> int:
        show(qtbot, prompt)
        for digit in PIN:
            clock.advance(2)  # a digit every two seconds, looking at the keypad
            guard.check_idle()  # what the idle timer does when it fires
            assert prompt.isVisible(), f"the prompt closed after {''.join(typed)!r}"
            qtbot.keyClick(prompt.pin, digit)
            typed.append(digit)
        qtbot.keyClick(prompt.pin, Qt.Key.Key_Return)
        return prompt.result()

    monkeypatch.setattr(PinPrompt, "exec", type_slowly)
    qtbot.keyClick(window, Qt.Key.Key_L, ADMIN_CHORD)
    assert guard.may_close()
    assert not window.isVisible()


def test_a_pin_prompt_left_open_over_the_notice_does_not_hold_off_the_reset(
    qtbot: QtBot,
    window: MainWindow,
    guard: KioskGuard,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Typing keeps the countdown from ending, not the prompt alone: the reader's page goes."""
    prompt_box(window)
    show_notice(guard, clock)
    still_open: list[bool] = []

    def walk_away(prompt: PinPrompt) -> int:
        show(qtbot, prompt)
        qtbot.keyClick(prompt.pin, "1")
        clock.advance(WARNING)
        guard.check_idle()
        still_open.append(prompt.isVisible())
        return prompt.result()

    monkeypatch.setattr(PinPrompt, "exec", walk_away)
    qtbot.keyClick(window, Qt.Key.Key_L, ADMIN_CHORD)
    assert still_open == [False]  # the reset closed it
    assert not guard.notice.isVisible()
    assert window.location == "home"
    assert not guard.may_close()
