"""Configuration: declared settings, TOML loading, clear problems, merge order, locked kiosk."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.config import (
    BY_NAME,
    SETTINGS,
    Config,
    ConfigProblem,
    load_config,
    load_files,
    system_config_path,
)
from reader.config.checks import SettingError, check_value
from reader.config.loader import KeyLines
from reader.pin import hash_pin

ROOT = Path(__file__).resolve().parent.parent
VALID_HASH = hash_pin("2580", b"0123456789abcdef")


def load_text(tmp_path: Path, text: str, name: str = "clinic.toml", **kwargs: Any):
    """Write one file and load it as --config, with no system file and no environment."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    kwargs.setdefault("env", {})
    kwargs.setdefault("system_path", tmp_path / "no-system.toml")
    return load_config(path, **kwargs)


def only(problems: list[ConfigProblem], key: str) -> ConfigProblem:
    matching = [p for p in problems if p.key == key]
    assert len(matching) == 1, problems
    return matching[0]


def clinics_example() -> str:
    text = (ROOT / "CLINICS.md").read_text(encoding="utf-8")
    match = re.search(r"### A complete example\s+```toml\n(.*?)```", text, re.S)
    assert match, "CLINICS.md lost its complete example"
    return match.group(1)


# --- the declaration -------------------------------------------------------------------------


def test_every_setting_is_declared_once_with_a_description() -> None:
    names = [s.name for s in SETTINGS]
    assert len(names) == len(set(names))
    for setting in SETTINGS:
        assert setting.description.strip()
        assert setting.description.endswith((".", ")"))
        check_value(setting, setting.default)  # every default passes its own check


def test_config_fields_match_the_declaration() -> None:
    config = Config.defaults()
    names = set()
    for field in dataclasses.fields(Config):
        value = getattr(config, field.name)
        if field.name == "origins":
            continue
        if dataclasses.is_dataclass(value):
            names |= {f"{field.name}.{leaf.name}" for leaf in dataclasses.fields(value)}
        else:
            names.add(field.name)
    assert names == set(BY_NAME)


def test_defaults_are_the_declared_defaults() -> None:
    config = Config.defaults()
    for setting in SETTINGS:
        assert config.get(setting.name) == setting.default
    assert config.kiosk.enabled is False
    assert config.kiosk.idle_timeout == 120


def test_config_is_frozen() -> None:
    config = Config.defaults()
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.kiosk.enabled = True  # type: ignore[misc]


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("linux", {}, Path("/etc/lantern/lantern.toml")),
        ("darwin", {}, Path("/Library/Application Support/Lantern/lantern.toml")),
        ("win32", {"PROGRAMDATA": r"D:\Data"}, Path(r"D:\Data") / "Lantern" / "lantern.toml"),
        ("win32", {}, Path(r"C:\ProgramData") / "Lantern" / "lantern.toml"),
    ],
)
def test_system_path_per_platform(platform: str, env: dict[str, str], expected: Path) -> None:
    assert system_config_path(platform, env) == expected


# --- valid files -----------------------------------------------------------------------------


def test_nothing_configured_gives_defaults(tmp_path: Path) -> None:
    config, problems = load_config(env={}, system_path=tmp_path / "absent.toml")
    assert problems == []  # a missing system file is normal
    assert config == Config.defaults()
    assert set(config.origins.values()) == {"built-in default"}


def test_the_clinics_md_example_is_valid(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, clinics_example())
    assert problems == []
    assert config.kiosk.enabled is True
    assert config.kiosk.idle_timeout == 180
    assert config.kiosk.admin_pin_hash.startswith("scrypt$")
    assert config.region == "GB"
    assert config.clinic.name == "Riverside Clinic"
    assert config.display.zoom == 120
    assert config.display.theme == "light"
    assert [c["name"] for c in config.contacts.local] == [
        "Riverside Clinic reception",
        "Riverside duty clinician",
    ]
    assert config.content.start_here[0] == "understanding-self-harm"


def test_the_clinics_md_contacts_pass_the_contacts_validator(tmp_path: Path) -> None:
    from reader.contacts import service_from_dict

    config, _ = load_text(tmp_path, clinics_example())
    for entry in config.contacts.local:
        service = service_from_dict(entry, "CLINICS.md")
        assert service.contact


def test_the_example_pin_is_2580(tmp_path: Path) -> None:
    from reader.pin import verify_pin

    config, _ = load_text(tmp_path, clinics_example())
    assert verify_pin("2580", config.kiosk.admin_pin_hash)


def test_values_are_normalised(tmp_path: Path) -> None:
    text = 'region = " gb "\n[display]\ntheme = "High-Contrast"\n[clinic]\nname = "  Riverside  "\n'
    config, problems = load_text(tmp_path, text)
    assert problems == []
    assert config.region == "GB"
    assert config.display.theme == "high-contrast"
    assert config.clinic.name == "Riverside"


@pytest.mark.parametrize("region", ["", "anywhere", "ANYWHERE", "us", "NZ"])
def test_region_forms(tmp_path: Path, region: str) -> None:
    config, problems = load_text(tmp_path, f'region = "{region}"\n')
    assert problems == []
    assert config.region in ("", "anywhere", "US", "NZ")


def test_dotted_keys_and_inline_tables_work(tmp_path: Path) -> None:
    text = 'kiosk.enabled = true\ndisplay = { zoom = 90, theme = "dark" }\n'
    config, problems = load_text(tmp_path, text)
    assert problems == []
    assert config.kiosk.enabled is True
    assert config.display.zoom == 90


def test_lists_become_tuples(tmp_path: Path) -> None:
    text = '[content]\nhidden = ["a-b", "c"]\nextra_folders = ["/srv/x", "D:\\\\y"]\n'
    config, problems = load_text(tmp_path, text)
    assert problems == []
    assert config.content.hidden == ("a-b", "c")
    assert config.content.extra_folders == ("/srv/x", "D:\\y")


# --- bad values ------------------------------------------------------------------------------


K = "[kiosk]\nenabled = false\n"  # kiosk off, so only the bad value itself is reported
BAD_VALUES = [
    # (TOML text, key, what the message says, value used instead)
    (K + 'idle_timeout = "120"\n', "kiosk.idle_timeout", "whole number", "120"),
    (K + "idle_timeout = 12.5\n", "kiosk.idle_timeout", "whole number", "120"),
    (K + "idle_timeout = true\n", "kiosk.idle_timeout", "whole number", "120"),
    (K + "idle_timeout = 29\n", "kiosk.idle_timeout", "from 30 to 3600", "120"),
    (K + "idle_timeout = 3601\n", "kiosk.idle_timeout", "not 3601", "120"),
    (K + "warning_seconds = 5\n", "kiosk.warning_seconds", "from 10 to 300", "30"),
    ("[display]\nzoom = 500\n", "display.zoom", "from 80 to 200 percent", "100"),
    ('[display]\ntheme = "blue"\n', "display.theme", '"high-contrast", not "blue"', '"system"'),
    ("[display]\ntheme = 3\n", "display.theme", "one of", '"system"'),
    ('[display]\neasier_reading = "true"\n', "display.easier_reading", "without quotes", "false"),
    ("[display]\neasier_reading = 1\n", "display.easier_reading", "true or false", "false"),
    ("[clinic]\nname = 42\n", "clinic.name", "text in quotes", '""'),
    ('[clinic]\nname = "' + "x" * 81 + '"\n', "clinic.name", "limit is 80", '""'),
    ('region = "United Kingdom"\n', "region", "two-letter country code", '""'),
    ('region = ["GB"]\n', "region", "two-letter", '""'),
    ('[content]\nhidden = "one-id"\n', "content.hidden", "should be a list", "[]"),
    ('[contacts]\nlocal = "front desk"\n', "contacts.local", "should be a list", "[]"),
]


@pytest.mark.parametrize(("text", "key", "says", "used"), BAD_VALUES)
def test_bad_value_is_reported_and_replaced(
    tmp_path: Path, text: str, key: str, says: str, used: str
) -> None:
    config, problems = load_text(tmp_path, text)
    problem = only(problems, key)
    assert says in problem.message
    assert key in problem.message
    assert problem.used == used
    assert problem.path == str(tmp_path / "clinic.toml")
    assert problem.line == text.count("\n", 0, text.index(key.rpartition(".")[2])) + 1
    assert config.get(key) == BY_NAME[key].default
    assert str(problem).startswith(f"{tmp_path / 'clinic.toml'}:{problem.line}: error: {key}")


def test_bad_list_items_are_left_out(tmp_path: Path) -> None:
    text = (
        '[content]\nstart_here = [\n  "good-id",\n  "Bad Id",\n  7,\n]\n'
        'extra_folders = ["", "/ok"]\n'
    )
    config, problems = load_text(tmp_path, text)
    assert config.content.start_here == ("good-id",)
    assert config.content.extra_folders == ("/ok",)
    messages = [p.message for p in problems]
    assert any('item 2, "Bad Id", is not an article id' in m for m in messages)
    assert any("item 3, 7, is not an article id" in m for m in messages)
    assert any("item 1 should be non-empty text" in m for m in messages)
    assert only([p for p in problems if "Bad" in p.message], "content.start_here").line == 2


def test_contacts_without_a_way_to_reach_them_are_left_out(tmp_path: Path) -> None:
    text = (
        '[[contacts.local]]\nname = "Front desk"\n\n'
        '[[contacts.local]]\nname = "Duty nurse"\ncontact = [{ type = "phone", value = "1" }]\n\n'
        '[[contacts.local]]\ndescription = "?"\ncontact = [{ type = "phone", value = "1" }]\n\n'
        '[[contacts.local]]\nname = "Empty"\ncontact = [{ type = "phone", value = " " }]\n'
    )
    config, problems = load_text(tmp_path, text)
    assert [c["name"] for c in config.contacts.local] == ["Duty nurse"]
    lines = sorted(p.line for p in problems)
    assert lines == [1, 8, 12]  # each points at its own [[contacts.local]] line
    assert any("needs at least one way to reach it" in p.message for p in problems)
    assert any("entry 3 has no name" in p.message for p in problems)
    assert any("without a value" in p.message for p in problems)


def test_contacts_entry_that_is_not_a_table(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, '[contacts]\nlocal = ["Front desk"]\n')
    assert config.contacts.local == ()
    assert "should be a table" in only(problems, "contacts.local").message


def test_invalid_later_value_keeps_the_earlier_one(tmp_path: Path) -> None:
    system = tmp_path / "system.toml"
    system.write_text("[display]\nzoom = 150\n", encoding="utf-8")
    config, problems = load_text(tmp_path, "[display]\nzoom = 999\n", system_path=system)
    assert config.display.zoom == 150
    problem = only(problems, "display.zoom")
    assert problem.used == "150"
    assert str(system) in problem.message


# --- unknown keys ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "suggestion", "line"),
    [
        (K + "idle_timout = 60\n", "kiosk.idle_timout", "kiosk.idle_timeout", 3),
        ('[display]\nregion = "GB"\n', "display.region", "region", 2),
        ("[display]\nidle_timeout = 60\n", "display.idle_timeout", "kiosk.idle_timeout", 2),
        ('[clinic]\nwelcom = "Hello"\n', "clinic.welcom", "clinic.welcome", 2),
        ('\nregoin = "GB"\n', "regoin", "region", 2),
        ("[Display]\nzoom = 100\n", "Display", "[display]", 1),
    ],
)  # fmt: skip
def test_unknown_key_suggests_the_closest(
    tmp_path: Path, text: str, key: str, suggestion: str, line: int
) -> None:
    config, problems = load_text(tmp_path, text)
    problem = only(problems, key)
    assert "is not a Lantern setting" in problem.message
    assert f"did you mean {suggestion}?" in problem.message
    assert problem.line == line
    assert config.kiosk.enabled is False


@pytest.mark.parametrize("section", ["kiosks", "Kiosk", "KIOSK"])
def test_misspelt_kiosk_section_locks(tmp_path: Path, section: str) -> None:
    config, problems = load_text(tmp_path, f"[{section}]\nenabled = false\n")
    assert_locked(config)
    assert "did you mean [kiosk]?" in only(problems, section).message
    assert "misspelt [kiosk]" in only(problems, "kiosk.enabled").message


def test_misplaced_top_level_key_explains_sections(tmp_path: Path) -> None:
    _, problems = load_text(tmp_path, '[display]\nzoom = 100\nregion = "GB"\n')
    problem = only(problems, "display.region")
    assert "before the first [section]" in problem.message
    assert problem.line == 3


def test_unknown_key_without_a_close_match(tmp_path: Path) -> None:
    _, problems = load_text(tmp_path, "[weather]\nsunny = true\n")
    problem = only(problems, "weather")
    assert "did you mean" not in problem.message
    assert problem.line == 1


# --- missing and unreadable files ------------------------------------------------------------


def test_missing_explicit_file_is_a_problem(tmp_path: Path) -> None:
    config, problems = load_config(
        tmp_path / "nope.toml", env={}, system_path=tmp_path / "absent.toml"
    )
    assert len(problems) == 1
    assert "does not exist" in problems[0].message
    assert "--config" in problems[0].message
    assert config == Config.defaults()


def test_missing_lantern_config_file_is_a_problem(tmp_path: Path) -> None:
    env = {"LANTERN_CONFIG": str(tmp_path / "gone.toml")}
    _, problems = load_config(env=env, system_path=tmp_path / "absent.toml")
    assert len(problems) == 1
    assert "LANTERN_CONFIG" in problems[0].message


def test_empty_lantern_config_is_ignored(tmp_path: Path) -> None:
    _, problems = load_config(env={"LANTERN_CONFIG": ""}, system_path=tmp_path / "absent.toml")
    assert problems == []


def test_a_folder_instead_of_a_file(tmp_path: Path) -> None:
    config, problems = load_config(tmp_path, env={}, system_path=tmp_path / "absent.toml")
    assert len(problems) == 1
    assert "could not be read" in problems[0].message
    assert config.kiosk.enabled is False


def test_broken_toml_without_kiosk_is_ignored(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, "[display]\nzoom = \n")
    assert config == Config.defaults()
    assert len(problems) == 1
    assert "not valid TOML" in problems[0].message
    assert problems[0].line == 2


def test_empty_file_is_fine(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, "")
    assert problems == []
    assert config == Config.defaults()


# --- merge order -----------------------------------------------------------------------------


def test_merge_order_later_wins(tmp_path: Path) -> None:
    system = tmp_path / "system.toml"
    system.write_text(
        '[display]\nzoom = 110\ntheme = "dark"\neasier_reading = true\n[clinic]\nname = "S"\n'
    )
    env_file = tmp_path / "env.toml"
    env_file.write_text('[display]\nzoom = 120\ntheme = "light"\n[clinic]\nname = "E"\n')
    explicit = tmp_path / "explicit.toml"
    explicit.write_text('[display]\nzoom = 130\n[clinic]\nname = "X"\n')
    config, problems = load_config(
        explicit,
        env={"LANTERN_CONFIG": str(env_file)},
        overrides={"display.zoom": 140},
        system_path=system,
    )
    assert problems == []
    assert config.display.zoom == 140
    assert config.origins["display.zoom"] == "command line"
    assert config.clinic.name == "X"
    assert config.origins["clinic.name"] == str(explicit)
    assert config.display.theme == "light"
    assert config.origins["display.theme"] == str(env_file)
    assert config.display.easier_reading is True
    assert config.origins["display.easier_reading"] == str(system)
    assert config.origins["region"] == "built-in default"


def test_a_later_file_replaces_a_list(tmp_path: Path) -> None:
    system = tmp_path / "system.toml"
    system.write_text('[content]\nhidden = ["a", "b"]\n')
    config, _ = load_text(tmp_path, '[content]\nhidden = ["c"]\n', system_path=system)
    assert config.content.hidden == ("c",)


def test_kiosk_flag_override(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, "", overrides={"kiosk.enabled": True})
    assert problems == []
    assert config.kiosk.enabled is True
    assert config.origins["kiosk.enabled"] == "command line"


def test_bad_overrides_are_reported(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, "", overrides={"region": "Narnia", "kiosk.on": True})
    assert config.region == ""
    assert {p.path for p in problems} == {"command line"}
    assert {p.key for p in problems} == {"region", "kiosk.on"}
    assert all(p.line == 0 for p in problems)
    assert str(only(problems, "region")).startswith("command line: error: region")


def test_system_path_default_is_the_platform_path(tmp_path: Path, monkeypatch) -> None:
    seen: list[Path] = []
    from reader.config import loader

    monkeypatch.setattr(loader, "_apply_file", lambda state, path, *rest: seen.append(path))
    load_config(env={})
    assert seen == [system_config_path()]


# --- the kiosk fails closed ------------------------------------------------------------------


def assert_locked(config: Config, pin: str = "") -> None:
    assert config.kiosk.enabled is True
    assert config.kiosk.admin_pin_hash == pin
    assert config.kiosk.allow_printing is False


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
    original = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
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
    assert "kiosk mode stays on" in only(problems, "kiosk.enabled").message


def test_misspelt_enabled_locks(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, "[kiosk]\nenable = true\n")
    assert config.kiosk.enabled is True
    assert len(problems) == 2
    assert problems[1].key == "kiosk.enabled"
    assert problems[1].line == 1


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


# --- finding lines ---------------------------------------------------------------------------


def test_key_lines() -> None:
    text = (
        'region = "GB"\n'  # 1
        'note = """\n'  # 2
        "fake = 1\n"  # 3: inside a multi-line string, not a key
        '"""\n'  # 4
        "[ kiosk ]  # comment\n"  # 5
        "idle_timeout = 5\n"  # 6
        '"enabled" = true\n'  # 7
        "[[contacts.local]]\n"  # 8
        "[[contacts.local]]\n"  # 9
        "display.zoom = 2\n"  # 10: a dotted key inside [[contacts.local]]
        "[display]\n"  # 11
        "theme = { a = 1 }\n"  # 12
    )
    lines = KeyLines(text)
    assert lines.line_of("region") == 1
    assert lines.line_of("fake") == 0
    assert lines.line_of("kiosk") == 5
    assert lines.line_of("kiosk.idle_timeout") == 6
    assert lines.line_of("kiosk.enabled") == 7
    assert lines.line_of("kiosk.missing") == 5  # falls back to its table
    assert lines.line_of("contacts.local", 0) == 8
    assert lines.line_of("contacts.local", 1) == 9
    assert lines.line_of("contacts.local", 5) == 8
    assert lines.line_of("display.theme.a") == 12
    assert lines.line_of("nowhere.at.all") == 0


# --- nothing crashes -------------------------------------------------------------------------


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=400))
def test_random_text_never_crashes(tmp_path: Path, text: str) -> None:
    path = tmp_path / "random.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    config, problems = load_files([(path, True, "given")])
    assert isinstance(config, Config)
    assert all(isinstance(p, ConfigProblem) for p in problems)
    if "kiosk" in text.lower() and any("not valid TOML" in p.message for p in problems):
        assert config.kiosk.enabled is True


def toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes, plus DEL, which TOML also wants escaped."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_inline(value: Any) -> str:
    """Write a value as inline TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_inline(v) for v in value) + "]"
    return "{" + ", ".join(f"{toml_string(k)} = {toml_inline(v)}" for k, v in value.items()) + "}"


KEYS = st.sampled_from(
    ["kiosk", "display", "clinic", "content", "contacts", "region", "enabled", "local", "zoom"]
    + [s.leaf for s in SETTINGS]
) | st.text(min_size=1, max_size=8)
SCALARS = (
    st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=12,
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.dictionaries(KEYS, VALUES, max_size=6))
def test_random_tables_never_crash(tmp_path: Path, data: dict[str, Any]) -> None:
    text = "".join(f"{toml_string(k)} = {toml_inline(v)}\n" for k, v in data.items())
    path = tmp_path / "random.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    config, problems = load_files([(path, True, "given")])
    assert not any("not valid TOML" in p.message for p in problems), text
    for setting in SETTINGS:
        check_value(setting, config.get(setting.name))  # whatever came in, the result is valid
    kiosk = data.get("kiosk")
    if kiosk is not None and not isinstance(kiosk, dict):
        assert config.kiosk.enabled is True


@given(value=VALUES)
def test_check_value_only_raises_setting_error(value: Any) -> None:
    messages = []
    for setting in SETTINGS:
        try:
            check_value(setting, value)
        except SettingError as error:
            messages.append(str(error))
    assert all(messages)  # every refusal says what is wrong


@given(overrides=st.dictionaries(KEYS | st.sampled_from(list(BY_NAME)), VALUES, max_size=5))
def test_random_overrides_never_crash(overrides: dict[str, Any]) -> None:
    config, problems = load_files([], overrides)
    assert isinstance(config, Config)
    assert all(p.path == "command line" for p in problems)
