"""The check-config and hash-pin tools, and CLINICS.md staying true to the code."""

from __future__ import annotations

import io
import re
import tomllib
from pathlib import Path

import pytest

from reader import config_cli
from reader.config import SETTINGS, load_config, system_config_path
from reader.config_cli import (
    TABLE_END,
    TABLE_START,
    check_config_main,
    hash_pin_main,
    render_settings_markdown,
)
from reader.kiosk import ADMIN_CHORD, ResetStep
from reader.pin import hash_pin, verify_pin

ROOT = Path(__file__).resolve().parent.parent
CLINICS = (ROOT / "CLINICS.md").read_text(encoding="utf-8")
PIN = "739184"


class Terminal(io.StringIO):
    """A standard input that claims to be a terminal."""

    def isatty(self) -> bool:
        return True


def run_check(argv: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    out = io.StringIO()
    code = check_config_main(argv, stdout=out, env=env or {})
    return code, out.getvalue()


def run_hash(stdin: io.StringIO) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = hash_pin_main([], stdin=stdin, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


# --- the settings reference ------------------------------------------------------------------


def test_table_has_a_row_per_setting() -> None:
    rows = render_settings_markdown().splitlines()
    assert rows[0].startswith("| Setting |")
    assert len(rows) == 2 + len(SETTINGS)
    for setting, row in zip(SETTINGS, rows[2:], strict=True):
        assert row.startswith(f"| `{setting.name}` |")
        assert setting.description in row


def test_clinics_md_embeds_exactly_the_generated_table() -> None:
    start = CLINICS.index(TABLE_START) + len(TABLE_START) + 1
    end = CLINICS.index(TABLE_END)
    assert CLINICS[start:end] == render_settings_markdown(), (
        "CLINICS.md's settings table is out of date: replace it with the output of "
        "`python -m reader.config_cli`"
    )


def test_clinics_md_documents_every_reset_step_and_the_chord() -> None:
    for step in ResetStep:
        assert f"- {step.value}\n" in CLINICS
    assert f"**{ADMIN_CHORD.portable_text}**" in CLINICS


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_clinics_md_names_the_system_file(platform: str) -> None:
    path = system_config_path(platform, {})
    shown = str(path) if platform != "win32" else r"%PROGRAMDATA%\Lantern\lantern.toml"
    assert f"`{shown}`" in CLINICS


@pytest.mark.parametrize(
    "command",
    ["lantern --kiosk", "lantern --config FILE", "lantern check-config FILE", "lantern hash-pin"],
)
def test_clinics_md_uses_the_documented_commands(command: str) -> None:
    assert f"`{command}`" in CLINICS


def test_clinics_md_sample_messages_are_real(tmp_path: Path) -> None:
    samples = re.findall(r"^lantern\.toml:\d+: error: .*$", CLINICS, re.M)
    assert len(samples) == 2
    path = tmp_path / "lantern.toml"
    path.write_text(
        'region = "gb"\n\n[clinic]\nname = "Riverside"\n\n'
        "[kiosk]\nenabled = true\n\nidle_timeout = 5\n\n"
        '[display]\nzoom = 150\ntheme = "light"\n\n\nregion = "US"\n',
        encoding="utf-8",
    )
    code, output = run_check([str(path)])
    assert code == 1
    for sample in samples:
        assert sample.replace("lantern.toml", str(path), 1) in output


# --- check-config ----------------------------------------------------------------------------


def test_valid_file_exits_0_and_shows_the_settings(tmp_path: Path) -> None:
    path = tmp_path / "ok.toml"
    path.write_text(f'[kiosk]\nenabled = true\nadmin_pin_hash = "{hash_pin(PIN)}"\n')
    code, output = run_check([str(path)])
    assert code == 0
    assert output.startswith(f"lantern --config {path} on this computer reads, in this order")
    assert "\nEffective settings:\n" in output
    assert re.search(r"kiosk\.enabled\s+true\s+" + re.escape(str(path)), output)
    assert re.search(r"kiosk\.idle_timeout\s+120\s+built-in default", output)
    assert re.search(r"kiosk\.admin_pin_hash\s+set\s", output)
    assert "scrypt$" not in output  # the hash itself is not shown
    assert output.rstrip().endswith(f"{path}: valid.")
    for setting in SETTINGS:
        assert f"  {setting.name} " in output


def test_invalid_file_exits_1_problems_first(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[display]\nzoom = 10\ncolour = 'red'\n")
    code, output = run_check([str(path)])
    assert code == 1
    lines = output.splitlines()
    assert lines[0] == (
        f"{path}:2: error: display.zoom should be from 80 to 200 percent, not 10; "
        "using 100 (built-in default)"
    )
    assert lines[1].startswith(f"{path}:3: error: display.colour is not a Lantern setting")
    assert lines[2:3] == [""]
    assert output.rstrip().endswith(
        f"{path}: 2 problems; lantern --config {path} would start with the settings above."
    )


def test_a_missing_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    code, output = run_check([str(path)])
    assert code == 1
    # Not the table of settings a missing --config file would lock: the path is what to fix.
    assert output == f"{path}: error: file not found (is the path mistyped?)\n"


def test_broken_kiosk_file_shows_it_stays_locked(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[kiosk]\nenabled = \n")
    code, output = run_check([str(path)])
    assert code == 1
    assert "kiosk mode is turned on" in output
    assert re.search(r"kiosk\.enabled\s+true\s", output)
    assert re.search(r"kiosk\.admin_pin_hash\s+not set \(no exit from inside the app\)", output)


def test_contacts_are_summarised(tmp_path: Path) -> None:
    path = tmp_path / "contacts.toml"
    path.write_text(
        '[[contacts.local]]\nname = "Front desk"\ndescription = "Ask at the desk."\n'
        'audience = "Anyone"\nlanguages = ["English"]\nsource = "Clinic"\n'
        "hours = { always_open = true }\n"
        'contact = [{ type = "phone", value = "0100 000 000" }]\n'
    )
    code, output = run_check([str(path)])
    assert code == 0
    assert re.search(r"contacts\.local\s+1: Front desk\s", output)


def test_without_a_file_checks_this_computer(tmp_path: Path, monkeypatch) -> None:
    system = tmp_path / "system.toml"
    system.write_text('[clinic]\nname = "From system"\n')
    env_file = tmp_path / "env.toml"
    env_file.write_text("[display]\nzoom = 90\n")
    monkeypatch.setattr("reader.config.loader.system_config_path", lambda env: system)
    code, output = run_check([], env={"LANTERN_CONFIG": str(env_file)})
    assert code == 0
    assert re.search(r'clinic\.name\s+"From system"\s+' + re.escape(str(system)), output)
    assert re.search(r"display\.zoom\s+90\s+" + re.escape(str(env_file)), output)
    assert "this computer's configuration: valid." in output


def test_check_config_help_and_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_config_main(["--help"]) == 0
    assert "lantern check-config" in capsys.readouterr().out
    assert check_config_main(["a.toml", "b.toml"]) == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_check_config_defaults_to_real_stdout(tmp_path: Path, capsys) -> None:
    path = tmp_path / "ok.toml"
    path.write_text("")
    assert check_config_main([str(path)], env={}) == 0
    assert "Effective settings:" in capsys.readouterr().out


# --- hash-pin --------------------------------------------------------------------------------


def hash_from(output: str) -> str:
    data = tomllib.loads("[kiosk]\n" + output)  # the printed text is valid TOML
    return data["kiosk"]["admin_pin_hash"]


def test_piped_pin_twice_prints_the_config_line(tmp_path: Path) -> None:
    code, out, err = run_hash(io.StringIO(f"{PIN}\n{PIN}\n"))
    assert code == 0
    assert err == ""
    assert "[kiosk]" in out.splitlines()[0]
    assert out.splitlines()[1].startswith('admin_pin_hash = "scrypt$')
    stored = hash_from(out)
    assert verify_pin(PIN, stored)
    assert PIN not in out
    path = tmp_path / "lantern.toml"
    path.write_text("[kiosk]\nenabled = true\n" + out)
    config, problems = load_config(path, env={}, system_path=tmp_path / "absent.toml")
    assert problems == []
    assert config.kiosk.admin_pin_hash == stored


def test_windows_line_endings_and_no_final_newline() -> None:
    code, out, _ = run_hash(io.StringIO(f"{PIN}\r\n{PIN}"))
    assert code == 0
    assert verify_pin(PIN, hash_from(out))


def test_different_entries_are_refused() -> None:
    code, out, err = run_hash(io.StringIO(f"{PIN}\n{PIN}0\n"))
    assert code == 1
    assert out == ""
    assert "different" in err
    assert PIN not in err


@pytest.mark.parametrize("short", ["", "9", "987"])
def test_short_pin_is_refused(short: str) -> None:
    code, out, err = run_hash(io.StringIO(f"{short}\n{short}\n"))
    assert code == 1
    assert out == ""
    assert "at least 4 characters" in err
    assert not short or short not in err


@pytest.mark.parametrize("stdin", ["", f"{PIN}\n"])
def test_fewer_than_two_lines_is_refused(stdin: str) -> None:
    code, out, err = run_hash(io.StringIO(stdin))
    assert code == 1
    assert out == ""
    assert "two lines" in err
    assert PIN not in err


def test_terminal_reads_without_echo(monkeypatch) -> None:
    prompts: list[str] = []

    def fake_getpass(prompt: str = "Password: ", stream=None) -> str:
        prompts.append(prompt)
        return PIN

    monkeypatch.setattr(config_cli.getpass, "getpass", fake_getpass)
    code, out, err = run_hash(Terminal("this must not be read\n"))
    assert code == 0
    assert prompts == ["New admin PIN: ", "Same PIN again: "]
    assert verify_pin(PIN, hash_from(out))
    assert PIN not in out + err


def test_terminal_cancel(monkeypatch) -> None:
    def cancel(prompt: str = "", stream=None) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(config_cli.getpass, "getpass", cancel)
    code, out, err = run_hash(Terminal(""))
    assert code == 1
    assert out == ""
    assert "Cancelled" in err


def test_no_stdin_at_all(monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", None)
    out, err = io.StringIO(), io.StringIO()
    assert hash_pin_main([], stdout=out, stderr=err) == 1
    assert out.getvalue() == ""


def test_hash_pin_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert hash_pin_main(["--help"]) == 0
    assert "lantern hash-pin" in capsys.readouterr().out


def test_clinics_md_names_every_kiosk_setting_that_locks_outside_kiosk() -> None:
    # The fail-closed rules list the kiosk settings' names; the code takes them from SETTINGS.
    rules = CLINICS.partition("The kiosk settings fail closed")[2].partition("## Settings")[0]
    named_like = rules.partition("named like a kiosk setting")[2].partition(")")[0]
    for setting in (s for s in SETTINGS if s.section == "kiosk"):
        assert f"`{setting.leaf}`" in named_like, setting.name
