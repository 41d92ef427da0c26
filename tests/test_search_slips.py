"""A feeling word typed with a slip finds what the word spelt right finds."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from reader.search_slips import mended
from tests.search_tools import top


# Each found nothing at all: "Nothing matched" for how a reader feels (found by the fourth
# search hunt).
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("tierd", "tired"),
        ("lonley", "lonely"),
        ("scard", "scared"),
        ("numbb", "numb"),
        ("im so angy", "im so angry"),
        ("i feel so lonley", "i feel so lonely"),
        ("overwelmed", "overwhelmed"),
        ("hopless", "hopeless"),
        ("Exausted", "exhausted"),
        # Found by the sixth search hunt.
        ("greif", "grief"),
        ("my greif", "my grief"),
        ("greiving", "grieving"),
    ],
)
def test_a_feeling_typed_with_a_slip_finds_what_it_finds_spelt_right(
    bundled: SearchIndex, typed: str, meant: str
) -> None:
    assert top(bundled, typed, count=3) == top(bundled, meant, count=3) != [], typed


def test_slips_among_other_words_are_read_as_the_words_meant(bundled: SearchIndex) -> None:
    # Only pages that say "feel" were found for "i feel so lonley and tierd".
    meant = top(bundled, "i feel so lonely and tired")
    assert top(bundled, "i feel so lonley and tierd") == meant != []


def test_a_word_the_articles_know_is_never_changed() -> None:
    # "scare" starts "scared", and "sacred" may be a word a page uses: each is left as typed.
    assert mended("scare sacred", known=lambda word: True) == "scare sacred"


def test_only_an_unknown_word_one_slip_from_a_feeling_is_changed() -> None:
    unknown = mended("lonley tierd zorblax sda", known=lambda word: False)
    assert unknown == "lonely tired zorblax sda"


def test_a_pasted_page_is_read_only_as_far_as_the_search_reads() -> None:
    asked: list[str] = []
    pasted = "lonley " * 10_000

    def known(word: str) -> bool:
        asked.append(word)
        return False

    assert mended(pasted, known).startswith("lonely lonely ")
    assert len(asked) <= 30


@pytest.mark.parametrize(
    "typed",
    ["manic", "i feel dumb", "hired", "wired", "drying", "repressed", "clone"]
    + ["lovely", "atone", "tires", "timed", "stared", "spared", "scored", "aloe"],
)
def test_an_everyday_word_the_articles_lack_is_not_read_as_a_feeling(typed: str) -> None:
    # Found by the code review: "manic" was read as "panic" and found the page on panic,
    # "i feel dumb" as "i feel numb", "hired" as "tired" and "lovely" as "lonely".
    assert mended(typed, known=lambda word: False) == typed
