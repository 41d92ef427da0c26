"""Ordinary variants of flagged wording are flagged; the everyday phrases near them are not."""

from __future__ import annotations

import pytest

from reader.lint.language import find_hits

VARIANTS = [
    ("He hung himself.", "L9"),
    ("She was found hung.", "L9"),
    ("Her suicide attempt was unsuccessful.", "L2"),
    ("His suicide attempt failed.", "L2"),
    ("The suicide attempt was not successful.", "L2"),
    ("An attempt at suicide had been successful.", "L2"),
    ("After the death, they said the attempt was successful.", "L2"),
    ("A suicide was committed in the town.", "L1"),
    ("Suicides are committed every day.", "L1"),
    ("He committed an act of suicide.", "L1"),
    ("Self-harm rates are sky rocketing.", "L4"),
    ("Self-harm rates sky-rocketed.", "L4"),
    ("She took an OD last year.", "L9"),
    ("He OD'd twice.", "L9"),
    ("They ODed on a weekend.", "L9"),
    ("Old books call it self mutilation.", "L8"),
    ("He stabbed himself.", "L9"),
    ("Stabbing is a method.", "L9"),
    ("She slit her skin.", "L9"),
    ("She took an OD of tablets.", "L9"),
    ("He ODed on his tablets.", "L9"),
    ("He was found hung from the door.", "L9"),
    ("She hung herself by the window.", "L9"),
    ("He was hung by the neck.", "L9"),
    ("He hung from the ceiling.", "L9"),
    ("She was stabbing her legs.", "L9"),
    ("He was stabbing her pain away.", "L9"),
]

# Everyday sentences that sit next to a variant and must not trip its rule.
NEAR_MISSES = [
    ("She hung up the phone.", "L9"),
    ("We hung out after school.", "L9"),  # as "hang out" (see CONTENT.md)
    ("He hung on to the rail.", "L9"),
    ("They hung around the park.", "L9"),
    ("I hung in there.", "L9"),
    ("My attempt to call the GP was unsuccessful.", "L2"),
    ("Her first attempt failed, so she tried again.", "L2"),
    ("A failed attempt at a recipe is fine.", "L2"),
    ("It was an unsuccessful attempt to reach the GP.", "L2"),
    ("The team is committed to a plan.", "L1"),
    ("Families bereaved by suicide are committed to change.", "L1"),
    ("People bereaved by suicide were committed to helping.", "L1"),
    ("The sky looked calm and a rocket flew by.", "L4"),
    ("It was an odd day. GOD knows. An ODE to joy.", "L9"),
    ("Have a stab at the puzzle.", "L9"),
    ("A stabbing pain can be a sign to see a doctor.", "L9"),
    ("A stable routine helps.", "L9"),
    ("Light came through a slit in the curtain.", "L9"),
    ("If you have stabbing chest pains, call 999.", "L9"),
    ("A stabbing pain in the side is common.", "L9"),
    ("Your appointment is at the slit lamp clinic.", "L9"),
    ("The slit-lamp test takes ten minutes.", "L9"),
    ("Paintings by local artists are hung along the corridor.", "L9"),
    ("Leaflets are hung by the door.", "L9"),
    ("A map is hung above the entrance.", "L9"),
    ("Photos hung from the wall.", "L9"),
]


# A prescription's "OD" is "once daily"; "tablet" itself is still an L9 word, so only the OD
# term is checked here.
PRESCRIPTION_OD = [
    "Take one tablet OD with food.",
    "One capsule OD, in the morning.",
    "Sertraline 50 mg OD.",
    "Take it daily OD.",
]

OVERDOSE_OD = ["She took an OD last year.", "He took his tablets and ODed.", "Tablets, then an OD."]


@pytest.mark.parametrize(("text", "rule"), VARIANTS)
def test_a_variant_is_flagged(text: str, rule: str) -> None:
    assert rule in {hit.rule.id for hit in find_hits(text)}


@pytest.mark.parametrize(("text", "rule"), NEAR_MISSES)
def test_an_everyday_near_miss_is_not_flagged(text: str, rule: str) -> None:
    assert rule not in {hit.rule.id for hit in find_hits(text)}


def _terms(text: str) -> set[str]:
    return {hit.term.term for hit in find_hits(text)}


@pytest.mark.parametrize("text", PRESCRIPTION_OD)
def test_od_after_a_dose_word_is_once_daily(text: str) -> None:
    assert "OD" not in _terms(text)


@pytest.mark.parametrize("text", OVERDOSE_OD)
def test_od_as_an_overdose_is_flagged(text: str) -> None:
    assert "OD" in _terms(text)
