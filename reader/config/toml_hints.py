"""Plain-English hints for the TOML mistakes people make most, after tomllib's own words."""

from __future__ import annotations

import re

from reader.toml_lines import toml_error_column, toml_error_line, toml_error_text, toml_lines

_BOOLEANS = {"true", "false", "yes", "no", "on", "off"}
# Where tomllib stops when an apostrophe ends a text in 'single quotes' too early.
_CUT_SHORT = ("Expected newline or end of document", "Unclosed array", "Unclosed inline table")
_SINGLE_QUOTED = re.compile(r"\s*([\w.-]+)\s*=\s*'(.*)'\s*(?:#.*)?")
# An apostrophe is fine inside "double quotes"; a \ or a " would need more than quotes.
_UNQUOTED = re.compile(r"\s*([\w.-]+)\s*=\s*([^\"#\\]*?)\s*(?:#.*)?")
# A line that starts a setting or a [section]; group 1 is where its name starts.
_NEXT_SETTING = re.compile(r"\s*\[?\[?\s*([\w.-]+)\s*(?:=|\]\]?\s*(?:#.*)?$)")
_LIST_START = re.compile(r"\s*([\w.-]+)\s*=\s*\[")
_REVIEWED = re.compile(r"\s*reviewed\s*=")  # an article's review date
_DATE_HINT = "write the date as year-month-day with no quotes, like reviewed = 2026-11-26"
_LONE_CR = re.compile(r"\r(?!\n)")  # old Mac line ends, which TOML does not allow
_SHOWN = 60  # the longest text an example repeats whole; a longer one is cut at a word
# Quotes a word processor types: English, German and other low-9, and French guillemets.
_CURLY = "\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a"
# Characters that look like a space or like nothing, pasted with text from a web page, an
# email or a word processor. Unicode's own names where they are plain enough.
_INVISIBLE_NAMES = {
    "\u00a0": "non-breaking space",
    "\u202f": "narrow non-breaking space",
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\ufeff": "byte-order mark",
}
# (the start of tomllib's message, the hint). Each hint asks rather than tells: the same
# message can have another cause now and then.
_HINTS = (
    ("Illegal character '\\n'", 'is a closing quote (") missing on this line?'),
    ("Unterminated string", "is a closing quote missing? A text in quotes runs on to the end"),
    ('Expected "\'"', "is a closing quote (') missing? A text in quotes runs on to the end"),
    ("Cannot overwrite a value", "is this setting given twice? Keep only one of them"),
    ("Duplicate inline table key", "is this name given twice in the { ... } table?"),
    ("Cannot mutate immutable namespace", "is this list or { ... } table given whole on a line "
     "above, and added to here? Write all of it in one place"),
    ("Cannot declare", "is this [section] written twice? Put all its settings under one"),
    ("Expected '=' after a key", "write each setting as name = value, with no spaces in name"),
    ("Expected ']' at the end of a table", "is the closing ] of this [section] line missing?"),
    ("Unclosed array", "is the closing ] of a list missing?"),
    ("Invalid hex value", _BACKSLASH := "a \\ in double quotes starts an escape: write a Windows"
     " path in 'single quotes', or with / instead of \\"),
    ("Unescaped '\\'", _BACKSLASH),
    ("Expected newline or end of document", 'is there more than one value on this line? Put '
     'text such as "120%" in quotes, and each setting on its own line'),
    ("Invalid initial character for a key part", "is a { ... } table split over several lines, "
     "or ended with a comma? It must be on one line, with no comma after its last item"),
)  # fmt: skip


def toml_hint(message: str, text: str) -> str:
    """A plain-English hint for a tomllib error in text, or "" when there is none to give."""
    if _LONE_CR.search(text):  # tomllib blamed a value or an "invalid character '\r'"
        return "its lines end with a lone carriage return: save it with normal line endings"
    invisible = _invisible_hint(_error_line(message, text), toml_error_column(message))
    if invisible:
        return invisible  # any other hint would be about what the reader cannot see
    if message.startswith("Invalid value"):
        unclosed = _unclosed_list_hint(message, text)
        if unclosed:
            return unclosed
        return _invalid_value_hint(_value_at(message, text), _error_line(message, text))
    curly = _curly_close(message, text)
    if curly:
        return f'is the closing quote a curly one ({curly})? Use a straight quote (") instead'
    if message.startswith(_CUT_SHORT):
        hint = _apostrophe_hint(_error_line(message, text), toml_error_column(message))
        if hint:
            return hint
    return next((hint for start, hint in _HINTS if message.startswith(start)), "")


def toml_problem(message: str, text: str) -> str:
    """tomllib's message without its place, then a plain hint in brackets if there is one: for
    an article's front matter or a pack.toml, whose problem gives the line itself."""
    # tomllib's words alone ("Invalid value") are jargon to most writers. The general hints
    # would misread a date it cannot read ("more than one value on this line?").
    dated = _REVIEWED.match(_error_line(message, text)) is not None
    hint = _DATE_HINT if dated else toml_hint(message, text)
    return toml_error_text(message) + (f" ({hint})" if hint else "")


def _error_line(message: str, text: str) -> str:
    """The line where tomllib stopped ("" past the end of the text)."""
    lines = toml_lines(text)
    number = toml_error_line(message, text)
    return lines[number - 1] if 0 < number <= len(lines) else ""


def _value_at(message: str, text: str) -> str:
    """What is written where tomllib stopped, up to a comment."""
    return _error_line(message, text)[toml_error_column(message) - 1 :].partition("#")[0].strip()


def _curly_close(message: str, text: str) -> str:
    """The curly double quote that ends a line where a "text" runs on to the end of the line."""
    if not message.startswith("Illegal character '\\n'"):
        return ""
    last = _error_line(message, text).rstrip()[-1:]
    return last if last and last in "\u201c\u201d\u201e\u00ab\u00bb" else ""


def _invisible_hint(line: str, column: int) -> str:
    """A hint when tomllib stopped at a character that looks like a space or like nothing."""
    import unicodedata  # only for a file that is not valid TOML

    char = line[column - 1 : column]
    if not char or char in " \t" or unicodedata.category(char) not in ("Zs", "Cf"):
        return ""
    name = _INVISIBLE_NAMES.get(char) or unicodedata.name(char, "invisible character").lower()
    article = "an" if name[0] in "aeiou" else "a"
    return (
        f"column {column} holds {article} {name} (U+{ord(char):04X}), which looks like a space "
        "or like nothing but is not one; it comes with text copied from a web page or a "
        "document. Delete it, and type an ordinary space if one is needed"
    )


def _apostrophe_hint(line: str, column: int) -> str:
    """A hint when tomllib stopped just after a 'single-quoted' text: was it an apostrophe?"""
    before = line[: column - 1].rstrip()
    if not before.endswith("'") or before.count("'") < 2 or "'''" in before:
        return ""
    example = 'welcome = "We\'re here for you"'
    whole = _SINGLE_QUOTED.fullmatch(line)
    if whole and len(whole[2]) <= 60 and not any(c in whole[2] for c in '"\\'):
        example = f'{whole[1]} = "{whole[2]}"'  # their own line, put right
    return (
        "is there an apostrophe in the text? An apostrophe (') ends text in 'single quotes', "
        f"so use double quotes, like {example}"
    )


def _unclosed_list_hint(message: str, text: str) -> str:
    """A hint when tomllib, still in a list, stopped at the name of a setting or a [section].

    A list written one item to a line, each with a comma, whose "]" line is missing: what
    follows was read as its next item, and "is text missing its quotes?" misled.
    """
    line, column = _error_line(message, text), toml_error_column(message)
    if "(at line " not in message:  # "at end of document": the file ends inside a value
        ends_in_list = line.count("[") > line.count("]")
        return "is the closing ] of a list missing? The file ends inside it" if ends_in_list else ""
    name = _NEXT_SETTING.match(line)
    if name is None or column > name.start(1) + 1:
        return ""  # tomllib stopped at a value after "=", not at the name of the next line
    above = toml_lines(text)[: toml_error_line(message, text) - 1]
    opened = next((m for m in map(_LIST_START.match, reversed(above)) if m), None)
    where = f"the list '{opened[1]} = [' above this line" if opened else "a list above this line"
    return f"is the closing ] missing from {where}?"


def _invalid_value_hint(value: str, line: str) -> str:
    if not value:
        return "is the value after = missing?"
    if value.rstrip(",]}").lower() in _BOOLEANS:
        return "write true or false in lower case, without quotes"
    if value[0] in _CURLY:
        return 'use straight quotes (") around text, not curly ones'
    if value[0].isalpha():
        return f"is text missing its quotes? Write it like {_quoted_example(line)}"
    return ""


def _quoted_example(line: str) -> str:
    """The writer's own line put right (its start, for a long text), or a clinic's name."""
    # Their own key even when the text is long: an article's summary often is, and
    # 'name = "Riverside Clinic"' read as a clinic's setting to an article's writer.
    whole = _UNQUOTED.fullmatch(line)
    if whole is None:
        return 'name = "Riverside Clinic"'
    key, text = whole[1], whole[2]
    if len(text) > _SHOWN:
        text = text[: _SHOWN // 2].rsplit(" ", 1)[0] + " …"
    return f'{key} = "{text}"'
