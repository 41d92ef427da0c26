"""Configuration: a kiosk whose settings are broken or unclear fails closed (stays locked)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.config import SETTINGS, load_config
from reader.pin import hash_pin
from tests.config_helpers import assert_locked, load_text, only

VALID_HASH = hash_pin("2580", b"0123456789abcdef")


# --- the kiosk fails closed ------------------------------------------------------------------


def test_broken_toml_that_mentions_kiosk_stays_locked(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, "[kiosk\nenabled = true\nallow_printing = true\n")
    assert_locked(config)
    lock = only(problems, "kiosk.enabled")
    assert "no exit from inside the app" in lock.message
    assert lock.used == "true"
    assert lock.line == 1


def test_broken_toml_that_mentions_kiosk_overrides_an_earlier_pin(tmp_path: Path) -> None:
    system = tmp_path / "system.toml"
    system.write_text(f'[kiosk]\nadmin_pin_hash = "{VALID_HASH}"\nallow_printing = true\n')
    config, _ = load_text(tmp_path, "# KIOSK settings\nzoom = = 1\n", system_path=system)
    assert_locked(config)


@pytest.mark.parametrize(
    "text",
    [
        "enabled = true\nidle_timeout = 180\n[clinic]\nname = Riverside\n",
        '[clinic]\nname = "Riverside\nadmin_pin_hash = "scrypt$x"\n',
        "# WARNING_SECONDS = 30\nzoom = = 1\n",
    ],
)
def test_broken_toml_that_names_a_kiosk_setting_stays_locked(tmp_path: Path, text: str) -> None:
    """With its [kiosk] line missing the file locked, unless it also had another mistake."""
    config, problems = load_text(tmp_path, text)
    assert_locked(config)
    lock = only(problems, "kiosk.enabled")
    assert "the file names a kiosk setting but could not be read" in lock.message


def test_non_utf8_file_that_mentions_kiosk_stays_locked(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(b"[kiosk]\nenabled = false\n# caf\xe9\n")
    config, problems = load_config(path, env={}, system_path=tmp_path / "absent.toml")
    assert_locked(config)
    assert any("not UTF-8" in p.message for p in problems)


def test_kiosk_that_is_not_a_table_stays_locked(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, 'kiosk = "off"\n')
    assert_locked(config)
    assert "should be a table" in only(problems, "kiosk").message


def test_unreadable_file_stays_locked(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "secret.toml"
    path.write_text("[kiosk]\nenabled = false\n")
    original = os.open

    def refuse(target, *args, **kwargs):  # chmod 000 does not stop root, who runs CI
        if Path(target) == path:
            raise PermissionError(13, "Permission denied")
        return original(target, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    config, problems = load_config(path, env={}, system_path=tmp_path / "absent.toml")
    assert_locked(config)
    assert "permission denied" in only(problems, "kiosk.enabled").message


def test_enabled_with_a_bad_value_stays_enabled(tmp_path: Path) -> None:
    text = f'[kiosk]\nenabled = true\nidle_timeout = 5\nadmin_pin_hash = "{VALID_HASH}"\n'
    config, problems = load_text(tmp_path, text)
    assert config.kiosk.enabled is True
    assert config.kiosk.idle_timeout == 120
    assert config.kiosk.admin_pin_hash == VALID_HASH  # a valid PIN still lets the admin out
    assert [p.key for p in problems] == ["kiosk.idle_timeout"]


def test_broken_pin_hash_means_no_exit(tmp_path: Path) -> None:
    system = tmp_path / "system.toml"
    system.write_text(f'[kiosk]\nadmin_pin_hash = "{VALID_HASH}"\n')
    text = '[kiosk]\nenabled = true\nadmin_pin_hash = "scrypt$16384$8$1$trunc"\n'
    config, problems = load_text(tmp_path, text, system_path=system)
    assert config.kiosk.enabled is True
    assert config.kiosk.admin_pin_hash == ""
    problem = only(problems, "kiosk.admin_pin_hash")
    assert "no exit from inside the app" in problem.message
    assert problem.line == 3
    assert "trunc" not in problem.message  # hashes are not echoed back


@pytest.mark.parametrize("value", ['"true"', '"false"', '"yes"', "1", "0", "[]"])
def test_unreadable_enabled_value_locks(tmp_path: Path, value: str) -> None:
    config, problems = load_text(tmp_path, f"[kiosk]\nenabled = {value}\n")
    assert config.kiosk.enabled is True
    assert "kiosk mode is turned on" in only(problems, "kiosk.enabled").message


@pytest.mark.parametrize("value", ["true", "false"])
def test_misspelt_enabled_locks(tmp_path: Path, value: str) -> None:
    config, problems = load_text(tmp_path, f"[kiosk]\nenable = {value}\n")
    assert config.kiosk.enabled is True
    assert len(problems) == 2
    assert problems[1].key == "kiosk.enabled"
    assert problems[1].line == 1
    # Not "stays on": whoever wrote `enable = false` wanted it off, and it is turned on.
    assert problems[1].message == (
        "the [kiosk] section has problems and does not say enabled = true or false, "
        "so kiosk mode is turned on to keep the machine locked"
    )


def test_kiosk_section_with_problems_but_clear_enabled_false(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, "[kiosk]\nenabled = false\nidle_timeout = 1\n")
    assert config.kiosk.enabled is False
    assert [p.key for p in problems] == ["kiosk.idle_timeout"]


def test_bad_printing_value_stays_off(tmp_path: Path) -> None:
    system = tmp_path / "system.toml"
    system.write_text("[kiosk]\nenabled = true\nallow_printing = true\n")
    config, problems = load_text(tmp_path, '[kiosk]\nallow_printing = "yes"\n', system_path=system)
    assert config.kiosk.allow_printing is False
    assert "printing stays off" in only(problems, "kiosk.allow_printing").message


def test_a_later_valid_file_may_still_turn_kiosk_off(tmp_path: Path) -> None:
    system = tmp_path / "system.toml"
    system.write_text("[kiosk\n")
    config, _ = load_text(tmp_path, "[kiosk]\nenabled = false\n", system_path=system)
    assert config.kiosk.enabled is False


# --- kiosk settings outside [kiosk] ----------------------------------------------------------


NEAR_MISSES = [
    # (TOML text, the name the lock names, its line)
    ('[kiosk_mode]\nenabled = true\nadmin_pin_hash = ""\n', "kiosk_mode", 1),
    ("[kioskmode]\nenabled = true\n", "kioskmode", 1),
    ("[lantern.kiosk]\nenabled = true\n", "lantern.kiosk", 1),
    ("[KioskMode]\nenabled = true\n", "KioskMode", 1),
    ('region = "GB"\nkiosk_enabled = true\n', "kiosk_enabled", 2),
    ('[clinic]\nname = "x"\nkiosk = true\n', "clinic.kiosk", 3),
    ("[display.Kiosk]\nzoom = 100\n", "display.Kiosk", 1),
    ("[[kiosk_screens]]\nenabled = false\n", "kiosk_screens", 1),
    ("[setup]\nmode = { kiosk = true }\n", "setup.mode.kiosk", 2),
    # the name of a kiosk setting, without its [kiosk] line
    ("enabled = true\nidle_timeout = 120\n", "enabled", 1),
    ('[clinic]\nname = "X"\nenabled = true\n', "clinic.enabled", 3),
    ("[display]\nzoom = 100\nallow_printing = false\n", "display.allow_printing", 3),
    ('[lantern]\nadmin_pin_hash = ""\n', "lantern.admin_pin_hash", 2),
    ("Warning_Seconds = 30\n", "Warning_Seconds", 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "line"), NEAR_MISSES)
def test_kiosk_settings_outside_the_kiosk_section_lock(
    tmp_path: Path, text: str, name: str, line: int
) -> None:
    config, problems = load_text(tmp_path, text)
    assert_locked(config)
    lock = only(problems, "kiosk.enabled")
    assert lock.message.startswith(f"{name} looks like a kiosk setting")
    assert "kiosk settings go in [kiosk]" in lock.message
    assert lock.line == line
    assert all(p.line > 0 for p in problems)


def test_an_unknown_table_named_for_kiosk_suggests_the_section(tmp_path: Path) -> None:
    _, problems = load_text(tmp_path, "[kiosk_mode]\nenabled = true\n")
    assert "did you mean [kiosk]?" in only(problems, "kiosk_mode").message


def test_a_near_miss_locks_even_with_a_clear_kiosk_section(tmp_path: Path) -> None:
    # Which one did the clinic mean? The machine stays locked until the file is fixed.
    text = "[kiosk_mode]\nenabled = true\n\n[kiosk]\nenabled = false\nallow_printing = true\n"
    config, problems = load_text(tmp_path, text)
    assert_locked(config)
    assert only(problems, "kiosk.enabled").line == 1


def test_a_kiosk_setting_under_another_section_suggests_kiosk(tmp_path: Path) -> None:
    _, problems = load_text(tmp_path, '[clinic]\nname = "X"\nenabled = true\n')
    message = only(problems, "clinic.enabled").message
    assert "did you mean kiosk.enabled? (kiosk settings go under [kiosk])" in message


def test_a_kiosk_setting_before_the_kiosk_line_locks_even_with_it(tmp_path: Path) -> None:
    text = "enabled = false\n\n[kiosk]\nenabled = false\n"
    config, problems = load_text(tmp_path, text)
    assert_locked(config)
    assert only(problems, "kiosk.enabled").line == 1


def test_every_kiosk_setting_name_locks_outside_kiosk(tmp_path: Path) -> None:
    # The names come from the list of settings, so a new kiosk setting is covered too.
    for setting in (s for s in SETTINGS if s.section == "kiosk"):
        config, _ = load_text(tmp_path, f"[clinic]\n{setting.leaf} = 1\n")
        assert_locked(config)


def test_kiosk_in_a_value_is_not_a_near_miss(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, '[clinic]\nname = "Kiosk corner"\n')
    assert problems == []
    assert config.kiosk.enabled is False


def test_the_documented_example_hash_is_refused(tmp_path: Path) -> None:
    """Anyone can read CLINICS.md, so its example PIN would unlock any kiosk that copied it."""
    from reader.config.checks import EXAMPLE_PIN_HASH
    from reader.pin import verify_pin

    clinics = (Path(__file__).parent.parent / "CLINICS.md").read_text(encoding="utf-8")
    assert f'admin_pin_hash = "{EXAMPLE_PIN_HASH}"' in clinics
    assert verify_pin("2580", EXAMPLE_PIN_HASH)  # the PIN the guide names
    text = f'[kiosk]\nenabled = true\nadmin_pin_hash = " {EXAMPLE_PIN_HASH} "\n'
    config, problems = load_text(tmp_path, text)
    assert_locked(config)  # fails closed, as for any unusable hash
    problem = only(problems, "kiosk.admin_pin_hash")
    assert problem.severity == "error"  # check-config exits 1: a deployment script stops
    assert problem.line == 3
    assert "example from CLINICS.md" in problem.message
    assert "lantern hash-pin" in problem.message
    assert "no exit from inside the app" in problem.message


@pytest.mark.parametrize("line_break", ["\u2028", "\u2029", "\x85"])
def test_a_file_whose_breaks_toml_cannot_see_stays_locked(tmp_path: Path, line_break: str) -> None:
    # Read as one comment line, it was valid TOML with nothing in it: kiosk off, nothing said.
    text = line_break.join(["# waiting room", "[kiosk]", "enabled = true", ""])
    config, problems = load_text(tmp_path, text)
    assert_locked(config)
    assert any("a line break that TOML does not count" in p.message for p in problems)
    assert problems[0].line == 1


def test_such_a_break_in_a_file_without_kiosk_is_named(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, 'region = "GB"\n# note\u2028region = "IE"\n')
    assert "a line break that TOML does not count" in problems[0].message
    assert problems[0].line == 2
    assert config.kiosk.enabled is False
