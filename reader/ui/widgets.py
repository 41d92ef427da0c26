"""Small shared widgets: labels with roles, clickable cards, a scrolling page."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.ui.a11y_roles import HEADING_NAMES, install_roles
from reader.ui.focus import next_focusable_in
from reader.ui.main_text import GUTTER, HangingText
from reader.ui.style import SCROLL_BAR_WIDTH
from reader.ui.text_size import give_role
from reader.ui.wheel_zoom import take_ctrl_wheel

LabelT = TypeVar("LabelT", bound=QLabel)

READING_WIDTH = 760  # pixels: about 70 characters per line at the default size
PAGE_MARGIN = 24  # pixels around a screen's content column
_Action = QAbstractSlider.SliderAction
_K, _M = Qt.Key, Qt.KeyboardModifier
# The reading keys of a browser or a PDF viewer that Qt's scroll area leaves alone (it takes
# the arrows and Page Up and Down itself): Space, Shift+Space, Home, End, with Ctrl too. An
# article's text takes the same keys for the page around it (article_body).
READING_KEYS = {
    (_K.Key_Space, _M.NoModifier): _Action.SliderPageStepAdd,
    (_K.Key_Space, _M.ShiftModifier): _Action.SliderPageStepSub,
    (_K.Key_Home, _M.NoModifier): _Action.SliderToMinimum,
    (_K.Key_Home, _M.ControlModifier): _Action.SliderToMinimum,
    (_K.Key_End, _M.NoModifier): _Action.SliderToMaximum,
    (_K.Key_End, _M.ControlModifier): _Action.SliderToMaximum,
}


def qapp() -> QApplication:
    """The running QApplication (Lantern always creates one before any widget)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("Lantern's widgets need a QApplication")
    return app


def label(text: str, role: str = "", *, wrap: bool = True) -> QLabel:
    """A QLabel with an object name the style sheet knows (pageTitle, sectionTitle, muted...);
    a page or section title is a heading to a screen reader."""
    return dress_label(QLabel(), text, role, wrap=wrap)


def dress_label(
    widget: LabelT,
    text: str,
    role: str = "",
    *,
    wrap: bool = True,
    text_format: Qt.TextFormat = Qt.TextFormat.PlainText,
) -> LabelT:
    """Make a label of any QLabel class what label() makes: plain text, its role, then words."""
    widget.setWordWrap(wrap)
    widget.setTextFormat(text_format)
    widget.setIndent(0)
    if role:
        if role in HEADING_NAMES:
            install_roles()
        give_role(widget, role)
    # Words last: a screen reader asks what a label is as soon as it has them, and Qt keeps
    # the first answer. A title named only afterwards stayed plain text.
    widget.setText(text)
    return widget


def fit_to_text(window: QWidget, lines_wide: int, lines_high: int = 0) -> None:
    """Size a dialog for the current text size: so many lines' height wide (and at least so
    many high), and as tall as its wrapped text needs at that width; never smaller.

    A dialog's layout alone sizes it by its labels' size hints, which ignore wrapping, and
    at large text sizes the last lines of a wrapped label were cut off.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    line = window.fontMetrics().height()
    least = layout.totalMinimumSize()
    width = max(lines_wide * line, least.width())
    room = window.screen().availableGeometry()
    width = min(width, room.width() * 9 // 10)
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
    # Never taller than the screen: a list in the dialog shrinks and scrolls instead.
    height = min(max(needed, least.height(), lines_high * line), room.height() * 9 // 10)
    window.setMinimumSize(width, min(max(needed, least.height()), height))
    window.resize(width, height)


def not_for_input_methods(box: QWidget) -> None:
    """Ask input methods not to keep what is typed in box (a learned word, a user dictionary).

    A predictive, on-screen or Chinese keyboard may learn the words typed and store them on
    disk, then offer them to the next person. Qt passes this hint on: on Wayland as text-input's
    "sensitive data", and to its own virtual keyboard, which then adds no word to its dictionary.
    """
    box.setInputMethodHints(box.inputMethodHints() | Qt.InputMethodHint.ImhSensitiveData)


def centred_column(
    owner: QWidget, *, bottom: int = 16, top_aligned: bool = False
) -> tuple[QWidget, QVBoxLayout]:
    """A column of reading width centred in owner, so every screen's text starts at one edge.

    The column reaches GUTTER pixels into the page margin on each side, and its layout keeps
    that gutter empty: only a HangingText is drawn in it (the column would clip it otherwise).
    """
    outer = QHBoxLayout(owner)
    outer.setContentsMargins(PAGE_MARGIN - GUTTER, PAGE_MARGIN, PAGE_MARGIN - GUTTER, bottom)
    column = QWidget()
    column.setMaximumWidth(READING_WIDTH + 2 * GUTTER)
    body = QVBoxLayout(column)
    body.setContentsMargins(GUTTER, 0, GUTTER, 0)
    body.setSpacing(12)
    # Stretches on both sides centre the column once the window is wider than it. A page's
    # column sits at the top of a tall window by its alignment here, not by aligning its own
    # layout: an aligned layout is given its size hint's height, not the height its wrapped
    # text needs at its width, and at large text sizes cards were cut short.
    outer.addStretch(1)
    if top_aligned:
        outer.addWidget(column, 100, Qt.AlignmentFlag.AlignTop)
    else:
        outer.addWidget(column, 100)
    outer.addStretch(1)
    return column, body


class Page(QScrollArea):
    """A vertically scrolling page whose content column keeps a comfortable reading width."""

    def __init__(
        self, parent: QWidget | None = None, *, main_text_takes_focus: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The page itself takes focus (with a name, from its title) so that arrow keys and
        # Page Down scroll a screen of plain text, and a screen reader says where it is.
        # Where the page's main text takes it instead (the crisis contacts, the search
        # results), the keys in that text scroll the page.
        policy = Qt.FocusPolicy.NoFocus if main_text_takes_focus else Qt.FocusPolicy.StrongFocus
        self.setFocusPolicy(policy)
        outer = _PageContent(self)
        self.column, self.body = centred_column(outer, bottom=40, top_aligned=True)
        self.setWidget(outer)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        """Ctrl+wheel over anything on the page that leaves it (a card, a heading, the space
        around) sizes the text, as over an article's text; without Ctrl it scrolls."""
        if not take_ctrl_wheel(self, event):
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Space, Shift+Space, Home and End scroll the page while it has the focus itself.

        Where an article opens, the focus is on its page: there they did nothing, and worked
        only once the reader had clicked into the text. A key a focused control leaves (End on
        a button) is not taken: the control's own keys stay as they are.
        """
        modifiers = event.modifiers() & ~_M.KeypadModifier
        action = READING_KEYS.get((Qt.Key(event.key()), modifiers)) if self.hasFocus() else None
        if action is None:
            super().keyPressEvent(event)
            return
        self.verticalScrollBar().triggerAction(action)
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Name the page after its title, for screen readers, unless it already has a name."""
        super().showEvent(event)
        if not self.accessibleName():
            titles = [t for t in self.findChildren(QLabel, "pageTitle") if not t.isHidden()]
            if titles:
                self.setAccessibleName(titles[0].text())

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt override
        """Tab moves on as usual; a focused control that is hidden leaves the focus on this page.

        Qt would pass it along the window's tab chain, which wraps to the toolbar's Back
        button: one more Space would leave the screen. The next control down the page takes it.
        """
        focused = QApplication.focusWidget()
        if focused is None or focused.isVisible() or not self.isVisible():
            return self._tab_into_view(next)
        if not self.isAncestorOf(focused):
            return self._tab_into_view(next)
        target = next_focusable_in(self, focused)
        if target is None:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(target)
        return True

    def _tab_into_view(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        """Move the focus as Qt does, then show the whole of a text box it lands on.

        Qt scrolls to a text box's cursor line only: the rest of the box stayed below the
        window. Anything taller than the window (an article's text) is left as Qt put it.
        """
        moved = super().focusNextPrevChild(next)
        focused = QApplication.focusWidget()
        content = self.widget()
        if focused is None or content is None or not content.isAncestorOf(focused):
            return moved
        if focused.height() < self.viewport().height():
            centre = focused.mapTo(content, focused.rect().center())
            self.ensureVisible(centre.x(), centre.y(), 0, focused.height() // 2 + PAGE_MARGIN)
        return moved

    def set_reading_width(self, width: int) -> None:
        """Change the content column's maximum width (easier reading uses a narrower one)."""
        if self.column.maximumWidth() == width + 2 * GUTTER:
            return
        self.column.setMaximumWidth(width + 2 * GUTTER)
        self.centre_as_if_scrolling()

    def centre_as_if_scrolling(self) -> None:
        """Centre the column as if the scroll bar were shown, whether it is or not.

        Titles then start at the same place on every screen: they moved sideways by half the
        scroll bar between a page that scrolls and one that does not. A window too narrow to
        spare the room keeps it for the text (which also keeps the bar from coming and going).
        """
        content = self.widget()
        layout = content.layout() if content is not None else None
        if content is None or layout is None:
            return
        full = self.contentsRect().width()
        # Measured, not asked: the content is resized before the bar and the viewport are.
        bar_shown = content.width() < full
        reading = self.column.maximumWidth() - 2 * GUTTER
        spare = full - 2 * PAGE_MARGIN - SCROLL_BAR_WIDTH >= reading
        reserve = SCROLL_BAR_WIDTH if spare and not bar_shown else 0
        margins = layout.contentsMargins()
        if margins.right() != PAGE_MARGIN - GUTTER + reserve:
            margins.setRight(PAGE_MARGIN - GUTTER + reserve)
            layout.setContentsMargins(margins)

    def add_main_text(self, text: QTextEdit, slot: HangingText | None = None) -> HangingText:
        """Add a page's main text under the rest, its first letter in line with the titles
        (in the slot it had before, when a screen reuses it); returns its slot."""
        slot = HangingText(text) if slot is None else slot
        self.body.addLayout(slot)
        text.show()
        return slot

    def clear_body(self) -> None:
        """Remove every widget from the content column."""
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen (and from Tab) now, not at the next loop
                widget.deleteLater()


class _PageContent(QWidget):
    """A page's scrolled content, which re-centres its column whenever its width changes."""

    def __init__(self, page: Page) -> None:
        super().__init__()
        self._page = page

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """The scroll bar came or went, or the window was resized."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._page.centre_as_if_scrolling()


def bullet_list(items: list[str]) -> QWidget:
    """Items with bullets, wrapped lines kept clear of the bullet."""
    box = QWidget()
    box.setObjectName("bulletList")
    grid = QGridLayout(box)
    grid.setContentsMargins(4, 0, 0, 0)
    grid.setHorizontalSpacing(10)
    grid.setVerticalSpacing(6)
    grid.setColumnStretch(1, 1)
    for row, item in enumerate(items):
        grid.addWidget(label("•"), row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(label(item), row, 1)
    return box
