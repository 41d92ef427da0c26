"""A plain call for help typed alone, in the words around "i need help": help comes first.

"i need help" brought the help box; "need help", "i need some help" and "i really need help"
did not, though the search lists the crisis page first for each (found by the tenth search
hunt). Said with what help is for, it stays a search.
"""

from __future__ import annotations

import pytest

from reader.crisis_words import suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["need help", "Need help!", "i need some help", "i really need help", "i just need help"]
    + ["i urgently need help", "i need urgent help", "need help now", "please i really need help"]
    + ["i need help please", "i desperately need help", "i need proper help"],
)
def test_a_call_for_help_typed_alone_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["need help with homework", "i need some help with maths", "i really need help sleeping"]
    + ["i need help understanding self harm", "do i need help", "help", "i need helpful tips"],
)
def test_help_for_something_named_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# "right now", and "rn" for it, as "now" is: "i need help now" brought help first, and "i need
# help rn", "help rn" and "i need help right now" gave no help box (found by the code review).
# The same "rn" after an urge or a plan ("i want to cut rn", "im going to do it rn").
@pytest.mark.parametrize(
    "typed",
    ["i need help rn", "help rn", "i need help right now", "help right now", "need help rn pls"]
    + ["please help rn", "i want to cut rn", "i want to cut right now", "im going to do it rn"]
    + ["i want to die rn"],
)
def test_a_call_for_help_right_now_said_short_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed), typed


@pytest.mark.parametrize(
    "typed", ["i need help with homework rn", "help rn with my essay", "im so tired rn"]
)
def test_help_for_something_named_right_now_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed
