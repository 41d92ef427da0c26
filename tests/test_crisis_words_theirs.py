"""Someone else's self-injury, as a parent, partner or friend tells it.

Told as done or as a habit ("my daughter cut her legs on the bathroom floor", "my son cut
himself last night") it stays a search, whose first page is the one for them (when your child
self-harms, supporting someone): the crisis pages speak to the one in danger. Wrists slit or
slashed, or an attempt to, is a suicide attempt told, and brought no help box and no page on
supporting someone (found by the crisis hunt, round seven).
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis

ATTEMPTS = (
    ["my son slit his wrists", "my mum slit her wrists", "my friend slit her wrists last night"]
    + ["my son slashed his wrists", "my friend tried to slit her wrists"]
    + [
        "my girlfriend tried to cut her wrists",
        "he slit his wrist",
        "my sister is slitting her wrists",
    ]
)
TOLD = (
    ["my daughter cut her legs on the bathroom floor", "my sister burned her arm on purpose"]
    + ["my son cut himself last night", "my daughter cuts her wrists", "my son hurt himself"]
    + ["he slit the envelope open", "she slashed her prices", "my son cut his wrist on glass"]
)


@pytest.mark.parametrize("typed", ATTEMPTS)
def test_someone_elses_attempt_brings_help_and_the_page_on_supporting_them(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize("typed", TOLD)
def test_someone_elses_self_injury_told_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed)


def test_someone_elses_self_injury_is_read_as_theirs() -> None:
    assert about_someone_else("my daughter cut her legs on the bathroom floor")
    assert about_someone_else("my sister burned her arm on purpose")
    assert about_someone_else("my son cut himself last night")
