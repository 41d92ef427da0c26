"""Keeping the keyboard focus on the screen when the control that had it disappears.

When a focused widget is hidden, Qt passes the focus along the window's tab chain. From the
end of a page that chain wraps to the toolbar's Back button, so a keyboard user who pressed
"Start" or "Keep it" and then Space again would leave the screen without meaning to.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QButtonGroup, QWidget

_TAB = Qt.FocusPolicy.TabFocus.value


def focus_is_in(widget: QWidget) -> bool:
    """True if the keyboard focus is on this widget or inside it."""
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def pass_focus(hiding: QWidget, target: QWidget) -> None:
    """Before hiding a widget: if the focus is in it, give the focus to target (shown)."""
    if focus_is_in(hiding):
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def takes_tab(widget: QWidget) -> bool:
    """True if Tab can stop on this widget now: visible, enabled and tab-focusable."""
    return widget.isVisible() and widget.isEnabled() and bool(widget.focusPolicy().value & _TAB)


def next_focusable_in(container: QWidget, after: QWidget) -> QWidget | None:
    """The first widget after `after` in the tab chain, inside container, that takes Tab."""
    widget = after.nextInFocusChain()
    while widget is not after and widget is not None:
        if widget is not container and container.isAncestorOf(widget) and takes_tab(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


class PlacesLeft(QObject):
    """Where the focus was on each screen when the reader left it, for Back to give it back.

    F1 pressed while typing a safety plan, then Back: the focus went to the top of the plan,
    and the reader had to find the box again. Kept by location ("safety-plan"), in memory
    only, and only as long as the widget itself lives.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.here = ""  # the location shown now
        self._left: dict[str, QWidget] = {}

    def leave(self, screen: QWidget) -> None:
        """The screen showing `here` is being left: note the control in it with the focus."""
        focused = QApplication.focusWidget()
        if focused is not None and screen.isAncestorOf(focused):
            self._left[self.here] = focused
        else:
            self._left.pop(self.here, None)

    def arrive(self, location: str, stepped: bool, screen: QWidget) -> QWidget | None:
        """Where the focus goes back to on arriving here by Back, if anywhere."""
        self.here = location
        left = self._left.pop(location, None)
        # An article's page is built again for each article shown: its controls are reused.
        if not stepped or left is None or location.startswith("article:"):
            return None
        still_there = shiboken6.isValid(left) and screen.isAncestorOf(left)
        return left if still_there and takes_focus(left) else None

    def forget(self) -> None:
        """Forget every place (a kiosk's next reader starts afresh)."""
        self._left.clear()


def takes_focus(widget: QWidget) -> bool:
    """True if the widget can take the focus now: visible, enabled and focusable."""
    policy = widget.focusPolicy()
    return widget.isVisible() and widget.isEnabled() and policy != Qt.FocusPolicy.NoFocus


def tab_stop_on_choice(group: QButtonGroup) -> None:
    """Make Tab into a group of radio buttons land on the one chosen (the arrows move inside).

    Qt keeps one Tab stop in a group: the button focused last, or the first before any was.
    So Tab landed on "1 minute, not checked" while 3 minutes was chosen, and after a reset on
    the choice the last reader made. The stop now follows the choice, as on the web.
    """

    def follow(chosen: QAbstractButton, checked: bool) -> None:
        if not checked:
            return
        for button in group.buttons():
            policy = button.focusPolicy().value
            policy = policy | _TAB if button is chosen else policy & ~_TAB
            button.setFocusPolicy(Qt.FocusPolicy(policy))

    group.buttonToggled.connect(follow)
    chosen = group.checkedButton()
    if chosen is not None:
        follow(chosen, True)
