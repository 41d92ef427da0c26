"""The interface's own words follow the rules the articles do: safe wording, plain language.

`lantern check-content` holds the articles to the safe-messaging rules and a reading grade,
but a reader in distress reads the buttons, the exercises' steps and the privacy page too.
Every string Qt's translation tools extract from `reader/ui/` is checked here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.lint.language import find_hits, message
from reader.readability import score
from tests.ui.catalogue import extracted_catalogue

MAX_GRADE = 8.0  # the design's ceiling for any text Lantern shows (DESIGN.md: grade 6-8)
MIN_WORDS = 20  # shorter strings are too short for a reading grade to mean anything


@pytest.fixture(scope="module")
def interface_strings(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    """(context, text) of every interface string, sorted."""
    folder: Path = tmp_path_factory.mktemp("catalogue")
    return sorted(extracted_catalogue(folder))


def test_there_are_interface_strings_to_check(interface_strings: list[tuple[str, str]]) -> None:
    assert len(interface_strings) > 200
    contexts = {context for context, _ in interface_strings}
    # The exercises (a folder of their own), the privacy page and the kiosk's notices.
    assert {"UrgeIdeas", "InfoPages", "MainWindow"} <= contexts


def test_no_interface_string_breaks_a_wording_rule(
    interface_strings: list[tuple[str, str]],
) -> None:
    found = [
        f"{context}: {message(hit)}"
        for context, text in interface_strings
        for hit in find_hits(text)
    ]
    assert found == []


def test_longer_interface_texts_read_at_grade_eight_or_below(
    interface_strings: list[tuple[str, str]],
) -> None:
    longer = [(c, t) for c, t in interface_strings if len(t.split()) >= MIN_WORDS]
    assert len(longer) > 20
    hard = [f"{score(t).grade:.1f} {c}: {t}" for c, t in longer if score(t).grade > MAX_GRADE]
    assert hard == []
