"""One run of the checker reports every front-matter problem, and the body's problems too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.articles import ArticleError, parse_article
from reader.lint import Finding
from reader.packs import load_library
from tests.lint.helpers import article_text

UNSAFE_BODY = "[Get help now](lantern:help)\n\nHe committed suicide. Help is available.\n"


def _check(pack: Path, text: str) -> list[tuple[int, str, str]]:
    from reader.lint import check_paths

    (pack / "a.md").write_text(text, encoding="utf-8")
    return [(f.line, f.rule, f.message) for f in check_paths([pack])]


def test_every_front_matter_problem_is_reported_at_once(pack: Path) -> None:
    text = article_text(
        UNSAFE_BODY, id="Our_Drop-In", topics="self-harm", content_note="", related=["ghost"]
    )
    found = _check(pack, text)
    assert [(line, rule) for line, rule, _ in found] == [
        (2, "F1"),  # id
        (5, "F1"),  # topics
        (6, "L15"),  # the empty content note
        (9, "F3"),  # the related id
        (14, "L1"),  # and the body's wording
    ]
    assert found[0][2] == (
        "'id' may only use the letters a to z without accents, in lower case, digits and "
        "single hyphens; 'O' is not one of them"
    )
    assert found[1][2] == '\'topics\' should be a list like ["a", "b"]'


def test_a_bad_reviewed_date_does_not_hide_the_body(pack: Path) -> None:
    found = _check(pack, article_text(UNSAFE_BODY, reviewed="2026-11-26"))
    assert [(line, rule) for line, rule, _ in found] == [(7, "F1"), (14, "L1")]
    assert found[0][2] == "'reviewed' should be a date like 2026-11-26"


def test_front_matter_that_is_not_toml_still_has_its_body_checked(pack: Path) -> None:
    text = '+++\nid = "a"\ntitle = "No closing quote\n+++\n' + UNSAFE_BODY
    found = _check(pack, text)
    # No key can be read, so nothing is said about them beyond the TOML error itself.
    assert [(line, rule) for line, rule, _ in found] == [(3, "F1"), (7, "L1")]


def test_missing_keys_are_all_named_and_a_missing_content_note_once(pack: Path) -> None:
    found = _check(pack, article_text(UNSAFE_BODY, content_note=None, sources=None))
    assert [(rule, message) for _, rule, message in found] == [
        ("F1", "the front matter is missing the required key 'sources'"),
        ("L15", "the front matter is missing the required key 'content_note'"),
        ("L1", found[2][2]),
    ]


def test_without_fences_there_is_no_body_to_check(pack: Path) -> None:
    found = _check(pack, "He committed suicide.\n")
    assert [rule for _, rule, _ in found] == ["F1"]


def test_loading_still_reports_the_first_problem_and_skips_the_article(pack: Path) -> None:
    text = article_text(UNSAFE_BODY, id="Our_Drop-In", topics="self-harm", sources=None)
    with pytest.raises(ArticleError) as caught:
        parse_article(text)
    assert str(caught.value) == "the front matter is missing the required key 'sources'"
    assert [(error.line, error.key) for error in caught.value.errors] == [
        (1, "sources"),
        (5, "topics"),
        (2, "id"),
    ]
    (pack / "a.md").write_text(text, encoding="utf-8")
    library = load_library([pack])
    assert library.articles == {}
    assert [p.message for p in library.problems] == [
        "the front matter is missing the required key 'sources'; article skipped"
    ]


FRONT_LINES = st.sampled_from(
    [
        'id = "a"',
        "id = 5",
        'title = ""',
        "title = [1]",
        'summary = "s"',
        "topics = [1, 2]",
        'topics = "x"',
        'content_note = "note"',
        "content_note = 3",
        "reviewed = 2026-11-26",
        "reviewed = 2026-11-26T10:00:00",
        'reviewed = "soon"',
        'sources = ["x"]',
        'related = ["ghost"]',
        "prompts = 1",
        'accepted_terms = ["20 mg"]',
        'title = "open',
        "= 1",
        "",
    ]
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(FRONT_LINES, max_size=12), st.text(max_size=80))
def test_any_broken_front_matter_is_checked_without_raising(
    tmp_path: Path, lines: list[str], body: str
) -> None:
    from reader.lint import check_paths

    text = "+++\n" + "\n".join(lines) + "\n+++\n" + body
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    found = check_paths([tmp_path])
    assert all(finding.line >= 1 for finding in found)


def test_a_key_lantern_does_not_read_is_named_with_the_nearest_one(pack: Path) -> None:
    """'promts' lost an article's prompts without a word; it is now a warning at its line."""
    text = article_text(promts=["What helps?"], author="A. Writer")
    found = _check(pack, text)
    assert [(rule, message) for _, rule, message in found] == [
        (
            "F7",
            "'promts' is not a front-matter key Lantern reads, so it is ignored; "
            "did you mean 'prompts'?",
        ),
        ("F7", "'author' is not a front-matter key Lantern reads, so it is ignored"),
    ]
    lines = text.split("\n")
    assert [line for line, _, _ in found] == [
        lines.index('promts = ["What helps?"]') + 1,
        lines.index('author = "A. Writer"') + 1,
    ]


@pytest.mark.parametrize(
    ("extra", "key"),
    [('"colour" = "blue"', "colour"), ("colour.name = 'blue'", "colour"),
     ("[extra]\nnote = 'x'", "extra"), ("[[extra]]\nnote = 'x'", "extra")],
)  # fmt: skip
def test_a_key_in_another_form_is_named_at_its_own_line(pack: Path, extra: str, key: str) -> None:
    """A quoted or dotted key, or a [table] after the keys, was placed at line 1."""
    text = article_text().replace("\n+++\n", f"\n{extra}\n+++\n", 1)
    found = [(line, message) for line, rule, message in _check(pack, text) if rule == "F7"]
    assert found == [
        (text.split("\n").index(extra.split("\n")[0]) + 1,
         f"'{key}' is not a front-matter key Lantern reads, so it is ignored"),
    ]  # fmt: skip


def test_every_bundled_key_is_one_lantern_reads(pack: Path) -> None:
    assert _check(pack, article_text(prompts=["What helps?"], related=[])) == []


def test_empty_topics_and_sources_and_a_review_date_to_come_are_doubted(pack: Path) -> None:
    text = article_text(topics=[], sources=[], reviewed=dt.date(9999, 12, 31))
    found = _check(pack, text)
    lines = text.split("\n")
    assert sorted((line, rule) for line, rule, _ in found) == sorted(
        [
            (lines.index("topics = []") + 1, "F8"),
            (lines.index("sources = []") + 1, "F8"),
            (lines.index("reviewed = 9999-12-31") + 1, "F9"),
        ]
    )
    messages = " / ".join(message for _, _, message in found)
    assert "'sources' is empty: name the guidelines" in messages
    assert "'reviewed' is in the future (9999-12-31)" in messages


def test_a_review_dated_today_is_not_doubted(pack: Path) -> None:
    assert _check(pack, article_text(reviewed=dt.date.today())) == []


def test_a_repeated_prompt_is_doubted_at_the_repeat(pack: Path) -> None:
    """A prompt written twice is shown once; the warning points at the second one."""
    lines = article_text().split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith("prompts = "))
    lines[at : at + 1] = [
        "prompts = [",
        '  "What helps you?",',
        '  "Who could you tell?",',
        '  " What helps you? ",',
        "]",
    ]
    found = _check(pack, "\n".join(lines))
    assert found == [
        (
            at + 4,  # the repeat's own line (lines are counted from 1)
            "F10",
            'the prompt "What helps you?" repeats the one on line '
            f"{at + 2}; readers see it once, so remove the repeat or ask something else",
        )
    ]
    finding = check_paths_findings(pack)[0]
    # Column 4: where the value starts, just inside its opening quote.
    assert (finding.path, finding.column, finding.severity) == (str(pack / "a.md"), 4, "warning")


def test_a_repeated_prompt_on_one_line_is_found_at_its_column(pack: Path) -> None:
    text = article_text(prompts=["What helps?", "What helps?"])
    found = check_paths_findings(pack, text)
    written = 'prompts = ["What helps?", "What helps?"]'
    line, column = text.split("\n").index(written) + 1, written.rindex("What") + 1
    assert [(f.line, f.column, f.rule) for f in found] == [(line, column, "F10")]


def test_different_prompts_are_not_doubted(pack: Path) -> None:
    assert _check(pack, article_text(prompts=["What helps?", "Who could you tell?"])) == []


def check_paths_findings(pack: Path, text: str | None = None) -> list[Finding]:
    """Every finding for pack/a.md (written first when text is given)."""
    from reader.lint import check_paths

    if text is not None:
        (pack / "a.md").write_text(text, encoding="utf-8")
    return check_paths([pack])
