"""Checking folders of articles: find the packs, read every file, ids unique across packs."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reader.articles import Article
from reader.content_files import article_paths, os_error_text, saved_as_txt, txt_hint
from reader.lint.article import FrontMatter, check_article
from reader.lint.finding import WARNING, Finding, count
from reader.lint.manifest import check_pack
from reader.lint.source import Source, problem, read_source
from reader.packs import pack_language
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


def _unreadable(folder: Path, error: OSError, findings: list[Finding]) -> None:
    findings.append(problem(folder, "F0", f"this folder {os_error_text(error)}"))


def _subfolders(folder: Path, findings: list[Finding]) -> list[Path]:
    try:
        with os.scandir(folder) as entries:
            names = [e.name for e in entries if not e.name.startswith(".") and e.is_dir()]
    except OSError as error:
        _unreadable(folder, error, findings)
        return []
    return [folder / name for name in sorted(names, key=os.path.normcase)]


def _pack_files(folder: Path, findings: list[Finding]) -> Group | None:
    """The articles and pack.toml directly inside a folder, as Lantern's loader finds them.

    None when the folder cannot be read (the finding says why).
    """
    try:
        if not os.access(folder, os.R_OK | os.X_OK):
            raise PermissionError(errno.EACCES, "Permission denied")
        articles = article_paths(folder)
    except OSError as error:
        _unreadable(folder, error, findings)
        return None
    for name in saved_as_txt(folder):
        message = f"Lantern never shows this file: {txt_hint(name)}"
        findings.append(Finding(str(folder / name), 1, 1, "F6", WARNING, message))
    manifest = folder / PACK_FILE
    return Group(articles, [manifest] if os.path.lexists(manifest) else [])


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
    if own is None:
        return
    if own.articles or own.packs:
        main.articles += own.articles
        main.packs += own.packs
        findings += _nested(folder)
        return
    # Language packs such as content/en and content/es are checked separately: they may
    # share ids because one translates the other.
    found = False
    for sub in _subfolders(folder, findings):
        group = _pack_files(sub, findings)
        if group is not None and (group.articles or group.packs):
            groups.append(group)
            findings += _nested(sub)
            found = True
    if not found:
        findings.append(problem(folder, "F0", "no articles (*.md files) in this folder"))


def _classify(path: Path, main: Group, groups: list[Group], findings: list[Finding]) -> None:
    """Add one path named on the command line, or a finding saying why it cannot be checked."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        findings.append(problem(path, "F0", f"this path {os_error_text(error)}"))
        return
    except ValueError:  # a NUL character
        findings.append(problem(path, "F0", "this is not a valid path"))
        return
    if stat.S_ISDIR(mode):
        _add_folder(path, main, groups, findings)
    elif path.name == PACK_FILE:
        main.packs.append(path)
    elif path.suffix.lower() == ".md":
        main.articles.append(path)  # named on purpose; reading it says if it is not a file
    else:
        findings.append(problem(path, "F0", "not an article (*.md), pack.toml or folder"))


def discover(paths: Iterable[Path | str]) -> tuple[list[Group], list[Finding]]:
    """Groups of files to check together, and problems with the paths themselves."""
    main = Group()
    groups = [main]
    findings: list[Finding] = []
    for raw in paths:
        _classify(Path(raw), main, groups, findings)
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


def _salvaged_findings(
    source: Source, article: Article, known_ids: set[str], language: str
) -> list[Finding]:
    """The rest of an article whose front matter is broken: its body and its usable keys."""
    found = check_article(article, text=source.text, known_ids=known_ids, language=language)
    # A broken content_note is already reported; left empty here, it would be reported again.
    again = {"L15"} if "content_note" in source.broken_keys else set()
    return [finding for finding in found if finding.rule not in again]


def _check_group(group: Group, known_ids: set[str], taken: Mapping[str, Path]) -> list[Finding]:
    sources = [read_source(path) for path in group.articles]
    findings = [finding for source in sources for finding in source.findings]
    findings += _id_findings(sources, taken)
    known = {s.article_id for s in sources if s.article_id} | known_ids | set(taken)
    languages: dict[Path, str] = {}  # each folder's pack.toml read once
    for source in sources:
        folder = source.path.parent
        if folder not in languages:
            languages[folder] = pack_language(folder)
        if source.article is not None:
            findings += check_article(
                source.article, text=source.text, known_ids=known, language=languages[folder]
            )
        elif source.salvaged is not None:
            findings += _salvaged_findings(source, source.salvaged, known, languages[folder])
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
        for path in article_paths(folder):
            article_id = read_source(path).article_id
            if article_id:
                ids.setdefault(article_id, path)
    return ids


def check_paths(paths: Iterable[Path | str], *, known_ids: Iterable[str] = ()) -> list[Finding]:
    """Findings for every article and pack.toml under the paths (see check_content)."""
    return check_content(paths, known_ids=known_ids).findings
