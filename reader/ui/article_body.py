"""The article body: a native, read-only text widget that grows to fit its text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".svg", ".webp"}


class ArticleBody(QTextBrowser):
    """Shows article HTML; links go to a handler and only pack images are ever read."""

    def __init__(self, on_link: Callable[[str], None], parent: QWidget | None = None) -> None:
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

    def set_article_html(self, html: str, css: str, pack_folder: Path | None) -> None:
        """Show new article HTML with its style sheet."""
        self.pack_folder = pack_folder
        self.document().setDefaultStyleSheet(css)
        self.setHtml(html)
        self._fit_height()

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
        folder = self.pack_folder.resolve()
        target = (folder / name.path()).resolve()
        if folder not in target.parents or target.suffix.lower() not in _IMAGE_SUFFIXES:
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

    def _fit_height(self) -> None:
        self.document().setTextWidth(self.viewport().width())
        height = int(self.document().size().height()) + 4
        if height != self.height():
            self.setFixedHeight(height)

    def heading_offset(self, title: str) -> int | None:
        """The y position of the first heading with this text, for the table of contents."""
        block = self.document().begin()
        layout = self.document().documentLayout()
        while block.isValid():
            if block.blockFormat().headingLevel() and block.text().strip() == title.strip():
                return int(layout.blockBoundingRect(block).top())
            block = block.next()
        return None
