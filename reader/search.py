"""Full-text search over articles with SQLite FTS5, in memory only."""

from __future__ import annotations

import html
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from reader.articles import Article
from reader.plaintext import plain_text
from reader.search_synonyms import Expansion, expansions

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


def _snippet_to_html(snippet: str) -> str:
    # Paragraphs, headings and list items are indexed one per line: keep them apart in a snippet.
    escaped = " · ".join(part.strip() for part in html.escape(snippet).split("\n"))
    return escaped.replace(_MARK_OPEN, "<b>").replace(_MARK_CLOSE, "</b>")


MOST_TERMS = 10  # words searched for: a pasted paragraph is still one quick query
FEW_HITS = 3  # fewer hits than this for the words as typed, and fallback_queries are tried
# Words that say little about what is wanted ("how do I", "my", "me"), dropped in a last try.
_SMALL_WORDS = frozenset(
    "a am an and are as at be but can do does for from how i im in is it "  # noqa: SIM905
    "me my myself of on or so than that the this to was what when why with you your "
    # Said of what one has ("i have bpd", "ive been told"): nearly every page says "have".
    "have has had been "
    # Someone else's words ("she said she will…", "my friend wants to…").
    "he him his she her they them their said says will would just really".split()
)


def typed_terms(text: str) -> list[str]:
    """The words typed, each once, the first MOST_TERMS of them.

    The same word many times over ("a a a a ...", pasted) made one search take seconds:
    FTS5 matched every repeat of a prefix separately. Ten words say what is wanted.
    """
    first: dict[str, str] = {}
    for term in _words(text):
        first.setdefault(term.casefold(), term)
        if len(first) == MOST_TERMS:
            break
    return list(first.values())


def _words(text: str) -> Iterator[str]:
    """The words in text, each with its combining marks (which Python's \\w leaves out)."""
    # Split at a mark, "हिन्दी" was three one-letter prefixes that found unrelated articles,
    # and an accent typed as a mark of its own ("nai\u0308ve") found nothing. Inside quotes
    # FTS5 splits a word as it split the articles, so the whole word goes there as a phrase.
    text = unicodedata.normalize("NFC", text)  # "i" + U+0308 is "ï", as most text has it
    start = end = -1
    for match in _TERM.finditer(text):
        if end >= 0 and _only_marks(text[end : match.start()]):
            end = match.end()  # the same word goes on after its marks
            continue
        if end >= 0:
            yield text[start:end]
        start, end = match.span()
    if end >= 0:
        yield text[start:end]


def _only_marks(gap: str) -> bool:
    return all(unicodedata.category(c).startswith("M") for c in gap)


def to_match_query(text: str) -> str:
    """Turn what the person typed into a safe FTS5 query with prefix matching."""
    return " ".join(f'"{term}"*' for term in typed_terms(text))


def _phrase(words: str, prefix: bool) -> str:
    # Only \w+ runs go between the quotes, so nothing typed can be read as FTS syntax.
    quoted = '"' + " ".join(_TERM.findall(words)) + '"'
    return quoted + "*" if prefix else quoted


def _synonym(word: str) -> str:
    return _phrase(word, prefix=word.endswith("*"))


def ranked_queries(text: str) -> list[str]:
    """FTS5 queries for what was typed, best first: its hits rank above the next one's.

    Without a synonym that is to_match_query alone. With one ("cutting", "anxious"), first
    the words as typed, whole; then with the articles' words for them ("self-harm", "worry");
    then as typed, as prefixes ("sh" also starts "shame"). So an article that uses the word
    typed still comes first, and what was found as it was being typed is still found.
    """
    terms = typed_terms(text)
    # Every word must match, and "my dad hits me" found nothing: no article has a word that
    # starts "my". Small words are left out when anything else was typed (those inside a
    # synonym, like the "me" of "hits me", stay): kept, they let articles that happen to say
    # "my" fill the list before the one written for the reader ("my son is self harming"
    # listed twenty others before the page for parents, which speaks to "you").
    queries = _queries(terms, drop_small=not all(_small(term) for term in terms))
    return list(dict.fromkeys(queries))  # the first is the plain one when a key is half typed


def _small(term: str) -> bool:
    return term.casefold() in _SMALL_WORDS


def _prefix(word: str) -> str:
    """A typed word as a prefix query, a plural finding its singular too ("skills": "skill")."""
    # Every word is a prefix, so "skill" finds "skills", but "skills" did not find "skill":
    # "breathing exercises", "coping skills" and "distractions" found nothing at all.
    # Six letters at least: a short verb's -s often changes its sense ("urge hits": "hit").
    lower = word.casefold()
    if len(lower) < 6 or not lower.endswith("s") or lower.endswith(("ss", "us", "is")):
        return f'"{word}"*'
    if lower.endswith("ies"):  # "worries": "worry" is not a prefix of it
        return f'("{word}"* OR "{word[:-3]}y"*)'
    return f'"{word[:-1]}"*'


def fallback_queries(text: str) -> list[str]:
    """For when the words typed find few articles: plurals as singulars, then one word fewer.

    Only then, so what the typed words find, and its order, stays as it is; these hits
    follow theirs. A sentence ("my friend saw my scars") must otherwise match every word.
    """
    # One letter starts too many words to stand for what was wanted ("x y" found everything).
    words = [_prefix(w) for w in typed_terms(text) if not _small(w) and len(w) > 1]
    if len(words) < 2:
        return [words[0]] if words else []
    # All but one of the words, whichever one: "friend saw", "friend scars" or "saw scars".
    fewer = [" AND ".join(words[:skip] + words[skip + 1 :]) for skip in range(len(words))]
    return [" AND ".join(words), " OR ".join(f"({query})" for query in fewer)]


def any_word_query(text: str) -> str:
    """The last try, when nothing else found anything: pages with any of the words, best first.

    A whole sentence ("my parents kicked me out for being gay") found nothing at all, as no
    page has all its words or all but one; "Nothing matched" told the reader nothing.
    """
    terms = typed_terms(text)
    if sum(not _small(w) and len(w) > 1 for w in terms) < 3:
        return ""  # one or two words: the fallbacks above have tried each alone already
    parts: list[str] = []
    start = 0
    for expansion in expansions(terms):  # "outed" is no article's word: "lgbtq" is
        parts += _kept_prefixes(terms[start : expansion.start])
        parts += [_typed_words(terms, expansion), *map(_synonym, expansion.words)]
        start = expansion.end
    parts += _kept_prefixes(terms[start:])
    return " OR ".join(dict.fromkeys(parts))


def _kept_prefixes(words: list[str]) -> list[str]:
    return [_prefix(w) for w in words if not _small(w) and len(w) > 1]


def _queries(terms: list[str], drop_small: bool = False) -> list[str]:
    def kept(words: list[str]) -> list[str]:
        return [f'"{w}"*' for w in words if not (drop_small and _small(w))]

    plain = " ".join(kept(terms))
    found = expansions(terms)
    if not found:
        return [plain] if plain else []
    typed: list[str] = []
    either: list[str] = []
    start = 0
    for expansion in found:
        typed += kept(terms[start : expansion.start])
        either += kept(terms[start : expansion.start])
        as_typed = _typed_words(terms, expansion)
        typed.append(as_typed)
        alternatives = dict.fromkeys([as_typed, *map(_synonym, expansion.words)])
        either.append("(" + " OR ".join(alternatives) + ")")
        start = expansion.end
    rest = kept(terms[start:])
    return [" AND ".join(typed + rest), " AND ".join(either + rest)] + ([plain] if plain else [])


def _typed_words(terms: list[str], expansion: Expansion) -> str:
    return _phrase(" ".join(terms[expansion.start : expansion.end]), prefix=not expansion.whole)


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
        return hits

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
        return [SearchHit(rows[i][1], rows[i][2], _snippet_to_html(rows[i][3])) for i in ranked]

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
