"""Checks for one parsed article: wording, structure, help, hope, content note, reading level."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from pathlib import Path

from reader.articles import Article
from reader.lint.finding import ERROR, REVIEW, WARNING, Finding, LineMap
from reader.lint.language import BODY_RULES, hit_finding, normalise, normalise_term, shown_hits
from reader.lint.lists import list_layout_findings
from reader.lint.markdown import Body, read_body
from reader.lint.rules import HELP_LINK, LANGUAGE_RULES, SELF
from reader.lint.structure import body_findings
from reader.lint.visible import visible
from reader.packs import is_english
from reader.plaintext import plain_text
from reader.readability import score
from reader.render import MAX_LIST_DEPTH, list_too_deep, render_markdown, spelled_anchor

GRADE_LIMIT = 8.0  # above this is an error (R1)
GRADE_GOAL = 6.0  # above this is a warning (R2)
# L14: the brief's five phrases and the obvious variants of each.
HOPE = re.compile(
    r"recovery\s+is\s+(?:possible|real|common)"
    r"|(?:feelings?|urges?|thoughts?|moments?|waves?|crisis|crises)\s+(?:can|will|do|does|usually"
    r"|often|tend\s+to)\s+(?:\w+\s+)?(?:pass|ease|fade|change|settle|shift)"
    r"|help\s+is\s+(?:\w+\s+)?(?:available|out\s+there|there|here)"
    r"|things\s+can\s+(?:\w+\s+)?(?:get|feel|become)\s+better|it\s+can\s+get\s+better"
    r"|(?:people|you|they)\s+(?:can\s+and\s+)?(?:do|can)\s+(?:\w+\s+)?(?:get\s+better|feel\s+better"
    r"|recover)|there\s+is\s+(?:always\s+)?hope|(?:treatment|therapy|support)\s+(?:helps|works)",
    re.IGNORECASE,
)
# L13: an article "discusses" self-harm or suicide when its topics, title or body name them.
HARM_TOPIC = re.compile(
    rf"suicid|{SELF}harm|{SELF}injur|\b(?:hurt|harm)(?:s|ed|ing)?\s+(?:my|your|them|him|her|one)"
    r"sel(?:f|ves)\b",
    re.IGNORECASE,
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_FIELDS = ("title", "summary", "content_note", "prompts")


class FrontMatter:
    """The raw front matter, to place findings about its keys and values on real lines."""

    def __init__(self, text: str | None, body_line: int) -> None:
        # The lines before the body, split at "\n" as body_line counts them: splitlines() would
        # also split at U+2028 or U+0085 inside a value and cut the front matter short.
        lines = (text or "").split("\n")[: max(body_line - 1, 0)]
        self.text = "".join(line + "\n" for line in lines)
        self._map = LineMap(self.text)

    def key(self, key: str) -> tuple[int, int]:
        """Line and column of ``key =``, or the top of the file."""
        match = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", self.text, re.MULTILINE)
        return self._map.position(match.start()) if match else (1, 1)

    def value(self, key: str, value: str, offset: int = 0) -> tuple[int, int]:
        """Position of ``offset`` inside a value written after ``key``, else of the key."""
        match = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", self.text, re.MULTILINE)
        index = self.text.find(value, match.start() if match else 0) if value else -1
        return self._map.position(index + offset) if index >= 0 else self.key(key)

    def items(self, key: str, values: Sequence[str]) -> list[tuple[int, int]]:
        """Position of each item of a list written after ``key``, each after the one before."""
        match = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", self.text, re.MULTILINE)
        start, places = (match.start() if match else 0), []
        for value in values:
            # An item written with escapes is not found as it reads: it gets the key's place.
            index = self.text.find(value, start) if value else -1
            places.append(self._map.position(index) if index >= 0 else self.key(key))
            start = index + len(value) if index >= 0 else start
        return places


def _read_quietly(path: Path | None) -> str | None:
    try:
        return path.read_text(encoding="utf-8") if path else None
    except (OSError, UnicodeDecodeError):
        return None


def discusses_harm(article: Article, shown_body: str) -> bool:
    """True when the article talks about self-harm or suicide (topics, title or body)."""
    text = " ".join((*article.topics, visible(article.title).text, normalise(shown_body)))
    return bool(HARM_TOPIC.search(text))


def _field_findings(article: Article, path: str, front: FrontMatter) -> list[Finding]:
    """Wording in the title, summary, content note and prompts; empty content note."""
    findings: list[Finding] = []
    values = {"title": [article.title], "summary": [article.summary]}
    values["content_note"] = [article.content_note]
    values["prompts"] = list(article.prompts)
    for key in _FIELDS:
        rules = LANGUAGE_RULES if key == "title" else BODY_RULES
        for value in values[key]:
            for hit in shown_hits(value, rules):
                findings.append(hit_finding(path, front.value(key, value, hit.start), hit, key))
    if not article.content_note:
        line, column = front.key("content_note")
        message = (
            "content_note is empty; say in a sentence what the article talks about, "
            'e.g. "Talks about self-harm in general terms."'
        )
        findings.append(Finding(path, line, column, "L15", ERROR, message))
    return findings


def _repeated_prompts(article: Article, path: str, front: FrontMatter) -> list[Finding]:
    """F10: a prompt written twice is shown once, so one of them is a slip."""
    findings: list[Finding] = []
    first_line: dict[str, int] = {}
    for prompt, (line, column) in zip(
        article.prompts, front.items("prompts", article.prompts), strict=True
    ):
        text = prompt.strip()
        if text and text in first_line:
            message = (
                f'the prompt "{text}" repeats the one on line {first_line[text]}; '
                "readers see it once, so remove the repeat or ask something else"
            )
            findings.append(Finding(path, line, column, "F10", WARNING, message))
        first_line.setdefault(text, line)
    return findings


def _related_findings(
    article: Article, path: str, front: FrontMatter, known_ids: Collection[str] | None
) -> list[Finding]:
    if known_ids is None:
        return []
    findings = []
    for related in article.related:
        if related not in known_ids:
            line, column = front.value("related", related)
            message = f"related id '{related}' is not an article in the checked folders"
            findings.append(Finding(path, line, column, "F3", ERROR, message))
    return findings


def _help_and_hope(
    article: Article, body: Body, path: str, about_harm: bool, english: bool
) -> list[Finding]:
    findings = []
    if about_harm and not any(link.target.strip().lower() == HELP_LINK for link in body.links):
        message = (
            "this article talks about self-harm or suicide but never links the help panel; "
            f"add [Get help now]({HELP_LINK}) where the reader may need it (after hard "
            "passages) and at the end"
        )
        findings.append(Finding(path, article.body_line, 1, "L13", ERROR, message))
    # The hope phrases are English ones: "La recuperación es posible" is not one of them.
    if english and not HOPE.search(" ".join(normalise(plain_text(article.body)).split())):
        message = (
            "no hope or recovery statement; add an honest line such as "
            '"recovery is possible", "help is available" or "these feelings can pass"'
        )
        findings.append(Finding(path, article.body_line, 1, "L14", WARNING, message))
    return findings


def _nesting(article: Article, path: str) -> list[Finding]:
    """M9: a list nested deeper than the reading view can lay out (it would be shown flat)."""
    row = list_too_deep(article.body)
    if row is None:
        return []
    message = f"lists nested more than {MAX_LIST_DEPTH} deep; use fewer levels"
    return [Finding(path, article.body_line + row, 1, "M9", ERROR, message)]


def _heading_targets(body: str) -> Callable[[], frozenset[str]]:
    """What a "#..." link may name: a heading's anchor as the reading view makes it, or its
    text (see render.heading_place). Rendered once, on the first such link: most have none."""
    found: list[frozenset[str]] = []

    def targets() -> frozenset[str]:
        if not found:
            headings = render_markdown(body).headings
            anchors = {h.anchor for h in headings} | {spelled_anchor(h.title) for h in headings}
            found.append(frozenset(anchors) | {h.title for h in headings})
        return found[0]

    return targets


def _readability(article: Article, path: str) -> list[Finding]:
    result = score(_URL.sub(" ", plain_text(article.body)))
    if not result.words or result.grade <= GRADE_GOAL:
        return []
    rule, severity = ("R1", ERROR) if result.grade > GRADE_LIMIT else ("R2", WARNING)
    message = (
        f"reading level is grade {result.grade:.1f} (Flesch Reading Ease {result.reading_ease:.0f})"
        f"; the limit is grade {GRADE_LIMIT:.0f} and the goal is grade {GRADE_GOAL:.0f} or below"
        "; use shorter sentences and everyday words"
    )
    return [Finding(path, article.body_line, 1, rule, severity, message)]


def resolve_reviews(
    findings: list[Finding], accepted: tuple[str, ...], path: str, front: FrontMatter
) -> list[Finding]:
    """Drop review findings whose term the article accepts; the rest become errors."""
    wanted = {normalise_term(term): term for term in accepted}
    used: set[str] = set()
    result = []
    for finding in findings:
        if finding.severity != REVIEW:
            result.append(finding)
            continue
        keys = {normalise_term(finding.term), normalise_term(finding.matched)} & wanted.keys()
        used |= keys
        if not keys:
            result.append(replace(finding, severity=ERROR))
    for key, term in wanted.items():
        if key not in used:
            line, column = front.value("accepted_terms", term)
            message = (
                f'accepted term "{term}" matched no review finding in this article; '
                "remove it (only review findings can be accepted)"
            )
            result.append(Finding(path, line, column, "A1", WARNING, message))
    return result


def check_article(
    article: Article,
    *,
    text: str | None = None,
    known_ids: Collection[str] | None = None,
    pack_dir: Path | None = None,
    language: str = "",
) -> list[Finding]:
    """Every finding for one article; ``text`` is the raw file (read from article.path if None).

    ``language`` is its pack's (see packs.pack_language): reading level and the hope phrases
    are checked in English only.
    """
    path = str(article.path) if article.path else article.id
    front = FrontMatter(
        text if text is not None else _read_quietly(article.path), article.body_line
    )
    body = read_body(article.body)
    body_map = LineMap(article.body, article.body_line)
    shown = visible(body.masked, body.hidden)
    about_harm = discusses_harm(article, shown.text)

    def place(row: int, column: int) -> tuple[int, int]:
        return article.body_line + row, column + 1

    findings = _field_findings(article, path, front)
    findings += _repeated_prompts(article, path, front)
    findings += _related_findings(article, path, front, known_ids)
    hits = shown_hits(shown)
    for start, end in body.titles:  # each tooltip read on its own
        hits += [replace(h, start=h.start + start) for h in shown_hits(article.body[start:end])]
    findings += [hit_finding(path, body_map.position(h.start), h) for h in hits]
    pack = pack_dir or (article.path.parent if article.path else None)
    findings += body_findings(
        body,
        path,
        place,
        pack_dir=pack,
        known_ids=known_ids,
        about_harm=about_harm,
        headings=_heading_targets(article.body),
    )
    english = is_english(language)
    findings += _help_and_hope(article, body, path, about_harm, english)
    findings += _nesting(article, path)
    findings += list_layout_findings(article.body, path, article.body_line)
    # The formula and its syllable counts are English: good Spanish read as grade 8 or more.
    findings += _readability(article, path) if english else []
    return sorted(resolve_reviews(findings, article.accepted_terms, path, front))
