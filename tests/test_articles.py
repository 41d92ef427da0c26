"""Articles: front-matter parsing and clear errors with line numbers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.articles import (
    ArticleError,
    parse_article,
    read_article,
    split_front_matter,
)
from tests.article_tools import BODY, article_text, line_of, parse_error

# --- valid front matter -------------------------------------------------------------------


def test_parse_valid_article_reads_every_field() -> None:
    path = Path("pack/calm-words.md")
    article = parse_article(article_text(), path)
    assert article.id == "calm-words"
    assert article.title == "Calm words"  # surrounding spaces are trimmed
    assert article.summary == "A short summary."
    assert article.topics == ("feelings", "coping")
    assert article.content_note == "Talks about hard feelings in general terms."
    assert article.reviewed == dt.date(2026, 11, 26)
    assert article.sources == ("NICE guideline NG225",)
    assert article.related == ("other-article",)
    assert article.prompts == ("What helps you most?", "Who could you tell?")
    assert article.accepted_terms == ()
    assert article.body == BODY
    assert article.path == path


def test_body_line_points_at_the_first_body_line() -> None:
    text = article_text(body="First body line.\nSecond.\n")
    article = parse_article(text)
    assert text.splitlines()[article.body_line - 1] == "First body line."


def test_optional_keys_default_to_empty() -> None:
    article = parse_article(article_text(drop=("related", "prompts")))
    assert article.related == ()
    assert article.prompts == ()
    assert article.accepted_terms == ()


def test_accepted_terms_are_read() -> None:
    article = parse_article(article_text(accepted_terms='["overdose"]'))
    assert article.accepted_terms == ("overdose",)


def test_unknown_keys_are_ignored_by_the_parser() -> None:
    assert parse_article(article_text(notes='"kept for tools"')).id == "calm-words"


def test_windows_line_endings_parse() -> None:
    article = parse_article(article_text().replace("\n", "\r\n"))
    assert article.id == "calm-words"
    assert "Some calm words." in article.body


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    # Windows Notepad may save UTF-8 with a BOM; the '+++' line is still the first line.
    path = tmp_path / "calm-words.md"
    path.write_bytes(b"\xef\xbb\xbf" + article_text().encode("utf-8"))
    assert read_article(path).id == "calm-words"


def test_split_front_matter_returns_front_body_and_body_line() -> None:
    front, body, body_line = split_front_matter('+++\nid = "a"\n+++\nBody\n')
    assert front == 'id = "a"\n'
    assert body == "Body\n"
    assert body_line == 4


# --- missing and mistyped keys ------------------------------------------------------------


@pytest.mark.parametrize(
    "key", ["id", "title", "summary", "topics", "content_note", "reviewed", "sources"]
)
def test_missing_required_key_is_named(key: str) -> None:
    error = parse_error(article_text(drop=(key,)))
    assert f"missing the required key '{key}'" in str(error)
    assert error.line == 1


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("title", "5", "'title' should be a text in quotes"),
        ("summary", "true", "'summary' should be a text in quotes"),
        ("topics", '"feelings"', "'topics' should be a list"),
        ("reviewed", '"2026-11-26"', "'reviewed' should be a date like 2026-11-26"),
        ("sources", "[1, 2]", "every item in 'sources' should be text in quotes"),
        ("related", '"other-article"', "'related' should be a list"),
        ("prompts", "[3]", "every item in 'prompts' should be text in quotes"),
        ("id", "7", "'id' should be a text in quotes"),
    ],
)
def test_wrong_type_is_reported_at_the_key_line(key: str, value: str, expected: str) -> None:
    text = article_text(extra={key: value})
    error = parse_error(text)
    assert expected in str(error)
    assert error.line == line_of(text, f"{key} =")


def test_reviewed_with_a_time_is_rejected() -> None:
    # A datetime is a date subclass; date arithmetic on it would fail later.
    text = article_text(reviewed="2026-11-26T10:00:00")
    error = parse_error(text)
    assert "'reviewed'" in str(error)
    assert error.line == line_of(text, "reviewed =")


# --- ids ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_id",
    ["Calm-Words", "two--hyphens", "-leading", "trailing-", "with space", "snake_case", ""],
)
def test_bad_id_is_reported(bad_id: str) -> None:
    text = article_text(id=f'"{bad_id}"')
    error = parse_error(text)
    assert "'id' may only use the letters a to z without accents, in lower case," in str(error)
    assert error.line == line_of(text, "id =")


@pytest.mark.parametrize("good_id", ["a", "step-2", "2nd-step", "understanding-self-harm"])
def test_good_ids_are_accepted(good_id: str) -> None:
    assert parse_article(article_text(id=f'"{good_id}"')).id == good_id


# --- broken files -------------------------------------------------------------------------


def test_bad_toml_names_the_file_line() -> None:
    text = article_text(summary="not quoted")
    error = parse_error(text)
    assert str(error).startswith("the front matter is not valid TOML")
    assert error.line == line_of(text, "summary =")
    # One place in the message: the file's line (and column), not also tomllib's own count.
    assert "at line" not in str(error)
    assert error.column == len("summary = ") + 1


def test_duplicate_toml_key_names_the_second_line() -> None:
    text = article_text().replace('summary = "A short summary."', 'summary = "a"\nsummary = "b"')
    error = parse_error(text)
    assert "not valid TOML" in str(error)
    assert error.line == line_of(text, 'summary = "b"')


def test_toml_error_at_end_of_front_matter_points_at_its_last_line() -> None:
    # tomllib reports an unclosed array only "at end of document", without a line.
    text = '+++\nid = "a"\ntitle = "T"\ntopics = ["x",\n+++\nBody\n'
    error = parse_error(text)
    assert "not valid TOML" in str(error)
    assert error.line == line_of(text, "topics =")


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    text = article_text(body="Fine line.\nCaf\u00e9 in Latin-1.\n")
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert "not UTF-8" in str(caught.value)
    assert caught.value.line == line_of(text, "Caf")


def test_unclosed_fence_is_reported() -> None:
    error = parse_error('+++\nid = "a"\ntitle = "T"\nBody without a closing fence.\n')
    assert "never closed" in str(error)
    assert error.line == 1


@pytest.mark.parametrize("text", ["", "Just a body.\n", "\n+++\nid = 'a'\n+++\n"])
def test_missing_opening_fence_is_reported(text: str) -> None:
    error = parse_error(text)
    assert "must start with a '+++' line" in str(error)
    assert error.line == 1


def test_article_error_is_a_value_error_with_line() -> None:
    error = ArticleError("oops", 7)
    assert isinstance(error, ValueError)
    assert (str(error), error.line) == ("oops", 7)
    assert ArticleError("oops").line == 1


def test_read_article_remembers_its_path(tmp_path: Path) -> None:
    path = tmp_path / "calm-words.md"
    path.write_text(article_text(), encoding="utf-8")
    assert read_article(path).path == path


@pytest.mark.parametrize("title", ['""', '"   "', '"\\t"'])
def test_an_empty_title_is_an_error_at_its_line(title: str) -> None:
    """A blank title would show nothing above the article (and broke search)."""
    text = article_text(title=title)
    error = parse_error(text)
    assert str(error) == "'title' is empty; write the title shown above the article"
    assert error.line == line_of(text, "title =")


def test_a_file_over_the_size_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    from reader.content_files import MAX_ARTICLE_BYTES

    path = tmp_path / "calm-words.md"
    path.write_text(article_text(body="Words. " * MAX_ARTICLE_BYTES), encoding="utf-8")
    with pytest.raises(ArticleError, match="the file is too big"):
        read_article(path)


@pytest.mark.parametrize("odd", ["\u2028", "\u0085", "\u2029"])
def test_line_breaks_other_than_newline_do_not_shift_line_numbers(odd: str) -> None:
    """U+2028 in a title is a character, not a line: the body starts where the file says."""
    plain = parse_article(article_text(title='"A title"'))
    odd_one = parse_article(article_text(title=f'"A{odd}title"'))
    assert odd_one.body_line == plain.body_line
    assert odd_one.key_lines == plain.key_lines
    text = article_text(title=f'"A{odd}title"', prompts="5")  # a type error, on its line
    assert parse_error(text).line == text[: text.index("prompts =")].count("\n") + 1


def test_front_matter_nested_too_deeply_is_an_error_at_its_line() -> None:
    # tomllib recurses once per level: 1000 levels raised RecursionError and stopped Lantern.
    deep = "[" * 1000 + "]" * 1000
    text = article_text(extra={"x": deep})
    error = parse_error(text)
    assert str(error) == "the front matter is not valid TOML: it is nested too deeply"
    assert (error.line, error.column) == (line_of(text, "x ="), len("x = ") + 1)


@pytest.mark.parametrize(("bad_id", "letter"), [("entender-la-autolesión", "ó"), ("焦虑", "焦")])
def test_an_id_in_another_alphabet_is_told_which_letters_an_id_may_use(
    bad_id: str, letter: str
) -> None:
    # "lower-case letters" alone: 'ó' is one, so a Spanish writer could not tell what was wrong.
    error = parse_error(article_text(id=f'"{bad_id}"'))
    assert "the letters a to z without accents" in str(error)
    assert f"'{letter}' is not one of them" in str(error)


def test_a_related_id_written_twice_is_listed_once() -> None:
    """Two writers added the same page to one list: "Read next" showed it twice."""
    text = article_text(related='["a-page", "b-page", "a-page"]')
    assert parse_article(text).related == ("a-page", "b-page")
