"""Controls look like what they are: greyed ones calm, hints not typed text, focus plain.

Colours are read from what the window draws, not from the style sheet's text.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QPlainTextEdit,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.themes import THEMES, contrast_ratio
from reader.ui.main_window import MainWindow
from reader.ui.style import disabled_outline, placeholder_colour, ring_width, window_style
from tests.ui.pixels import as_seen, colours_in


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_a_greyed_button_has_a_plain_solid_outline(window: MainWindow, theme: str) -> None:
    """A dotted grey outline looked like an old focus rectangle, or a wireframe."""
    window.theming.set_theme(theme)
    colours = THEMES[theme]
    forward = window.forward_button
    assert not forward.isEnabled()  # nowhere to go forward to on a first screen
    image = as_seen(forward)
    # Down the middle of the left edge: one colour, with no gaps in it.
    left = colours_in(image, QRect(0, 10, 1, image.height() - 20))
    assert left == {disabled_outline(colours)}
    assert contrast_ratio(disabled_outline(colours), colours.control_border) > 1.2  # not "usable"
    inside = colours_in(image, image.rect().adjusted(3, 3, -3, -3))
    assert colours.text not in inside
    assert colours.disabled in inside


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_a_greyed_search_box_has_a_dim_hint(window: MainWindow, theme: str) -> None:
    """It kept its bright hint, and so looked usable while the rest of the toolbar was greyed."""
    window.theming.set_theme(theme)
    colours = THEMES[theme]
    box = window.search_box
    assert box.text() == ""

    def strongest_hint() -> float:
        image = as_seen(box)
        inside = colours_in(image, image.rect().adjusted(4, 4, -4, -4))
        return max(contrast_ratio(c, colours.surface) for c in inside)

    usable = strongest_hint()
    box.setEnabled(False)
    greyed = strongest_hint()
    assert greyed < usable or placeholder_colour(colours) == colours.disabled
    assert greyed <= contrast_ratio(colours.disabled, colours.surface) + 0.1


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_a_hint_reads_at_4_5_to_1_and_never_as_typed_text(theme: str) -> None:
    """WCAG counts a placeholder as text. In high contrast it was white: the box looked filled."""
    colours = THEMES[theme]
    hint = placeholder_colour(colours)
    assert contrast_ratio(hint, colours.surface) >= 4.5
    assert hint != colours.text


def test_an_empty_writing_box_in_high_contrast_does_not_look_written_in(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    window = started_window
    window.theming.set_theme("high-contrast")
    colours = THEMES["high-contrast"]
    window.open_article("understanding-self-harm")
    boxes = [b for b in window.article_view.findChildren(QPlainTextEdit, "promptBox")]
    box = next(b for b in boxes if b.isVisible() and not b.toPlainText())
    qtbot.waitUntil(lambda: box.height() > 40)
    window.article_view.ensureWidgetVisible(box)
    image = as_seen(box)
    inside = colours_in(image, image.rect().adjusted(6, 6, -6, -6))  # within its outline
    assert colours.text not in inside
    assert colours.disabled in inside  # the hint is there, in grey
    assert contrast_ratio(colours.disabled, colours.surface) >= 4.5


def ring_change(qtbot: QtBot, control: QWidget, depth: int) -> float:
    """The least contrast, along the middle of the top edge, `depth` pixels in, that focus makes."""

    def row() -> list[str]:
        image = as_seen(control)
        middle = range(image.width() // 4, 3 * image.width() // 4)
        return [image.pixelColor(x, depth).name() for x in middle]

    control.clearFocus()
    before = row()
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(control.hasFocus)
    after = row()
    return min(contrast_ratio(a, b) for a, b in zip(before, after, strict=True))


def test_in_high_contrast_focus_changes_two_pixels_of_the_outline_at_3_to_1(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Cyan over a white outline is 1.25:1: a 2-pixel ring hardly changed a control."""
    window.theming.set_theme("high-contrast")
    assert ring_width(THEMES["high-contrast"]) == 3
    for control in (window.home_button, window.search_box):
        assert ring_change(qtbot, control, depth=1) >= 3.0
        assert ring_change(qtbot, control, depth=2) >= 3.0


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_focus_does_not_move_a_control_s_text(window: MainWindow, qtbot: QtBot, theme: str) -> None:
    """The wider ring takes its room from the padding, not from the text."""
    window.theming.set_theme(theme)
    window.search_box.setText("calm")
    for control in (window.home_button, window.search_box):
        control.clearFocus()
        inside = as_seen(control).copy(as_seen(control).rect().adjusted(5, 5, -5, -5))
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        focused = as_seen(control)
        if control is window.search_box:  # the text cursor blinks in the box
            window.search_box.setCursorPosition(0)
        focused = as_seen(control).copy(focused.rect().adjusted(5, 5, -5, -5))
        moved = sum(
            inside.pixelColor(x, y) != focused.pixelColor(x, y)
            for x in range(inside.width())
            for y in range(inside.height())
        )
        assert moved < inside.width() * inside.height() // 50, control.objectName()


ICONS_OFF = "dialogbuttonbox-buttons-have-icons: 0;"


class _IconsStyle(QProxyStyle):
    """A desktop style that puts icons on dialog buttons, as several Linux desktops do."""

    def __init__(self) -> None:
        super().__init__("Fusion")  # Qt's own, whatever style another test left installed

    def styleHint(  # noqa: N802 - Qt override
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        data: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, data)


def buttons_have_icons(buttons: QDialogButtonBox) -> int:
    """What the style tells a button box when it makes its buttons: icons on them, or not."""
    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    return buttons.style().styleHint(hint, None, buttons)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_dialog_buttons_carry_no_platform_icons(
    theme: str, make_holder: Callable[[str], QWidget]
) -> None:
    """A floppy disk and a red cross sat on Save and Cancel: words alone, as everywhere else.

    Offscreen, Qt's own style puts no icons there anyway; this one does, as several Linux
    desktops do, so the test fails without the style sheet's rule.
    """
    sheet = window_style(THEMES[theme])
    assert ICONS_OFF in sheet
    plain = make_holder("QPushButton { padding: 6px; }")  # a style sheet without that rule
    without = QDialogButtonBox(QDialogButtonBox.StandardButton.Save, plain)
    assert buttons_have_icons(without) == 1
    holder = make_holder(sheet)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, holder
    )
    assert buttons_have_icons(buttons) == 0
    assert len(buttons.buttons()) == 2
    for button in buttons.buttons():
        assert isinstance(button, QPushButton)
        assert button.icon().isNull()


# Qt's style sheet style keeps what it worked out for a widget by the widget's address, and a
# new widget at a deleted one's address was answered from it: the holders stay alive instead.
_KEPT: list[QObject] = []


@pytest.fixture
def make_holder() -> Callable[[str], QWidget]:
    """A widget with a style sheet over a style that would put icons on dialog buttons."""

    def make(sheet: str) -> QWidget:
        style = _IconsStyle()  # a widget does not own its style
        holder = QWidget()
        holder.setStyle(style)
        holder.setStyleSheet(sheet)
        _KEPT.extend((style, holder))
        return holder

    return make


def test_save_a_copy_has_no_platform_icons_on_its_buttons(window: MainWindow, qtbot: QtBot) -> None:
    """Its button box was made without a parent, so it asked the style for icons before the
    window's style sheet (no icons) could answer: a floppy disk and a red cross came back."""
    from reader.ui.export import SaveChooser
    from reader.ui.indicator_style import IndicatorStyle

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style = _IconsStyle()
    app.setStyle(style)  # as several Linux desktops' styles do
    try:
        chooser = SaveChooser("my plan", window)
        qtbot.addWidget(chooser)
        buttons = chooser.findChild(QDialogButtonBox)
        assert buttons is not None
        assert len(buttons.buttons()) == 2
        assert all(button.icon().isNull() for button in buttons.buttons())
    finally:
        app.setStyle(IndicatorStyle())  # the application's own, as install_indicator_style
        _KEPT.append(style)
