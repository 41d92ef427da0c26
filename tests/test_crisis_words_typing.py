"""Crisis words as people type them in a hurry: any apostrophe, text speak, short forms."""

from __future__ import annotations

import pytest

from reader.crisis_words import suggests_crisis


# A phone or keyboard may type any of these for the apostrophe in "can't".
@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u2018", "\u02bc", "`", "\u00b4"])
def test_any_apostrophe_is_one(apostrophe: str) -> None:
    assert suggests_crisis(f"I can{apostrophe}t go on")
    assert suggests_crisis(f"i don{apostrophe}t want to live")
