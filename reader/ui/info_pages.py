"""The keyboard shortcuts screen (what Lantern keeps is privacy_page.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QLayout, QWidget

from reader.ui.translation import QT_TRANSLATE_NOOP
from reader.ui.widgets import Page, label

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size


def _t(text: str) -> str:
    return QCoreApplication.translate("InfoPages", text)


Key = QKeySequence.StandardKey | str
StandardKey = QKeySequence.StandardKey
LEAVE_QUICKLY = QT_TRANSLATE_NOOP("InfoPages", "Leave quickly")
# In a kiosk, Esc twice does not close Lantern: it clears everything, as I'm finished does.
KIOSK_ACTIONS = {
    LEAVE_QUICKLY: QT_TRANSLATE_NOOP(
        "InfoPages", "I'm finished: clear everything for the next person"
    )
}

# (keys, what they do, whether the window registers them as shortcuts). Standard keys follow
# the platform (Back is Alt+Left on Windows and Linux, Cmd+[ on macOS). A test compares the
# registered entries with the shortcuts the window really has, so this list cannot drift.
SHORTCUTS: tuple[tuple[tuple[Key, ...], str, bool], ...] = (
    (("F1", StandardKey.HelpContents), QT_TRANSLATE_NOOP("InfoPages", "Get help now"), True),
    (("Esc, Esc",), LEAVE_QUICKLY, False),
    ((StandardKey.Find,), QT_TRANSLATE_NOOP("InfoPages", "Search"), True),
    (
        ("Enter",),
        QT_TRANSLATE_NOOP(
            "InfoPages",
            "In the search box: open the top result, or Get help now when it is offered",
        ),
        False,
    ),
    ((StandardKey.Back,), QT_TRANSLATE_NOOP("InfoPages", "Back"), True),
    ((StandardKey.Forward,), QT_TRANSLATE_NOOP("InfoPages", "Forward"), True),
    (("Alt+Home",), QT_TRANSLATE_NOOP("InfoPages", "Home"), True),
    ((StandardKey.ZoomIn, "Ctrl+="), QT_TRANSLATE_NOOP("InfoPages", "Larger text"), True),
    ((StandardKey.ZoomOut,), QT_TRANSLATE_NOOP("InfoPages", "Smaller text"), True),
    (("Ctrl+0",), QT_TRANSLATE_NOOP("InfoPages", "Default text size"), True),
    (("Tab", "Shift+Tab"), QT_TRANSLATE_NOOP("InfoPages", "Move between controls"), False),
    (
        ("Enter", "Space"),
        QT_TRANSLATE_NOOP("InfoPages", "Open the selected card or press the selected button"),
        False,
    ),
    (("Up", "Down", "PgUp", "PgDown"), QT_TRANSLATE_NOOP("InfoPages", "Scroll the page"), False),
    (
        ("Space", "Shift+Space"),
        QT_TRANSLATE_NOOP("InfoPages", "On a page you are reading: down or up one screen"),
        False,
    ),
    (
        ("Home", "End"),
        QT_TRANSLATE_NOOP("InfoPages", "On a page you are reading: go to the top or the end"),
        False,
    ),
)


def key_texts(keys: tuple[Key, ...]) -> list[str]:
    """The keys as this platform writes them, each once (F1 is also Help on most desktops)."""
    texts: list[str] = []
    for key in keys:
        text = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        if text and text not in texts:
            texts.append(text)
    return texts


class ShortcutsView(Page):
    """Lists every keyboard shortcut, in a table of keys and what they do.

    In kiosk mode Esc twice is described as what it does there: I'm finished, not leaving.
    """

    def __init__(self, kiosk: bool = False) -> None:
        super().__init__()
        self.setObjectName("shortcutsView")
        self.body.addWidget(
            label(QCoreApplication.translate("InfoPages", "Keyboard shortcuts"), "pageTitle")
        )
        self.body.addWidget(
            label(
                QCoreApplication.translate(
                    "InfoPages", "Everything in Lantern works without a mouse."
                ),
                "muted",
            )
        )
        self.rows: list[tuple[str, str]] = []
        pairs: list[tuple[QLabel, QLabel]] = []
        for keys, plain, _registered in SHORTCUTS:
            action = KIOSK_ACTIONS.get(plain, plain) if kiosk else plain
            keys_text = QCoreApplication.translate("InfoPages", " or ").join(key_texts(keys))
            keys_label = key_label(keys_text)
            keys_label.setAccessibleDescription(_t(action))
            pairs.append((keys_label, label(_t(action))))
            self.rows.append((keys_text, _t(action)))
        self.table = ShortcutTable(pairs)
        self.body.addWidget(self.table)

    @staticmethod
    def registered_keys() -> set[str]:
        """Every key listed here that the window registers as a shortcut."""
        return {text for keys, _, registered in SHORTCUTS if registered for text in key_texts(keys)}


KEY_SHARE = 0.4  # the key column takes at most this much of the table's width
DESCRIPTION_CHARS = 22  # narrower than this many characters, a description goes under its keys


def key_label(text: str) -> QLabel:
    """Keys in bold at the body text's size, so they stand on one baseline with their words."""
    widget = label(text)
    widget.setObjectName("shortcutKeys")
    font = QFont()  # only the weight is set: the size still follows the text size setting
    font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)
    return widget


class ShortcutTable(QWidget):
    """Keys beside what they do; the keys' column no wider than it must be, or above each
    description when the table is too narrow for both side by side.

    At 200% text in a narrow window, the keys took two thirds of the width and each
    description wrapped one word to a line.
    """

    def __init__(self, pairs: list[tuple[QLabel, QLabel]]) -> None:
        super().__init__()
        self.pairs = pairs
        self.stacked: bool | None = None  # keys above their description, or beside it
        self._key_width = -1
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 8, 0, 0)
        self._grid.setHorizontalSpacing(24)
        # The table may be narrower than its keys and words side by side: it re-arranges them
        # (see refit), as CardGrid does its cards.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._arrange(stacked=False, key_width=self._natural_key_width())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Re-arrange for the new width."""
        super().resizeEvent(event)
        self.refit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Re-arrange for the new text size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.refit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the longest word, keys above words; as tall as the table is now."""
        labels = [widget for pair in self.pairs for widget in pair]
        widest = max(
            widget.fontMetrics().horizontalAdvance(word)
            for widget in labels
            for word in widget.text().split()
        )
        return QSize(widest + 1, self._grid.minimumSize().height())

    def refit(self) -> None:
        """Side by side when the descriptions keep room for a short sentence a line."""
        width = self.width()
        key_width = min(self._natural_key_width(), int(width * KEY_SHARE))
        room = width - key_width - self._grid.horizontalSpacing()
        enough = DESCRIPTION_CHARS * self.fontMetrics().averageCharWidth()
        self._arrange(stacked=room < enough, key_width=key_width)

    def _natural_key_width(self) -> int:
        """The widest key list on one line (a pixel more: text widths are rounded)."""
        return max(keys.fontMetrics().horizontalAdvance(keys.text()) for keys, _ in self.pairs) + 1

    def _arrange(self, *, stacked: bool, key_width: int) -> None:
        if stacked:
            key_width = 0  # each row takes the full width
        if (stacked, key_width) == (self.stacked, self._key_width):
            return
        self.stacked, self._key_width = stacked, key_width
        grid = self._grid
        for keys, action in self.pairs:
            grid.removeWidget(keys)
            grid.removeWidget(action)
            # One width for every key list: a wrapping label asks for about half its line.
            keys.setMinimumWidth(key_width)
            keys.setMaximumWidth(key_width or QWIDGETSIZE_MAX)
        # Stacked, a key list sits close above its words and the space goes between shortcuts.
        grid.setVerticalSpacing(2 if stacked else 10)
        for row, (keys, action) in enumerate(self.pairs):
            gap = 12 if stacked and row else 0
            keys.setContentsMargins(0, gap, 0, 0)
            action.setContentsMargins(0, 0, 0, 0)
            # Both at the top: a key list on two lines left its description floating midway.
            top = Qt.AlignmentFlag.AlignTop
            if stacked:
                grid.addWidget(keys, 2 * row, 0, top)
                grid.addWidget(action, 2 * row + 1, 0, top)
            else:
                grid.addWidget(keys, row, 0, top)
                grid.addWidget(action, row, 1, top)
        grid.setColumnStretch(0, 1 if stacked else 0)
        grid.setColumnStretch(1, 0 if stacked else 1)
