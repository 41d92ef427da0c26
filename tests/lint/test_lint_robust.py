"""Bad input never raises; the bundled articles and CONTENT.md keep up with the rules."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.articles import parse_article
from reader.lint import RULES, check_article, check_paths
from reader.lint.markdown import read_body
from tests.lint.helpers import article_text

CONTENT_GUIDE = Path(__file__).resolve().parents[2] / "CONTENT.md"
MARKDOWNISH = st.text(alphabet=st.sampled_from(list("ab []()!<>`~#*-:/\n\t.\u2019")), max_size=200)


@given(st.one_of(st.text(max_size=300), MARKDOWNISH))
def test_any_body_is_checked_without_raising(body: str) -> None:
    article = parse_article(article_text(body))
    findings = check_article(article, known_ids={"calm-article"})
    assert all(finding.line >= article.body_line for finding in findings if finding.rule[0] == "M")


@given(MARKDOWNISH)
def test_masking_keeps_every_offset(body: str) -> None:
    assert len(read_body(body).masked) == len(body)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=200))
def test_any_file_bytes_are_checked_without_raising(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "a.md").write_bytes(data)
    assert isinstance(check_paths([tmp_path]), list)


def test_content_guide_documents_every_rule() -> None:
    guide = CONTENT_GUIDE.read_text(encoding="utf-8")
    missing = [rule for rule in RULES if f"`{rule}`" not in guide]
    assert missing == []
