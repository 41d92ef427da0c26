"""Structural rules: front matter, Markdown, links, images, help, hope, content note, reading."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.articles import parse_article
from reader.lint import Finding, check_article, check_paths
from reader.lint.markdown import read_body
from tests.lint.helpers import CLEAN_BODY, article_text, rule_ids, rules

Check = Callable[..., list[Finding]]
GRADE_7 = (
    "When your feelings get very strong, it can help to notice them and take a slower breath "
    "before you decide what to do next. "
) * 3 + "Help is available, and these feelings can pass."
GRADE_20 = (
    "Understanding complicated emotional experiences requires considerable patience and "
    "compassionate attention. Help is available."
)

# (rule, severity, Markdown that trips it, Markdown that does not)
MARKDOWN = [
    ("M1", "error", "```\nsome code", "```\nsome code\n```"),
    ("M1", "error", "~~~~\ncode\n~~~", "~~~~\ncode\n~~~~"),
    ("M2", "error", "[help](lantern:help", "[help](lantern:help)"),
    ("M2", "error", "help](lantern:help)", "[help](lantern:help)"),
    ("M2", "error", "[help] (lantern:help)", "[help] and (words)"),
    ("M2", "error", "[help]()", "[help](lantern:help)"),
    ("M2", "error", "[help](lantern:help now)", '[help](lantern:help "Get help")'),
    ("M2", "error", "[help][nowhere]", "[help][panel]\n\n[panel]: lantern:help"),
    ("M3", "error", "<div>Hello", "Use `<div>` in code, or 2 < 3."),
    ("M3", "error", "A note <!-- hidden -->", "```\n<!-- in a code block -->\n```"),
    ("M3", "error", "Line<br/>break", "See <lantern:help> now."),
    ("M5", "error", "[site](https://example.org)", "[breathe](lantern:exercise/breathing)"),
    ("M5", "error", "[mail](mailto:a@example.org)", "[plan](lantern:safety-plan)"),
    ("M5", "error", "[call](tel:123)", "[up](#a-calm-start)"),
    ("M5", "error", "<https://example.org>", "<lantern:help>"),
    ("M5", "error", "Write to <help@example.org>.", "Ask at the front desk."),
    ("M5", "error", "[file](/etc/hosts)", "[self](calm-article.md)"),
    ("M5", "error", "[ref][web]\n\n[web]: https://example.org", "[ref][x]\n\n[x]: lantern:help"),
    ("M6", "error", "[gone](lantern:article/missing)", "[self](lantern:article/calm-article)"),
    ("M6", "error", "[odd](lantern:nowhere)", "[home](lantern:home)"),
    ("M6", "error", "[notes](notes.txt)", "[self](calm-article)"),
    # A heading anchor is written as the toc makes it: lower case, hyphens for spaces.
    ("M6", "error", "[up](#a-quiet-start)", "[up](#a-calm-start)"),
    ("M6", "error", "[up](#A-Calm-Start)", "[up](#a-calm-start)"),
    ("M6", "error", "[top](#)", "[up](#a-calm-start)"),
    ("M7", "warning", "# A second title", "## A section"),
    ("M7", "warning", "##No space", "## With space"),
    ("M9", "error", "".join("    " * n + "- calm\n" for n in range(11)), "- calm\n    - calm\n"),
]


@pytest.mark.parametrize(("rule", "severity", "bad", "good"), MARKDOWN)
def test_markdown_rule_trips_and_well_formed_markdown_passes(
    check_one: Check, rule: str, severity: str, bad: str, good: str
) -> None:
    tripped = [f for f in check_one(CLEAN_BODY + "\n" + bad + "\n") if f.rule == rule]
    assert [f.severity for f in tripped] == [severity]
    assert check_one(CLEAN_BODY + "\n" + good + "\n") == []


def test_markdown_findings_point_into_the_body(check_one: Check) -> None:
    findings = check_one(CLEAN_BODY + "\nFine.\n\nSee [the site](https://example.org) later.\n")
    lines = Path(findings[0].path).read_text(encoding="utf-8").splitlines()
    row = next(i for i, line in enumerate(lines) if "example.org" in line)
    assert (findings[0].line, findings[0].column) == (row + 1, lines[row].index("https") + 1)


def test_links_and_html_inside_code_are_ignored() -> None:
    body = read_body("```\n<b>[x](https://example.org)\n```\nText `[y](https://x)` here.")
    assert body.links == []
    assert body.html == []


def test_link_targets_are_not_read_as_wording() -> None:
    masked = read_body("[a calm place](lantern:article/the-bridge)").masked
    assert "bridge" not in masked
    assert "a calm place" in masked


@pytest.mark.parametrize(
    ("target", "rule"),
    [
        ("https://example.org/calm.png", "M4"),
        ("//example.org/calm.png", "M4"),
        ("/usr/share/calm.png", "M4"),
        ("C:\\pictures\\calm.png", "M4"),
        ("../outside.png", "M4"),
        ("missing.png", "M4"),
        ("images/scars.png", "L11"),
        ("images/calm.png", None),
    ],
)
def test_images_come_only_from_the_pack(
    check_one: Check, pack: Path, target: str, rule: str | None
) -> None:
    (pack / "images").mkdir()
    for name in ("scars.png", "calm.png"):
        (pack / "images" / name).write_bytes(b"\x89PNG")
    (pack.parent / "outside.png").write_bytes(b"\x89PNG")
    findings = check_one(CLEAN_BODY + f"\n![A picture]({target})\n")
    assert rules(findings) == ({(rule, "error")} if rule else set())


def test_images_in_harm_articles_need_a_reviewed_acceptance(check_one: Check, pack: Path) -> None:
    (pack / "sunrise.png").write_bytes(b"\x89PNG")
    body = CLEAN_BODY + "\n![A sunrise over hills](sunrise.png)\n"
    found = check_one(body, topics=["self-harm"])
    assert rules(found) == {("L11", "error")}
    assert '"sunrise.png"' in found[0].message
    assert check_one(body, topics=["self-harm"], accepted_terms=["sunrise.png"]) == []


@pytest.mark.parametrize("alt", ["", "   "])
def test_an_image_must_say_what_it_shows(check_one: Check, pack: Path, alt: str) -> None:
    """A screen reader reads the description; without one the picture is lost to its users."""
    (pack / "lake.png").write_bytes(b"\x89PNG")
    found = check_one(CLEAN_BODY + f"\n![{alt}](lake.png)\n")
    assert rules(found) == {("M8", "error")}
    assert "lake.png" in found[0].message
    assert check_one(CLEAN_BODY + "\n![A calm lake at dusk](lake.png)\n") == []


def test_image_alt_text_describing_an_injury_is_refused(check_one: Check, pack: Path) -> None:
    (pack / "photo.png").write_bytes(b"\x89PNG")
    found = check_one(CLEAN_BODY + "\n![an arm with an injury](photo.png)\n")
    assert rule_ids(found) == {"L11"}


@pytest.mark.parametrize(
    ("topics", "body"),
    [
        (["self-harm"], "Help is available. These feelings can pass."),
        (["feelings"], "Some people have suicidal thoughts. Help is available."),
        (["feelings"], "Some people hurt themselves. It is hard. Help is there."),
    ],
)
def test_articles_about_harm_must_link_the_help_panel(
    check_one: Check, topics: list[str], body: str
) -> None:
    assert rules(check_one(body, topics=topics)) == {("L13", "error")}
    linked = body + "\n\n[Get help now](lantern:help)"
    assert check_one(linked, topics=topics) == []


def test_articles_not_about_harm_need_no_help_link(check_one: Check) -> None:
    assert check_one("A walk outside can help. Help is available.") == []


@pytest.mark.parametrize(
    "hope",
    [
        "Recovery is possible.",
        "These feelings can pass.",
        "Help is available.",
        "Things can get better.",
        "People do get better.",
        "Many people do slowly get better.",
        "Urges usually pass.",
        "Help is always available.",
        "Things can slowly get better.",
        "There is hope.",
        "Treatment helps.",
    ],
)
def test_hope_statements_in_the_brief_and_their_variants_count(check_one: Check, hope: str) -> None:
    body = f"[Get help now](lantern:help)\n\nTake a slow breath. {hope}\n"
    assert check_one(body) == []


def test_an_article_without_hope_gets_a_warning(check_one: Check) -> None:
    found = check_one("[Get help now](lantern:help)\n\nTake a slow breath.\n")
    assert rules(found) == {("L14", "warning")}


@pytest.mark.parametrize("note", ["", "   ", None])
def test_content_note_must_be_present_and_not_empty(check_one: Check, note: str | None) -> None:
    assert rules(check_one(content_note=note)) == {("L15", "error")}


def test_reading_level_above_grade_8_is_an_error(check_one: Check) -> None:
    found = check_one(GRADE_20)
    assert rules(found) == {("R1", "error")}
    assert "grade" in found[0].message
    assert "Flesch Reading Ease" in found[0].message


def test_reading_level_between_grade_6_and_8_is_a_warning(check_one: Check) -> None:
    found = check_one(GRADE_7)
    assert rules(found) == {("R2", "warning")}
    assert "grade 7." in found[0].message


TRUST = "People often find that talking with someone they trust makes difficult feelings easier "
TRUST += "to carry. "
NOTICE = "Writing things down can help you notice patterns. "


@pytest.mark.parametrize(
    ("text", "grade", "rule"),
    [
        (TRUST + "Help is available.", "8.2", ("R1", "error")),
        (TRUST * 2 + NOTICE + "Help is available.", "8.0", ("R2", "warning")),
    ],
)
def test_the_limit_is_grade_8_exactly(
    check_one: Check, text: str, grade: str, rule: tuple[str, str]
) -> None:
    """Just over grade 8 is an error, just under it a warning: the boundary itself is pinned."""
    found = check_one(text)
    assert rules(found) == {rule}
    assert f"grade {grade} " in found[0].message


def test_headings_and_link_targets_do_not_count_for_reading_level(check_one: Check) -> None:
    heading = "## Understanding Complicated Emotional Experiences Comprehensively\n\n"
    link = "[Go](lantern:article/calm-article) or [help](lantern:help). "
    assert check_one(heading + link + "Take a slow breath. Help is available.") == []


def test_related_ids_must_resolve(check_one: Check, pack: Path) -> None:
    found = check_one(related=["missing-article"])
    assert rules(found) == {("F3", "error")}
    line = Path(found[0].path).read_text(encoding="utf-8").splitlines()[found[0].line - 1]
    assert line.startswith("related")
    assert line[found[0].column - 1 :].startswith("missing-article")
    (pack / "other.md").write_text(article_text(id="other"), encoding="utf-8")
    assert check_one(related=["other"]) == []


def test_check_article_works_on_an_article_without_a_file() -> None:
    article = parse_article(article_text(CLEAN_BODY + "\nHe committed suicide.\n"))
    found = check_article(article, known_ids={"calm-article"})
    assert rules(found) == {("L1", "error")}
    assert found[0].path == "calm-article"
    assert found[0].line == article.body_line + CLEAN_BODY.count("\n") + 1


def test_check_article_without_known_ids_skips_id_checks() -> None:
    text = article_text(CLEAN_BODY + "\n[x](lantern:article/elsewhere)\n", related=["elsewhere"])
    assert check_article(parse_article(text)) == []


def test_check_paths_accepts_ids_known_elsewhere(check_one: Check, pack: Path) -> None:
    check_one(related=["bundled-article"])
    assert check_paths([pack], known_ids=["bundled-article"]) == []


def test_an_image_whose_links_loop_is_a_finding(check_one: Check, pack: Path) -> None:
    # Path.resolve() raises RuntimeError on a loop: check-content and app start crashed.
    (pack / "images").mkdir()
    (pack / "images" / "loop.png").symlink_to("loop.png")
    found = check_one(CLEAN_BODY + "\n![A calm garden](images/loop.png)\n")
    assert rules(found) == {("M4", "error")}
    assert found[0].message == "'images/loop.png' cannot be read: its links loop"
    assert found[0].line == article_text(CLEAN_BODY).count("\n") + 2


def test_a_list_nested_too_deeply_is_an_error_at_its_first_line_too_deep(check_one: Check) -> None:
    # Python-Markdown recursed per level: 300 levels passed the check and crashed the app.
    deep = "".join("    " * n + "- calm\n" for n in range(300))
    found = check_one(CLEAN_BODY + "\n" + deep)
    assert rules(found) == {("M9", "error")}
    assert found[0].message == "lists nested more than 10 deep; use fewer levels"
    lines = article_text(CLEAN_BODY + "\n" + deep).split("\n")
    assert found[0].line == lines.index(" " * 40 + "- calm") + 1


def test_the_help_link_finding_says_where_as_content_md_does(check_one: Check) -> None:
    # CONTENT.md: not in the first lines (the Before you read box says where help is).
    [finding] = check_one("Some people hurt themselves. Help is there.", topics=["self-harm"])
    assert "after hard passages" in finding.message
    assert "near the top" not in finding.message
