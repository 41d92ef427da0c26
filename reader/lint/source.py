"""Reading content files safely: every failure becomes a finding, never a traceback."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from reader import content_files, safe_toml
from reader.articles import (
    FRONT_MATTER_KEYS,
    REQUIRED_KEYS,
    Article,
    ArticleError,
    parse_article,
    read_front_matter,
    split_front_matter,
)
from reader.lint.finding import ERROR, WARNING, Finding

TOML_POSITION = re.compile(r"line (\d+), column (\d+)")
TOML_AT = re.compile(r"\s*\(at line \d+, column \d+\)")


def problem(path: Path | str, rule: str, message: str, line: int = 1, column: int = 1) -> Finding:
    """An error finding about a file."""
    return Finding(str(path), line, column, rule, ERROR, message)


def decode(
    path: Path, rule: str, limit: int = content_files.MAX_ARTICLE_BYTES
) -> tuple[str | None, list[Finding]]:
    """The file's text, or a finding (under ``rule``) saying why it cannot be read.

    Reads as Lantern's loader does (reader.content_files), so both refuse the same files.
    """
    try:
        return content_files.read_text(path, limit), []
    except content_files.ContentFileError as error:
        return None, [problem(path, rule, str(error), error.line, error.column)]
    except OSError as error:
        return None, [problem(path, rule, f"the file {content_files.os_error_text(error)}")]


@dataclass
class Source:
    """One article file as read: the parsed article (if it parsed), its text and its id."""

    path: Path
    text: str | None = None
    article: Article | None = None
    article_id: str | None = None
    findings: list[Finding] = field(default_factory=list)
    # When the front matter is broken but the body can be read: the article with the broken
    # keys left empty, so one run also reports the body's problems; and those keys.
    salvaged: Article | None = None
    broken_keys: frozenset[str] = frozenset()


def _salvage_id(text: str) -> str | None:
    """The id of an article whose front matter parses as TOML but fails a later check."""
    try:
        data = safe_toml.loads(split_front_matter(text)[0])
    except (ArticleError, tomllib.TOMLDecodeError):
        return None
    value = data.get("id")
    return value if isinstance(value, str) else None


def _article_problem(path: Path, error: ArticleError) -> Finding:
    rule = "L15" if "'content_note'" in str(error) else "F1"
    # Its line and column are the file's: error.line, error.column.
    return problem(path, rule, str(error), error.line, error.column)


def _salvage(text: str, path: Path, error: ArticleError) -> tuple[Article, frozenset[str]] | None:
    """The article with its broken front-matter keys left empty, and those keys; else None."""
    try:
        front, body, body_line = split_front_matter(text.removeprefix(content_files.BOM))
    except ArticleError:
        return None  # no fences, so where the body starts is not known
    broken = frozenset(problem.key for problem in error.errors if problem.key)
    try:
        data, lines = read_front_matter(front)
    except ArticleError:
        # Not TOML: no key can be read, so only the body is checked.
        data, lines, broken = {}, {}, frozenset(REQUIRED_KEYS)
    usable = {key: value for key, value in data.items() if key not in broken}

    def text_of(key: str) -> str:
        value = usable.get(key, "")
        return value.strip() if isinstance(value, str) else ""

    def texts_of(key: str) -> tuple[str, ...]:
        value = usable.get(key, ())
        return tuple(value) if isinstance(value, list) else ()

    article = Article(
        id=text_of("id") or path.stem,
        title=text_of("title"),
        summary=text_of("summary"),
        topics=texts_of("topics"),
        content_note=text_of("content_note"),
        reviewed=usable.get("reviewed", dt.date.min),
        sources=texts_of("sources"),
        body=body,
        path=path,
        related=texts_of("related"),
        prompts=texts_of("prompts"),
        accepted_terms=texts_of("accepted_terms"),
        body_line=body_line,
        key_lines=lines,
    )
    return article, broken


def read_source(path: Path) -> Source:
    """Read and parse one article file, turning every failure into a finding."""
    text, findings = decode(path, "F1")
    source = Source(path, text, findings=findings)
    if text is None:
        return source
    try:
        source.article = parse_article(text, path)
        source.article_id = source.article.id
        findings.extend(unknown_keys(path, text))
        findings.extend(doubtful_values(source.article))
    except ArticleError as error:
        findings.extend(_article_problem(path, each) for each in error.errors)
        source.article_id = _salvage_id(text)
        salvaged = _salvage(text, path, error)
        if salvaged is not None:
            source.salvaged, source.broken_keys = salvaged
    return source


def unknown_keys(path: Path, text: str) -> list[Finding]:
    """F7: front-matter keys Lantern does not read (a mistyped one loses what it held)."""
    front = split_front_matter(text.removeprefix(content_files.BOM))[0]
    data, lines = read_front_matter(front)
    findings: list[Finding] = []
    for key in (k for k in data if k not in FRONT_MATTER_KEYS):
        near = difflib.get_close_matches(key, FRONT_MATTER_KEYS, n=1)
        hint = f"; did you mean '{near[0]}'?" if near else ""
        message = f"'{key}' is not a front-matter key Lantern reads, so it is ignored{hint}"
        findings.append(Finding(str(path), lines.get(key, 1), 1, "F7", WARNING, message))
    return findings


_EMPTY_HINTS = {
    "topics": 'give at least one, such as "feelings" or "self-harm"',
    "sources": "name the guidelines or organisations the article draws on",
}


def doubtful_values(article: Article) -> list[Finding]:
    """F8 and F9: values that load but are likely mistakes (empty lists, a future review)."""
    path, lines = str(article.path), article.key_lines
    findings = [
        Finding(path, lines.get(key, 1), 1, "F8", WARNING, f"'{key}' is empty: {hint}")
        for key, hint in _EMPTY_HINTS.items()
        if not getattr(article, key)
    ]
    # A month's grace: a machine whose clock is a little behind must not warn about today.
    if article.reviewed > dt.date.today() + dt.timedelta(days=31):
        message = (
            f"'reviewed' is in the future ({article.reviewed.isoformat()}): "
            "write the date of the last clinical review"
        )
        findings.append(Finding(path, lines.get("reviewed", 1), 1, "F9", WARNING, message))
    return findings
