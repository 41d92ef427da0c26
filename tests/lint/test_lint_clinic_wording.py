"""Everyday clinic wording is not an error that no one can accept (L8, L12)."""

from __future__ import annotations

import pytest

from reader.lint.language import find_hits

ORDINARY = [
    "Make sure you get the attention you need from a nurse.",
    "Ask your GP for attention to a sore foot.",
    "If you have self-harmed, get the attention you need from a nurse.",
    "After self-harm, get the attention of a nurse straight away.",
    "If your fit note says you need rest, take it.",
    "The note said the clinic opens at nine.",
    "If you self-harm, your fit note says what work you can do.",
    "After a suicide attempt, your sick note says two weeks.",
    "Your doctor's note reads: rest for a week. Self-harm wounds need care.",
    "If you feel unsafe while you wait, just get the attention of any member of staff.",
    "You only get the attention you need if you ask.",
    "After self-harm, just get the attention of a nurse.",
    "Send it only for the attention of Dr Shah.",
]

STEREOTYPES = [
    ("They self-harm just for attention.", "L8"),
    ("He only did it for attention.", "L8"),
    ("She only did it for attention.", "L8"),
    ("It was just for attention, they said.", "L8"),
    ("You only get attention if you self-harm.", "L8"),
    ("She just wants the attention.", "L8"),
    ("She is just doing it to get attention.", "L8"),
    ("People who self-harm want attention.", "L8"),
    ("Self-harm is a way to get attention.", "L8"),
    ("She self-harms to get some attention.", "L8"),
    ("They are attention-seeking.", "L8"),
    ("After her suicide, her note said sorry.", "L12"),
    ("His suicide note said sorry.", "L12"),
]


@pytest.mark.parametrize("text", ORDINARY)
def test_everyday_clinic_wording_is_not_flagged(text: str) -> None:
    assert not {"L8", "L12"} & {hit.rule.id for hit in find_hits(text)}


@pytest.mark.parametrize(("text", "rule"), STEREOTYPES)
def test_stereotypes_and_quoted_notes_are_still_flagged(text: str, rule: str) -> None:
    assert rule in {hit.rule.id for hit in find_hits(text)}
