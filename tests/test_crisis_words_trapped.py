"""Feeling trapped, as a reader types it: a warning sign of suicide (Samaritans, the NHS)."""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


# Feeling trapped, with no way out, as the reader says it: no help box came.
@pytest.mark.parametrize(
    "typed",
    ["i feel trapped", "i feel so trapped", "feeling trapped", "im trapped", "I FEEL TRAPPED"]
    + ["i feel trapped in my own life", "i feel trapped in my head", "i feel trapped and alone"]
    + ["i feel trapped with no way out", "i cant see a way out", "theres no escape"]
    + ["i cant see a way out of this"],
)
def test_feeling_trapped_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["i feel trapped in my job", "i feel trapped in my marriage", "trapped wind"]
    + ["trapped nerve in my neck", "escape room", "no escape from the heat this summer"]
    + ["i feel trapped in my body", "i cant see a way out of the maze"],
)
def test_trapped_in_everyday_words_is_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


@pytest.mark.parametrize("typed", ["my friend feels trapped", "she feels trapped in her life"])
def test_someone_else_feeling_trapped_is_a_crisis_about_them(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)
