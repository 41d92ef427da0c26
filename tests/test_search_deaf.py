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
