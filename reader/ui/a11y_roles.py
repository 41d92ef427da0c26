"""Roles Qt cannot give a widget by itself: a link a screen reader can follow, a heading, a
named group of choices, and the kiosk's "Are you still here?" notice as a dialog.

Qt tells assistive technology every QLabel is static text, and it has no setter for a widget's
role: a screen reader read the "On this page" links as plain words, without "link", and could
not follow them (WCAG 4.1.2); its "next heading" key found no page or section title on any
screen (WCAG 1.3.1); nothing tied a row of radio buttons to the label beside it. Qt asks its
accessibility factories, newest first, what each widget is; Lantern's answers for these
widgets and leaves every other widget to Qt.

Qt asks only when assistive technology is listening (or a test asks), once per widget; the
answer is kept until the widget is gone. So without a screen reader nothing here runs, at
start-up or later; with one, each widget costs one Python call that compares a class name.
Known limit: PySide keeps the Python side of each answer after its widget is gone (about
120 bytes; 10,000 titles made and deleted held 1.2 MB), so a kiosk used all day with a
screen reader grows a little with every screen it builds again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

# A label with this property set to True is a link (the style sheet draws it as one too). It
# is set before the label has words: Qt asks a screen reader's questions as soon as it does.
LINK_PROPERTY = "link"
# Labels with these object names (their style role, see text_size.py) are headings...
HEADING_NAMES = frozenset({"pageTitle", "sectionTitle"})
# ...unless this property is True: words drawn as large as a title that are not one (the
# breathing exercise's "Breathe in").
NOT_A_HEADING_PROPERTY = "notAHeading"
# A plain widget holding choices, with this property True, is a group named by its
# accessible name (see name_group).
GROUP_PROPERTY = "choiceGroup"
PRESS = QAccessibleActionInterface.pressAction()
CARD_CLASS = "Card"  # reader.ui.card.Card's class name, as Qt's meta-object gives it
NOTICE_CLASS = "IdleNotice"  # reader.ui.kiosk_dialogs.IdleNotice's

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
        return [PRESS, *super().actionNames()]

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt override
        """Follow the link on Press; leave other actions to Qt."""
        if not _pressed(self, name):
            super().doAction(name)


class HeadingFace(_LabelFace):
    """A page or section title, which a screen reader's heading keys move between."""

    def __init__(self, widget: QLabel) -> None:
        super().__init__(widget, QAccessible.Role.Heading)

    def role(self) -> QAccessible.Role:
        """Heading while the label is a title (its role can change after Qt asked)."""
        widget = self.widget()
        heading = widget is not None and is_heading(widget)
        return QAccessible.Role.Heading if heading else QAccessible.Role.StaticText


class ButtonFace(QAccessibleWidget):
    """A home card: a button to a screen reader (it was a "panel"), pressed as Enter does."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Button)

    def actionNames(self) -> list[str]:  # noqa: N802 - Qt override
        """Press first, then Qt's own (set focus)."""
        return [PRESS, *super().actionNames()]

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt override
        """Open the card on Press; leave other actions to Qt."""
        if not _pressed(self, name):
            super().doAction(name)


def _pressed(face: QAccessibleWidget, action: str) -> bool:
    """Press the face's widget as Enter does (its activate()) if the action is Press."""
    if action != PRESS:
        return False
    activate = getattr(face.widget(), "activate", None)
    if callable(activate):
        activate()
    return True


def is_heading(widget: QObject) -> bool:
    """Whether a label is a title that a screen reader should hear as a heading."""
    return (
        widget.objectName() in HEADING_NAMES and widget.property(NOT_A_HEADING_PROPERTY) is not True
    )


def not_a_heading(widget: QLabel) -> QLabel:
    """Keep a label styled as a title plain text for a screen reader, and return it."""
    widget.setProperty(NOT_A_HEADING_PROPERTY, True)
    return widget


def name_group(widget: QWidget, name: str) -> QWidget:
    """Make a widget holding choices a group named `name` (a fieldset's legend, in HTML), so a
    screen reader says "Length" on the way into "1 minute"; returns the widget."""
    install_roles()
    widget.setProperty(GROUP_PROPERTY, True)
    widget.setAccessibleName(name)
    return widget


def _face_for(key: str, widget: QObject) -> QAccessibleInterface | None:
    """Lantern's interface for a link or title label or a group; None leaves it to Qt's own."""
    # Qt asks once for each class the widget is, most derived first, until a factory answers:
    # QLabel is asked for every label (Lantern's own kinds included), QWidget only for plain
    # widgets and Python ones (Qt answers for its other kinds before).
    if key == CARD_CLASS:
        return ButtonFace(widget) if isinstance(widget, QWidget) else None
    if key == NOTICE_CLASS and isinstance(widget, QWidget):
        # It takes the focus as it shows: a screen reader heard "Are you still here? border"
        # (Qt's role for a frame), not a dialog waiting for an answer.
        return QAccessibleWidget(widget, QAccessible.Role.Dialog)
    if key == "QWidget":
        if isinstance(widget, QWidget) and widget.property(GROUP_PROPERTY) is True:
            return QAccessibleWidget(widget, QAccessible.Role.Grouping)
        return None
    if key != "QLabel" or not isinstance(widget, QLabel):
        return None
    if widget.property(LINK_PROPERTY) is True:
        return LinkFace(widget)
    if widget.objectName() in HEADING_NAMES:
        return HeadingFace(widget)
    return None


def install_roles() -> None:
    """Give Lantern's links, titles and groups their roles from now on (once; needs a
    QApplication)."""
    global _installed
    if _installed:
        return
    # After the QApplication's own factory, so this one is asked first.
    QAccessible.installFactory(_face_for)
    _installed = True
