"""Being Deaf or hard of hearing, in a reader's own words: the page for Deaf readers first; the
words that sound like it keep their own pages."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

DEAF = "if-you-are-deaf-or-hard-of-hearing"


# "no one signs with me" listed the page on gambling first, "deafblind" and "hoh" found nothing,
# "i am hard of hearing and lonely" listed Hearing voices first (found by the eleventh search
# hunt). The rest, which its topics find, are held here too.
@pytest.mark.parametrize(
    "typed",
    ["deaf", "im deaf", "bsl", "sign language", "hard of hearing", "hearing loss", "cant hear"]
    + ["hearing aid", "i use sign language", "im losing my hearing", "lip reading"]
    + ["no one signs with me", "nobody signs", "no one signs at home", "my family dont sign"]
    + ["deafblind", "hoh", "i am hard of hearing and lonely", "hard of hearing and alone"]
    + ["im hard of hearing and i self harm", "hearing impaired"],
)
def test_being_deaf_in_a_readers_words_finds_the_page_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [DEAF], typed


# Both pages near the top: When you feel alone names being the only Deaf person (be049f5), and
# may come first.
@pytest.mark.parametrize("typed", ["i am hard of hearing and lonely", "im deaf and lonely"])
def test_deaf_and_lonely_lists_the_page_on_feeling_alone_too(
    bundled: SearchIndex, typed: str
) -> None:
    assert {DEAF, "feeling-alone"} <= set(top(bundled, typed, count=3)), typed


@pytest.mark.parametrize(
    "typed", ["hearing voices", "i hear voices", "hearing things", "im hearing things"]
)
def test_hearing_voices_keeps_its_page(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) == ["hearing-voices"], typed


# Typed with a slip: "hard of hering" listed the page on alcohol first (the page for Deaf
# readers fourth), "im def and lonely" the page on autism (it not in the first four). Deaf and
# lonely lists the page for Deaf readers, then When you feel alone, as hard of hearing and
# lonely does (found by the code review). "def" alone is "definitely", and is left be.
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("hard of hering", [DEAF]),
        ("hard of heering", [DEAF]),
        ("im def and lonely", [DEAF, "feeling-alone"]),
        ("im deaf and lonely", [DEAF, "feeling-alone"]),
        ("deaf and alone", [DEAF, "feeling-alone"]),
    ],
)
def test_deaf_or_hard_of_hearing_with_a_slip_finds_the_page_for_deaf_readers_first(
    bundled: SearchIndex, typed: str, first: list[str]
) -> None:
    assert top(bundled, typed, count=len(first)) == first, typed


def test_def_for_definitely_is_not_the_page_for_deaf_readers(bundled: SearchIndex) -> None:
    assert DEAF not in top(bundled, "im def not ok", count=4)
