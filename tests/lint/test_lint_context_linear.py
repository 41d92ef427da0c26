"""Context rules read each paragraph once: a big clinic file must not stall start-up.

Counted, not timed: every character the paragraph-break and context patterns scan is added
up. Reading each paragraph again for every match made this grow with the square of the
text (48 KB of "relief" paragraphs took seconds, 190 KB most of a minute).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from reader.lint import language
from reader.lint.rules import HARM_CONTEXT, Rule, term


class CountingPattern:
    """A compiled pattern that adds up how many characters its searches scan."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def _end(self, text: str, endpos: int | None) -> int:
        return len(text) if endpos is None else min(endpos, len(text))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        found = self.pattern.search(text, pos, self._end(text, endpos))
        self.scanned += (found.end() if found else self._end(text, endpos)) - pos
        return found

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        self.scanned += self._end(text, endpos) - pos
        return self.pattern.finditer(text, pos, self._end(text, endpos))


def _counted_rule(word: str) -> tuple[Rule, CountingPattern]:
    counting = CountingPattern(re.compile(HARM_CONTEXT, re.IGNORECASE))
    plain = term(word, context=HARM_CONTEXT)
    counted = type(plain)(plain.term, plain.pattern, counting)  # type: ignore[arg-type]
    rule = Rule("L6", "review", "test", "test", "test", "test", (counted,))
    return rule, counting


@pytest.mark.parametrize(
    ("text", "word", "hits"),
    [
        ("relief\n\n" * 3_000, "relief", 0),  # one match in each of many paragraphs
        ("because of " * 2_000 + "suicide", "because of", 2_000),  # many matches, one paragraph
        ("suicide\n\n" + "relief " * 3_000, "relief", 0),  # the context in another paragraph
    ],
)
def test_each_paragraph_is_read_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch, text: str, word: str, hits: int
) -> None:
    breaks = CountingPattern(language._PARAGRAPH_BREAK)
    monkeypatch.setattr(language, "_PARAGRAPH_BREAK", breaks)
    rule, context = _counted_rule(word)
    assert len(language.find_hits(text, [rule])) == hits
    assert breaks.scanned + context.scanned <= 3 * len(text)
