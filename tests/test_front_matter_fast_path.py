"""Front matter reads as tomllib and a line scan read it, and plain forms without tomllib."""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import paths, simple_toml
from reader.articles import ArticleError, read_front_matter, split_front_matter
from tests.front_matter_oracle import as_lantern_reads, as_tomllib_reads

# Pieces of front matter: the plain forms the fast path takes, and near misses it must refuse.
ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
PLAIN_TEXT = st.text(alphabet=st.sampled_from(list("ab z-’é#=[]{}',.\t")), max_size=12)
TEXT = st.one_of(PLAIN_TEXT, PLAIN_TEXT, PLAIN_TEXT, ANY_TEXT)
# Mostly good forms, so that many whole front matters take the fast path; some near misses.
NAMES = ["id", "title", "summary", "topics", "reviewed", "sources", "a-b", "x_1", "K9", "-"]
KEY = st.sampled_from(NAMES * 3 + ["a.b", '"q"', "é"])
SPACE = st.sampled_from([" "] * 8 + ["", "\t", "  ", "\u00a0"])
DATE = st.sampled_from(
    ["2026-11-26"] * 6
    + ["2026-02-30", "2026-1-26", "2026-11-26T10:00", "2026-11-26 10:00", "0000-01-01"]
)
OTHER = st.sampled_from(["5", "true", "'lit'", '"""x"""', '"a" # note', '"\\n"', "[1, 2]", "[ , ]"])


@st.composite
def values(draw: st.DrawFn) -> str:
    """A TOML value written the way an article author (or a careless one) might."""
    kind = draw(st.sampled_from([0, 0, 0, 1, 1, 2, 2, 2, 3]))
    if kind == 0:
        return '"' + draw(TEXT).replace("\\", "").replace('"', "") + '"'
    if kind == 1:
        return draw(DATE)
    if kind == 2:
        items = draw(st.lists(TEXT.map(lambda t: '"' + t.replace('"', "") + '"'), max_size=3))
        gap = draw(st.sampled_from([" ", "\n  ", "", "\n"]))
        trailing = draw(st.sampled_from(["", ",", ",\n", ",\n\n"]))
        return "[" + gap + ("," + gap).join(items) + trailing + "]"
    return draw(OTHER)


@st.composite
def front_matters(draw: st.DrawFn) -> str:
    """Several key = value lines with optional blank lines and odd spacing."""
    lines = []
    for _ in range(draw(st.integers(0, 5))):
        lines.append(draw(SPACE) + draw(KEY) + draw(SPACE) + "=" + draw(SPACE) + draw(values()))
        if draw(st.integers(0, 3)) == 0:
            lines.append(draw(st.sampled_from(["", "  ", "", "# comment", "[table]", "\r"])))
    return "\n".join(lines) + draw(st.sampled_from(["", "\n", "\n\n"]))


@st.composite
def manifests(draw: st.DrawFn) -> str:
    """Front-matter-like lines under [table] and [[array]] headers, with comments."""
    parts = [draw(front_matters())]
    for _ in range(draw(st.integers(0, 4))):
        header = draw(
            st.sampled_from(
                ["[pack]", "[[collections]]", "[ pack ]", "[[ collections ]]"] * 3
                + ["[[pack]", "[a.b]", "[[x]]\n[x]", "# [pack]", "[id]"]
            )
        )
        parts.append(header + "\n" + draw(front_matters()))
    return "\n".join(parts)


@settings(max_examples=600, deadline=None)
@given(front_matters())
def test_front_matter_reads_as_tomllib_reads_it(front: str) -> None:
    assert as_lantern_reads(front) == as_tomllib_reads(front)


@settings(max_examples=600, deadline=None)
@given(manifests())
def test_plain_toml_with_tables_reads_as_tomllib_does_or_steps_aside(text: str) -> None:
    fast = simple_toml.loads(text)
    if fast is not None:
        assert fast[0] == tomllib.loads(text)


def test_plain_toml_reads_the_bundled_manifest() -> None:
    text = (paths.content_dir() / "pack.toml").read_text(encoding="utf-8")
    fast = simple_toml.loads(text)
    assert fast is not None
    assert fast[0] == tomllib.loads(text)


@pytest.mark.usefixtures("no_tomllib")
def test_the_fast_path_takes_every_bundled_article() -> None:
    for path in sorted(paths.content_dir().glob("*.md")):
        front = split_front_matter(path.read_text(encoding="utf-8"))[0]
        assert read_front_matter(front) == as_tomllib_reads(front), path.name


@pytest.mark.usefixtures("no_tomllib")
def test_the_fast_path_reads_dates_lists_and_lines() -> None:
    front = 'id = "a"\n\nreviewed = 2026-11-26\ntopics = [\n  "x",\n  "y",\n]\n'
    assert read_front_matter(front) == (
        {"id": "a", "reviewed": dt.date(2026, 11, 26), "topics": ["x", "y"]},
        {"id": 2, "reviewed": 4, "topics": 5},
    )


def test_only_ascii_digits_make_a_date() -> None:
    """Arabic-Indic digits matched \\d and made a date tomllib refuses: it steps aside."""
    front = 'id = "a"\nreviewed = \u0662\u0660\u0662\u0666-\u0661\u0661-\u0662\u0667\n'
    assert as_tomllib_reads(front) is None
    with pytest.raises(ArticleError, match="not valid TOML"):
        read_front_matter(front)


def test_escapes_comments_and_repeats_read_as_tomllib_reads_them() -> None:
    """Forms the fast path leaves to tomllib: read as tomllib reads them, or refused."""
    for front in ('t = "a\\"b"\n', 't = "a" # c\n', 't = "a"\nt = "b"\n', "t = 'a'\n"):
        assert as_lantern_reads(front) == as_tomllib_reads(front), front


def _split_by_lines(text: str) -> tuple[str, str, int] | None:
    """The rule, written plainly: lines end at "\n" only, and a fence is a line of '+++'."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    if lines[0].strip() != "+++":
        return None
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() == "+++":
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), index + 2
    return None


LINE_PIECES = st.sampled_from(
    ["+++", " +++ ", "a = 1", "", "body", "\u2028", "\r\n", "\r", "\n", "\x0c", "\x85", "+++x"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(LINE_PIECES, max_size=10).map("".join))
def test_splitting_finds_the_same_fence_as_a_line_by_line_scan(text: str) -> None:
    expected = _split_by_lines(text)
    try:
        found: tuple[str, str, int] | None = split_front_matter(text)
    except ValueError:
        found = None
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "+++\na = 1\n+++\nbody\n",
        "+++\n+++\n",
        '+++\nx = "C+++"\n+++\nbody',
        "+++\na = 1\n +++ \nbody",
        "+++\na = 1\r\n+++\nbody",
        "+++\na = 1\n+++",
        "+++\na = 1\n",
    ],
)
def test_splitting_the_usual_forms_agrees_with_a_line_by_line_scan(text: str) -> None:
    try:
        found: tuple[str, str, int] | None = split_front_matter(text)
    except ValueError:
        found = None
    assert found == _split_by_lines(text)


@pytest.mark.parametrize("odd", ["\u2028", "\u0085", "\u2029", "\x1c", "\x0c", "\r"])
def test_other_line_breaks_are_characters_not_lines(odd: str) -> None:
    """Only "\n" ends a line: the body starts where TOML and the line numbers say it does."""
    text = f'+++\ntitle = "A{odd}B"\n+++\nbody\n'
    assert split_front_matter(text) == (f'title = "A{odd}B"\n', "body\n", 4)
    # Plain, and with a comment (which tomllib reads): each key on its own line, or the
    # control characters TOML refuses in a string reported on the line they are on.
    for front in (f'x = "a{odd}b"\ny = 1\n', f'x = "a{odd}b"\ny = 1  # one\n'):
        if odd in "\x1c\x0c\r":
            with pytest.raises(ArticleError) as refused:
                read_front_matter(front)
            assert refused.value.line == 2
        else:
            assert read_front_matter(front)[1] == {"x": 2, "y": 3}
