"""Article model, front-matter parsing and the Library of loaded packs."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader import content_files, simple_toml
from reader.problems import Problem
from reader.word_count import count_words

if TYPE_CHECKING:
    pass

FENCE = "+++"
WORDS_PER_MINUTE = 180  # a gentle pace for readers who may be tired or upset
REQUIRED_KEYS = ("id", "title", "summary", "topics", "content_note", "reviewed", "sources")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FENCED = re.compile(r"[^\S\n]*\+\+\+[^\S\n]*\n(.*?\n)??[^\S\n]*\+\+\+[^\S\n]*(?:\n|\Z)", re.S)
_FIELD_TYPES: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "title": str,
    "summary": str,
    "topics": list,
    "content_note": str,
    "reviewed": dt.date,
    "sources": list,
    "related": list,
    "prompts": list,
    "accepted_terms": list,
    "collection": str,
}
FRONT_MATTER_KEYS = tuple(_FIELD_TYPES)  # every key Lantern reads; others are ignored


class ArticleError(ValueError):
    """A problem that stops one article from loading: the first one, and any others found."""

    def __init__(self, message: str, line: int = 1, column: int = 1, key: str = "") -> None:
        super().__init__(message)
        self.line, self.column = line, column
        self.key = key  # the front-matter key it is about, if any
        self.more: tuple[ArticleError, ...] = ()  # further problems, for the content checker

    @property
    def errors(self) -> tuple[ArticleError, ...]:
        """This problem and every other one found with it, in the file's order of checking."""
        return (self, *self.more)


@dataclass(frozen=True)
class Article:
    """One article: its front matter and Markdown body."""

    id: str
    title: str
    summary: str
    topics: tuple[str, ...]
    content_note: str
    reviewed: dt.date
    sources: tuple[str, ...]
    body: str
    path: Path | None = None
    related: tuple[str, ...] = ()
    prompts: tuple[str, ...] = ()
    accepted_terms: tuple[str, ...] = ()
    body_line: int = 1  # line of the file where the body starts
    key_lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    @functools.cached_property
    def word_count(self) -> int:
        """Words in the body, ignoring Markdown punctuation and link targets."""
        # Counted once: home's card shows the minutes, and the page shows them again on open.
        return count_words(self.body)

    @property
    def reading_minutes(self) -> int:
        """Whole minutes to read the body, at least one."""
        return max(1, round(self.word_count / WORDS_PER_MINUTE))


def split_front_matter(text: str) -> tuple[str, str, int]:
    """Split a file into (front matter, body, body start line).

    Lines end at "\n" only, as in TOML and in every line number Lantern reports: other
    breaks such as U+2028 are characters inside a line, so line numbers never drift.
    """
    if text.startswith("+++\n"):  # the usual form, found without a regular expression
        end = text.find("\n+++\n", 3)
        front = text[4 : end + 1]  # a "+++" in it may be a fence with spaces: _FENCED decides
        if end != -1 and "+++" not in front:
            return front, text[end + 5 :], front.count("\n") + 3
    fenced = _FENCED.match(text)
    if fenced:
        front = fenced.group(1) or ""
        return front, text[fenced.end() :], front.count("\n") + 3
    first = text.split("\n", 1)[0]
    if first.strip() == FENCE:
        raise ArticleError("the front matter is never closed with a second '+++' line")
    message = "the file must start with a '+++' line that opens the front matter"
    if first.lstrip().startswith(FENCE + "\r"):
        message += "; its lines end with a lone carriage return: save it with normal line endings"
    raise ArticleError(message)


def _simple_front_matter(front: str) -> tuple[dict[str, Any], dict[str, int]] | None:
    """Front matter in the plain form articles use, parsed without tomllib; else None."""
    return simple_toml.loads(front, tables=False, first_line=2)  # the fence is line 1


def _key_lines(front: str) -> dict[str, int]:
    """File line of each top-level key (the opening fence is line 1)."""
    # The TOML line finder, not a look for `name =`: a "quoted" or dotted key, or a [table]
    # after the keys, was given line 1, and a key inside a table read as a top-level one.
    from reader.toml_lines import toml_key_lines

    found = toml_key_lines(front)
    return {str(path[0]): line + 1 for path, line in found.items() if len(path) == 1}


def field_errors(data: dict[str, object], lines: dict[str, int]) -> list[ArticleError]:
    """Every problem with the front matter's keys and values; the first is what loading reports."""
    errors = [
        ArticleError(f"the front matter is missing the required key '{key}'", key=key)
        for key in REQUIRED_KEYS
        if key not in data
    ]
    for key, value in data.items():
        expected = _FIELD_TYPES.get(key)
        # The usual case first, checked cheaply: the type exactly (TOML readers make no
        # subclasses) and, for a list, text in every item.
        if expected is None or type(value) is expected and (expected is not list or _texts(value)):
            continue
        line = lines.get(key, 1)
        # A date with a time is a datetime, which cannot be compared with plain dates.
        if not isinstance(value, expected) or isinstance(value, dt.datetime):
            errors.append(
                ArticleError(f"'{key}' should be a {_type_name(expected)}", line, key=key)
            )
        elif isinstance(value, list) and not all(isinstance(item, str) for item in value):
            message = f"every item in '{key}' should be text in quotes"
            errors.append(ArticleError(message, line, key=key))
    title, article_id = data.get("title"), data.get("id")
    if isinstance(title, str) and not title.strip():
        message = "'title' is empty; write the title shown above the article"
        errors.append(ArticleError(message, lines.get("title", 1), key="title"))
    if isinstance(article_id, str) and not _ID.match(article_id):
        message = "'id' " + id_letters_problem(article_id)
        errors.append(ArticleError(message, lines.get("id", 1), key="id"))
    return errors


def id_letters_problem(article_id: str) -> str:
    """What is wrong with an id, naming the first character an id may not use."""
    # "lower-case letters" alone: 'ó' is one, so a Spanish writer could not tell what was wrong.
    message = "may only use the letters a to z without accents, in lower case, digits and "
    message += "single hyphens"
    odd = next((c for c in article_id if not ("a" <= c <= "z" or "0" <= c <= "9" or c == "-")), "")
    return message + (f"; '{odd}' is not one of them" if odd.isprintable() and odd else "")


def _texts(items: Any) -> bool:
    """Whether every item is text: str.join checks them all in C, a loop costs far more."""
    try:
        "".join(items)
    except TypeError:
        return False
    return True


def _type_name(expected: type | tuple[type, ...]) -> str:
    names = {str: "text in quotes", list: 'list like ["a", "b"]', dt.date: "date like 2026-11-26"}
    return names.get(expected, str(expected)) if isinstance(expected, type) else "value"


def read_front_matter(front: str) -> tuple[dict[str, Any], dict[str, int]]:
    """The front matter's keys and values, and each key's file line; ArticleError if not TOML."""
    simple = _simple_front_matter(front)
    if simple is not None:
        return simple
    import tomllib  # only for front matter in another form, or a broken one

    from reader import safe_toml

    try:
        return safe_toml.loads(front), _key_lines(front)
    except tomllib.TOMLDecodeError as error:
        from reader.config.toml_hints import toml_problem
        from reader.toml_lines import toml_error_column, toml_error_line

        line = toml_error_line(str(error), front) + 1  # + 1: the opening fence
        message = f"the front matter is not valid TOML: {toml_problem(str(error), front)}"
        raise ArticleError(message, line, toml_error_column(str(error))) from None


def parse_article(text: str, path: Path | None = None) -> Article:
    """Parse one article's text; raise ArticleError with a line number on problems.

    The error raised is the first problem; its ``errors`` lists every front-matter problem.
    """
    # Editors such as Notepad may start a UTF-8 file with a byte-order mark.
    front, body, body_line = split_front_matter(text.removeprefix(content_files.BOM))
    data, lines = read_front_matter(front)
    errors = field_errors(data, lines)
    if errors:
        errors[0].more = tuple(errors[1:])
        raise errors[0]
    return Article(
        id=data["id"],
        title=data["title"].strip(),
        summary=data["summary"].strip(),
        topics=tuple(data["topics"]),
        content_note=data["content_note"].strip(),
        reviewed=data["reviewed"],
        sources=tuple(data["sources"]),
        related=tuple(dict.fromkeys(data.get("related", ()))),  # a repeat is shown once
        prompts=tuple(data.get("prompts", ())),
        accepted_terms=tuple(data.get("accepted_terms", ())),
        body=body,
        path=path,
        body_line=body_line,
        key_lines=lines,
    )


def read_article(path: Path, location: str = "") -> Article:
    """Read and parse one article file (see reader.content_files for what is refused).

    location is the same path as text, if the caller has it (see content_files.article_files).
    """
    try:
        text = content_files.read_text(location or path, content_files.MAX_ARTICLE_BYTES)
    except content_files.ContentFileError as error:
        raise ArticleError(str(error), error.line) from None
    return parse_article(text, path)


@dataclass(frozen=True)
class Collection:
    """A named group of articles shown together on the home screen."""

    id: str
    title: str
    description: str
    article_ids: tuple[str, ...]
    # The pack.toml that declared it and its place among the [[collections]] there, for
    # problem reports; not part of equality.
    manifest: Path | None = field(default=None, compare=False)
    manifest_index: int = field(default=0, compare=False)


@dataclass
class Library:
    """Every loaded article, the collections that group them, and what failed to load."""

    articles: dict[str, Article] = field(default_factory=dict)
    collections: list[Collection] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    crisis_words: list[str] = field(default_factory=list)  # the packs' own (pack_crisis.py)
    crisis_article_ids: list[str] = field(default_factory=list)  # listed first in a crisis

    def get(self, article_id: str) -> Article | None:
        """The article with this id, or None."""
        return self.articles.get(article_id)

    def in_order(self) -> list[Article]:
        """Articles in collection order, then any not in a collection, by title."""
        seen = dict.fromkeys(
            i for c in self.collections for i in c.article_ids if i in self.articles
        )
        rest = sorted(
            (a for a in self.articles.values() if a.id not in seen), key=lambda a: a.title
        )
        return [self.articles[i] for i in seen] + rest

    def hide(self, article_ids: Iterable[str]) -> None:
        """Remove articles (a clinic may hide some) and drop links to them."""
        for article_id in article_ids:
            self.articles.pop(article_id, None)
        known = self.articles
        # Only what names a missing article is copied: a large pack hides nothing, usually.
        self.articles = {
            i: a
            if all(r in known for r in a.related)
            else replace(a, related=tuple(r for r in a.related if r in known))
            for i, a in known.items()
        }
        self.collections = [
            c
            if all(i in known for i in c.article_ids)
            else replace(c, article_ids=tuple(i for i in c.article_ids if i in known))
            for c in self.collections
        ]
