"""Reading content files safely: every failure becomes a finding, never a traceback."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from reader import content_files
from reader.articles import Article, ArticleError, parse_article, split_front_matter
from reader.lint.finding import ERROR, Finding

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


def _salvage_id(text: str) -> str | None:
    """The id of an article whose front matter parses as TOML but fails a later check."""
    try:
        data = tomllib.loads(split_front_matter(text)[0])
    except (ArticleError, tomllib.TOMLDecodeError):
        return None
    value = data.get("id")
    return value if isinstance(value, str) else None


def _article_problem(path: Path, error: ArticleError) -> Finding:
    rule = "L15" if "'content_note'" in str(error) else "F1"
    message = str(error)  # its line and column are the file's: error.line, error.column
    if message.endswith("Illegal character '\\n'"):
        message += " (is a closing quote missing on this line?)"
    return problem(path, rule, message, error.line, error.column)


def read_source(path: Path) -> Source:
    """Read and parse one article file, turning every failure into a finding."""
    text, findings = decode(path, "F1")
    source = Source(path, text, findings=findings)
    if text is None:
        return source
    try:
        source.article = parse_article(text, path)
        source.article_id = source.article.id
    except ArticleError as error:
        findings.append(_article_problem(path, error))
        source.article_id = _salvage_id(text)
    return source
