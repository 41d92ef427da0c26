"""Emergency help asked for or asked about: an ambulance or an emergency number called or
needed, whether to go to A&E now. "999" and "emergency" typed alone brought help first; each
below gave no help box (found by the crisis hunt, round nine). A reader asking whether to call
for emergency help is most often in an emergency, or near one.
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis

# For the reader, or said with no one else named.
OWN = (
    ["call 999", "call an ambulance", "i need an ambulance", "should i go to a&e"]
    + ["going to a&e after self harm", "please call an ambulance", "someone call 999"]
    + ["can someone call an ambulance", "call 999 now", "i need to call 999", "CALL 999"]
    + ["im going to call an ambulance", "should i call 999", "do i need to call an ambulance"]
    + ["should i call 111", "we need an ambulance", "i think i need to go to a&e"]
    + ["should i go to a and e", "should i go to A&E?", "should i go to hospital"]
    + ["do i need to go to a&e", "should i go to a&e after self harm", "get an ambulance"]
    + ["should i go to a&e for a deep cut", "should i go to a&e or not", "ring 999"]
    + ["im going to a&e after cutting", "going to a and e after self harm", "dial 911"]
    + ["i need to go to the emergency room", "should i go to a&e after an overdose"]
)
# Someone else named: help first, with the page on supporting someone.
THEIRS = (
    ["call an ambulance for my son", "should i call an ambulance for my daughter"]
    + ["my friend needs an ambulance", "does he need an ambulance"]
    + ["should i take my son to a&e"]
)
# Said with what else is wanted, or of a time gone by.
SEARCHES = (
    ["a&e waiting times", "ambulance strike", "my mum called an ambulance", "can i text 999"]
    + ["how to become an ambulance driver", "what happens when you call 999"]
    + ["call 999 in sign language", "should i go to a&e for a sprained ankle"]
    + ["what happens at a&e after self harm", "i went to a&e after self harm"]
    + ["i want to be an ambulance driver", "we need an ambulance service that works"]
    + ["should i go to hospital to have my baby", "do i need to go to hospital for a broken toe"]
    + ["i need to go to hospital tomorrow for a scan", "a&e", "nearest a&e"]
)


@pytest.mark.parametrize("typed", OWN)
def test_emergency_help_asked_for_brings_help_first(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


@pytest.mark.parametrize("typed", THEIRS)
def test_emergency_help_for_someone_else_brings_help_for_them(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert about_someone_else(typed), typed


@pytest.mark.parametrize("typed", SEARCHES)
def test_emergency_help_told_with_what_else_is_wanted_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# A pet's emergency is for a vet: each brought the help box (found by the code review).
# "my son needs an ambulance" and "does he need an ambulance" are in THEIRS above.
@pytest.mark.parametrize(
    "typed",
    ["my dog needs an ambulance", "my cat needs an ambulance", "my cat needs a vet"]
    + ["my guinea pig needs an ambulance", "does my dog need an ambulance"]
    + ["our puppy needs an ambulance", "my little dog needs an ambulance"]
    + ["i need an ambulance for my dog", "call an ambulance for my cat"],
)
def test_a_pets_emergency_stays_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


@pytest.mark.parametrize(
    "typed",
    [
        "my son needs an ambulance",
        "my flatmate needs an ambulance",
        "does my mum need an ambulance",
    ],
)
def test_someone_elses_ambulance_still_brings_help_for_them(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert about_someone_else(typed), typed


# Having to go to hospital, typed alone, is most often an appointment; each brought the help
# box (found by the code review). Needing to go, having to go to A&E, or to hospital now or
# after self-harm, still brings help first.
@pytest.mark.parametrize(
    "typed",
    ["i have to go to hospital", "i have to go to the hospital", "we have to go to hospital"]
    + ["I have to go to hospital."],
)
def test_having_to_go_to_hospital_typed_alone_is_a_search(typed: str) -> None:
    assert not suggests_crisis(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["i need to go to hospital", "i have to go to a&e", "i have to go to hospital now"]
    + ["i have to go to hospital after self harm", "i think i need to go to hospital"],
)
def test_needing_to_go_to_hospital_still_brings_help(typed: str) -> None:
    assert suggests_crisis(typed), typed
