"""Long typed words wrap in the 'Nothing matched' line without parting letters from accents."""

from __future__ import annotations

import unicodedata

import pytest

from reader.breakable import breakable

BREAK = "\u200b"


def test_a_long_word_gets_break_points_and_keeps_its_letters() -> None:
    word = "x" * 40
    text = breakable(word)
    assert BREAK in text
    assert text.replace(BREAK, "") == word


@pytest.mark.parametrize(
    "word",
    [
        "a" + "e\u0301" * 20,  # e with a combining acute accent, again and again
        "\u0915\u093f" * 20,  # Devanagari ka with its vowel sign (a spacing mark)
        "\U0001f469\u200d\U0001f467" * 8,  # woman, zero-width joiner, girl
        "\u2764\ufe0f" * 20,  # heart with its emoji variation selector
    ],
)
def test_no_break_lands_before_a_mark_joiner_or_selector(word: str) -> None:
    text = breakable(word)
    assert text.replace(BREAK, "") == word
    for index, char in enumerate(text[:-1]):
        if char == BREAK:
            following = text[index + 1]
            assert not unicodedata.category(following).startswith("M"), repr(text)
            assert following != "\u200d"
            assert not "\ufe00" <= following <= "\ufe0f"
