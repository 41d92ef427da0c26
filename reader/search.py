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
_RANKED = (
    "SELECT rowid FROM docs WHERE docs MATCH ? "
    f"ORDER BY bm25(docs, {', '.join(map(str, _WEIGHTS))}) LIMIT ?"
)
_SNIPPETS = "SELECT rowid, id, title, snippet(docs, 4, ?, ?, '…', 14) FROM docs WHERE docs MATCH ?"


@dataclass(frozen=True)
class SearchHit:
    """One search result with a short snippet; snippet_html marks matches with <b>."""

    article_id: str
    title: str
    snippet_html: str


def _snippet_to_html(snippet: str) -> str:
    # Paragraphs, headings and list items are indexed one per line: keep them apart in a snippet.
    escaped = " · ".join(part.strip() for part in html.escape(snippet).split("\n"))
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
            " tokenize='unicode61 remove_diacritics 2',"
            # Prefix indexes answer what is typed so far ("brea") without a range scan.
            " prefix='2 3 4')"
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
        ranked = [row[0] for row in self._db.execute(_RANKED, (query, limit))]
        if not ranked:
            return []
        # Snippets are costly, so they are made only for the hits that will be shown.
        marks = ", ".join("?" * len(ranked))
        sql = f"{_SNIPPETS} AND rowid IN ({marks})"
        rows = {r[0]: r for r in self._db.execute(sql, (_MARK_OPEN, _MARK_CLOSE, query, *ranked))}
        return [SearchHit(rows[i][1], rows[i][2], _snippet_to_html(rows[i][3])) for i in ranked]

    def close(self) -> None:
        """Free the in-memory database."""
        self._db.close()
