"""Wording checks: find the safe-messaging terms of the rule table in a piece of text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace

from reader.lint.finding import ERROR, REVIEW, Finding
from reader.lint.rules import LANGUAGE_RULES, Rule, Term
from reader.lint.visible import View, visible

# One character for one character, so offsets in the normalised text stay valid.
_SAME_LENGTH = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    }
)  # fmt: skip
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
BODY_RULES = tuple(rule for rule in LANGUAGE_RULES if not rule.title_only)


@dataclass(frozen=True)
class Hit:
    """One place where a rule's term matched."""

    rule: Rule
    term: Term
    start: int
    end: int
    matched: str

    @property
    def severity(self) -> str:
        """The term's own severity, else the rule's."""
        return self.term.severity or self.rule.severity


def normalise(text: str) -> str:
    """Curly quotes, odd dashes and odd spaces made plain, keeping every offset."""
    return text.translate(_SAME_LENGTH)


def normalise_term(term: str) -> str:
    """A term as compared with accepted_terms: plain punctuation, single spaces, any case."""
    return " ".join(normalise(term).casefold().split())


class _Paragraphs:
    """A text's paragraph breaks, found once; each paragraph is searched once per context.

    Looking for the paragraph again at every match, and searching it again, took time
    growing with the square of the text: one big clinic file stalled Lantern's start-up.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        breaks = [match.span() for match in _PARAGRAPH_BREAK.finditer(text)]
        self.starts = [start for start, _ in breaks]
        self.ends = [end for _, end in breaks]
        self.known: dict[tuple[re.Pattern[str], int, int], bool] = {}

    def has(self, context: re.Pattern[str], start: int, end: int) -> bool:
        """True when the paragraph around text[start:end] matches ``context``."""
        first = bisect_right(self.ends, start)  # breaks that end before the match
        last = bisect_left(self.starts, end)  # the first break after it
        key = (context, first, last)
        if key not in self.known:
            low = self.ends[first - 1] if first else 0
            high = self.starts[last] if last < len(self.starts) else len(self.text)
            self.known[key] = context.search(self.text, low, high) is not None
        return self.known[key]


def _without_overlaps(hits: list[Hit]) -> list[Hit]:
    """Within one rule, keep the longest match where matches overlap ("fatal dose", "fatal")."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, h.start - h.end)):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def find_hits(text: str, rules: Iterable[Rule] = BODY_RULES) -> list[Hit]:
    """Every match of the rules' terms in the text, in order."""
    plain = normalise(text)
    paragraphs: _Paragraphs | None = None  # found at the first match that needs them
    hits: list[Hit] = []
    for rule in rules:
        found = []
        for term in rule.terms:
            for match in term.pattern.finditer(plain):
                context = term.context
                if context:
                    paragraphs = paragraphs or _Paragraphs(plain)
                    if not paragraphs.has(context, match.start(), match.end()):
                        continue
                found.append(
                    Hit(rule, term, match.start(), match.end(), text[match.start() : match.end()])
                )
        hits += _without_overlaps(found)
    return sorted(hits, key=lambda h: (h.start, h.rule.id))


def shown_hits(text: str | View, rules: Iterable[Rule] = BODY_RULES) -> list[Hit]:
    """Hits in what a reader sees of Markdown ``text``, placed where the source wrote them.

    ``matched`` is the text as shown.
    """
    view = text if isinstance(text, View) else visible(text)
    placed = []
    for hit in find_hits(view.text, rules):
        start, end = view.source_span(hit.start, hit.end)
        placed.append(replace(hit, start=start, end=end))
    return placed


def message(hit: Hit, acceptable: bool = True) -> str:
    """What is wrong with a hit and what to write instead."""
    shown = " ".join(hit.matched.split())
    text = f'"{shown}": {hit.rule.title}. Prefer: {hit.rule.preferred}'
    if hit.severity == REVIEW and acceptable:
        accept = shown.lower()
        text += f'. Needs clinical review; once reviewed, accept it: accepted_terms = ["{accept}"]'
    elif hit.severity == REVIEW:
        text += "; only an article can accept a reviewed term, so reword it here"
    return text


def hit_finding(
    path: str, position: tuple[int, int], hit: Hit, where: str = "", acceptable: bool = True
) -> Finding:
    """A finding for one hit at a file position; ``where`` names a front-matter field.

    A review hit where nothing can accept it (``acceptable`` False) is an error.
    """
    text = f"{where}: {message(hit, acceptable)}" if where else message(hit, acceptable)
    severity = hit.severity if acceptable or hit.severity != REVIEW else ERROR
    return Finding(
        path, position[0], position[1], hit.rule.id, severity, text, hit.term.term, hit.matched
    )
