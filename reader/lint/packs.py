"""Checking folders of articles: find the files, read them safely, ids across packs, pack.toml."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reader.articles import Article, ArticleError, parse_article, split_front_matter
from reader.lint.article import FrontMatter, check_article
from reader.lint.finding import ERROR, Finding, LineMap, count

PACK_FILE = "pack.toml"
_TOML_POSITION = re.compile(r"line (\d+), column (\d+)")
_TOML_AT = re.compile(r"\s*\(at line \d+, column \d+\)")


@dataclass
class CheckResult:
    """Findings for a set of paths, and how many files were read."""

    findings: list[Finding] = field(default_factory=list)
    files_checked: int = 0

    @property
    def errors(self) -> int:
        """How many findings are errors."""
        return count(self.findings)[0]

    @property
    def warnings(self) -> int:
        """How many findings are warnings."""
        return count(self.findings)[1]


@dataclass
class Source:
    """One article file as read: the parsed article (if it parsed), its text and its id."""

    path: Path
    text: str | None = None
    article: Article | None = None
    article_id: str | None = None
    findings: list[Finding] = field(default_factory=list)


def _problem(path: Path | str, rule: str, message: str, line: int = 1, column: int = 1) -> Finding:
    return Finding(str(path), line, column, rule, ERROR, message)


def _walk(folder: Path, findings: list[Finding]) -> tuple[list[Path], list[Path]]:
    """Article files and pack files under a folder; hidden folders are skipped."""
    articles: list[Path] = []
    packs: list[Path] = []

    def unreadable(error: OSError) -> None:
        where = error.filename or folder
        findings.append(_problem(where, "F0", f"could not read this folder: {error.strerror}"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(".md") and not name.startswith("."):
                articles.append(Path(root, name))
            elif name == PACK_FILE:
                packs.append(Path(root, name))
    if not articles:
        findings.append(_problem(folder, "F0", "no articles (*.md files) in this folder"))
    return articles, packs


def discover(paths: Iterable[Path | str]) -> tuple[list[Path], list[Path], list[Finding]]:
    """(article files, pack files, problems with the paths themselves)."""
    articles: list[Path] = []
    packs: list[Path] = []
    findings: list[Finding] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, found_packs = _walk(path, findings)
            articles += found
            packs += found_packs
        elif path.is_file() and path.suffix.lower() == ".md":
            articles.append(path)
        elif path.is_file() and path.name == PACK_FILE:
            packs.append(path)
        elif path.exists():
            findings.append(_problem(path, "F0", "not an article (*.md), pack.toml or folder"))
        else:
            findings.append(_problem(path, "F0", "no such file or folder"))
    return list(dict.fromkeys(articles)), list(dict.fromkeys(packs)), findings


def _decode(path: Path, rule: str) -> tuple[str | None, list[Finding]]:
    """The file's text, or a finding saying why it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, [_problem(path, rule, f"could not read the file: {error.strerror or error}")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        message = "the file is not UTF-8 text; save it as UTF-8"
        return None, [_problem(path, rule, message, line, error.start - line_start + 1)]
    if text.startswith("\ufeff"):
        message = "the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM"
        return text[1:], [_problem(path, rule, message)]
    return text, []


def _salvage_id(text: str) -> str | None:
    """The id of an article whose front matter parses as TOML but fails a later check."""
    try:
        data = tomllib.loads(split_front_matter(text)[0])
    except (ArticleError, tomllib.TOMLDecodeError):
        return None
    value = data.get("id")
    return value if isinstance(value, str) else None


def read_source(path: Path) -> Source:
    """Read and parse one article file, turning every failure into a finding."""
    text, findings = _decode(path, "F1")
    source = Source(path, text, findings=findings)
    if text is None:
        return source
    try:
        source.article = parse_article(text, path)
        source.article_id = source.article.id
    except ArticleError as error:
        rule = "L15" if "'content_note'" in str(error) else "F1"
        # The TOML parser counts lines inside the front matter; report the file's column instead.
        where = _TOML_POSITION.search(str(error))
        message = _TOML_AT.sub("", str(error)).rstrip()
        column = int(where.group(2)) if where else 1
        if message.endswith("Illegal character '\\n'"):
            message += " (is a closing quote missing on this line?)"
        findings.append(_problem(path, rule, message, error.line, column))
        source.article_id = _salvage_id(text)
    return source


def _duplicate_findings(sources: list[Source]) -> list[Finding]:
    first: dict[str, Source] = {}
    findings = []
    for source in sources:
        if source.article_id is None:
            continue
        other = first.setdefault(source.article_id, source)
        if other is not source:
            body_line = source.article.body_line if source.article else 1
            line, column = FrontMatter(source.text, body_line).key("id")
            message = f"id '{source.article_id}' is also used by {other.path}"
            findings.append(_problem(source.path, "F2", message, line, column))
    return findings


def check_pack(path: Path, known_ids: set[str]) -> list[Finding]:
    """pack.toml must be valid TOML whose collections list existing article ids."""
    text, findings = _decode(path, "F4")
    if text is None:
        return findings
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return [*findings, _toml_problem(path, text, error)]
    lines = LineMap(text)
    groups: list[tuple[str, object, int]] = []
    pack = data.get("pack", {})
    if isinstance(pack, dict) and "start_here" in pack:
        groups.append(("start_here", pack["start_here"], _offset(text, r"^\s*start_here\s*=", 0)))
    collections = data.get("collections", [])
    if not isinstance(collections, list):
        return [*findings, _problem(path, "F4", "'collections' should be [[collections]] tables")]
    for index, collection in enumerate(collections):
        offset = _offset(text, r"^\s*\[\[\s*collections\s*\]\]", index)
        if not isinstance(collection, dict):
            return [
                *findings,
                _problem(path, "F4", "'collections' should be [[collections]] tables"),
            ]
        name = f"collection '{collection.get('id', index + 1)}'"
        groups.append((name, collection.get("articles"), offset))
    for name, ids, offset in groups:
        findings += _group_findings(path, text, lines, name, ids, offset, known_ids)
    return findings


def _toml_problem(path: Path, text: str, error: tomllib.TOMLDecodeError) -> Finding:
    where = _TOML_POSITION.search(str(error))
    if where:
        line, column = int(where.group(1)), int(where.group(2))
    else:  # "at end of document"
        line, column = LineMap(text).position(len(text.rstrip("\n")))
    message = f"not valid TOML: {_TOML_AT.sub('', str(error))}"
    return _problem(path, "F4", message, line, column)


def _offset(text: str, pattern: str, index: int) -> int:
    matches = list(re.finditer(pattern, text, re.MULTILINE))
    return matches[index].start() if index < len(matches) else 0


def _group_findings(
    path: Path, text: str, lines: LineMap, name: str, ids: object, offset: int, known: set[str]
) -> list[Finding]:
    if not isinstance(ids, list) or not all(isinstance(item, str) for item in ids):
        line, column = lines.position(offset)
        message = f'{name} needs a list of article ids, like articles = ["an-id"]'
        return [_problem(path, "F4", message, line, column)]
    findings = []
    for article_id in ids:
        if article_id not in known:
            quoted = re.compile(rf"([\"']){re.escape(article_id)}\1")
            found = quoted.search(text, offset)
            line, column = lines.position(found.start() + 1 if found else offset)
            message = f"{name} lists '{article_id}', but no checked article has that id"
            findings.append(_problem(path, "F5", message, line, column))
    return findings


def check_content(paths: Iterable[Path | str], *, known_ids: Iterable[str] = ()) -> CheckResult:
    """Check every article and pack.toml under the paths; ids must be unique across them."""
    article_paths, pack_paths, findings = discover(paths)
    sources = [read_source(path) for path in article_paths]
    findings += [finding for source in sources for finding in source.findings]
    findings += _duplicate_findings(sources)
    known = {s.article_id for s in sources if s.article_id} | set(known_ids)
    for source in sources:
        if source.article is not None:
            findings += check_article(source.article, text=source.text, known_ids=known)
    for pack in pack_paths:
        findings += check_pack(pack, known)
    return CheckResult(sorted(findings), len(article_paths) + len(pack_paths))


def check_paths(paths: Iterable[Path | str], *, known_ids: Iterable[str] = ()) -> list[Finding]:
    """Findings for every article and pack.toml under the paths (see check_content)."""
    return check_content(paths, known_ids=known_ids).findings
