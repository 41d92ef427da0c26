"""Search results, updated as the person types."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from reader.search import SearchHit, SearchIndex
from reader.ui.a11y import announce
from reader.ui.widgets import label


class SearchView(QWidget):
    """Shows ranked hits with snippets; a hit is a link that opens its article."""

    def __init__(
        self,
        index: Callable[[], SearchIndex],
        open_article: Callable[[str], object],
        css: Callable[[], str],
    ) -> None:
        super().__init__()
        self.setObjectName("searchView")
        self._index = index
        self._open_article = open_article
        self._css = css
        self.hits: list[SearchHit] = []
        self.query = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        self.title = label(self.tr("Search"), "pageTitle")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what was typed
        self.status.setObjectName("searchStatus")
        # No fixed name: a screen reader reads the count itself, and hears it announced.
        self.status.setAccessibleDescription(self.tr("Search results count"))
        self.results = QTextBrowser()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setOpenLinks(False)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.results.anchorClicked.connect(self._on_anchor)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

    def set_query(self, text: str) -> int:
        """Search for what was typed and show the hits; returns how many were found."""
        changed = text != self.query
        self.query = text
        self.hits = self._index().search(text) if text.strip() else []
        self.status.setText(self._status_text())
        if changed:  # not when only the theme changed
            announce(self.status, self.status.text())
        self.results.document().setDefaultStyleSheet(self._css())
        self.results.setHtml("".join(self._hit_html(hit) for hit in self.hits))
        return len(self.hits)

    def _status_text(self) -> str:
        if not self.query.strip():
            return self.tr("Type a word to search every article.")
        if not self.hits:
            return self.tr("Nothing matched “%1”. Try a shorter or different word.").replace(
                "%1", self.query
            )
        return self.tr("%n article(s) found", "", len(self.hits))

    def _hit_html(self, hit: SearchHit) -> str:
        title = html.escape(hit.title)
        return (
            f'<p><a href="lantern:article/{hit.article_id}"><b>{title}</b></a><br/>'
            f"{hit.snippet_html}</p>"
        )

    def open_top(self) -> bool:
        """Open the best hit, if there is one."""
        if not self.hits:
            return False
        self._open_article(self.hits[0].article_id)
        return True

    def _on_anchor(self, url: object) -> None:
        target = str(url.toString()) if hasattr(url, "toString") else str(url)
        self._open_article(target.removeprefix("lantern:article/"))

    def reset(self) -> None:
        """Forget the query and results."""
        self.query = ""
        self.hits = []
        self.results.clear()
        self.status.clear()
