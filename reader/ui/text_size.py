"""Text size set with fonts in code, so a size change never re-applies the style sheet.

Qt style sheets have no relative font sizes, so sizes in the style sheet meant a new sheet for
every text size, and a new sheet re-polishes every widget: most of a kiosk reset's time. Here
the application font carries the base size and title labels scale it by their role.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

BASE_POINT_SIZE = 12.0
# The toolbar's text grows with the text size up to about 120%: beyond that its whole labels no
# longer fit a 1280-pixel window in one row (at 15 points it was 2 pixels short, and Back and
# Forward went to bare arrows). Reading text still goes to 200%.
TOOLBAR_MAX_POINT_SIZE = 14.5
TOOLBAR_NAME = "mainToolbar"
# How much larger than body text each kind of title is, up to 100%. Above it, titles keep the
# points they have over body text at 100%, not the ratio: at 200% a page title of 48 points put
# one word ("Understanding") wider than a narrow window. Large-text settings on phones grow
# headings less than body text for the same reason.
TITLE_SCALES = {"pageTitle": 2.0, "sectionTitle": 1.35, "cardTitle": 1.1}
STRONG_ROLES = frozenset({*TITLE_SCALES, "helpButton", "leaveButton"})


def point_size(scale: float) -> float:
    """Body text size in points at a text scale (1.0 is 100%)."""
    return round(BASE_POINT_SIZE * scale, 1)


def role_font(role: str) -> QFont:
    """The font a role asks for: titles and the help and leave buttons are bolder, titles larger.

    Only what the role changes is set, so everything else (the size, for buttons) still comes
    from the window, as it does for a widget with no role. The style sheet sets no fonts at all:
    a widget it gives a font keeps the size it had when it was polished.
    """
    font = QFont()
    if role in STRONG_ROLES:
        font.setWeight(QFont.Weight.DemiBold)
    factor = TITLE_SCALES.get(role)
    if factor is not None:
        body = QApplication.font().pointSizeF()
        extra = min(body, BASE_POINT_SIZE) * (factor - 1)  # the ratio up to 100%, then points
        font.setPointSizeF(round(body + extra, 1))
    return font


def give_role(widget: QWidget, role: str) -> None:
    """Name a new widget for the style sheet and give it the font its role asks for."""
    widget.setObjectName(role)
    widget.setFont(role_font(role))


def change_role(widget: QWidget, role: str) -> None:
    """Change the role of a widget that is already on screen (restyling it)."""
    give_role(widget, role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def apply_text_size(scale: float) -> None:
    """Set the text size of every window: application font, titles and the toolbar."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    size = point_size(scale)
    font = QApplication.font()
    if font.pointSizeF() != size:
        font.setPointSizeF(size)
        QApplication.setFont(font)
        # Qt posts the change to every window; deliver it now so sizes are right on return.
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    fonts = {role: role_font(role) for role in TITLE_SCALES}
    for top in QApplication.topLevelWidgets():
        # A reused title waiting without a parent is a window of its own, and findChildren
        # never returns the widget it is called on.
        if top.objectName() in fonts:
            top.setFont(fonts[top.objectName()])
        for role, font in fonts.items():
            for title in top.findChildren(QWidget, role):
                title.setFont(font)
        for toolbar in top.findChildren(QWidget, TOOLBAR_NAME):
            _size_toolbar(toolbar, min(size, TOOLBAR_MAX_POINT_SIZE))


def _size_toolbar(toolbar: QWidget, size: float) -> None:
    font = toolbar.font()
    font.setPointSizeF(size)
    toolbar.setFont(font)
