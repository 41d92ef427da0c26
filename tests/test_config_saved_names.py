"""A configuration file saved under another name than the one Lantern reads: Notepad's .txt."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from reader.config import Config, load_config
from reader.config.reading import read_config_bytes
from reader.config_cli import check_config_main
from tests.config_helpers import assert_locked, only

KIOSK_ON = "[kiosk]\nenabled = true\n"
RENAME = (
    "there is lantern.toml.txt beside it: Notepad and TextEdit may add .txt to a file's name, "
    "so rename it to lantern.toml"
)


def saved_as_txt(folder: Path, text: str = KIOSK_ON) -> Path:
    """The path an admin meant, with the file Notepad actually saved beside it."""
    (folder / "lantern.toml.txt").write_text(text, encoding="utf-8")
    return folder / "lantern.toml"


def test_check_config_names_the_file_saved_with_txt_added(tmp_path: Path) -> None:
    meant = saved_as_txt(tmp_path)
    out = io.StringIO()
    assert check_config_main([str(meant)], stdout=out, env={}) == 1
    assert out.getvalue() == (f"{meant}: error: file not found (is the path mistyped?); {RENAME}\n")


def test_a_named_file_saved_with_txt_added_locks_and_says_why(tmp_path: Path) -> None:
    meant = saved_as_txt(tmp_path)
    config, problems = load_config(meant, env={}, system_path=tmp_path / "absent.toml")
    assert_locked(config)
    assert (
        f"(is the path mistyped?); {RENAME}, so kiosk mode"
        in only(problems, "kiosk.enabled").message
    )


def test_a_system_file_saved_with_txt_added_is_an_error_not_silence(tmp_path: Path) -> None:
    # Before, Lantern started with the built-in defaults and check-config said "valid": a
    # clinic's settings in lantern.toml.txt were simply not there.
    meant = saved_as_txt(tmp_path, 'region = "GB"\n')
    config, problems = load_config(env={}, system_path=meant)
    assert config == Config.defaults()
    assert [(p.path, p.line, p.severity) for p in problems] == [(str(meant), 0, "error")]
    assert problems[0].message == f"there is no file here, but {RENAME}; until then it is not read"


@pytest.mark.parametrize(
    "saved",
    [KIOSK_ON.encode(), "[KIOSK]\nenabled = true\n".encode("utf-16"), b"PK\x03\x04\x14\x00"],
    ids=["kiosk on", "utf-16", "word document"],
)
def test_a_system_file_saved_with_txt_added_that_may_turn_kiosk_on_locks(
    tmp_path: Path, saved: bytes
) -> None:
    # Only reported, a clinic's [kiosk] enabled = true saved as lantern.toml.txt started the
    # waiting-room machine unlocked; a Word file's compressed text cannot even be searched.
    (tmp_path / "lantern.toml.txt").write_bytes(saved)
    config, problems = load_config(env={}, system_path=tmp_path / "lantern.toml")
    assert_locked(config)
    message = only(problems, "kiosk.enabled").message
    assert message.startswith(f"there is no file here, but {RENAME}; until then it is not read")
    assert "so kiosk mode is turned on" in message


def test_without_a_txt_file_beside_it_nothing_changes(tmp_path: Path) -> None:
    (tmp_path / "lantern.toml.txt").mkdir()  # a folder is not a file saved by an editor
    config, problems = load_config(env={}, system_path=tmp_path / "lantern.toml")
    assert (config, problems) == (Config.defaults(), [])


# Explorer's "Copy as path" puts double quotes around a path, and cmd's `set NAME="C:\..."`
# keeps them in the value: pasted into LANTERN_CONFIG, they are part of the name Lantern opens.
UNQUOTE = 'the path is in quotes ("..."), which are read as part of its name: remove them'


def test_a_path_in_quotes_in_lantern_config_says_to_take_them_off(tmp_path: Path) -> None:
    (tmp_path / "lantern.toml").write_text(KIOSK_ON, encoding="utf-8")
    quoted = f'"{tmp_path / "lantern.toml"}"'
    config, problems = load_config(
        env={"LANTERN_CONFIG": quoted}, system_path=tmp_path / "absent.toml"
    )
    assert_locked(config)  # locked as before: it names no file
    message = only(problems, "kiosk.enabled").message
    assert f"(is the path mistyped?); {UNQUOTE}, so kiosk mode" in message


def test_windows_refusing_a_name_in_quotes_says_to_take_them_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows allows no " in a name: it says 'The filename, directory name, or volume label
    syntax is incorrect' (EINVAL), not that the file is missing."""

    def windows_refuses(path: Path) -> bytes:
        if '"' in str(path):
            raise OSError(22, "The filename, directory name, or volume label syntax is incorrect")
        return read_config_bytes(path)

    monkeypatch.setattr("reader.config.loader.read_config_bytes", windows_refuses)
    quoted = r'"C:\ProgramData\Lantern\clinic.toml"'
    config, problems = load_config(
        env={"LANTERN_CONFIG": quoted}, system_path=tmp_path / "absent.toml"
    )
    assert_locked(config)
    message = only(problems, "kiosk.enabled").message
    assert f"label syntax is incorrect; {UNQUOTE}, so kiosk mode" in message


def test_a_path_without_quotes_gets_no_word_about_them(tmp_path: Path) -> None:
    missing = tmp_path / 'a "quoted" word.toml'
    _, problems = load_config(missing, env={}, system_path=tmp_path / "absent.toml")
    assert "quotes" not in only(problems, "kiosk.enabled").message
