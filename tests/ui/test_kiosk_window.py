"""Kiosk mode in the window: no way out but the admin PIN, idle notice and reset, help and links."""

from __future__ import annotations

import re
import subprocess
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QContextMenuEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.contacts import RegionContacts, Service
from reader.context import AppContext
from reader.kiosk import RESET_STEPS, missing_reset_steps
from reader.packs import load_library
from reader.pin import hash_pin
from reader.themes import LIGHT
from reader.ui import self_test
from reader.ui.article_view import ArticleView
from reader.ui.help_panel import HelpPanel
from reader.ui.home import TOOLS
from reader.ui.kiosk_dialogs import PinPrompt
from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from reader.ui.search_view import SearchView
from reader.ui.web_address import WebAddressDialog

PIN = "2468"
WEB_URL = "https://www.samaritans.org"
IDLE, WARNING = 120, 30
ADMIN_CHORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
ADMIN_CHORD |= Qt.KeyboardModifier.ShiftModifier
REPO = Path(__file__).resolve().parents[2]

MakeWindow = Callable[..., MainWindow]


class Clock:
    """A fake monotonic clock: a one-item list the test moves forward by hand."""

    def __init__(self) -> None:
        self.now = [5000.0]

    def __call__(self) -> float:
        return self.now[0]

    def advance(self, seconds: float) -> None:
        """Move time forward."""
        self.now[0] += seconds


MODIFIER_KEYS = {Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Shift, Qt.Key.Key_Meta}


class KeyRecorder(QObject):
    """Records the key presses that reach the object it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[tuple[int, Qt.KeyboardModifier]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Note each key press except bare modifiers; never swallow anything."""
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() not in MODIFIER_KEYS:
            self.keys.append((event.key(), event.modifiers()))
        return False


# --- fixtures -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pin_hash() -> str:
    """The admin PIN hash, computed once: scrypt is deliberately slow."""
    return hash_pin(PIN)


@pytest.fixture
def kiosk_context(
    write_article: Callable[..., Path],
    tmp_path: Path,
    regions: dict[str, RegionContacts],
    local_service: Service,
    pin_hash: str,
) -> AppContext:
    """Kiosk mode over a small pack (prompts, a web link), the clinic's contact and a PIN."""
    write_article(
        "calm-start", title="A calm start", body="Breathing slowly helps.", related=("web-help",)
    )
    write_article("web-help", title="Help on the web", body=f"See [Samaritans]({WEB_URL}).")
    library = load_library([tmp_path / "pack"])
    assert library.problems == []
    return AppContext(
        library=library,
        contacts=regions,
        region="GB",
        local_services=[local_service],
        kiosk=True,
        clinic_name="Riverside Clinic",
        theme="light",
        zoom=110,
        admin_pin_hash=pin_hash,
        idle_timeout=IDLE,
        warning_seconds=WARNING,
    )


@pytest.fixture
def clock() -> Clock:
    """The fake clock shared by the window, the idle policy and the PIN lockout."""
    return Clock()


@pytest.fixture
def make_window(qtbot: QtBot, clock: Clock) -> Iterator[MakeWindow]:
    """Build and show kiosk windows; afterwards unlock, close them and drop their guards."""
    made: list[MainWindow] = []

    def make(context: AppContext) -> MainWindow:
        window = MainWindow(context, clock=clock)
        qtbot.addWidget(window)
        made.append(window)
        window.resize(1280, 800)
        with qtbot.waitExposed(window):
            window.show()
        window.activateWindow()
        # Application shortcuts (F1, the admin chord) only fire in the active window.
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    yield make
    for window in made:
        if shiboken6.isValid(window):
            guard = window.kiosk_guard
            guard.unlocked = True
            guard.timer.stop()
            app().removeEventFilter(guard)  # or it would guard later tests
            window.close()


@pytest.fixture
def window(make_window: MakeWindow, kiosk_context: AppContext) -> MainWindow:
    """A shown kiosk window with the admin PIN set."""
    return make_window(kiosk_context)


@pytest.fixture
def guard(window: MainWindow) -> KioskGuard:
    """The window's kiosk guard."""
    return window.kiosk_guard


# --- helpers --------------------------------------------------------------------------------


def app() -> QApplication:
    """The running application."""
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


def article_view(window: MainWindow) -> ArticleView:
    """The window's reading view."""
    view = window.article_view
    assert isinstance(view, ArticleView)
    return view


def search_view(window: MainWindow) -> SearchView:
    """The window's search results view."""
    view = window.search_view
    assert isinstance(view, SearchView)
    return view


def prompt_box(window: MainWindow) -> QPlainTextEdit:
    """Open the article with a prompt and return its first prompt box."""
    assert window.open_article("calm-start")
    boxes = article_view(window).prompt_boxes
    assert boxes
    return boxes[0]


def type_into(qtbot: QtBot, box: QWidget, text: str) -> None:
    """Type like a person, so the box builds an undo history."""
    box.setFocus()
    qtbot.keyClicks(box, text)


def editable_boxes(root: QWidget) -> list[QWidget]:
    """Every text box under root that a reader could type into."""
    boxes: list[QWidget] = [b for b in root.findChildren(QLineEdit)]
    boxes += [b for b in root.findChildren(QPlainTextEdit) if not b.isReadOnly()]
    boxes += [b for b in root.findChildren(QTextEdit) if not b.isReadOnly()]
    return boxes


def box_text(box: QWidget) -> str:
    """The text in a line edit or a text edit."""
    if isinstance(box, QLineEdit):
        return box.text()
    assert isinstance(box, QPlainTextEdit | QTextEdit)
    return box.toPlainText()


def can_undo(box: QWidget) -> bool:
    """Whether undo could bring earlier text back."""
    if isinstance(box, QLineEdit):
        return box.isUndoAvailable()
    assert isinstance(box, QPlainTextEdit | QTextEdit)
    return box.document().isUndoAvailable()


def flush_deletes() -> None:
    """Let deleteLater() run, as it does the moment control returns to the event loop."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def visible_popups() -> list[QWidget]:
    """Dialogs and menus showing anywhere in the application."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog | QMenu) and w.isVisible()
    ]


def assert_fresh_home(window: MainWindow) -> None:
    """The window shows home with no history to go back or forward to."""
    assert window.location == "home"
    assert window.stack.currentWidget() is window.home
    assert not window.history.can_go_back()
    assert not window.history.can_go_forward()
    assert not window.back_button.isEnabled()
    assert not window.forward_button.isEnabled()


def typed_session(qtbot: QtBot, window: MainWindow) -> QPlainTextEdit:
    """Type a prompt answer and a search; returns the prompt box."""
    box = prompt_box(window)
    type_into(qtbot, box, "my private answer")
    type_into(qtbot, window.search_box, "breathing")
    assert window.location == "search"
    return box


# --- every quit path is refused -------------------------------------------------------------


def test_kiosk_window_is_frameless_and_says_im_finished(window: MainWindow) -> None:
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.leave_button.text() == "I'm finished"
    assert window.leave_button.accessibleName() == "I'm finished"


def test_close_is_refused_and_the_window_stays(window: MainWindow) -> None:
    assert window.close() is False
    assert window.isVisible()
    event = QCloseEvent()
    QApplication.sendEvent(window, event)  # what the window system sends for its close button
    assert not event.isAccepted()
    window.windowHandle().close()
    QApplication.closeAllWindows()
    assert window.isVisible()
    assert not window.kiosk_guard.may_close()


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    ],
    ids=["ctrl-q", "ctrl-w", "ctrl-f4", "alt-f4"],
)
def test_quit_keys_are_swallowed(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    recorder = KeyRecorder()
    window.installEventFilter(recorder)  # object filters run after the guard's application one
    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.keyClick(window, key, modifiers)
    window.removeEventFilter(recorder)
    assert [k for k, _ in recorder.keys] == [Qt.Key.Key_A]  # the quit key never arrived
    assert window.isVisible()
    guard_says = window.kiosk_guard.eventFilter(
        window, QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
    )
    assert guard_says is True


def test_quit_keys_in_a_text_box_are_swallowed_too(qtbot: QtBot, window: MainWindow) -> None:
    box = prompt_box(window)
    recorder = KeyRecorder()
    box.installEventFilter(recorder)
    type_into(qtbot, box, "hi")
    qtbot.keyClick(box, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    box.removeEventFilter(recorder)
    assert [k for k, _ in recorder.keys] == [Qt.Key.Key_H, Qt.Key.Key_I]
    assert box.toPlainText() == "hi"
    assert window.isVisible()


def test_context_menus_are_blocked(qtbot: QtBot, window: MainWindow) -> None:
    box = prompt_box(window)
    type_into(qtbot, box, "some words")
    for target in (box.viewport(), window, window.home):
        point = QPoint(5, 5)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, target.mapToGlobal(point))
        assert QApplication.sendEvent(target, event) is True  # the guard took it
        assert not event.isAccepted()
    QApplication.processEvents()
    assert visible_popups() == []  # a text box would otherwise pop up Cut/Copy/Paste


def test_dropped_files_and_text_do_nothing(window: MainWindow) -> None:
    assert not window.acceptDrops()
    box = prompt_box(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(REPO / "README.md"))])
    mime.setText("dropped words")
    position = QPointF(box.viewport().rect().center())
    with warnings.catch_warnings():
        # PySide 6.12 deprecates the QPoint form in favour of QPointF, which 6.11 lacks.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            position.toPoint(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(box.viewport(), enter)
    assert not enter.isAccepted()
    drop = QDropEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(box.viewport(), drop)
    assert not drop.isAccepted()
    assert box.toPlainText() == ""  # a plain text box would have taken the dropped text
    assert window.location == "article:calm-start"


# --- leaving resets instead of closing ------------------------------------------------------


def test_im_finished_resets_instead_of_closing(qtbot: QtBot, window: MainWindow) -> None:
    typed_session(qtbot, window)
    with qtbot.waitSignal(window.left_quickly):
        window.leave_button.click()
    assert window.isVisible()
    assert window.search_box.text() == ""
    assert_fresh_home(window)


def test_escape_twice_resets_instead_of_closing(qtbot: QtBot, window: MainWindow) -> None:
    typed_session(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.location == "search"  # one Esc does nothing yet
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert window.search_box.text() == ""
    assert_fresh_home(window)


def test_escape_presses_far_apart_do_not_reset(
    qtbot: QtBot, window: MainWindow, clock: Clock
) -> None:
    typed_session(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    clock.advance(5)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.location == "search"
    assert window.search_box.text() == "breathing"


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
    window: MainWindow, guard: KioskGuard, clock: Clock
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
    guard.unlocked = True  # what ask_pin does after an accepted prompt
    assert window.close() is True


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


# --- a reset leaves nothing behind ----------------------------------------------------------


def open_every_tool(qtbot: QtBot, window: MainWindow) -> list[QWidget]:
    """Open each coping tool that exists and type into each of its boxes; returns the boxes."""
    typed = []
    for screen, _ in TOOLS:
        if window.open_screen(screen):
            page = window.stack.currentWidget()
            assert page is not None
            for box in editable_boxes(page):
                if box.isEnabled():
                    type_into(qtbot, box, "tool words")
                    typed.append(box)
    return typed


def test_reset_leaves_no_typed_text_and_no_undo(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard
) -> None:
    box = typed_session(qtbot, window)
    tool_boxes = open_every_tool(qtbot, window)
    assert window.search_box.isUndoAvailable()
    assert box.document().isUndoAvailable()
    typed = [box, window.search_box, *tool_boxes]
    done = guard.reset()
    flush_deletes()
    assert missing_reset_steps(done) == ()
    assert done == list(RESET_STEPS)
    for widget in typed:
        if shiboken6.isValid(widget):  # a deleted box holds nothing
            assert box_text(widget) == ""
            assert not can_undo(widget)
    for widget in editable_boxes(window):
        assert box_text(widget) == ""
        assert not can_undo(widget)
    window.search_box.undo()
    assert window.search_box.text() == ""
    assert search_view(window).query == ""
    assert search_view(window).hits == []
    assert search_view(window).results.toPlainText() == ""
    assert_fresh_home(window)


def test_reset_forgets_prompt_answers_kept_for_the_session(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard
) -> None:
    typed_session(qtbot, window)
    assert prompt_box(window).toPlainText() == "my private answer"  # kept while reading
    guard.reset()
    flush_deletes()
    assert article_view(window).article is None
    reopened = prompt_box(window)
    assert reopened.toPlainText() == ""
    assert not reopened.document().isUndoAvailable()


def test_reset_restores_the_clinic_display_settings(window: MainWindow, guard: KioskGuard) -> None:
    assert (window.theming.zoom, window.theming.choice) == (110, "light")
    window.zoom_in()
    window.zoom_in()
    window.theming.set_theme("dark")
    window.theming.set_easier_reading(True)
    assert window.theming.zoom == 150
    guard.reset()
    assert window.theming.zoom == 110
    assert window.theming.choice == "light"
    assert window.theming.easier_reading is False


def test_reset_draws_the_clinic_display_once_the_dropped_screens_are_gone(
    window: MainWindow, guard: KioskGuard
) -> None:
    window.open_screen("safety-plan")
    window.zoom_in()
    window.theming.set_theme("dark")
    guard.reset()
    flush_deletes()  # the restyle waits for the screens the reset dropped
    assert f"background: {LIGHT.background}" in window.styleSheet()
    titles = window.home.findChildren(QLabel, "pageTitle")
    assert QApplication.font().pointSizeF() == 13.2  # the clinic's 110%
    assert [t.font().pointSizeF() for t in titles] == [26.4]


def test_a_window_gone_before_the_restyle_is_left_alone(
    qtbot: QtBot, kiosk_context: AppContext
) -> None:
    window = MainWindow(kiosk_context)  # not handed to qtbot: this test deletes it
    window.show()
    window.zoom_in()
    window.open_screen("safety-plan")
    window.kiosk_guard.reset()  # the clinic's text size waits for the dropped screens
    window.kiosk_guard.detach()
    shiboken6.delete(window)  # gone at once, before the event loop runs again
    with qtbot.captureExceptions() as raised:
        flush_deletes()  # the marker goes now, and finds no window to restyle
    assert raised == []
    assert not shiboken6.isValid(window)


def test_the_guard_still_swallows_quit_keys_after_a_restyle(
    qtbot: QtBot, window: MainWindow
) -> None:
    # A restyle takes the application's event filters out for a moment and puts them back.
    window.theming.set_theme("dark")
    window.zoom_in()
    recorder = KeyRecorder()
    window.installEventFilter(recorder)
    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    window.removeEventFilter(recorder)
    assert [k for k, _ in recorder.keys] == [Qt.Key.Key_A]
    assert window.isVisible()


def test_reset_clears_what_lantern_copied(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard
) -> None:
    box = prompt_box(window)
    type_into(qtbot, box, "copied secret")
    box.selectAll()
    box.copy()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "copied secret"
    guard.reset()
    assert clipboard.text() == ""


# A popup menu on the offscreen platform; one marker replaces the folder's size-hint one.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing|propagateSizeHints)")
def test_reset_closes_dialogs_menus_and_the_help_region(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard
) -> None:
    window.open_help()
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    panel.set_region("US")
    dialog = WebAddressDialog(WEB_URL, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    message = QMessageBox(QMessageBox.Icon.Information, "Note", "A note", parent=window)
    message.open()
    menu = window.settings_button.menu()
    menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitUntil(menu.isVisible)
    assert len(visible_popups()) == 3
    guard.reset()
    flush_deletes()
    assert visible_popups() == []
    assert not shiboken6.isValid(panel)  # rebuilt next time, in the clinic's region
    window.open_help()
    fresh = window.screens["help"]
    assert isinstance(fresh, HelpPanel)
    assert fresh.region == "GB"


# --- idle timing ----------------------------------------------------------------------------


def test_idle_notice_counts_down_and_keep_reading_restarts_the_wait(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: Clock
) -> None:
    box = prompt_box(window)
    type_into(qtbot, box, "still here")
    clock.advance(IDLE - 1)
    guard.check_idle()
    assert not guard.notice.isVisible()
    clock.advance(1)
    guard.check_idle()
    assert guard.notice.isVisible()
    assert guard.notice.countdown.text() == f"Everything will be cleared in {WARNING} seconds."
    assert guard.notice.geometry() == window.rect()  # it covers the whole window
    clock.advance(WARNING - 1)
    guard.check_idle()
    assert guard.notice.countdown.text() == "Everything will be cleared in 1 second."
    guard.notice.button.click()  # Keep reading
    assert not guard.notice.isVisible()
    assert box.toPlainText() == "still here"
    clock.advance(IDLE - 1)
    guard.check_idle()
    assert not guard.notice.isVisible()  # the wait started again from Keep reading
    assert box.toPlainText() == "still here"


def test_idle_then_warning_runs_out_and_resets(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: Clock
) -> None:
    typed_session(qtbot, window)
    clock.advance(IDLE)
    guard.check_idle()
    assert guard.notice.isVisible()
    clock.advance(WARNING)
    guard.check_idle()
    assert not guard.notice.isVisible()
    assert window.search_box.text() == ""
    assert_fresh_home(window)
    clock.advance(IDLE - 1)
    guard.check_idle()
    assert not guard.notice.isVisible()  # a fresh session gets the full wait


def test_a_key_press_counts_as_activity(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: Clock
) -> None:
    clock.advance(IDLE)
    guard.check_idle()
    assert guard.notice.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not guard.notice.isVisible()
    clock.advance(IDLE - 1)
    guard.check_idle()
    assert not guard.notice.isVisible()


def test_the_idle_timer_is_scheduled_and_wired(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: Clock
) -> None:
    assert guard.timer.isActive()
    assert guard.timer.isSingleShot()
    assert about_the_idle_timeout(guard.timer.remainingTime())
    typed_session(qtbot, window)
    assert about_the_idle_timeout(guard.timer.remainingTime())  # typing started it again
    clock.advance(IDLE)
    guard.timer.timeout.emit()  # what the timer does when it fires
    assert guard.notice.isVisible()
    assert 0 < guard.timer.remainingTime() <= 1100  # wakes again to update the countdown
    clock.advance(WARNING)
    guard.timer.timeout.emit()
    assert window.search_box.text() == ""
    assert_fresh_home(window)
    assert guard.timer.isActive()
    assert about_the_idle_timeout(guard.timer.remainingTime())


def about_the_idle_timeout(milliseconds: int) -> bool:
    """Within a coarse timer's 5% of the idle timeout."""
    return abs(milliseconds - IDLE * 1000) <= IDLE * 50


# --- help and links -------------------------------------------------------------------------


def check_help_panel(window: MainWindow) -> None:
    """The help panel is on screen and lists the clinic first, then the region, with 999."""
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    assert window.stack.currentWidget() is panel
    names = panel.service_names()
    desk = window.context.local_services[0].name
    assert names[0] == desk
    gb = window.context.contacts["GB"]
    assert names[1:] == [s.name for s in gb.services]
    text = panel.view.toPlainText()
    assert text.index(desk) < text.index(gb.services[0].name)
    assert all(number in text for number in gb.emergency)


def test_help_panel_opens_with_f1_in_kiosk_mode(qtbot: QtBot, window: MainWindow) -> None:
    prompt_box(window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.location == "help"
    check_help_panel(window)


def test_help_panel_opens_with_the_button_in_kiosk_mode(window: MainWindow) -> None:
    assert window.help_button.isVisible()
    window.help_button.click()
    assert window.location == "help"
    check_help_panel(window)


def test_web_links_show_the_address_and_qr_code_and_never_open(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    shown: list[WebAddressDialog] = []

    def record_dialog(dialog: WebAddressDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected.value

    def record_open(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record_open)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: opened.append(args))
    monkeypatch.setattr(WebAddressDialog, "exec", record_dialog)
    assert window.open_article("web-help")
    article_view(window).body_view.anchorClicked.emit(QUrl(WEB_URL))  # the reader clicks it
    window.handle_link("https://example.org/more")
    assert opened == []
    assert [d.address.text() for d in shown] == [WEB_URL, "https://example.org/more"]
    assert not shown[0].code.pixmap().isNull()
    assert window.location == "article:web-help"


# --- the self-test in kiosk mode ------------------------------------------------------------


def test_self_test_in_kiosk_mode_passes(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("lantern")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "reader"]
    result = subprocess.run(
        [*command, "--self-test", "--kiosk"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    summary = re.search(r"(\d+) of (\d+) checks passed", result.stdout)
    assert summary, result.stdout
    passed, total = int(summary[1]), int(summary[2])
    assert passed == total == len(self_test.CHECKS) + 1  # the tour plus the kiosk reset check
