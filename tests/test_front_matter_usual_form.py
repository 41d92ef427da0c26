"""Front matter in the usual form is read with string methods, exactly as tomllib reads it.

simple_toml reads `key = "text"`, `key = ["a", "b"]`, lists one item to a line and dates
without regular expressions first; anything else goes on to the regular expressions, then
tomllib. The oracle is tomllib with a plain line scan, as in test_front_matter_fast_path.
"""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import simple_toml
from reader.articles import field_errors, read_front_matter
from tests.front_matter_oracle import as_lantern_reads, as_tomllib_reads

# Mostly characters of the usual form, with near misses: quotes, a backslash, controls, breaks
# besides "\n", separators written inside a value, and letters beyond ASCII.
PIECE = st.sampled_from(
    list("ab z’é,[]#=\t")
    + ['"', "\\", "\x01", "\x7f", "\x85", "\u2028", "\r", '", "', " = ", "\ud800"]
)
TEXT = st.lists(st.sampled_from(list("ab z’é,[]#\t")) | PIECE, max_size=8).map("".join)
KEY = st.sampled_from(
    ["id", "title", "a-b", "x_1", "K9", "9", "-", "_"] * 3 + ["", "é", " k", "a b"]
)
ONE_LINE_LIST = st.lists(TEXT, max_size=4).map(lambda items: ", ".join(f'"{i}"' for i in items))
VALUE = st.one_of(
    TEXT.map(lambda text: f'"{text}"'),
    ONE_LINE_LIST.map(lambda inner: f"[{inner}]"),
    st.sampled_from(["2026-11-26", "2026-02-30", "0000-01-01", "2026-1-26", "20261126"]),
    st.sampled_from(["[]", "[ ]", "[", '"', '""', "", "5", '"a" # note', '["a","b"]', "[\t]"]),
    TEXT,
)
ITEM_LINE = st.one_of(
    TEXT.map(lambda text: f'  "{text}",'),
    TEXT.map(lambda text: f'"{text}"'),
    st.sampled_from(["", ",", '"a", "b",', '  "a" ,', '\t"x",\t', "# note", "  ]x"]),
)
LONG_LIST = st.tuples(
    st.lists(ITEM_LINE, max_size=4), st.sampled_from(["]", "  ]", "]  ", "],", ""])
).map(lambda parts: "[\n" + "".join(line + "\n" for line in parts[0]) + parts[1])
LINE = st.one_of(
    st.tuples(KEY, VALUE | LONG_LIST).map(lambda pair: f"{pair[0]} = {pair[1]}"),
    st.tuples(KEY, VALUE).map(lambda pair: f"{pair[0]} = {pair[1]}"),
    st.sampled_from(["", "  ", "# a comment", '# x = "y"', "\t# tab", "[table]", 'k="v"']),
)
FRONT = st.tuples(st.lists(LINE, max_size=7), st.sampled_from(["\n", "\n", "", " ", "\n\n"])).map(
    lambda parts: "\n".join(parts[0]) + parts[1]
)


@settings(max_examples=1500, deadline=None)
@given(FRONT)
def test_usual_form_front_matter_reads_as_tomllib_reads_it(front: str) -> None:
    assert as_lantern_reads(front) == as_tomllib_reads(front)


@settings(max_examples=500, deadline=None)
@given(FRONT)
def test_the_usual_form_gives_what_the_regular_expressions_give(front: str) -> None:
    usual = simple_toml._usual_form(front, 2, False)
    if usual is not None:
        assert usual == simple_toml._any_form(front, 2, False)
        data, lines = usual
        assert list(data) == list(lines)  # the order of the file, which error reports keep


@pytest.mark.usefixtures("no_tomllib")
def test_the_usual_form_is_read_on_its_own_path() -> None:
    front = (
        'id = "a-b"\n'
        "# a comment\n"
        "\n"
        'topics = ["x", "y, z", "[w]"]\n'
        "sources = [\n"
        '  "One (2024)",\n'
        '  "Two",\n'
        "]\n"
        "prompts = []\n"
        "reviewed = 2026-11-26\n"
        'title = ""\n'
    )
    expected = {
        "id": "a-b",
        "topics": ["x", "y, z", "[w]"],
        "sources": ["One (2024)", "Two"],
        "prompts": [],
        "reviewed": dt.date(2026, 11, 26),
        "title": "",
    }
    lines = {"id": 2, "topics": 5, "sources": 6, "prompts": 10, "reviewed": 11, "title": 12}
    assert simple_toml._usual_form(front, 2, False) == (expected, lines)
    assert read_front_matter(front) == (expected, lines)


@pytest.mark.parametrize(
    "front",
    [
        'id = "a"\nid = "b"\n',  # a key twice
        'id = "a\\"b"\n',  # an escape
        'id = "a"  \n',  # spaces after the value
        'id = [\n  "a"\n  "b",\n]\n',  # no comma between items
        'id = [\n  "a",\n',  # a list never closed
        'id = "a"',  # no "\n" at the end
        'id = "a"\n  # comment with no end',
        'id = "tab\tand \x85"\n',  # a break besides "\n"
        "reviewed = 2026-02-30\n",  # not a real date
        'a.b = "x"\n',
        '[table]\nid = "a"\n',  # tables are for manifests, not front matter
    ],
)
def test_anything_else_is_left_to_the_regular_expressions(front: str) -> None:
    assert simple_toml._usual_form(front, 1, False) is None
    assert as_lantern_reads(front) == as_tomllib_reads(front)


def test_lines_are_numbered_from_first_line() -> None:
    front = 'id = "a"\n\nsources = [\n  "x",\n]\nreviewed = 2026-11-26\n'
    assert simple_toml.loads(front, tables=False, first_line=2) == (
        {"id": "a", "sources": ["x"], "reviewed": dt.date(2026, 11, 26)},
        {"id": 2, "sources": 4, "reviewed": 7},
    )
    # The same text in a form the regular expressions read, numbered the same way.
    spaced = front.replace("id = ", "id  =  ")
    assert simple_toml._usual_form(spaced, 2, False) is None
    assert simple_toml.loads(spaced, tables=False, first_line=2)[1] == {
        "id": 2,
        "sources": 4,
        "reviewed": 7,
    }


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (["a", 2], "every item in 'topics' should be text in quotes"),
        ([["a"]], "every item in 'topics' should be text in quotes"),
        ("a", '\'topics\' should be a list like ["a", "b"]'),
        (("a",), '\'topics\' should be a list like ["a", "b"]'),
    ],
)
def test_list_items_that_are_not_text_are_reported(value: object, message: str) -> None:
    data = {"topics": value, "reviewed": dt.datetime(2026, 11, 26, 10, 0), "title": "t"}
    errors = field_errors(data, {"topics": 4, "reviewed": 5})
    found = [(str(e), e.line) for e in errors if e.key in ("topics", "reviewed")]
    assert found == [(message, 4), ("'reviewed' should be a date like 2026-11-26", 5)]


HEADER = st.sampled_from(
    ["[pack]", "[[collections]]"] * 4
    + ["[ pack ]", "[[collections]", "[pack]]", "[]", "[[]]", "[a.b]", "[id]", "[[pack]]", "[é]"]
)
# Table bodies in the usual form mostly, so that whole manifests take it.
CLEAN_TEXT = st.text(alphabet="ab z’é,[]#", max_size=6)
CLEAN_LINE = st.tuples(st.sampled_from(["id", "title", "articles", "x-1"]), CLEAN_TEXT).map(
    lambda pair: f'{pair[0]} = "{pair[1]}"' if pair[1][:1] != "#" else f'{pair[0]} = ["{pair[1]}"]'
)
BODY = st.one_of(st.lists(CLEAN_LINE, max_size=4).map(lambda lines: "\n".join(lines) + "\n"), FRONT)
MANIFEST = st.tuples(BODY, st.lists(st.tuples(HEADER, BODY), max_size=4)).map(
    lambda parts: parts[0] + "".join(f"\n{header}\n{body}" for header, body in parts[1])
)


@settings(max_examples=1000, deadline=None)
@given(MANIFEST)
def test_usual_form_manifests_read_as_tomllib_reads_them(text: str) -> None:
    usual = simple_toml._usual_form(text, 1, True)
    if usual is not None:
        assert usual == simple_toml._any_form(text, 1, True)
    found = simple_toml.loads(text)
    if found is not None:
        assert found[0] == tomllib.loads(text)


def test_a_manifest_in_the_usual_form_takes_its_path() -> None:
    text = (
        '[pack]\ntitle = "A pack"\n\n'
        '[[collections]]\nid = "one"\narticles = ["a", "b"]\n\n'
        '[[collections]]\nid = "two"\narticles = [\n  "c",\n]\n'
    )
    expected = {
        "pack": {"title": "A pack"},
        "collections": [{"id": "one", "articles": ["a", "b"]}, {"id": "two", "articles": ["c"]}],
    }
    assert simple_toml._usual_form(text, 1, True) == (expected, {})
    assert tomllib.loads(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '[pack]\ntitle = "a"\n[pack]\n',  # a table twice
        '[pack]\n[[pack]]\nid = "a"\n',  # a table, then an array of the same name
        '[[c]]\nid = "a"\nid = "b"\n',  # a key twice in one table
        '[a]]\nid = "a"\n',
        '[[a]\nid = "a"\n',
    ],
)
def test_manifests_in_other_forms_are_left_to_the_regular_expressions(text: str) -> None:
    assert simple_toml._usual_form(text, 1, True) is None
    assert simple_toml.loads(text) == simple_toml._any_form(text, 1, True)
