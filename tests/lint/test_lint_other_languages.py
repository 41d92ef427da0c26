"""A clinic's pack in another language: the checker does not refuse good text it cannot read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.lint import Finding, check_paths
from tests.lint.helpers import CLEAN_BODY, FRONT, rule_ids

Check = Callable[..., list[Finding]]


@pytest.mark.parametrize(
    "heading",
    ["Що може допомогти", "ما الذي قد يساعد", "什么可能有帮助", "Qué puede ayudar", "Ar gân"],
)
def test_an_anchor_spelled_as_content_md_says_finds_a_heading_in_any_script(
    check_one: Check, heading: str
) -> None:
    # CONTENT.md: the heading in lower case, hyphens for spaces. The toc kept only ASCII
    # letters, so '#що-може-допомогти' was an M6 error and the article was not shown.
    anchor = heading.lower().replace(" ", "-")
    body = CLEAN_BODY + f"\n[Go there](#{anchor}).\n\n## {heading}\n\nText.\n"
    assert check_one(body) == []


# Plain Spanish in short sentences; English syllable counts put it at grade 8.1 (R1).
SPANISH = """Algunas personas se hacen daño cuando sus sentimientos son muy fuertes. Es una señal de
dolor. No es un fallo.

Hablar con alguien puede ayudar. La recuperación es posible. Mucha gente mejora.

Si necesitas hablar ahora, [Busca ayuda ahora](lantern:help).
"""


def test_reading_level_and_hope_are_not_scored_in_a_pack_in_another_language(
    check_one: Check, pack: Path
) -> None:
    # The formula, its syllables and the hope phrases are English: good Spanish was an R1
    # error, and Lantern did not show the article.
    assert {"R1", "L14"} <= rule_ids(check_one(SPANISH))
    (pack / "pack.toml").write_text('[pack]\ntitle = "Clínica"\nlanguage = "es"\n', "utf-8")
    assert check_one(SPANISH) == []
    (pack / "pack.toml").write_text('[pack]\nlanguage = "en-GB"\n', "utf-8")
    assert {"R1", "L14"} <= rule_ids(check_one(SPANISH))


@pytest.mark.parametrize("language", ["English", "english", "eng", "en_US"])
def test_english_written_out_is_still_checked_as_english(
    check_one: Check, pack: Path, language: str
) -> None:
    # 'language = "English"' was read as another language: an English article went unchecked
    # for its reading level and for a hope statement (L14).
    (pack / "pack.toml").write_text(f'[pack]\nlanguage = "{language}"\n', "utf-8")
    assert {"R1", "L14"} <= rule_ids(check_one(SPANISH)), language


def test_an_article_named_alone_takes_the_language_of_its_folders_pack(
    check_one: Check, pack: Path
) -> None:
    check_one(SPANISH)
    (pack / "pack.toml").write_text('[pack]\nlanguage = "es"\n', "utf-8")
    assert check_paths([pack / "article.md"]) == []


def test_a_language_that_is_not_text_is_an_f4_error(check_one: Check, pack: Path) -> None:
    (pack / "pack.toml").write_text("[pack]\nlanguage = 34\n", "utf-8")
    found = [f for f in check_one() if f.rule == "F4"]
    assert [(f.line, f.severity) for f in found] == [(2, "error")]
    assert 'language = "es"' in found[0].message


def test_crisis_words_the_app_cannot_use_are_an_f4_error(check_one: Check, pack: Path) -> None:
    # A clinic's list of its language's crisis words, written as one text: no search in that
    # language would have offered help first, and nothing said so.
    manifest = '[pack]\nlanguage = "es"\n\ncrisis_words = "quiero morir"\n'
    (pack / "pack.toml").write_text(manifest, "utf-8")
    found = [f for f in check_one(SPANISH) if f.rule == "F4"]
    assert [(f.line, f.severity) for f in found] == [(4, "error")]
    assert "list of words in quotes" in found[0].message
    good = '[pack]\nlanguage = "es"\ncrisis_words = ["quiero morir", "suicidio"]\n'
    (pack / "pack.toml").write_text(good, "utf-8")
    assert check_one(SPANISH) == []


def test_crisis_words_misspelt_are_an_f4_error(check_one: Check, pack: Path) -> None:
    (pack / "pack.toml").write_text('[pack]\nlanguage = "es"\ncrisis-words = ["x y"]\n', "utf-8")
    found = [f for f in check_one(SPANISH) if f.rule == "F4"]
    assert [(f.line, f.severity) for f in found] == [(3, "error")]
    assert "write crisis_words" in found[0].message


def test_crisis_articles_must_name_checked_articles(check_one: Check, pack: Path) -> None:
    manifest = f'[pack]\ncrisis_articles = ["{FRONT["id"]}", "gone"]\n'
    (pack / "pack.toml").write_text(manifest, "utf-8")
    found = [(f.rule, f.line) for f in check_one(SPANISH) if f.rule in ("F4", "F5")]
    assert found == [("F5", 2)]
    (pack / "pack.toml").write_text("[pack]\ncrisis_articles = 3\n", "utf-8")
    assert [(f.rule, f.line) for f in check_one(SPANISH) if f.rule == "F4"] == [("F4", 2)]
