"""Someone a reader supports at work or cares for, named as a support worker, carer or nurse
names them ("the person i support", "my client", "a resident").

Readers of the easy read page's part for support workers and carers, and of the page on
later life, type these: each brought the help box for the reader's own crisis ("the person
i support wants to die" has the reader's "i" in it), without the page on supporting someone
(found by the crisis hunt, round five).
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["the person i support wants to die", "the person i support says she wants to die"]
    + ["my client says he wants to die", "my client wants to die", "my patient wants to die"]
    + ["a resident says she wants to die", "the man i care for says hes had his life"]
    + ["the lady i care for wants to die", "the young person i support says they want to die"]
    + ["i support a man who says he wants to die"]
    + ["im a support worker and the man i support wants to die"]
    + ["i work in a care home and a resident keeps saying shes ready to go"],
)
def test_someone_the_reader_supports_is_someone_else(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["im a carer and i want to die", "im a support worker and want to die"]
    + ["im a nurse and i want to kill myself", "i care for my mum and i want to die"]
    + ["im a carer and im too old to go on", "i work with people and i want to die"]
    + ["the people i work with would be better off without me"]
    + ["people i support would be happier without me"]
    + ["my patients would be better off without me"],
)
def test_a_carers_own_crisis_stays_their_own(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)
