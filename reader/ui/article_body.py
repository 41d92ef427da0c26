"""The article body: a native, read-only text widget that grows to fit its text."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QFont,
    QImage,
    QKeyEvent,
    QResizeEvent,
    QTextBlock,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractSlider, QFrame, QSizePolicy, QWidget

from reader.breakable import joined_hyphens_html, plain_hyphens
from reader.content_files import IMAGE_SUFFIXES
from reader.ui.in_view import page_of
from reader.ui.link_browser import LinkBrowser
from reader.ui.widgets import READING_KEYS

_Action = QAbstractSlider.SliderAction
_K, _NONE = Qt.Key, Qt.KeyboardModifier.NoModifier
# Keys that scroll a page of text. The body never scrolls itself (it is as tall as its text),
# so with the focus in it they scroll the page around it: the keys a focused page takes, and
# the ones Qt's scroll area takes for itself there.
_SCROLL_KEYS = {
    **READING_KEYS,
    (_K.Key_PageDown, _NONE): _Action.SliderPageStepAdd,
    (_K.Key_PageUp, _NONE): _Action.SliderPageStepSub,
    (_K.Key_Down, _NONE): _Action.SliderSingleStepAdd,
    (_K.Key_Up, _NONE): _Action.SliderSingleStepSub,
}


class ArticleBody(LinkBrowser):
    """Shows article HTML; links go to a handler and only pack images are ever read."""

    # The same text was built again in a new style: marks made on the old text (the sentence
    # being read aloud) are gone, and their colours were the old theme's.
    restyled = Signal()

    def __init__(self, on_link: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleBody")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportMargins(0, 0, 0, 0)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.document().setDocumentMargin(0)
        self.anchorClicked.connect(lambda url: on_link(url.toString()))
        self.pack_folder: Path | None = None
        self._html = ""

    def set_article_html(self, html: str, css: str, pack_folder: Path | None) -> None:
        """Show new article HTML with its style sheet; a short hyphenated word is never parted
        at its hyphen ("self-" at the end of a line, "harm" on the next, at large sizes)."""
        self.pack_folder = pack_folder
        self._html = joined_hyphens_html(html)
        self.document().setDefaultStyleSheet(css)
        self.setHtml(self._html)
        self._fit_height()

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        """What is copied has plain hyphens, as the article was written: "self-harm" pasted
        into a search (here or anywhere) finds what the reader saw."""
        copied = super().createMimeDataFromSelection()
        plain = QMimeData()
        if copied.hasHtml():
            plain.setHtml(plain_hyphens(copied.html()))
        plain.setText(plain_hyphens(copied.text()))
        return plain

    def restyle(self, css: str) -> None:
        """Show the same article with another style sheet; a focused link keeps the focus."""
        if css == self.document().defaultStyleSheet():
            return
        link = self.focused_link()
        self.document().setDefaultStyleSheet(css)
        self.setHtml(self._html)  # style sheets apply as HTML is read
        self._fit_height()
        if link is not None and self.hasFocus():
            self.select_link(link)
        self.restyled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Page Up, Page Down, Space, Home, End and the arrows scroll the page around the body."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        action = _SCROLL_KEYS.get((Qt.Key(event.key()), modifiers))
        page = page_of(self)
        if action is None or page is None:
            super().keyPressEvent(event)
            return
        page.verticalScrollBar().triggerAction(action)
        event.accept()

    def set_point_size(self, points: float) -> None:
        """Change the text size (zoom) and re-fit the height."""
        font = QFont(self.document().defaultFont())
        font.setPointSizeF(points)
        self.document().setDefaultFont(font)
        self._fit_height()

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt override
        """Serve images from the article's own pack folder; refuse everything else."""
        name = QUrl(name) if isinstance(name, str) else name
        if kind != QTextDocument.ResourceType.ImageResource.value or self.pack_folder is None:
            return None
        if name.scheme() or name.toString().startswith(("/", "\\")):
            return None
        try:
            folder = self.pack_folder.resolve()
            target = (folder / name.path()).resolve()
            # A pipe or device named like an image would make the reading below wait forever.
            usable = folder in target.parents and target.is_file()
        except (OSError, RuntimeError, ValueError):  # RuntimeError: links that loop
            return None
        if not usable or target.suffix.lower() not in IMAGE_SUFFIXES:
            return None
        image = QImage(str(target))
        return None if image.isNull() else image

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Re-fit the height whenever the width changes."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Ask for exactly the height the text needs."""
        return QSize(super().sizeHint().width(), self.height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Re-fit the height when the style sheet changes the border or padding; read every
        paragraph in the page's direction when it changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ContentsRectChange:
            self._fit_height()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._follow_direction()

    def _follow_direction(self) -> None:
        # Each paragraph took its direction from its first letter: in an Arabic article one
        # that starts with a service's English name ("Samaritans ...") was set left to right.
        option = self.document().defaultTextOption()
        wanted = self.layoutDirection()
        if wanted == Qt.LayoutDirection.LeftToRight:
            wanted = Qt.LayoutDirection.LayoutDirectionAuto  # as Qt does for every page
        if option.textDirection() != wanted:
            option.setTextDirection(wanted)
            self.document().setDefaultTextOption(option)
            self._fit_height()

    def _fit_height(self) -> None:
        # The style sheet's border and padding come on top of the text: without them the
        # body was a few pixels short, and a mouse wheel over it scrolled the text inside it.
        margins = self.contentsMargins()
        self.document().setTextWidth(self.contentsRect().width())
        text = math.ceil(self.document().size().height())
        height = text + margins.top() + margins.bottom()
        if height != self.height():
            self.setFixedHeight(height)

    def heading_offset(self, title: str, occurrence: int = 0) -> int | None:
        """The y position of the heading with this text (the occurrence-th, from 0), or None."""
        block = self._heading(title, occurrence)
        return None if block is None else self._top_of(block)

    def go_to_heading(self, title: str, occurrence: int = 0) -> int | None:
        """Put the keyboard at the occurrence-th heading with this text; its y, or None."""
        # An article may have two "Try this" headings. With the focus there, a screen reader
        # reads on from the heading, and Tab goes on to the next link after it.
        block = self._heading(title, occurrence)
        if block is None:
            return None
        self.start_tabbing_from(block.position())
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        return self._top_of(block)

    def _top_of(self, block: QTextBlock) -> int:
        return int(self.document().documentLayout().blockBoundingRect(block).top())

    def _heading(self, title: str, occurrence: int) -> QTextBlock | None:
        block = self.document().begin()
        while block.isValid():
            # The shown heading's hyphens are joined (set_article_html), the title's are not.
            heading = block.blockFormat().headingLevel()
            if heading and plain_hyphens(block.text()).strip() == title.strip():
                if occurrence == 0:
                    return block
                occurrence -= 1
            block = block.next()
        return None
