"""The row of controls above every screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.ui.a11y import chain_tab_order
from reader.ui.shortcuts import install_shortcuts as install_shortcuts  # main_window's import
from reader.ui.text_size import give_role
from reader.ui.widgets import not_for_input_methods

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

StandardKey = QKeySequence.StandardKey
SEARCH_BOX_PADDING, SEARCH_BOX_BORDER = 8, 1  # pixels, as the style sheet draws line edits
QT_TEXT_MARGIN = 2  # pixels QLineEdit keeps between its padding and its text, each side
FULL_SEARCH_LINES, COMPACT_SEARCH_LINES = 8, 5  # the search box's least width, in line heights
# The toolbar's two rows for each width ("" is the stretch between the sides). Tab follows
# them: along the first row, then the second, as a sighted keyboard user reads them.
ARRANGEMENTS = {
    "one row": (("back", "forward", "home", "", "search_box", "settings", "leave", "help"), ()),
    # On a row of its own, or with Home and Reading settings, the search box fills the row:
    # a fixed box left the row ragged, and at 200% it showed "want to die" as "nt to die".
    "search below": (("back", "forward", "home", "", "settings", "leave", "help"), ("search_box",)),
    # Get help now and Leave quickly keep the first row to themselves, whole.
    "narrow": (("back", "forward", "", "leave", "help"), ("home", "search_box", "settings")),
}
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size


def tool_button(text: str, name: str, slot: Callable[[], object], tip: str) -> QToolButton:
    """A focusable toolbar button with an accessible name and a tooltip naming its key."""
    button = QToolButton()
    button.setText(text)
    give_role(button, name)
    button.setAccessibleName(text)
    button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.clicked.connect(slot)
    return button


class Toolbar(QWidget):
    """Back, Forward, Home, search, Reading settings, Leave quickly and Get help now.

    A plain row, not a QToolBar: a toolbar moves what does not fit into an overflow menu, and
    Get help now and Leave quickly must never be hidden. When the full row does not fit (a
    small screen, or large text), Back, Forward and Reading settings take shorter labels and
    the search box narrows; Get help now and Leave quickly keep their whole words. Narrower
    still, the search box goes to a second row, then Home and Reading settings join it, and the
    window gets no narrower than Back, Forward, Leave quickly and Get help now side by side.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("mainToolbar")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        # Each tip names the key as this platform writes it (Cmd+[ for Back on macOS).
        back, forward = native_keys(StandardKey.Back), native_keys(StandardKey.Forward)
        self.back = tool_button(
            #: The Back button: the arrow points the way back (→ in a right-to-left language).
            self.tr("←  Back"),
            "backButton",
            window.go_back,
            self.tr("Back (%1)").replace("%1", back),
        )
        self.forward = tool_button(
            #: The Forward button: the arrow points onward (← in a right-to-left language).
            self.tr("Forward  →"),
            "forwardButton",
            window.go_forward,
            self.tr("Forward (%1)").replace("%1", forward),
        )
        home_tip = self.tr("Home (%1)").replace("%1", native_keys("Alt+Home"))
        self.home = tool_button(self.tr("Home"), "homeButton", window.go_home, home_tip)
        self.search_box = self._search_box(window)
        self.leave = tool_button(
            self.tr("Leave quickly"),
            "leaveButton",
            window.leave_quickly,
            self.tr("Close Lantern at once (Esc twice)"),
        )
        self.help = tool_button(
            self.tr("Get help now"),
            "helpButton",
            window.open_help,
            self.tr("Crisis lines and emergency numbers (F1)"),
        )
        from reader.ui.settings_menu import SettingsButton

        self.settings = SettingsButton(window)
        self._labels = {
            #: The Back button's arrow alone, for a narrow window: as in "←  Back".
            self.back: (self.back.text(), self.tr("←")),
            #: The Forward button's arrow alone, for a narrow window: as in "Forward  →".
            self.forward: (self.forward.text(), self.tr("→")),
            self.settings: (self.settings.text(), self.tr("Settings")),
        }
        for button in (self.leave, self.help):
            # Never squeezed: the layout shrinks everything else first.
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.arrangement = ""  # which of ARRANGEMENTS the rows show
        self._lay_out()
        self.fit_labels()

    def controls_besides_help(self) -> list[QWidget]:
        """Every control in the row but Get help now and Leave quickly (I'm finished in a kiosk)."""
        return [self.back, self.forward, self.home, self.search_box, self.settings]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Refit the row when the text size changes."""
        if event.type() == QEvent.Type.FontChange:
            self.fit_labels()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Refit the row to the window's new width."""
        self.fit_labels()
        super().resizeEvent(event)

    def fit_labels(self) -> None:
        """Full labels when the whole row fits the window, shorter ones when it does not; the
        search box on a second row when even the short row does not fit, and Home and Reading
        settings with it when the first row still does not."""
        full = self._row_width(short=False, search_lines=FULL_SEARCH_LINES)
        short = self._row_width(short=True, search_lines=COMPACT_SEARCH_LINES)
        compact, two_rows = self.width() < full, self.width() < short
        without_search = short - self._search_width(COMPACT_SEARCH_LINES) - self._row.spacing()
        for button, (whole, brief) in self._labels.items():
            button.setText(brief if compact else whole)
        narrow = self.width() < without_search
        self._arrange("narrow" if narrow else "search below" if two_rows else "one row")
        lines = COMPACT_SEARCH_LINES if compact else FULL_SEARCH_LINES
        self._size_search_box(lines, stretch=two_rows)
        # Narrower than this, Qt cut "Get help now" to "Get…now": the main window does not
        # keep to its menu widget's least width by itself.
        least = self._row_width(True, 0, [self.back, self.forward, self.leave, self.help])
        self.window().setMinimumWidth(least - self._search_width(0))

    def _arrange(self, name: str) -> None:
        """Put the controls on the two rows as ARRANGEMENTS says (only when that changes)."""
        if name == self.arrangement:
            return
        self.arrangement = name
        for row, names in zip((self._row, self._second), ARRANGEMENTS[name], strict=True):
            while row.count():
                row.takeAt(0)  # the control stays where it is, until it is added again
            for control in names:
                if control:
                    widget = getattr(self, control)
                    row.addWidget(widget, 1 if widget is self.search_box else 0)
                else:
                    row.addStretch(1)
        self.chain_tabs()

    def chain_tabs(self) -> None:
        """Tab along the rows as they show now: narrow, Get help now comes fourth, not seventh.

        Only the toolbar's own controls move, among themselves: the screen still follows the
        row's last control, and Shift+Tab from the screen still comes back to it.
        """
        rows = ARRANGEMENTS[self.arrangement]
        chain_tab_order([getattr(self, name) for row in rows for name in row if name])

    def _row_width(
        self, short: bool, search_lines: int, buttons: list[QToolButton] | None = None
    ) -> int:
        """The width a row needs with whole (or short) labels and the search box so wide."""
        metrics = QFontMetrics(self.font())
        every = [self.back, self.forward, self.home, self.settings, self.leave, self.help]
        buttons = buttons or every
        width = sum(button.sizeHint().width() for button in buttons)
        # Each label as it is now: add what the wanted label takes beyond it.
        for button, labels in self._labels.items():
            if button not in buttons:
                continue
            wanted = labels[1] if short else labels[0]
            width += metrics.horizontalAdvance(wanted) - metrics.horizontalAdvance(button.text())
        margins = self._rows.contentsMargins()
        width += margins.left() + margins.right() + self._row.spacing() * len(buttons)
        return width + self._search_width(search_lines)

    def _size_search_box(self, lines: int, stretch: bool) -> None:
        # As "width: 8em" would be, but in code: a style sheet measures em once, when it
        # polishes, and the size now changes without a new style sheet (see text_size.py).
        # Fixed in the one row, not "as wide as its text": the clear button that comes with
        # the first letter widened it, and every button to its right moved. On a row below,
        # it fills what the row leaves (a width the buttons set, not its text).
        width = self._search_width(lines)
        self.search_box.setMinimumWidth(width)
        self.search_box.setMaximumWidth(QWIDGETSIZE_MAX if stretch else width)

    def _search_width(self, lines: int) -> int:
        # So many lines' height wide, plus the style sheet's padding and border on both sides.
        line = QFontMetrics(self.font()).height()
        return lines * line + 2 * (SEARCH_BOX_PADDING + SEARCH_BOX_BORDER)

    def _search_box(self, window: MainWindow) -> QLineEdit:
        keys = native_keys(StandardKey.Find)
        # One space, as in every other hint ("Back (Alt+Left)"): two read as a typing slip.
        box = SearchBox((self.tr("Search (%1)").replace("%1", keys), self.tr("Search")))
        box.setObjectName("searchBox")
        box.setToolTip(self.tr("Search articles (%1)").replace("%1", keys))
        box.setAccessibleName(self.tr("Search articles"))
        box.setClearButtonEnabled(True)
        for clear in box.findChildren(QToolButton):  # the cross that empties the box
            # Without a tip of its own, pointing at it showed the box's "Search articles".
            clear.setToolTip(QCoreApplication.translate("MainWindow", "Clear search"))
        box.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        box.textEdited.connect(window.search)
        box.returnPressed.connect(window.open_top_result)
        return box

    def show_query(self, text: str) -> None:
        """Show the search's words in the box (setText also drops the box's undo history)."""
        if self.search_box.text() != text:
            self.search_box.setText(text)

    def _lay_out(self) -> None:
        rows = self._rows = QVBoxLayout(self)
        rows.setContentsMargins(10, 8, 10, 8)
        rows.setSpacing(8)
        self._row = QHBoxLayout()
        self._row.setSpacing(8)
        self._second = QHBoxLayout()  # empty while one row is enough: it takes no room
        self._second.setSpacing(8)
        rows.addLayout(self._row)
        rows.addLayout(self._second)
        self._arrange("one row")


class SearchBox(QLineEdit):
    """The search box, whose hint names its key when the box is wide enough to show it whole."""

    def __init__(self, hints: tuple[str, str]) -> None:
        super().__init__()
        self._hints = hints  # the whole hint, then the short one
        self.setPlaceholderText(hints[0])
        not_for_input_methods(self)  # the words searched for stay out of its dictionary too

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """A narrow box cut its hint to "Search (…": there it says "Search" alone."""
        super().resizeEvent(event)
        self.fit_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Choose the hint again for the new text size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_hint()

    def fit_hint(self) -> None:
        """The whole hint if it fits inside the box's padding, border and Qt's own margins."""
        room = self.width() - 2 * (SEARCH_BOX_PADDING + SEARCH_BOX_BORDER + QT_TEXT_MARGIN)
        whole = self.fontMetrics().horizontalAdvance(self._hints[0]) <= room
        self.setPlaceholderText(self._hints[0 if whole else 1])


def native_keys(keys: QKeySequence.StandardKey | str) -> str:
    """A shortcut as this platform writes it (the first binding of a standard key)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
