"""A file that is not valid TOML: tomllib's words, its line and column, then a plain hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.config.toml_hints import toml_hint
from tests.config_helpers import load_text

CASES = [
    # (file, line, what tomllib says, the hint)
    ('[clinic]\nname = "Oakwood\nwelcome = "Hi"\n', 2, "Illegal character '\\n'",
     'is a closing quote (") missing on this line?'),
    ("[display]\nzoom = 120\nzoom = 130\n", 3, "Cannot overwrite a value",
     "is this setting given twice? Keep only one of them"),
    ("[clinic]\nname = 'x'\n[clinic]\nwelcome = 'y'\n", 3, "Cannot declare",
     "is this [section] written twice? Put all its settings under one"),
    ("[display]\neasier_reading = True\n", 2, "Invalid value",
     "write true or false in lower case, without quotes"),
    ("[display]\neasier_reading = yes # please\n", 2, "Invalid value",
     "write true or false in lower case, without quotes"),
    ("[clinic]\nname = Riverside Clinic\n", 2, "Invalid value",
     'is text missing its quotes? Write it like name = "Riverside Clinic"'),
    ("[clinic]\nwelcome = Welcome to Oak Street  # ours\n", 2, "Invalid value",
     'is text missing its quotes? Write it like welcome = "Welcome to Oak Street"'),
    ("[clinic]\nname = \u201cRiverside\u201d\n", 2, "Invalid value",
     'use straight quotes (") around text, not curly ones'),
    ("[clinic]\nname = { a = 1, a = 2 }\n", 2, "Duplicate inline table key",
     "is this name given twice in the { ... } table?"),
    ("[display]\nzoom =\n", 2, "Invalid value", "is the value after = missing?"),
    ('contacts.local = []\n[[contacts.local]]\nname = "A"\n', 2, "Cannot mutate",
     "is this list or { ... } table given whole on a line above, and added to here?"),
    ('[clinic]\nname = { a = 1 }\nname.b = 2\n', 3, "Cannot mutate",
     "Write all of it in one place"),
    ("[display]\nzoom 120\n", 2, "Expected '='",
     "write each setting as name = value, with no spaces in name"),
    ("[display\nzoom = 120\n", 1, "Expected ']'",
     "is the closing ] of this [section] line missing?"),
    ('[content]\nhidden = ["a"\nstart_here = []\n', 3, "Unclosed array",
     "is the closing ] of a list missing?"),
    ('[content]\nhidden = [\n  "a",\nstart_here = []\n', 4, "Invalid value",
     "is the closing ] missing from the list 'hidden = [' above this line?"),
    ('[content]\nhidden = [\n  "a",\n\n[display]\nzoom = 120\n', 5, "Invalid value",
     "is the closing ] missing from the list 'hidden = [' above this line?"),
    ('[content]\nhidden = ["a",\n[[contacts.local]]\nname = "A"\n', 3, "Invalid value",
     "is the closing ] missing from the list 'hidden = [' above this line?"),
    ('[content]\nhidden = ["a"]\nstart_here = [[', 3, "Invalid value",  # a save cut short
     "is the closing ] of a list missing? The file ends inside it"),
    ('[content]\nextra_folders = ["C:\\Users\\clinic"]\n', 2, "Invalid hex value",
     "write a Windows path in 'single quotes'"),
    ("[display]\nzoom = 120%\n", 2, "Expected newline",
     'Put text such as "120%" in quotes'),
    ('[clinic]\nwelcome = "Hello\n', 2, "Illegal character",  # the last line, unclosed
     'is a closing quote (") missing on this line?'),
    ('[clinic]\nwelcome = """Hello\n', 2, "Unterminated string",
     "is a closing quote missing? A text in quotes runs on to the end"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "line", "says", "hint"), CASES)
def test_a_toml_mistake_gets_a_plain_hint(
    tmp_path: Path, text: str, line: int, says: str, hint: str
) -> None:
    _, problems = load_text(tmp_path, text)
    assert len(problems) == 1
    problem = problems[0]
    assert problem.line == line
    assert problem.message.startswith(f"the file is not valid TOML: {says}")
    if "end of document" not in problem.message:
        assert f"(at line {line}, column " in problem.message  # tomllib's place is kept
    assert "; nothing in it was used. Hint: " in problem.message
    assert hint in problem.message.partition(". Hint: ")[2]


def test_a_mistake_without_a_known_hint_keeps_tomllib_words_only(tmp_path: Path) -> None:
    _, problems = load_text(tmp_path, "[display]\n= 120\n")
    assert problems[0].message.endswith("; nothing in it was used")
    assert toml_hint("Something new (at line 1, column 1)", "x") == ""
    assert toml_hint("Invalid value (at line 1, column 8)", "a = [1,,2]\n") == ""


def test_a_hint_for_a_place_past_the_text_is_still_safe() -> None:
    assert toml_hint("Invalid value (at line 9, column 40)", "a = \n") == (
        "is the value after = missing?"
    )


APOSTROPHE = "An apostrophe (') ends text in 'single quotes', so use double quotes, like "


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("[clinic]\nwelcome = 'We're here for you'\n", 'welcome = "We\'re here for you"'),
        ("[clinic]\nname = 'O'Brien Clinic'  # our name\n", 'name = "O\'Brien Clinic"'),
        ("[clinic]\nwelcome = 'the nurses' room'\n", 'welcome = "the nurses\' room"'),
        # In a list or { ... } table the line is not one setting: a general example instead.
        ("[content]\nhidden = ['men's-group']\n", 'welcome = "We\'re here for you"'),
    ],
)
def test_an_apostrophe_in_single_quotes_gets_its_own_hint(
    tmp_path: Path, text: str, example: str
) -> None:
    _, problems = load_text(tmp_path, text)
    assert len(problems) == 1
    assert problems[0].line == 2
    assert problems[0].message.endswith(
        "nothing in it was used. Hint: is there an apostrophe in the text? " + APOSTROPHE + example
    )
    assert "more than one value" not in problems[0].message


def test_two_values_on_a_line_still_get_the_general_hint() -> None:
    text = 'welcome = "Hi" "there"\n'
    message = "Expected newline or end of document after a statement (at line 1, column 16)"
    assert toml_hint(message, text).startswith("is there more than one value on this line?")


INVISIBLE = (
    "which looks like a space or like nothing but is not one; it comes with text copied from a "
    "web page or a document. Delete it, and type an ordinary space if one is needed"
)


@pytest.mark.parametrize(
    ("text", "line", "column", "what"),
    [
        # tomllib's own hint here was "write true or false in lower case", for a lower-case true
        ("[kiosk]\nenabled =\u00a0true\n", 2, 10, "a non-breaking space (U+00A0)"),
        ("[display]\nzoom\u00a0=\u00a0120\n", 2, 5, "a non-breaking space (U+00A0)"),
        ("\u00a0[display]\nzoom = 120\n", 1, 1, "a non-breaking space (U+00A0)"),
        ("[display]\nzoom = 120\u202f\n", 2, 11, "a narrow non-breaking space (U+202F)"),
        ("[display]\n\u200bzoom = 120\n", 2, 1, "a zero-width space (U+200B)"),
        ("[display]\nzoom = 1\u00ad20\n", 2, 9, "a soft hyphen (U+00AD)"),
        ("[display]\nzoom =\u2009120\n", 2, 7, "a thin space (U+2009)"),
        ("[display]\nzoom = 120\n\ufeff[clinic]\n", 3, 1, "a byte-order mark (U+FEFF)"),
    ],
)
def test_an_invisible_character_pasted_from_a_page_is_named(
    tmp_path: Path, text: str, line: int, column: int, what: str
) -> None:
    _, problems = load_text(tmp_path, text)
    assert problems[0].line == line
    assert problems[0].message.startswith("the file is not valid TOML: ")
    hint = problems[0].message.partition(". Hint: ")[2]
    assert hint == f"column {column} holds {what}, {INVISIBLE}"


def test_an_invisible_character_inside_quotes_is_left_alone(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, '[clinic]\nname = "Riverside\u00a0Clinic"\n')
    assert problems == []
    assert config.clinic.name == "Riverside\u00a0Clinic"


@pytest.mark.parametrize(
    "text",
    [
        "[clinic]\nname = \u201eRiverside\u201c\n",  # German, from a word processor
        "[clinic]\nname = \u00abRiverside\u00bb\n",  # French
        "[clinic]\nname = \u201aRiverside\u2018\n",
    ],
)
def test_other_typographic_quotes_get_the_straight_quotes_hint(tmp_path: Path, text: str) -> None:
    _, problems = load_text(tmp_path, text)
    assert problems[0].message.endswith('Hint: use straight quotes (") around text, not curly ones')


def test_a_curly_closing_quote_is_named_not_called_missing(tmp_path: Path) -> None:
    # A word processor turned only the closing quote curly; there is a closing quote to see.
    _, problems = load_text(tmp_path, '[clinic]\nname = "Riverside\u201d\n')
    assert problems[0].line == 2
    assert problems[0].message.endswith(
        'Hint: is the closing quote a curly one (\u201d)? Use a straight quote (") instead'
    )


def test_a_curly_apostrophe_in_an_unclosed_text_keeps_the_missing_quote_hint(
    tmp_path: Path,
) -> None:
    _, problems = load_text(tmp_path, '[clinic]\nwelcome = "We\u2019re here\n')
    assert problems[0].message.endswith('Hint: is a closing quote (") missing on this line?')


@pytest.mark.parametrize("text", ['region = "GB"\r[kiosk]\renabled = true\r', "# a\rregion = 1\r"])
def test_old_mac_line_ends_are_named(tmp_path: Path, text: str) -> None:
    # tomllib blamed "more than one value on this line" or an "invalid character '\r'".
    _, problems = load_text(tmp_path, text)
    assert "Hint: its lines end with a lone carriage return" in problems[0].message
