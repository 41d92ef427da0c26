"""Every box a reader types into asks the input method not to keep what is typed.

An input method (a predictive or on-screen keyboard, a Chinese or Japanese one) may learn
the words typed and keep them on disk, in a dictionary of its own that later suggests them
to the next person. Qt's ImhSensitiveData hint asks it not to: Qt passes it on to input
methods on Wayland (text-input's "sensitive data") and to its own virtual keyboard.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from reader.pin import PinLockout, hash_pin
from reader.ui.export import SaveChooser
from reader.ui.kiosk_pin import PinPrompt
from reader.ui.main_window import MainWindow
from tests.ui.a11y_screens import SCREENS, bundled_window_fixture, open_screen  # noqa: F401

SENSITIVE = Qt.InputMethodHint.ImhSensitiveData


def typed_into(widget: QWidget) -> list[QWidget]:
    """The boxes inside widget that a reader can type into."""
    boxes: list[QWidget] = [w for w in widget.findChildren(QLineEdit) if not w.isReadOnly()]
    boxes += [w for w in widget.findChildren(QPlainTextEdit) if not w.isReadOnly()]
    boxes += [w for w in widget.findChildren(QTextEdit) if not w.isReadOnly()]
    return boxes


def kept_by_input_method(boxes: list[QWidget]) -> list[str]:
    """The boxes whose hints, as an input method asks for them, let it store what is typed."""
    return [
        box.accessibleName() or box.objectName() or type(box).__name__
        for box in boxes
        if not Qt.InputMethodHint(box.inputMethodQuery(Qt.InputMethodQuery.ImHints)) & SENSITIVE
    ]


def test_every_box_on_every_screen_is_sensitive(bundled_window: MainWindow, qtbot: QtBot) -> None:
    window = bundled_window
    seen: list[QWidget] = []
    for key in SCREENS:
        open_screen(window, qtbot, key)
        seen += [box for box in typed_into(window) if box not in seen]
    names = {box.objectName() for box in seen}
    # The search box, an article's prompt, the safety plan and (unnamed) reflections and notes.
    assert {"searchBox", "promptBox", "plan_warning_signs", ""} <= names, names
    assert kept_by_input_method(seen) == []


def test_the_save_chooser_name_and_the_pin_are_sensitive(
    bundled_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    chooser = SaveChooser("my-safety-plan", bundled_window, start=tmp_path)
    prompt = PinPrompt(PinLockout(hash_pin("2468")), bundled_window)
    for dialog in (chooser, prompt):
        qtbot.addWidget(dialog)
    boxes = typed_into(chooser) + typed_into(prompt)
    assert {chooser.name, prompt.pin} <= set(boxes)
    assert kept_by_input_method(boxes) == []
