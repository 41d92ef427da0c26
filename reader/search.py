"""Full-text search over articles with SQLite FTS5, in memory only."""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from reader.articles import Article
from reader.plaintext import plain_text
from reader.search_carers import carers_page
from reader.search_days import days_page
from reader.search_feelings import feelings_typed
from reader.search_help import help_page
from reader.search_hiding import hiding_pages
from reader.search_later_life import later_life_pages
from reader.search_men import men_pages
from reader.search_named import named_pages
from reader.search_others import others_page
from reader.search_panic import panic_page
from reader.search_queries import any_word_query, fallback_queries, ranked_queries, typed_terms
from reader.search_siblings import siblings_page
from reader.search_slips import mended
from reader.search_small_words import no_page_only
from reader.search_stopped import stopped_pages
from reader.search_stopping import stopping_pages
from reader.search_supporters import supporters_page
from reader.search_synonyms import SYNONYMS
from reader.search_text_speak import spelled_out

_TERM = re.compile(r"\w+", re.UNICODE)
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"
# Title hits matter most, then the summary and topics, then the body.
_WEIGHTS = (0.0, 10.0, 5.0, 3.0, 1.0)
_RANKED = (
    "SELECT rowid FROM docs WHERE docs MATCH ? "
    f"ORDER BY bm25(docs, {', '.join(map(str, _WEIGHTS))}) LIMIT ?"
)
_SNIPPETS = "SELECT rowid, id, title, snippet(docs, 4, ?, ?, '…', 14) FROM docs WHERE docs MATCH ?"
_COUNT = "SELECT count(*) FROM docs WHERE docs MATCH ?"
_BY_ID = "SELECT rowid FROM docs WHERE id = ?"
_KEY_WORDS = frozenset(word for key in SYNONYMS for word in key)  # "depresed" is a key


@dataclass(frozen=True)
class SearchHit:
    """One search result with a short snippet; snippet_html marks matches with <b>."""

    article_id: str
    title: str
    snippet_html: str


def _indexed_body(article: Article) -> str:
    text = plain_text(article.body, keep_headings=True)
    # The snippets' match marks are these two control characters: one in an article's own
    # text bolded the rest of the results list.
    return text.replace(_MARK_OPEN, " ").replace(_MARK_CLOSE, " ")


# The end of a word the index split at its apostrophe ("don't" is "don" and "t"), where a
# snippet starts: "…t sleep well" read as a typing slip.
_TORN_START = re.compile(r"…\x02?(?:s|t|ll|re|ve|d|m)\x03? (?=\w|\x02)")


def _whole_start(snippet: str) -> str:
    """The snippet without the end of a word at its start, and with a quote it starts inside
    opened: "…can we talk?" That is" showed a closing quote mark with no opening one."""
    snippet = _TORN_START.sub("…", snippet, count=1)
    first = snippet.split("\n", 1)[0]
    if snippet.startswith("…") and (first.count('"') % 2 or first.count("”") > first.count("“")):
        return ('"' if first.count('"') % 2 else "“") + snippet
    return snippet


def _snippet_to_html(snippet: str) -> str:
    # Paragraphs, headings and list items are indexed one per line: keep them apart in a snippet.
    snippet = _whole_start(snippet)
    escaped = " · ".join(part.strip() for part in html.escape(snippet).split("\n"))
    return escaped.replace(_MARK_OPEN, "<b>").replace(_MARK_CLOSE, "</b>")


FEW_HITS = 3  # fewer hits than this for the words as typed, and fallback_queries are tried


# Searches told in a reader's own words whose page the ranking misses, in order (the first that
# applies wins): its page goes first (or its pages, in order), snippeted with these words if
# the search did not find it.
PAGE_FIRST_RULES: tuple[tuple[Callable[[str], str | tuple[str, ...] | None], str], ...] = (
    (supporters_page, '"self harm"*'),  # someone else's self-harm
    (men_pages, '"man or boy" OR "talk"*'),  # a man or boy: his feelings, or keeping them in
    (siblings_page, '"jealous" OR "left out"'),  # left out beside a brother or sister
    (stopped_pages, '"recovery" OR "urge"*'),  # one's own self-harm, stopped
    (stopping_pages, '"urge"* OR "self harm"*'),  # wanting to stop one's own
    (hiding_pages, '"scars" OR "cover"* OR "found out"'),  # hiding one's own
    (others_page, '"hurt"* OR "anger"'),  # fear of hurting someone
    (carers_page, '"carer"* OR "caring"'),  # looking after someone
    (later_life_pages, '"later life" OR "think clearly"'),  # an older reader who gets confused
    (days_page, '"special days"'),  # a festival or a birthday
    (panic_page, '"panic"*'),  # panic in an everyday place
    (help_page, '"right now" OR "talking to"'),  # a plain call for help
    (named_pages, '"referral"* OR "a e" OR "emergency"*'),  # a service or place named alone
)


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
        rows = ((a.id, a.title, a.summary, " ".join(a.topics), _indexed_body(a)) for a in articles)
        with self._db:
            self._db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?)", rows)

    def search(self, text: str, limit: int = 20, fallback: bool = True) -> list[SearchHit]:
        """Ranked hits for what the person typed (empty text gives no hits).

        fallback=False for a search that sounds like a crisis, whose first results are chosen
        for it: one word fewer of "my friend says she wants to die" found a page on grief.
        """
        text = mended(spelled_out(text), self._knows)  # "ppl", "lonley": the words meant
        if no_page_only(typed_terms(text)):
            return []  # "birth control": a page that shares its words read as the answer
        hits: list[SearchHit] = []
        seen: set[int] = set()
        for query in ranked_queries(text):
            if len(hits) >= limit:
                break
            hits += self._more_hits(query, limit - len(hits), seen)
        for query in fallback_queries(text) if fallback and len(hits) < FEW_HITS else []:
            if len(hits) >= FEW_HITS:
                break
            hits += self._more_hits(query, limit - len(hits), seen)
        if fallback and not hits and (query := any_word_query(text)):
            hits = self._more_hits(query, limit, seen)
        if fallback and (feelings := feelings_typed(text)):
            hits = self._feelings_first(feelings, hits)
        for rule, words in PAGE_FIRST_RULES:
            if (page := rule(text)) is not None:
                for first in reversed((page,) if isinstance(page, str) else page):
                    hits = self._page_first(first, words, hits)
                return hits[:limit]
        return hits[:limit]

    def _feelings_first(self, feelings: list[str], hits: list[SearchHit]) -> list[SearchHit]:
        """The hits with the page each feeling finds alone first, in the order typed."""
        first = {hit.article_id: hit for word in feelings for hit in self.search(word, limit=1)}
        return [*first.values(), *(hit for hit in hits if hit.article_id not in first)]

    def _knows(self, word: str) -> bool:
        """Whether a page has this word, or a word it starts, or the synonym table has it."""
        return word.casefold() in _KEY_WORDS or self.count_matching(f'"{word}"*') > 0

    def _page_first(self, page: str, words: str, hits: list[SearchHit]) -> list[SearchHit]:
        """The hits with this page first (snippeted with words if the search missed it): the
        page for a parent or friend who typed of their person's self-harm, say. The others
        keep their order."""
        first = [hit for hit in hits if hit.article_id == page]
        if not first:
            rows = self._db.execute(_BY_ID, (page,)).fetchall()
            first = self._hits(words, [row[0] for row in rows])
        return first + [hit for hit in hits if hit.article_id != page]

    def _more_hits(self, query: str, wanted: int, seen: set[int]) -> list[SearchHit]:
        """Up to wanted hits for the query that are not in seen, best first; adds them to seen."""
        rows = self._db.execute(_RANKED, (query, wanted + len(seen)))
        ranked = [row[0] for row in rows if row[0] not in seen][:wanted]
        seen.update(ranked)
        return self._hits(query, ranked)

    def _hits(self, query: str, ranked: list[int]) -> list[SearchHit]:
        """The hits for these rows, in this order, with snippets of what the query found."""
        if not ranked:
            return []
        # Snippets are costly, so they are made only for the hits that will be shown.
        marks = ", ".join("?" * len(ranked))
        sql = f"{_SNIPPETS} AND rowid IN ({marks})"
        rows = {r[0]: r for r in self._db.execute(sql, (_MARK_OPEN, _MARK_CLOSE, query, *ranked))}
        found = [i for i in ranked if i in rows]  # a page put first may not have the words
        return [SearchHit(rows[i][1], rows[i][2], _snippet_to_html(rows[i][3])) for i in found]

    def count_matching(self, match_query: str) -> int:
        """How many articles an FTS5 MATCH query finds (FTS5 syntax, not typed text).

        For checks such as "every synonym is a word the articles use"; search() is for people.
        """
        [(found,)] = self._db.execute(_COUNT, (match_query,))
        return int(found)

    def uses_word(self, text: str) -> bool:
        """Whether any article has these words, whole ("child", not only "childline")."""
        words = _TERM.findall(text)
        return bool(words) and self.count_matching('"' + " ".join(words) + '"') > 0

    def database_files(self) -> list[str]:
        """The files behind the index's databases: none, as it lives in memory only."""
        return [file for _, _, file in self._db.execute("PRAGMA database_list") if file]

    def close(self) -> None:
        """Free the in-memory database."""
        self._db.close()
