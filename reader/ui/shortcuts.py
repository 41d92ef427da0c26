"""The window's keyboard shortcuts: F1 for help, the platform's keys to move and to zoom;
the mouse's back and forward buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent, QShortcut

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

StandardKey = QKeySequence.StandardKey
KeyLike = QKeySequence | QKeySequence.StandardKey | str


def _shortcut(window: MainWindow, keys: KeyLike, slot: Callable[[], object]) -> None:
    shortcut = QShortcut(QKeySequence(keys), window)
    shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    shortcut.activated.connect(slot)


def _window_action(
    window: MainWindow, text: str, keys: tuple[KeyLike, ...], slot: Callable[[], object]
) -> QAction:
    """A window-wide action for these keys, which a menu can also show, keys beside its name."""
    action = QAction(text, window)
    sequences: list[QKeySequence] = []
    for key in keys:
        sequence = QKeySequence(key)  # a standard key's first binding, as a QShortcut takes
        if sequence not in sequences:  # the same key twice would be ambiguous, and never fire
            sequences.append(sequence)
    action.setShortcuts(sequences)
    # As wide as the QShortcuts: any widget of the window, a menu open or not. One action for
    # both the window and the menu: a menu item of its own with the same keys made Qt call
    # each key ambiguous while Reading settings had the focus, and zoom not at all.
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    # Qt counts a toolbar button's menu as a context menu, where macOS would hide the keys.
    action.setShortcutVisibleInContextMenu(True)
    action.triggered.connect(lambda _=False: slot())
    window.addAction(action)
    return action


def size_actions(window: MainWindow) -> list[QAction]:
    """Larger text, Smaller text and Default text size, with their keys, owned by the window."""
    theming = window.theming
    # Filed under the menu that shows them, each written out whole for Qt's lupdate to find.
    larger = QCoreApplication.translate("SettingsButton", "Larger text")
    smaller = QCoreApplication.translate("SettingsButton", "Smaller text")
    default = QCoreApplication.translate("SettingsButton", "Default text size")
    return [
        _window_action(window, larger, (StandardKey.ZoomIn, "Ctrl+="), theming.zoom_in),
        _window_action(window, smaller, (StandardKey.ZoomOut,), theming.zoom_out),
        _window_action(window, default, ("Ctrl+0",), theming.reset_zoom),
    ]


def install_shortcuts(window: MainWindow) -> None:
    """F1 for help; the platform's keys for back, forward, find and zoom."""

    def help_over_everything() -> None:
        # The shortcut also fires with a menu open, which then stayed over the help screen.
        from reader.ui.help_key import close_dialogs_and_menus

        close_dialogs_and_menus()
        window.open_help()

    _shortcut(window, "F1", help_over_everything)
    help_keys = QKeySequence(QKeySequence.StandardKey.HelpContents)
    if help_keys != QKeySequence("F1"):  # F1 twice would be ambiguous and never fire
        _shortcut(window, help_keys, help_over_everything)
    _shortcut(window, QKeySequence.StandardKey.Back, window.go_back)
    _shortcut(window, QKeySequence.StandardKey.Forward, window.go_forward)
    _shortcut(window, "Alt+Home", window.go_home)
    _shortcut(window, QKeySequence.StandardKey.Find, window.focus_search)
    # The zoom keys are actions, not QShortcuts, so that Reading settings can list them.
    window.settings_button.show_size_actions(size_actions(window))


# A double click arrives as a press, a release, a press and a double click: one step a press.
_MOUSE_EVENTS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseButtonRelease,
)
# The keys some keyboards have for a browser's Back and Forward (no other key is taken).
_BROWSER_KEYS = {Qt.Key.Key_Back: "back", Qt.Key.Key_Forward: "forward"}
_MOUSE_BUTTONS = {Qt.MouseButton.BackButton: "back", Qt.MouseButton.ForwardButton: "forward"}


class BrowserButtons(QObject):
    """A filter on the window's QWindow: the mouse's back and forward buttons (and a
    keyboard's Back and Forward keys) do what the toolbar's Back and Forward do.

    Only while that toolbar button can be pressed: over the kiosk's idle notice they are
    greyed, and the last reader's pages stay behind it. Dialogs are windows of their own,
    so the buttons do nothing over them.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Take the browser buttons' presses and releases; let every other event through."""
        if isinstance(event, QMouseEvent) and event.type() in _MOUSE_EVENTS:
            way = _MOUSE_BUTTONS.get(event.button())
            if way is not None and event.type() == QEvent.Type.MouseButtonPress:
                self._go(way)
            return way is not None  # its release and double click too: they belong to it
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            way = _BROWSER_KEYS.get(Qt.Key(event.key()))
            if way is not None:
                self._go(way)
            return way is not None
        return False

    def _go(self, way: str) -> None:
        window = self._window
        if way == "back" and window.back_button.isEnabled():
            window.go_back()
        elif way == "forward" and window.forward_button.isEnabled():
            window.go_forward()


def watch_browser_buttons(window: MainWindow) -> BrowserButtons | None:
    """Make the mouse's back and forward buttons work in this (shown) window."""
    handle = window.windowHandle()
    if handle is None:
        return None
    buttons = BrowserButtons(window)
    handle.installEventFilter(buttons)
    return buttons
