"""Wording is checked in the text a reader sees, not in the Markdown source."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.lint import Finding
from reader.lint.visible import visible
from tests.lint.helpers import CLEAN_BODY, rule_ids

Check = Callable[..., list[Finding]]

HIDDEN_WORDING = [
    ("They committed *suicide* last year.", "L1"),
    ("They committed _suicide_ last year.", "L1"),
    ("They **committed suicide** last year.", "L1"),
    ("It can feel like the *only* way out.", "L6"),
    ("She took an over**dose**.", "L9"),
    ("She took an over\u00addose.", "L9"),  # soft hyphen
    ("She took an over\u200bdose.", "L9"),  # zero-width space
    ("She took an over\u200ddose.", "L9"),  # zero-width joiner
    ("She took an over\u2060dose.", "L9"),  # word joiner
    ("She took an over\ufeffdose.", "L9"),  # zero-width no-break space
    ("She took an over&shy;dose.", "L9"),
    ("They committed&nbsp;suicide.", "L1"),
    ("She took an &#111;verdose.", "L9"),
    ("She took an &#x6F;verdose.", "L9"),
    ("She took an \uff4f\uff56\uff45\uff52\uff44\uff4f\uff53\uff45.", "L9"),  # full-width
    ("She took an `over`dose.", "L9"),
    ("It felt like the only [way out](lantern:help).", "L6"),
    ("They committed [suicide](lantern:help) last year.", "L1"),
    ("She took an [over](lantern:help)dose.", "L9"),
    ("Some commit self\\-harm.", "L1"),
]

SAFE = [
    "Try *this* now, and __that__ later.",
    "Name it in a file called my_calm_list.",
    "Friends &amp; family can help.",
    "Notes from the R&D team.",
    "A caf\u00e9 can be a calm place.",
    "Take 5 \\* 3 slow breaths.",
]


def _body(text: str) -> str:
    return CLEAN_BODY + "\n" + text + "\n"


@pytest.mark.parametrize(("text", "rule"), HIDDEN_WORDING)
def test_wording_hidden_by_markup_is_still_found(check_one: Check, text: str, rule: str) -> None:
    assert rule in rule_ids(check_one(_body(text)))


@pytest.mark.parametrize("text", SAFE)
def test_ordinary_markup_is_not_flagged(check_one: Check, text: str) -> None:
    assert check_one(_body(text)) == []


def test_a_hidden_match_is_placed_where_it_is_written(check_one: Check) -> None:
    text = "A&nbsp;note: &ldquo;they committed *suicide*&rdquo;."
    findings = [f for f in check_one(_body(text)) if f.rule == "L1"]
    assert len(findings) == 1
    lines = Path(findings[0].path).read_text(encoding="utf-8").split("\n")
    row = next(index for index, line in enumerate(lines) if "committed" in line)
    assert (findings[0].line, findings[0].column) == (row + 1, lines[row].index("committed") + 1)
    assert '"committed suicide"' in findings[0].message


def test_front_matter_text_is_checked_as_shown(check_one: Check) -> None:
    findings = check_one(summary="After someone commit\u00adted suicide.")
    assert {f.rule for f in findings} == {"L1"}
    lines = Path(findings[0].path).read_text(encoding="utf-8").split("\n")
    assert lines[findings[0].line - 1].startswith("summary")


def test_the_view_maps_each_character_back_to_its_source() -> None:
    source = "a **b**&amp;c\u00add [e](x)"
    view = visible(source, [(16, 17), (18, 22)])  # "[" and "](x)"
    assert view.text == "a b&cd e"
    assert view.source_span(2, 3) == (4, 5)  # "b"
    assert view.source_span(3, 4) == (7, 12)  # "&" from "&amp;"
    assert view.source_span(4, 6) == (12, 15)  # "cd", the soft hyphen between them dropped
    assert view.source_span(7, 8) == (17, 18)  # "e" inside the link
    assert view.source_span(8, 8) == (18, 18)  # the end: after the last character shown
