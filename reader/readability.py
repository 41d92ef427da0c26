"""Reading-level scores (Flesch-Kincaid grade, Flesch Reading Ease), computed offline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pyphen

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SENTENCE_END = re.compile(r"[.!?]+(?:[\"'”’)\]]*)(?=\s|$)")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@dataclass(frozen=True)
class Readability:
    """Counts and scores for one piece of text."""

    words: int
    sentences: int
    syllables: int

    @property
    def grade(self) -> float:
        """Flesch-Kincaid grade level."""
        if not self.words:
            return 0.0
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59

    @property
    def reading_ease(self) -> float:
        """Flesch Reading Ease (higher is easier)."""
        if not self.words:
            return 100.0
        return 206.835 - 1.015 * self.words / self.sentences - 84.6 * self.syllables / self.words


@lru_cache(maxsize=1)
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_US")


@lru_cache(maxsize=8192)
def count_syllables(word: str) -> int:
    """Syllables in one word: pyphen's hyphenation points, checked against vowel groups."""
    word = word.lower().strip("'’-")
    if not word:
        return 0
    by_hyphenation = len(_dictionary().positions(word)) + 1
    groups = len(_VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1:
        groups -= 1  # a silent final e, as in "make"
    # pyphen never splits short words, so it undercounts words like "every".
    return max(by_hyphenation, min(groups, by_hyphenation + 1), 1)


def score(text: str) -> Readability:
    """Score plain prose; each line break that ends a list item counts as a sentence end."""
    words = _WORD.findall(text)
    sentences = len(_SENTENCE_END.findall(text))
    # Lines without end punctuation (list items, headings) still end a thought.
    sentences += sum(
        1 for line in text.splitlines() if line.strip() and not _SENTENCE_END.search(line.strip())
    )
    return Readability(
        words=len(words),
        sentences=max(sentences, 1),
        syllables=sum(count_syllables(w) for w in words),
    )
