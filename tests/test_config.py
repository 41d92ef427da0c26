"""Configuration: the declared settings, their defaults, and valid files loading as written."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from reader.config import BY_NAME, SETTINGS, Config, load_config, system_config_path
from reader.config.checks import check_value
from tests.config_helpers import load_text

ROOT = Path(__file__).resolve().parent.parent


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
        if isinstance(value, tuple):  # a section: a named tuple of its settings
            names |= {f"{field.name}.{leaf}" for leaf in value._fields}
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
        config.region = "GB"  # type: ignore[misc]
    with pytest.raises(AttributeError):
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


def test_the_clinics_md_example_is_valid_but_for_its_published_pin(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, clinics_example())
    assert [p.key for p in problems] == ["kiosk.admin_pin_hash"]  # "never use it"
    assert config.kiosk.enabled is True
    assert config.kiosk.idle_timeout == 180
    assert config.kiosk.admin_pin_hash == ""
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
    assert config.contacts.local  # or the loop below checks nothing
    for entry in config.contacts.local:
        service = service_from_dict(entry, "CLINICS.md")
        assert service.contact


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
