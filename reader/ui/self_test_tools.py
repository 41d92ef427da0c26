"""Self-test checks for the coping tools, the safety plan and reflections."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


def open_checked(window: MainWindow, name: str) -> Any:
    """Open a screen by name; the screen, or None if it did not come up."""
    if not window.open_screen(name):
        return None
    QApplication.processEvents()
    screen = window.screens.get(name)
    return screen if window.stack.currentWidget() is screen else None


def _timers_running(widget: QWidget) -> list[str]:
    return [t.objectName() or "timer" for t in widget.findChildren(QTimer) if t.isActive()]


def check_exercises(window: MainWindow) -> str | None:
    """Each exercise opens and runs briefly, and its timers stop when it is hidden."""
    for name in ("exercise/breathing", "exercise/ride-the-wave"):
        view = open_checked(window, name)
        if view is None:
            return f"{name} did not open"
        view.start()
        view.refresh()
        window.go_home()
        QApplication.processEvents()
        if _timers_running(view):
            return f"{name} kept a timer running after it was hidden"
    grounding = open_checked(window, "exercise/grounding")
    if grounding is None:
        return "grounding did not open"
    for _ in range(6):
        grounding.next()
    return None


def fill_text_boxes(view: QWidget, text: str) -> list[QPlainTextEdit]:
    """Type text into every editable box of a screen."""
    boxes = [b for b in view.findChildren(QPlainTextEdit) if not b.isReadOnly()]
    for box in boxes:
        box.setPlainText(text)
    return boxes


def check_plan_and_reflections(window: MainWindow) -> str | None:
    """The safety plan and reflections take typed text, show it, and clear it completely."""
    for name in ("safety-plan", "reflections"):
        view = open_checked(window, name)
        if view is None:
            return f"{name} did not open"
        links = getattr(view, "contents_links", [])
        if links:  # Reflections' "On this page": an article's questions show once chosen
            links[0].linkActivated.emit(links[0].href)
        if not fill_text_boxes(view, "self-test words"):
            return f"{name} has no text boxes"
        if "self-test words" not in view.plain_text():
            return f"{name} does not include typed text in its printable copy"
        if links:  # and the last article's, built after the page's buttons
            links[-1].linkActivated.emit(links[-1].href)
        view.reset()
        if view.has_typed_text() or "self-test words" in view.plain_text():
            return f"{name} kept typed text after it was cleared"
    return None


EVERY_SCREEN = (
    "home",
    "help",
    "privacy",
    "shortcuts",
    "exercise/breathing",
    "exercise/grounding",
    "exercise/ride-the-wave",
    "safety-plan",
    "reflections",
)


def check_help_everywhere(window: MainWindow) -> str | None:
    """Every screen shows Get help now, and help opens from it: by click, or by Enter."""
    for name in EVERY_SCREEN:
        if open_checked(window, name) is None:
            return f"{name} did not open"
        if not window.help_button.isVisible():
            return f"Get help now is not visible on {name}"
        window.help_button.click()
        if window.location != "help":
            return f"Get help now did not open help from {name}"
    window.go_home()
    if not _enter_on(window, window.help_button) or window.location != "help":
        return "Enter on Get help now did not open help"
    window.go_home()
    return None


def _enter_on(window: MainWindow, button: QWidget) -> bool:
    """Press Return on a button as the keyboard does: through the window. False if unfocused."""
    window.activateWindow()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    handle = window.windowHandle()
    if handle is None or not button.hasFocus():
        return False
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(handle, event)
    return True


def check_display_settings(window: MainWindow) -> str | None:
    """Each theme, the text sizes, easier reading and reduce motion apply without trouble."""
    theming = window.theming
    window.open_article(window.context.library.in_order()[0].id)
    for name in ("light", "dark", "high-contrast", "system"):
        theming.set_theme(name)
        QApplication.processEvents()
        if theming.choice != name:
            return f"the {name} theme did not apply"
    window.theming.zoom_in()
    window.theming.zoom_out()
    window.theming.reset_zoom()
    theming.set_easier_reading(True)
    theming.set_reduce_motion(True)
    theming.set_easier_reading(False)
    theming.set_reduce_motion(False)
    return None if theming.zoom == window.context.zoom else "the text size did not reset"


def check_dialogs(window: MainWindow) -> str | None:
    """The dialogs open and close leaving nothing behind (the strace proof watches this)."""
    from reader.ui.web_address import WebAddressDialog

    dialogs: list[QWidget] = [WebAddressDialog("https://example.org/help", window)]
    if window.context.kiosk:
        from reader.pin import PinLockout
        from reader.ui.kiosk_pin import PinPrompt

        dialogs.append(PinPrompt(PinLockout(window.context.admin_pin_hash), window))
    else:
        from reader.ui.export import SaveChooser

        dialogs.append(SaveChooser("my-safety-plan", window))
    for dialog in dialogs:
        dialog.show()
        QApplication.processEvents()
        if not dialog.isVisible():
            return f"{type(dialog).__name__} did not show"
        dialog.close()
    return None


def check_help_over_dialogs(window: MainWindow) -> str | None:
    """F1 over a dialog cancels it and opens Get help now: help stays one key away."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    from reader.ui.web_address import WebAddressDialog

    window.finish_start()  # the key watchers come with the work after the first paint
    window.go_home()
    dialog = WebAddressDialog("https://example.org/help", window)
    dialog.open()  # modal, as when it is asked for, without a nested event loop
    QApplication.processEvents()
    f1 = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, f1)
    QApplication.processEvents()
    if dialog.isVisible():
        dialog.close()
        return "F1 left the dialog open"
    if window.location != "help":
        return "F1 over a dialog did not open Get help now"
    return None
