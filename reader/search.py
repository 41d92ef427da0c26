"""Full-text search over articles with SQLite FTS5, in memory only."""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from reader.articles import Article
from reader.plaintext import plain_text

_TERM = re.compile(r"\w+", re.UNICODE)
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"
# Title hits matter most, then the summary and topics, then the body.
_WEIGHTS = (0.0, 10.0, 5.0, 3.0, 1.0)


@dataclass(frozen=True)
class SearchHit:
    """One search result with a short snippet; snippet_html marks matches with <b>."""

    article_id: str
    title: str
    snippet_html: str


def _snippet_to_html(snippet: str) -> str:
    escaped = html.escape(snippet)
    return escaped.replace(_MARK_OPEN, "<b>").replace(_MARK_CLOSE, "</b>")


def to_match_query(text: str) -> str:
    """Turn what the person typed into a safe FTS5 query with prefix matching."""
    terms = _TERM.findall(text)
    return " ".join(f'"{term}"*' for term in terms)


class SearchIndex:
    """An in-memory FTS5 index; nothing ever touches the disk."""

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute("PRAGMA temp_store = MEMORY")  # sorting never spills to a temp file
        self._db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5("
            "id UNINDEXED, title, summary, topics, body,"
            " tokenize='unicode61 remove_diacritics 2')"
        )
        self.add(articles)

    def add(self, articles: Iterable[Article]) -> None:
        """Index more articles."""
        rows = (
            (a.id, a.title, a.summary, " ".join(a.topics), plain_text(a.body, keep_headings=True))
            for a in articles
        )
        with self._db:
            self._db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?)", rows)

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Ranked hits for what the person typed (empty text gives no hits)."""
        query = to_match_query(text)
        if not query:
            return []
        weights = ", ".join(str(w) for w in _WEIGHTS)
        sql = (
            f"SELECT id, title, snippet(docs, 4, ?, ?, '…', 14) FROM docs "
            f"WHERE docs MATCH ? ORDER BY bm25(docs, {weights}) LIMIT ?"
        )
        rows = self._db.execute(sql, (_MARK_OPEN, _MARK_CLOSE, query, limit)).fetchall()
        return [SearchHit(r[0], r[1], _snippet_to_html(r[2])) for r in rows]

    def close(self) -> None:
        """Free the in-memory database."""
        self._db.close()
