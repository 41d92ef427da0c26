"""TOML nested too deeply is a TOML error naming where the value starts, never RecursionError."""

from __future__ import annotations

import tomllib

import pytest

from reader import safe_toml

DEEP = "[" * 1000 + "]" * 1000


def test_plain_toml_reads_as_tomllib_reads_it() -> None:
    text = 'a = [[1], {b = "]"}]\n'
    assert safe_toml.loads(text) == tomllib.loads(text)


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        (f"x = {DEEP}\n", 1, 5),
        # Brackets in strings and comments are not nesting.
        (f"a = \"[[[[[\"  # [[[[[[\nb = '[[['\n[t]\n  y = {DEEP}\n", 4, 7),
        ('s = """\n[[[[[[\n"""\nx = {a = ' + "{a = " * 1000 + "1" + "}" * 1001 + "\n", 4, 5),
        ("x = [\n" + "[\n" * 1000 + "]\n" * 1001, 1, 5),
    ],
)
def test_nesting_too_deep_names_where_the_value_starts(text: str, line: int, column: int) -> None:
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        safe_toml.loads(text)
    assert str(caught.value) == f"it is nested too deeply (at line {line}, column {column})"
