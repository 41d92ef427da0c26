"""Today's older and easy read warning signs as a distressed reader types them: text speak
("im 2 old to go on", "iv had my life"), misspellings ("lyf", "hed", "luvs") and "no more"
for "any more" ("i cant do this no more"). Each gave no help box where the phrase written
out had one (found by the crisis hunt, round five).
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["im 2 old to go on", "im too old 2 go on", "i hav had my life", "iv had my life"]
    + ["ive had my lyf", "nobody luvs me i want to go", "i hit me hed"]
    + ["i cant do this no more", "I CANT DO THIS NO MORE", "i cant take it no more"]
    + ["i cant take this no more", "i cant cope no more"],
)
def test_the_warning_signs_as_typed_bring_help_first(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["im too old 2 go on holiday", "iv had my lunch", "i hav had my tea"]
    + ["i hit me hed on the door", "nobody luvs me i want to go out"]
    + ["i cant cope no more with my boss", "i cant take this job no more"],
)
def test_their_everyday_neighbours_as_typed_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)
