"""A pack.toml collection's title and description are shown on the home screen: checked too."""

from __future__ import annotations

from pathlib import Path

from reader.lint import check_content
from reader.lint.manifest import collection_wording
from tests.lint.helpers import article_text, rule_ids

PACK = """[[collections]]
id = "ours"
title = "{title}"
description = "{description}"
articles = ["calm-article"]
"""


def _check(pack: Path, title: str, description: str = "Our own articles."):
    (pack / "article.md").write_text(article_text(), encoding="utf-8")
    manifest = pack / "pack.toml"
    manifest.write_text(PACK.format(title=title, description=description), encoding="utf-8")
    found = check_content([pack], taken_ids={}).findings
    return [f for f in found if f.path == str(manifest)], manifest.read_text().split("\n")


def test_collection_wording_is_checked_where_it_is_written(pack: Path) -> None:
    findings, lines = _check(
        pack, "When it feels like the only way out", "Some people self-harm just for attention."
    )
    assert {(f.rule, f.severity) for f in findings} == {("L6", "error"), ("L8", "error")}
    for finding, word in zip(
        sorted(findings), ("the only way out", "just for attention"), strict=True
    ):
        row = lines[finding.line - 1]
        assert row.index(word) + 1 == finding.column
        assert "collection 'ours'" in finding.message


def test_a_sensational_collection_title_warns(pack: Path) -> None:
    findings, _ = _check(pack, "A tragic story!")
    assert rule_ids(findings) == {"L16"}


def test_a_review_term_in_a_collection_is_an_error_with_no_way_to_accept(pack: Path) -> None:
    findings, _ = _check(pack, "Calm things", "What to do about an over*dose*.")
    assert [(f.rule, f.severity) for f in findings] == [("L9", "error")]
    assert "accepted_terms" not in findings[0].message
    assert "reword" in findings[0].message


def test_calm_collection_wording_passes(pack: Path) -> None:
    findings, _ = _check(pack, "From Riverside Clinic", "Our services and how to reach us.")
    assert findings == []


def test_collection_wording_is_usable_on_its_own(tmp_path: Path) -> None:
    text = '[[collections]]\nid = "c"\ntitle = "Calm"\ndescription = "It was an epidemic."\n'
    found = collection_wording(
        tmp_path / "pack.toml",
        text,
        {"title": "Calm", "id": "c", "description": "It was an epidemic."},
        0,
    )
    assert [(f.rule, f.line, f.column) for f in found] == [("L4", 4, 26)]
