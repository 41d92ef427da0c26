"""Checking a pack.toml: valid TOML, well-formed collections, and only existing article ids."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from reader import safe_toml
from reader.config.toml_hints import toml_problem
from reader.content_files import MAX_MANIFEST_BYTES
from reader.lint.finding import Finding, LineMap
from reader.lint.language import BODY_RULES, hit_finding, shown_hits
from reader.lint.rules import LANGUAGE_RULES
from reader.lint.source import TOML_POSITION, decode, problem
from reader.packs import listed_offset, manifest_offset

_SHAPE = "'collections' should be [[collections]] tables"


def _toml_problem(path: Path, text: str, error: tomllib.TOMLDecodeError) -> Finding:
    where = TOML_POSITION.search(str(error))
    if where:
        line, column = int(where.group(1)), int(where.group(2))
    else:  # "at end of document"
        line, column = LineMap(text).position(len(text.rstrip("\n")))
    return problem(path, "F4", f"not valid TOML: {toml_problem(str(error), text)}", line, column)


def _start_here(text: str, data: dict[str, object]) -> list[tuple[str, object, int]]:
    """The [pack] lists of article ids: start_here, and crisis_articles (pack_crisis.py)."""
    pack = data.get("pack", {})
    if not isinstance(pack, dict):
        return []
    keys = [key for key in ("start_here", "crisis_articles") if key in pack]
    return [(key, pack[key], manifest_offset(text, key)) for key in keys]


def _language(text: str, data: dict[str, object], lines: LineMap, path: Path) -> list[Finding]:
    """F4 for a [pack] language that is not text: the pack would be checked as English."""
    pack = data.get("pack", {})
    if not isinstance(pack, dict) or isinstance(pack.get("language", ""), str):
        return []
    message = (
        'language should be a language code in quotes, such as language = "es"; '
        "the pack is checked as English until it is"
    )
    return [problem(path, "F4", message, *lines.position(manifest_offset(text, "language")))]


def _crisis_words(text: str, data: dict[str, object], lines: LineMap, path: Path) -> list[Finding]:
    """F4 for [pack] crisis_words that Lantern cannot use: a search with them offers no help."""
    from reader.pack_crisis import misplaced_words, read_words

    _, wrong = read_words(data.get("pack"))
    where = lines.position(manifest_offset(text, "crisis_words"))
    found = [problem(path, "F4", message, *where) for message in wrong]
    for key, message in misplaced_words(data):
        found.append(problem(path, "F4", message, *lines.position(manifest_offset(text, key))))
    return found


def check_pack(path: Path, known_ids: set[str]) -> list[Finding]:
    """pack.toml must be valid TOML whose collections list existing article ids."""
    text, findings = decode(path, "F4", MAX_MANIFEST_BYTES)
    if text is None:
        return findings
    try:
        data = safe_toml.loads(text)
    except tomllib.TOMLDecodeError as error:
        return [*findings, _toml_problem(path, text, error)]
    collections = data.get("collections", [])
    lines = LineMap(text)
    if not isinstance(collections, list) or not all(isinstance(c, dict) for c in collections):
        where = lines.position(manifest_offset(text, "collections"))
        return [*findings, problem(path, "F4", _SHAPE, *where)]
    groups = _start_here(text, data)
    findings += _language(text, data, lines, path) + _crisis_words(text, data, lines, path)
    for index, collection in enumerate(collections):
        offset = manifest_offset(text, "collections", index)
        name = f"collection '{collection.get('id', index + 1)}'"
        if not all(isinstance(collection.get(key), str) for key in ("id", "title")):
            message = f'{name} needs id = "..." and title = "..." or Lantern skips it'
            findings.append(problem(path, "F4", message, *lines.position(offset)))
        elif not isinstance(collection.get("description", ""), str):  # the app skips it too
            message = f"{name}: 'description' should be text in quotes, or Lantern skips it"
            findings.append(problem(path, "F4", message, *lines.position(offset)))
        groups.append((name, collection.get("articles"), offset))
        findings += collection_wording(path, text, collection, offset)
    for group in groups:
        findings += _group_findings(path, text, lines, group, known_ids)
    return findings


def _value_offset(text: str, key: str, value: str, start: int) -> int:
    """Where a collection's ``key`` value is written, from its table at start; else start."""
    match = re.compile(rf"(?<![\w-]){re.escape(key)}[ \t]*=").search(text, start)
    at = match.end() if match else start
    found = text.find(value, at) if value else -1
    return found if found >= 0 else (match.start() if match else start)


def collection_wording(
    path: Path, text: str, collection: dict[str, object], offset: int
) -> list[Finding]:
    """Wording findings for a collection's title and description, which the home screen shows.

    ``offset`` is where the collection's table starts in the pack.toml ``text``.
    """
    findings = []
    lines = LineMap(text)
    name = f"collection '{collection.get('id', '')}'"
    for key, rules in (("title", LANGUAGE_RULES), ("description", BODY_RULES)):
        value = collection.get(key)
        if not isinstance(value, str):
            continue
        at = _value_offset(text, key, value, offset)
        exact = text.startswith(value, at)  # else written with escapes: the key's place
        for hit in shown_hits(value, rules):
            place = lines.position(at + hit.start if exact else at)
            findings.append(hit_finding(str(path), place, hit, f"{name} {key}", acceptable=False))
    return findings


def _group_findings(
    path: Path, text: str, lines: LineMap, group: tuple[str, object, int], known: set[str]
) -> list[Finding]:
    name, ids, offset = group
    line, column = lines.position(offset)
    if not isinstance(ids, list) or not all(isinstance(item, str) for item in ids):
        message = f'{name} needs a list of article ids, like articles = ["an-id"]'
        return [problem(path, "F4", message, line, column)]
    findings = []
    for article_id in ids:
        if article_id not in known:
            line, column = lines.position(listed_offset(text, article_id, offset))
            message = f"{name} lists '{article_id}', but no checked article has that id"
            findings.append(problem(path, "F5", message, line, column))
    return findings
