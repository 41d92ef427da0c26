"""The reading view's "Read next": a button for each article the shown one names as related."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from reader.articles import Article, Library
from reader.ui.reuse import detach, fit_pool
from reader.ui.widgets import label
from reader.ui.wrapping_button import WrappingButton


class ReadNext:
    """The "Read next" title and its buttons, reused from one article to the next."""

    def __init__(self, on_link: Callable[[str], None], add: Callable[[QWidget], None]) -> None:
        self._on_link = on_link
        self._add = add  # puts a widget in the page's column, and shows it
        self.title: QLabel | None = None
        self.buttons: list[QPushButton] = []
        self._ids: list[str] = []

    def show(self, library: Library, article: Article) -> None:
        """Add the title and a button per related article (none, when there are none)."""
        related = [r for r in (library.get(i) for i in article.related) if r]
        self._ids = [r.id for r in related]
        buttons = fit_pool(self.buttons, len(related), self._button)
        if not related:
            detach(self.title)
            return
        self.title = self.title or label(
            QCoreApplication.translate("ArticleView", "Read next"), "sectionTitle"
        )
        self._add(self.title)
        for button, other in zip(buttons, related, strict=True):
            button.setText(other.title)
            name = QCoreApplication.translate("ArticleView", "Read next: %1")
            button.setAccessibleName(name.replace("%1", other.title))
            self._add(button)

    def widgets(self) -> list[QWidget]:
        """The title (once made) and every button."""
        title: list[QWidget] = [self.title] if self.title is not None else []
        return title + list(self.buttons)

    def _button(self, index: int) -> QPushButton:
        button = WrappingButton()
        button.setObjectName("relatedLink")
        button.clicked.connect(lambda _=False: self._on_link(f"lantern:article/{self._ids[index]}"))
        return button
