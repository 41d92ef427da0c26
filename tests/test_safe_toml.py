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


LONG = "9" * 4301  # one digit more than Python turns into a number (sys.get_int_max_str_digits)


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        (f"n = {LONG}\n", 1, 5),
        (f"n = -{LONG}\n", 1, 5),
        ("n = " + "9_" * 4300 + "9\n", 1, 5),  # digits, not underscores, are what count
        (f"a = [1, 2, {LONG}]\n", 1, 12),
        # Digits in strings, comments and keys are not numbers; hex is not limited.
        (
            f'a = "{LONG}"  # {LONG}\n{LONG} = 1\nh = 0x{"f" * 5000}\n[t]\nx = {{y = {LONG}}}\n',
            5,
            10,
        ),
        (f"s = '''\n{LONG}\n'''\nn = +{LONG}\n", 4, 5),
    ],
)
def test_a_number_too_long_for_python_is_a_toml_error_naming_it(
    text: str, line: int, column: int
) -> None:
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        safe_toml.loads(text)
    assert str(caught.value) == (
        f"a number is too long: it has more than 4,300 digits (at line {line}, column {column})"
    )


def test_long_numbers_python_can_read_are_read() -> None:
    text = f'k = "{LONG}"\n{LONG} = 1\nh = 0x{"f" * 5000}\nf = {LONG}.5\nn = {"9" * 4300}\n'
    assert safe_toml.loads(text) == tomllib.loads(text)
