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
