"""Checking folders: discovery, unreadable and broken files, duplicate ids and pack.toml."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.lint import check_content, check_paths
from tests.lint.helpers import FIXTURES, article_text, rule_ids, rules

BROKEN = FIXTURES / "broken"


def _by_file(findings: list) -> set[tuple[str, str]]:
    return {(Path(f.path).name, f.rule) for f in findings}


def test_clean_pack_passes() -> None:
    result = check_content([FIXTURES / "clean"])
    assert result.findings == []
    assert result.files_checked == 3


def test_broken_pack_reports_each_problem_without_crashing() -> None:
    result = check_content([BROKEN])
    expected = {
        ("no-front-matter.md", "F1"),
        ("never-closed.md", "F1"),
        ("bad-toml.md", "F1"),
        ("missing-sources.md", "F1"),
        ("wrong-type.md", "F1"),
        ("twin-b.md", "F2"),
        ("unsafe.md", "F3"),
        ("unsafe.md", "L1"),
        ("unsafe.md", "L8"),
        ("unsafe.md", "L9"),
        ("unsafe.md", "L13"),
        ("unsafe.md", "L14"),
        ("unsafe.md", "M2"),
        ("unsafe.md", "M3"),
        ("unsafe.md", "M5"),
        ("pack.toml", "F4"),
        ("pack.toml", "F5"),
    }
    assert _by_file(result.findings) == expected
    assert result.files_checked == 9


def test_bad_toml_is_reported_at_the_file_line_and_column() -> None:
    found = [f for f in check_paths([BROKEN / "bad-toml.md"]) if f.rule == "F1"]
    assert (found[0].line, found[0].column) == (3, 39)
    assert "closing quote" in found[0].message
    assert "at line" not in found[0].message


def test_duplicate_id_names_the_other_file() -> None:
    found = [f for f in check_paths([BROKEN]) if f.rule == "F2"]
    assert len(found) == 1
    assert found[0].path.endswith("twin-b.md")
    assert "twin-a.md" in found[0].message
    assert (found[0].line, found[0].column) == (2, 1)


def test_ids_must_be_unique_across_the_given_paths(tmp_path: Path) -> None:
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.md").write_text(article_text(), encoding="utf-8")
    findings = check_paths([tmp_path / "one", tmp_path / "two"])
    assert rules(findings) == {("F2", "error")}


def test_pack_toml_unknown_ids_are_placed_on_their_line() -> None:
    found = [f for f in check_paths([BROKEN]) if f.rule == "F5"]
    assert [(f.line, f.column) for f in found] == [(4, 22)]
    assert "'ghost'" in found[0].message


@pytest.mark.parametrize(
    ("text", "rule", "line"),
    [
        ("[[collections]]\nid = 'x'\narticles = [\n", "F4", 3),
        ("collections = 'x'\n", "F4", 1),
        ("collections = ['x']\n", "F4", 1),
        ("[pack]\nstart_here = ['ghost']\n", "F5", 2),
        ("[pack]\nstart_here = 'calm-article'\n", "F4", 2),
        ("[[collections]]\nid = 'x'\narticles = ['calm-article']\n", "F4", 1),
        # The app skips a collection whose description is not text; the checker said nothing.
        ("\n[[collections]]\nid = 'x'\ntitle = 'X'\ndescription = 5\narticles = []\n", "F4", 2),
    ],
)
def test_pack_toml_problems(pack: Path, text: str, rule: str, line: int) -> None:
    (pack / "a.md").write_text(article_text(), encoding="utf-8")
    (pack / "pack.toml").write_text(text, encoding="utf-8")
    found = check_paths([pack])
    assert rule_ids(found) == {rule}
    assert found[0].line == line


def test_pack_toml_that_is_not_utf8(pack: Path) -> None:
    (pack / "a.md").write_text(article_text(), encoding="utf-8")
    (pack / "pack.toml").write_bytes(b"[pack]\ntitle = '\xff'\n")
    assert rules(check_paths([pack])) == {("F4", "error")}


def test_not_utf8_article_is_reported_at_the_bad_byte(pack: Path) -> None:
    (pack / "latin.md").write_bytes(article_text().encode("utf-8") + b"\nCaf\xe9 time.\n")
    found = check_paths([pack])
    assert rules(found) == {("F1", "error")}
    assert "UTF-8" in found[0].message
    assert found[0].column == 4


def test_byte_order_mark_is_accepted_as_the_loader_accepts_it(pack: Path) -> None:
    text = article_text("He committed suicide. Help is there. [Help](lantern:help)")
    (pack / "bom.md").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    found = check_paths([pack])
    assert rule_ids(found) == {"L1"}
    assert (
        found[0].line
        == text.splitlines().index("He committed suicide. Help is there. [Help](lantern:help)") + 1
    )


def test_unreadable_file_is_a_finding(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = pack / "locked.md"
    locked.write_text(article_text(), encoding="utf-8")
    real_open = os.open

    def refuse(path: object, *args: object, **kwargs: object) -> int:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    found = check_paths([pack])
    assert rules(found) == {("F1", "error")}
    assert found[0].message == "the file cannot be read: permission denied"


def test_unreadable_folder_is_a_finding(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_scandir = os.scandir

    def refuse(path: object = ".") -> object:
        if Path(str(path)) == pack:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", refuse)
    found = check_paths([pack])
    assert [(f.rule, f.message) for f in found] == [
        ("F0", "this folder cannot be read: permission denied")
    ]


def test_empty_folder_is_an_error_not_a_silent_pass(pack: Path) -> None:
    result = check_content([pack])
    assert rules(result.findings) == {("F0", "error")}
    assert result.files_checked == 0


@pytest.mark.parametrize("name", ["missing", "notes.txt"])
def test_paths_that_are_not_articles_are_findings(tmp_path: Path, name: str) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    assert rule_ids(check_paths([tmp_path / name])) == {"F0"}


def test_articles_in_sub_folders_are_warned_about_and_hidden_ones_ignored(pack: Path) -> None:
    (pack / "a.md").write_text(article_text(), encoding="utf-8")
    (pack / "more").mkdir()
    (pack / ".git").mkdir()
    (pack / "more" / "b.md").write_text(article_text(id="b"), encoding="utf-8")
    (pack / ".git" / "junk.md").write_text("not an article", encoding="utf-8")
    result = check_content([pack])
    assert rules(result.findings) == {("F6", "warning")}
    assert result.findings[0].path == str(pack / "more")
    assert result.files_checked == 1


def test_a_folder_of_language_packs_checks_each_pack_on_its_own(tmp_path: Path) -> None:
    for language in ("en", "es"):
        (tmp_path / language).mkdir()
        (tmp_path / language / "a.md").write_text(article_text(), encoding="utf-8")
    (tmp_path / "es" / "pack.toml").write_text("[pack]\nstart_here = ['x']\n", "utf-8")
    result = check_content([tmp_path])
    assert _by_file(result.findings) == {("pack.toml", "F5")}
    assert result.files_checked == 3


def test_single_files_and_pack_toml_can_be_named(pack: Path) -> None:
    (pack / "a.md").write_text(article_text(), encoding="utf-8")
    (pack / "pack.toml").write_text("[pack]\nstart_here = ['calm-article']\n", encoding="utf-8")
    result = check_content([pack / "a.md", pack / "pack.toml", pack / "a.md"])
    assert result.findings == []
    assert result.files_checked == 2


def test_missing_content_note_key_is_reported_as_l15(pack: Path) -> None:
    (pack / "a.md").write_text(article_text(content_note=None), encoding="utf-8")
    assert rules(check_paths([pack])) == {("L15", "error")}


def test_broken_articles_still_count_as_known_ids(pack: Path) -> None:
    (pack / "a.md").write_text(article_text(related=["other"]), encoding="utf-8")
    (pack / "b.md").write_text(article_text(id="other", sources=None), encoding="utf-8")
    assert _by_file(check_paths([pack])) == {("b.md", "F1")}


def test_nesting_too_deep_is_a_finding_at_its_line(pack: Path) -> None:
    # tomllib recurses once per level: 1000 levels ended check-content with RecursionError.
    deep = "[" * 1000 + "]" * 1000
    text = article_text().replace("+++\n", f"+++\nx = {deep}\n", 1)
    (pack / "a.md").write_text(text, encoding="utf-8")
    (pack / "pack.toml").write_text(f"[pack]\ntitle = 'T'\nx = {deep}\n", encoding="utf-8")
    findings = check_paths([pack])
    found = sorted((Path(f.path).name, f.rule, f.line, f.column) for f in findings)
    assert found == [("a.md", "F1", 2, 5), ("pack.toml", "F4", 3, 5)]
    assert all("nested too deeply" in f.message for f in findings)


def test_an_article_saved_as_txt_is_warned_about(pack: Path) -> None:
    """Notepad adds .txt and Windows hides it: "1 file checked: 0 errors", and b never shown."""
    (pack / "a.md").write_text(article_text(), encoding="utf-8")
    (pack / "b.md.txt").write_text(article_text(id="b"), encoding="utf-8")
    result = check_content([pack])
    assert rules(result.findings) == {("F6", "warning")}
    [finding] = result.findings
    assert finding.path == str(pack / "b.md.txt")
    assert "rename it to end in .md" in finding.message
