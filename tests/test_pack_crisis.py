"""A pack's own crisis words: a search in its language that holds one offers help first."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.pack_crisis import MOST_WORDS, crisis_check, folded, read_words, says_one_of
from reader.packs import MANIFEST, load_library
from tests.pack_tools import WriteArticle, make_pack

SPANISH = ["quiero morir", "suicidio", "hacerme daño", "no aguanto más"]


def _words(listed: list[object]) -> tuple[str, ...]:
    words, wrong = read_words({"crisis_words": listed})
    assert wrong == []
    return words


@pytest.mark.parametrize(
    "typed",
    [
        "quiero morir",
        "Ya no puedo, QUIERO MORIR",
        "quiero morir!!!",
        "pienso en el suicidio",
        "quiero hacerme dano",  # typed without the accent
        "Quiero HACERME DAÑO.",
        "no aguanto mas",
        "  quiero    morir  ",
    ],
)
def test_a_search_holding_a_listed_phrase_sounds_like_a_crisis(typed: str) -> None:
    assert says_one_of(typed, _words(SPANISH))
    assert crisis_check(_words(SPANISH))(typed)


@pytest.mark.parametrize(
    "typed",
    ["quiero", "morir de risa", "no aguanto masas", "hacerme", "quiero dormir", "aguanto más"],
)
def test_part_of_a_phrase_or_a_longer_word_is_an_ordinary_search(typed: str) -> None:
    assert not says_one_of(typed, _words(SPANISH))
    assert not crisis_check(_words(SPANISH))(typed)


def test_lanterns_own_words_still_count_beside_a_packs() -> None:
    check = crisis_check(_words(SPANISH))
    assert check("i want to die")
    assert not check("sleep")
    assert crisis_check(())("kill myself")


def test_an_apostrophe_may_be_typed_as_nothing_or_as_a_space() -> None:
    words = _words(["j'ai envie de mourir"])
    for typed in ("j'ai envie de mourir", "jai envie de mourir", "j ai envie de mourir"):
        assert says_one_of(typed, words), typed
    assert says_one_of("J’ai envie de mourir", words)  # a phone's apostrophe


def test_a_phrase_in_a_script_without_spaces_is_found_inside_a_longer_run() -> None:
    words = _words(["想死", "死にたい"])
    assert says_one_of("我真的想死了", words)
    assert says_one_of("もう死にたいです", words)
    assert not says_one_of("我想睡觉", words)


def test_folding_is_case_accent_and_mark_blind() -> None:
    assert folded("  ¡Hacerme  DAÑO!  ") == ("hacerme dano",)
    assert folded("j'ai") == ("jai", "j ai")


@pytest.mark.parametrize(
    ("pack", "message"),
    [
        ({"crisis_words": "quiero morir"}, "should be a list of words in quotes"),
        ({"crisis_words": ["suicidio", 3]}, "item 2 is not words in quotes"),
        ({"crisis_words": ["suicidio", " !? "]}, "item 2 has no letters or digits"),
    ],
)
def test_a_wrong_list_says_what_is_wrong_and_keeps_what_it_can(
    pack: dict[str, object], message: str
) -> None:
    words, wrong = read_words(pack)
    assert len(wrong) == 1
    assert message in wrong[0]
    assert words == (("suicidio",) if isinstance(pack["crisis_words"], list) else ())


def test_a_list_too_long_uses_its_first_words_and_says_so() -> None:
    listed = [f"palabra{n}" for n in range(MOST_WORDS + 5)]
    words, wrong = read_words({"crisis_words": listed})
    assert len(words) == MOST_WORDS
    assert "palabra0" in words
    assert len(wrong) == 1
    assert f"only the first {MOST_WORDS}" in wrong[0]


def test_no_list_and_no_pack_table_are_not_problems() -> None:
    assert read_words({"title": "x"}) == ((), [])
    assert read_words(3) == ((), [])


def test_a_packs_crisis_words_load_with_the_library(
    tmp_path: Path, write_article: WriteArticle
) -> None:
    pack = make_pack(tmp_path, write_article)
    words = ", ".join(f'"{w}"' for w in SPANISH)
    (pack / MANIFEST).write_text(f'[pack]\nlanguage = "es"\ncrisis_words = [{words}]\n', "utf-8")
    library = load_library([pack])
    assert library.problems == []
    assert says_one_of("quiero morir", library.crisis_words)
    assert len(library.articles) == 3


@pytest.mark.parametrize(
    ("manifest", "line"),
    [
        ('[pack]\nlanguage = "es"\ncrisis_words = "suicidio"\n', 3),
        ('[pack]\ntitle = "x"\n\ncrisis_words = ["suicidio", 5]\n', 4),
    ],
)
def test_a_wrong_crisis_list_is_reported_at_its_line_and_the_pack_still_loads(
    tmp_path: Path, write_article: WriteArticle, manifest: str, line: int
) -> None:
    pack = make_pack(tmp_path, write_article)
    (pack / MANIFEST).write_text(manifest, "utf-8")
    library = load_library([pack])
    assert [(p.path, p.line) for p in library.problems] == [(pack / MANIFEST, line)]
    assert "crisis_words" in library.problems[0].message
    assert len(library.articles) == 3


def test_a_pack_table_that_is_not_a_table_loads_without_crisis_words(
    tmp_path: Path, write_article: WriteArticle
) -> None:
    pack = make_pack(tmp_path, write_article)
    (pack / MANIFEST).write_text("pack = 3\n", "utf-8")
    library = load_library([pack])
    assert library.crisis_words == []
    assert len(library.articles) == 3


def test_an_accent_typed_as_an_apostrophe_is_one_too() -> None:
    # Found by the code review: "´" (a keyboard's accent key) was read only as a space, so
    # "j´ai envie de mourir" did not hold a pack's "jai envie de mourir".
    assert says_one_of("j´ai envie de mourir", _words(["jai envie de mourir"]))
    assert says_one_of("jai envie de mourir", _words(["j´ai envie de mourir"]))
    assert folded("j´ai") == folded("j'ai")


def test_a_hyphen_may_be_typed_as_nothing_or_as_a_space() -> None:
    for listed in ("auto-lesión", "autolesión"):
        words = _words([listed])
        assert says_one_of("pienso en la autolesion", words), listed
        assert says_one_of("auto-lesión otra vez", words), listed
    assert says_one_of("auto lesion", _words(["auto-lesión"]))


@pytest.mark.parametrize(
    ("manifest", "line", "message"),
    [
        # Above [pack]: TOML reads it as a key of the file, not of the pack.
        ('crisis_words = ["suicidio"]\n[pack]\nlanguage = "es"\n', 1, "must be under [pack]"),
        (
            '[pack]\nlanguage = "es"\n[[collections]]\nid = "c"\ntitle = "C"\n'
            'articles = ["a-article"]\ncrisis_words = ["suicidio"]\n',
            7,
            "not in a collection",
        ),
        ('[pack]\nlanguage = "es"\ncrisis-words = ["suicidio"]\n', 3, "write crisis_words"),
        ('[pack]\nlanguage = "es"\nCrisis_Word = ["suicidio"]\n', 3, "write crisis_words"),
        ('[pack]\ncrisis_articles = "b-article"\n', 2, "should be a list of article ids"),
        ('[pack]\ncrisis-articles = ["b-article"]\n', 2, "write crisis_articles"),
        ('crisis_articles = ["b-article"]\n[pack]\ntitle = "x"\n', 1, "must be under [pack]"),
    ],
)
def test_crisis_lists_lantern_cannot_use_are_reported(
    tmp_path: Path, write_article: WriteArticle, manifest: str, line: int, message: str
) -> None:
    # Ignored without a word, a clinic thought its readers' crisis searches offered help.
    pack = make_pack(tmp_path, write_article)
    (pack / MANIFEST).write_text(manifest, "utf-8")
    library = load_library([pack])
    assert [(p.path, p.line) for p in library.problems] == [(pack / MANIFEST, line)]
    assert message in library.problems[0].message
    assert library.crisis_words == []
    assert library.crisis_article_ids == []


def test_a_crisis_article_that_did_not_load_is_said_only_where_a_crisis_list_names_it(
    tmp_path: Path, write_article: WriteArticle
) -> None:
    first = make_pack(tmp_path, write_article)
    first_manifest = (first / MANIFEST).read_text("utf-8")
    # The first pack's collection lists "gone" too: that is said once, as its collection's;
    # and a comment above its [pack] quotes it (the code review: a manifest listing no crisis
    # articles was searched from its start).
    first_manifest = '# "gone" was a page here\n' + first_manifest.replace('"c-article"', '"gone"')
    (first / MANIFEST).write_text(first_manifest, "utf-8")
    second = tmp_path / "second"
    second.mkdir()
    manifest = '[pack]\ncrisis_articles = [\n  "a-article",\n  "gone",\n]\n'
    (second / MANIFEST).write_text(manifest, "utf-8")
    library = load_library([first, second])
    said = [(p.path, p.line) for p in library.problems if "crisis_articles" in p.message]
    assert said == [(second / MANIFEST, 4)]
    assert sum("'gone'" in p.message for p in library.problems) == 2
    assert library.crisis_article_ids == ["a-article", "gone"]


def test_a_packs_crisis_articles_come_first_in_a_crisis_search(
    tmp_path: Path, write_article: WriteArticle
) -> None:
    from reader.crisis_words import crisis_articles

    pack = make_pack(tmp_path, write_article)
    manifest = '[pack]\nlanguage = "es"\ncrisis_articles = ["b-article", "a-article", "gone"]\n'
    (pack / MANIFEST).write_text(manifest, "utf-8")
    library = load_library([pack])
    # An id that did not load is left out, and said at its line (check-content: F5).
    assert [str(p) for p in library.problems] == [
        f"{pack / MANIFEST}:3: warning: crisis_articles lists 'gone', which did not load; left out"
    ]
    assert [a.id for a in crisis_articles(library)] == ["b-article", "a-article"]
    library.hide(["b-article"])
    assert [a.id for a in crisis_articles(library)] == ["a-article"]


def test_a_crisis_article_listed_by_two_packs_is_said_once_in_each(tmp_path: Path) -> None:
    # Each listing was said once for every pack that listed it: twice in each manifest here
    # (found by the code review).
    manifests = []
    for name in ("first", "second"):
        (tmp_path / name).mkdir()
        manifests.append(tmp_path / name / MANIFEST)
        manifests[-1].write_text('[pack]\ncrisis_articles = ["gone"]\n', "utf-8")
    library = load_library(manifest.parent for manifest in manifests)
    said = [(p.path, p.line) for p in library.problems if "crisis_articles" in p.message]
    assert said == [(manifests[0], 2), (manifests[1], 2)]
