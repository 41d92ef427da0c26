"""Checking folders of articles: find the packs, read every file, ids unique across packs."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reader.lint.article import FrontMatter, check_article
from reader.lint.finding import WARNING, Finding, count
from reader.lint.manifest import check_pack
from reader.lint.source import Source, problem, read_source
from reader.paths import content_dir

PACK_FILE = "pack.toml"


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
class Group:
    """Files checked together: ids are unique across them and links resolve among them."""

    articles: list[Path] = field(default_factory=list)
    packs: list[Path] = field(default_factory=list)


def _visible_entries(folder: Path, findings: list[Finding]) -> list[Path]:
    try:
        return sorted(entry for entry in folder.iterdir() if not entry.name.startswith("."))
    except OSError as error:
        findings.append(problem(folder, "F0", f"could not read this folder: {error.strerror}"))
        return []


def _pack_files(folder: Path, findings: list[Finding]) -> Group:
    """The *.md files and pack.toml directly inside a folder, which is what Lantern loads."""
    entries = _visible_entries(folder, findings)
    articles = [e for e in entries if e.suffix.lower() == ".md" and e.is_file()]
    packs = [e for e in entries if e.name == PACK_FILE and e.is_file()]
    return Group(articles, packs)


def _nested(folder: Path) -> list[Finding]:
    """Warnings for articles in sub-folders of a pack, which Lantern never loads."""
    findings = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        if Path(root) != folder and any(name.lower().endswith(".md") for name in files):
            message = f"Lantern loads only the *.md files directly inside {folder}; "
            message += "articles here are never shown"
            findings.append(Finding(root, 1, 1, "F6", WARNING, message))
    return findings


def _add_folder(folder: Path, main: Group, groups: list[Group], findings: list[Finding]) -> None:
    """A pack folder joins the main group; a folder of packs (content/) adds one group each."""
    own = _pack_files(folder, findings)
    if own.articles or own.packs:
        main.articles += own.articles
        main.packs += own.packs
        findings += _nested(folder)
        return
    # Language packs such as content/en and content/es are checked separately: they may
    # share ids because one translates the other.
    found = False
    for sub in (e for e in _visible_entries(folder, findings) if e.is_dir()):
        group = _pack_files(sub, findings)
        if group.articles or group.packs:
            groups.append(group)
            findings += _nested(sub)
            found = True
    if not found:
        findings.append(problem(folder, "F0", "no articles (*.md files) in this folder"))


def discover(paths: Iterable[Path | str]) -> tuple[list[Group], list[Finding]]:
    """Groups of files to check together, and problems with the paths themselves."""
    main = Group()
    groups = [main]
    findings: list[Finding] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            _add_folder(path, main, groups, findings)
        elif path.is_file() and path.suffix.lower() == ".md":
            main.articles.append(path)
        elif path.is_file() and path.name == PACK_FILE:
            main.packs.append(path)
        elif path.exists():
            findings.append(problem(path, "F0", "not an article (*.md), pack.toml or folder"))
        else:
            findings.append(problem(path, "F0", "no such file or folder"))
    for group in groups:
        group.articles = list(dict.fromkeys(group.articles))
        group.packs = list(dict.fromkeys(group.packs))
    return [group for group in groups if group.articles or group.packs], findings


def _id_findings(sources: list[Source], taken: Mapping[str, Path]) -> list[Finding]:
    """Ids used twice in the group, or already used elsewhere (Lantern would skip the copy)."""
    first = dict(taken)
    findings = []
    for source in sources:
        if source.article_id is None:
            continue
        other = first.setdefault(source.article_id, source.path)
        if other.resolve() != source.path.resolve():
            body_line = source.article.body_line if source.article else 1
            line, column = FrontMatter(source.text, body_line).key("id")
            message = f"id '{source.article_id}' is also used by {other}; pick another id"
            findings.append(problem(source.path, "F2", message, line, column))
    return findings


def _check_group(group: Group, known_ids: set[str], taken: Mapping[str, Path]) -> list[Finding]:
    sources = [read_source(path) for path in group.articles]
    findings = [finding for source in sources for finding in source.findings]
    findings += _id_findings(sources, taken)
    known = {s.article_id for s in sources if s.article_id} | known_ids | set(taken)
    for source in sources:
        if source.article is not None:
            findings += check_article(source.article, text=source.text, known_ids=known)
    for pack in group.packs:
        findings += check_pack(pack, known)
    return findings


def check_content(
    paths: Iterable[Path | str],
    *,
    known_ids: Iterable[str] = (),
    taken_ids: Mapping[str, Path] | None = None,
) -> CheckResult:
    """Check every article and pack.toml in the paths; ids must be unique across them.

    ``known_ids`` are articles that links may name; ``taken_ids`` maps ids already used by
    other files (such as the bundled articles) to those files: links may name them too, and
    a checked article that reuses one is an error.
    """
    groups, findings = discover(paths)
    for group in groups:
        findings += _check_group(group, set(known_ids), taken_ids or {})
    files = sum(len(group.articles) + len(group.packs) for group in groups)
    return CheckResult(sorted(findings), files)


def bundled_ids() -> dict[str, Path]:
    """Ids of the articles bundled with Lantern, in every language, and their files."""
    root = content_dir().parent
    ids: dict[str, Path] = {}
    folders = sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
    for folder in folders:
        for path in sorted(folder.glob("*.md")):
            article_id = read_source(path).article_id
            if article_id:
                ids.setdefault(article_id, path)
    return ids


def check_paths(paths: Iterable[Path | str], *, known_ids: Iterable[str] = ()) -> list[Finding]:
    """Findings for every article and pack.toml under the paths (see check_content)."""
    return check_content(paths, known_ids=known_ids).findings
