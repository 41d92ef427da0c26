"""Roles Qt cannot give a QLabel by itself: a link a screen reader can follow.

Qt tells assistive technology every QLabel is static text, and it has no setter for a widget's
role: a screen reader read the "On this page" links as plain words, without "link", and could
not follow them (WCAG 4.1.2). Qt asks its accessibility factories, newest first, what each
widget is; Lantern's answers for these labels and leaves every other widget to Qt.

Qt asks only when assistive technology is listening (or a test asks), once per widget; the
answer is kept until the widget is gone. So without a screen reader nothing here runs, at
start-up or later; with one, each widget costs one Python call that compares a class name.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel

# A label with this property set to True is a link (the style sheet draws it as one too). It
# is set before the label has words: Qt asks a screen reader's questions as soon as it does.
LINK_PROPERTY = "link"

_installed = False


class _LabelFace(QAccessibleWidget):
    """A QLabel as assistive technology sees it, with the role asked for and its words as name."""

    def text(self, kind: QAccessible.Text) -> str:
        """Its accessible name, or else its words, as Qt's own interface for labels says."""
        if kind == QAccessible.Text.Name:
            widget = self.widget()
            if isinstance(widget, QLabel) and not widget.accessibleName():
                return widget.text()
        return super().text(kind)


class LinkFace(_LabelFace):
    """A link: a screen reader says "link", and its press follows it as Enter does."""

    def __init__(self, widget: QLabel) -> None:
        super().__init__(widget, QAccessible.Role.Link)

    def actionNames(self) -> list[str]:  # noqa: N802 - Qt override
        """Press first (what a screen reader's "activate" does), then Qt's own (set focus)."""
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt override
        """Follow the link on Press; leave other actions to Qt."""
        if name != QAccessibleActionInterface.pressAction():
            super().doAction(name)
            return
        activate = getattr(self.widget(), "activate", None)
        if callable(activate):
            activate()


def _face_for(key: str, widget: QObject) -> QAccessibleInterface | None:
    """Lantern's interface for a link label; None leaves the widget to Qt's own."""
    # Qt asks once for each class the widget is, most derived first; QLabel is the one asked
    # for every label, Lantern's own kinds included.
    if key != "QLabel" or not isinstance(widget, QLabel):
        return None
    if widget.property(LINK_PROPERTY) is True:
        return LinkFace(widget)
    return None


def install_roles() -> None:
    """Give Lantern's links their role from now on (once; a QApplication must exist)."""
    global _installed
    if _installed:
        return
    # After the QApplication's own factory, so this one is asked first.
    QAccessible.installFactory(_face_for)
    _installed = True
