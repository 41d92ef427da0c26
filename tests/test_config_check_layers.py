"""check-config FILE shows what `lantern --config FILE` would use on this computer, in order."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from reader.config_cli import check_config_main


def run_check(argv: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    out = io.StringIO()
    code = check_config_main(argv, stdout=out, env=env or {})
    return code, out.getvalue()


@pytest.fixture
def system(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This computer's system-wide file, with a clinic name and a broken theme."""
    path = tmp_path / "system.toml"
    path.write_text('[clinic]\nname = "From system"\n\n[display]\ntheme = "pink"\n')
    monkeypatch.setattr("reader.config.loader.system_config_path", lambda env: path)
    return path


def setting(output: str, name: str, value: str, origin: Path | str) -> bool:
    """True when the effective settings show name = value, from origin."""
    pattern = rf"^  {re.escape(name)}\s+{re.escape(value)}\s+{re.escape(str(origin))}$"
    return re.search(pattern, output, re.M) is not None


def test_the_file_is_layered_over_the_system_file_and_lantern_config(
    tmp_path: Path, system: Path
) -> None:
    env_file = tmp_path / "env.toml"
    env_file.write_text('region = "GB"\n[display]\nzoom = 90\n')
    path = tmp_path / "clinic.toml"
    path.write_text("[display]\nzoom = 150\n")
    code, output = run_check([str(path)], env={"LANTERN_CONFIG": str(env_file)})
    assert setting(output, "clinic.name", '"From system"', system)
    assert setting(output, "region", '"GB"', env_file)
    assert setting(output, "display.zoom", "150", path)  # --config wins over LANTERN_CONFIG
    assert setting(output, "display.theme", '"system"', "built-in default")
    sources = output.split("\n\n")[1]
    assert sources.splitlines() == [
        f"lantern --config {path} on this computer reads, in this order (a later one wins):",
        "  built-in defaults",
        f"  {system} (the system-wide file)",
        f"  {env_file} (LANTERN_CONFIG)",
        f"  {path} (--config)",
    ]
    # The system file's own error is listed, and told apart from the file being checked.
    assert output.startswith(f"{system}:5: error: display.theme should be one of")
    assert code == 1
    assert output.rstrip().endswith(
        f"{path}: valid; the other files read with it have 1 problem (listed above); "
        f"lantern --config {path} would start with the settings above."
    )


def test_a_missing_system_file_is_shown_as_not_there(tmp_path: Path, monkeypatch) -> None:
    absent = tmp_path / "absent.toml"
    monkeypatch.setattr("reader.config.loader.system_config_path", lambda env: absent)
    path = tmp_path / "clinic.toml"
    path.write_text("")
    code, output = run_check([str(path)])
    assert code == 0
    assert f"\n  {absent} (the system-wide file): not there\n" in output
    assert output.rstrip().endswith(f"{path}: valid.")


def test_checking_the_system_file_itself_reads_it_once(system: Path) -> None:
    code, output = run_check([str(system)])
    assert code == 1
    problems = [line for line in output.splitlines() if ": error: " in line]
    assert problems == [problems[0]]  # not read a second time as --config
    assert "\n\nLantern on this computer reads, in this order" in output
    assert " (--config)" not in output
    assert output.rstrip().endswith(
        f"{system}: 1 problem; Lantern would start with the settings above."
    )


def test_problems_are_sorted_by_file_then_line(tmp_path: Path, system: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(
        'region = "ZZ"\n\n'  # 1: its warning is added last of all
        "[[contacts.local]]\nname = 5\n\n"  # 3, 4: checked after the file is loaded
        "[display]\nzoom = 10\n"  # 7: found while the file is loaded
    )
    code, output = run_check([str(path)])
    assert code == 1
    places = re.findall(r"^(.+?):(\d+): (error|warning): ", output, re.M)
    assert places == [
        (str(system), "5", "error"),  # the files in the order Lantern reads them
        (str(path), "1", "warning"),
        (str(path), "3", "error"),
        (str(path), "4", "error"),
        (str(path), "7", "error"),
    ]
