"""A link's title is shown as a tooltip, so its words are checked like the body's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.lint import Finding
from reader.lint.markdown import read_body
from tests.lint.helpers import CLEAN_BODY, rule_ids

Check = Callable[..., list[Finding]]


def _body(text: str) -> str:
    return CLEAN_BODY + "\n" + text + "\n"


@pytest.mark.parametrize(
    "text",
    [
        '[Get help now](lantern:help "It can feel like the only way out")',
        "[Get help now](lantern:help 'It can feel like the only way out')",
        "[Get help now](lantern:help (It can feel like the only way out))",
        '![A calm lake](lake.png "It can feel like the only way out")',
        '[Get help now][help]\n\n[help]: lantern:help "It can feel like the only way out"',
    ],
)
def test_a_link_title_is_checked(check_one: Check, pack: Path, text: str) -> None:
    (pack / "lake.png").write_bytes(b"")
    assert "L6" in rule_ids(check_one(_body(text)))


def test_a_title_finding_is_placed_on_the_title(check_one: Check) -> None:
    text = 'Read on or [Get help now](lantern:help "Some people committed suicide") soon.'
    findings = [f for f in check_one(_body(text)) if f.rule == "L1"]
    assert len(findings) == 1
    lines = Path(findings[0].path).read_text(encoding="utf-8").split("\n")
    row = next(index for index, line in enumerate(lines) if "committed" in line)
    assert (findings[0].line, findings[0].column) == (row + 1, lines[row].index("committed") + 1)


def test_a_title_is_read_on_its_own_not_run_into_the_text(check_one: Check) -> None:
    # Run into the sentence, the title would end "... the only way out of the rain".
    text = 'Go [here](lantern:help "It is the only way") out of the rain.'
    assert "L6" not in rule_ids(check_one(_body(text)))
    assert read_body(text).titles == [(text.index("It is"), text.index('") out'))]


def test_the_address_is_still_not_read_as_wording(check_one: Check) -> None:
    text = '[a calm place](lantern:article/the-bridge "A calm place")'
    assert "L9" not in rule_ids(check_one(_body(text)))
