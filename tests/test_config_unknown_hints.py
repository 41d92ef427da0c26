"""Unknown keys inside a known section: the hint names what the section holds, never itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.config_helpers import load_text, only

K = "[kiosk]\nenabled = true\n"
LISTED_IN_KIOSK = "enabled, idle_timeout, warning_seconds, admin_pin_hash and allow_printing"


@pytest.mark.parametrize("key", ["pin", "PIN", "exit_pin", "password", "pin_code", "PinCode"])
def test_a_pin_written_in_kiosk_points_at_the_pin_hash(tmp_path: Path, key: str) -> None:
    """`pin = "1234"` under [kiosk] was told "did you mean [kiosk]?", where it already was."""
    _, problems = load_text(tmp_path, K + f'{key} = "1234"\n')
    message = only(problems, f"kiosk.{key}").message
    assert "did you mean [kiosk]" not in message
    assert "did you mean kiosk.admin_pin_hash? (make it with `lantern hash-pin`)" in message


@pytest.mark.parametrize(
    ("text", "key", "listed"),
    [
        (K + "sound = false\n", "kiosk.sound", LISTED_IN_KIOSK),
        ('[display]\nfont_size = 14\n', "display.font_size", "zoom, theme and easier_reading"),
    ],
)  # fmt: skip
def test_an_unknown_key_in_a_section_names_what_the_section_holds(
    tmp_path: Path, text: str, key: str, listed: str
) -> None:
    _, problems = load_text(tmp_path, text)
    problem = only(problems, key)
    section = key.partition(".")[0]
    assert problem.message.endswith(
        f"not a Lantern setting and was ignored; [{section}] has {listed}"
    )
    assert problem.line == text.count("\n")


@pytest.mark.parametrize("key", ["typing_sound", "shopping_mode", "spinner"])
def test_a_word_with_pin_inside_it_is_not_taken_for_a_pin(tmp_path: Path, key: str) -> None:
    """ "typing_sound" was told "did you mean kiosk.admin_pin_hash?" (found by the code review)."""
    _, problems = load_text(tmp_path, K + f'{key} = "x"\n')
    message = only(problems, f"kiosk.{key}").message
    assert "admin_pin_hash?" not in message
    assert message.endswith("; [kiosk] has " + LISTED_IN_KIOSK)
