"""Self-harm written "self harm" or "self injury" (with a space) counts as the topic word."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.lint import Finding
from tests.lint.helpers import rule_ids

Check = Callable[..., list[Finding]]

NO_HELP_LINK = "Lots of people {} when feelings get too big.\n\nThese feelings can pass.\n"
HELP = "\n\nThings can get better. [Get help now](lantern:help)\n"


@pytest.mark.parametrize("spelling", ["self-harm", "self harm", "self injure", "self - harm"])
def test_naming_self_harm_any_way_needs_a_help_link(check_one: Check, spelling: str) -> None:
    findings = check_one(NO_HELP_LINK.format(spelling), topics=["coping"])
    assert "L13" in rule_ids(findings)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Self harm can bring a sense of relief.", "L6"),
        ("For some, self harm feels like an escape.", "L6"),
        ("Self injury is painless for some.", "L6"),
        ("He started to self\nharm out of the blue.", "L7"),
        ("Some commit self harm.", "L1"),
        ("Old books call it self mutilation.", "L8"),
        ("There is no such thing as safer self harm.", "L18"),
        ("They self harm because of exams.", "L7"),
    ],
)
def test_self_harm_with_a_space_is_context_and_wording(
    check_one: Check, text: str, rule: str
) -> None:
    assert rule in rule_ids(check_one(text + HELP))


def test_a_word_merely_starting_with_self_is_not_the_topic(check_one: Check) -> None:
    assert check_one("Selfish harmony can bring a sense of relief.\n\nHelp is available.\n") == []


def test_a_word_ending_in_self_before_harmony_is_not_the_topic(check_one: Check) -> None:
    text = "I sang by myself harmonies and felt relief.\n\nHelp is available.\n"
    assert not rule_ids(check_one(text, topics=["coping"])) & {"L6", "L13"}
