"""The toolbar's "Reading settings" menu: text size, theme, easier reading, and information."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QFont
from PySide6.QtWidgets import QApplication, QMenu, QToolButton

from reader.ui.text_size import BASE_POINT_SIZE
from reader.ui.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

# Marked for Qt's translation tools; translated where they are shown (SettingsButton).
THEME_CHOICES = (
    ("system", QT_TRANSLATE_NOOP("SettingsButton", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("SettingsButton", "Light")),
    ("dark", QT_TRANSLATE_NOOP("SettingsButton", "Dark")),
    ("high-contrast", QT_TRANSLATE_NOOP("SettingsButton", "High contrast")),
)


class SettingsButton(QToolButton):
    """A toolbar button whose menu changes how text looks, for this session only."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("settingsButton")
        self.setText(self.tr("Reading settings"))
        self.setAccessibleName(self.tr("Reading settings"))
        self.setToolTip(self.tr("Text size, colours and spacing (not saved)"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._window = window
        self.theme_actions: dict[str, QAction] = {}
        self._indicator_size = 0.0  # the text size the menu was last polished for
        menu = QMenu(self)
        menu.setObjectName("settingsMenu")
        menu.setAccessibleName(self.tr("Reading settings"))  # Qt gives a menu no name
        self._add_size(menu)
        self._add_themes(menu)
        self.easier = self._action(menu, self.tr("Easier reading (more space, shorter lines)"))
        self.easier.setCheckable(True)
        self.easier.toggled.connect(window.theming.set_easier_reading)
        self.reduce_motion = self._action(menu, self.tr("Reduce motion (no animations)"))
        self.reduce_motion.setCheckable(True)
        self.reduce_motion.toggled.connect(window.theming.set_reduce_motion)
        menu.addSeparator()
        for text, screen in (
            (self.tr("What Lantern keeps"), "privacy"),
            (self.tr("Keyboard shortcuts"), "shortcuts"),
        ):
            self._action(menu, text).triggered.connect(
                lambda _=False, s=screen: window.open_screen(s)
            )
        self.setMenu(menu)
        menu.aboutToShow.connect(self.sync)
        window.theming.changed.connect(self._on_new_look)

    def _action(self, menu: QMenu, text: str) -> QAction:
        """A menu item this button keeps: made here, not by QMenu.addAction(text).

        The wrappers of actions QMenu.addAction(text) made went invalid (the actions
        themselves lived on) when a reused "Read next" button left its page; the menu then
        raised an error at each opening and kept the last reader's ticks after a kiosk reset.
        """
        action = QAction(text, self)
        menu.addAction(action)
        return action

    def _add_size(self, menu: QMenu) -> None:
        # Larger text, Smaller text and Default text size go above: see show_size_actions.
        menu.addSeparator()

    def show_size_actions(self, actions: list[QAction]) -> None:
        """Put the window's text size actions at the top of the menu (shortcuts.py makes them).

        The window's own actions, each named by its words alone, its keys its shortcut: the
        menu draws the keys beside the name, and a screen reader no longer reads the name as
        "Larger text, tab, Ctrl plus plus". Items of the menu's own with those keys made Qt
        call each key ambiguous while this button had the focus, and zoom not at all.
        """
        menu = self.menu()
        menu.insertActions(menu.actions()[0], actions)  # before the separator under them

    def _add_themes(self, menu: QMenu) -> None:
        group = QActionGroup(self)
        for name, text in THEME_CHOICES:
            action = self._action(menu, self.tr(text))
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, n=name: self._window.theming.set_theme(n))
            group.addAction(action)
            self.theme_actions[name] = action
        menu.addSeparator()

    def sync(self) -> None:
        """Tick the current theme and easier-reading state before the menu shows."""
        theming = self._window.theming
        self.theme_actions[theming.choice].setChecked(True)
        self.easier.blockSignals(True)
        self.easier.setChecked(theming.easier_reading)
        self.easier.blockSignals(False)
        self.reduce_motion.blockSignals(True)
        self.reduce_motion.setChecked(theming.reduce_motion)
        self.reduce_motion.blockSignals(False)
        self._fit_indicators_to_text()

    def _on_new_look(self) -> None:
        # Before the menu is first opened there is nothing to redo (nor, at start-up, time to).
        if self._indicator_size:
            self._fit_indicators_to_text()

    def _fit_indicators_to_text(self) -> None:
        """Size the indicators for the current text size (the style sheet's em units).

        Qt works em out when it polishes the menu, and a new text size polishes nothing, so the
        boxes kept the size of the text the menu was first opened with. Done when the size
        changes, not as the menu opens: by then Qt has placed it for its old width.
        """
        menu = self.menu()
        size = QApplication.font().pointSizeF()  # the reader's text size
        if size != self._indicator_size:
            self._indicator_size = size
            menu.setFont(QFont())  # the reader's size again, if the screen once needed less
            _polish(menu)
            self._fit_to_screen(menu)

    def _fit_to_screen(self, menu: QMenu) -> None:
        """Smaller text, a step at a time, while the menu is wider than its screen.

        A menu cannot wrap its items: at 200% it was 940 pixels wide, and on an 800-pixel
        screen the keys beside Larger text and Smaller text were cut off at the right edge.
        It never goes below the size of text at 100%.
        """
        screen = self.screen()
        room = screen.availableGeometry().width() if screen is not None else 0
        font = menu.font()
        while room and menu.sizeHint().width() > room and font.pointSizeF() > BASE_POINT_SIZE:
            font.setPointSizeF(max(BASE_POINT_SIZE, round(font.pointSizeF() * 0.9, 1)))
            menu.setFont(font)
            _polish(menu)


def _polish(menu: QMenu) -> None:
    """Work the style sheet's em units out again for the menu's font."""
    menu.style().unpolish(menu)
    menu.style().polish(menu)
