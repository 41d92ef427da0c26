"""Links as focusable labels, and an "On this page" list of them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent, QMoveEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from reader.ui.a11y_roles import LINK_PROPERTY, install_roles
from reader.ui.widgets import label


class LinkLabel(QLabel):
    """One link as a label: Tab stops on it once, Enter or Space follows it, as a click does;
    a screen reader hears a link, and its "activate" (or voice control's "click") follows it."""

    def __init__(self, text: str, href: str, description: str = "") -> None:
        super().__init__()
        install_roles()
        # A link before it has words: a screen reader asks what it is as soon as it has them.
        self.setProperty(LINK_PROPERTY, True)
        self.href = href
        self._words = text
        self._one_line: QSize | None = None  # sizeHint when wrapping; kept, as QLabel's own is
        self.point_at(text, href)
        if description:
            self.setAccessibleDescription(description)
        # Mouse only: with keyboard links as well, Tab would stop twice (label, then link).
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Redo the link in the new theme: Qt fixes a link's colour when its text is set."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._one_line = None
        recolour = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange)
        if event.type() in recolour and self.text():
            text = self.text()
            self.setText("")  # setText with the same text would not parse it again
            self.setText(text)

    def point_at(self, text: str, href: str) -> None:
        """Show these words, leading to href (a link made for one target reused for another)."""
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        self.setText(f'<a href="{href}">{escaped}</a>')
        self.href = href
        self._words = text
        self._one_line = None
        self.setAccessibleName(text)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """One line when there is room: a wrapping QLabel asks for two lines, wanted or not."""
        if not self.wordWrap():
            return super().sizeHint()
        if self._one_line is None:
            margins = self.contentsMargins()
            words = self.fontMetrics().horizontalAdvance(self._words) + 1  # rounding slack
            width = words + margins.left() + margins.right() + 2 * self.margin()
            # A wrapping QLabel's least height is one line's. Measuring lays the rich text
            # out anew (0.1 ms), and layouts ask on every pass: the answer is kept.
            line = super().minimumSizeHint().height()
            # The rich text's own layout can need a pixel or two more than the font's measure:
            # a long title given just that width went on to a second line, cut off below.
            while super().heightForWidth(width) > line and width < 2 * words:
                width += 1
            self._one_line = QSize(width, line)
        return self._one_line

    def activate(self) -> None:
        """Follow the link, as a click, Enter or Space does (a screen reader's press too)."""
        self.linkActivated.emit(self.href)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Follow the link on Enter, Return or Space."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate()
            return
        super().keyPressEvent(event)


# The links' transparent border, in pixels, where their focus ring is drawn (the style sheet's
# QLabel[link="true"]): their words start this far inside them.
RING_ROOM = 2


class ContentsList(QWidget):
    """An "On this page" list: a small heading, then links, each as wide as its words.

    The list hangs RING_ROOM pixels out into the page's gutter (see GUTTER in main_text.py)
    and its heading keeps that much room, so the links' words start where the heading's and
    the page title's do, with their focus rings whole beside them: the links stood 2 pixels
    to the right of their heading.
    """

    def __init__(self, title: str) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 4)
        self._layout.setSpacing(2)
        heading = label(title, "cardTitle", wrap=False)  # short: "On this page"
        heading.setContentsMargins(RING_ROOM, 0, 0, 0)
        self._layout.addWidget(heading)
        self._hung = QRect()  # where this list put itself, out into the gutter

    def moveEvent(self, event: QMoveEvent) -> None:  # noqa: N802 - Qt override
        """Hang out into the gutter, wherever the page's layout puts the list."""
        super().moveEvent(event)
        self._hang()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Hang out into the gutter, however wide the page's layout makes the list."""
        super().resizeEvent(event)
        self._hang()

    def _hang(self) -> None:
        # A widget cannot ask its parent's layout for more room to the left; it takes it
        # itself, each time that layout places it where the layout wants.
        placed = self.geometry()
        if placed != self._hung:
            self._hung = placed.adjusted(-RING_ROOM, 0, 0, 0)
            self.setGeometry(self._hung)

    def add_link(self, link: LinkLabel) -> LinkLabel:
        """Add a link under the others and return it."""
        link.setIndent(0)
        link.setWordWrap(True)  # a long title goes on to a second line in a narrow window
        # As wide as its words, so its focus ring hugs them; narrower when the page is. (Not
        # by aligning it in the layout: Qt then sized a wrapped link's height for the full
        # width, and its second line was cut off.)
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        link.setSizePolicy(policy)
        self._layout.addWidget(link)
        return link
