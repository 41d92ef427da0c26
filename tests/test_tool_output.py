"""The command-line tools end cleanly when their output cannot be written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _tool(args: list[str], tmp_path: Path, stdout: object) -> subprocess.Popen[bytes]:
    env = dict(os.environ, HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env.pop("LANTERN_CONFIG", None)
    return subprocess.Popen(
        [sys.executable, "-m", "reader", *args],
        cwd=REPO,
        env=env,
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
    )


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "lantern.toml"
    path.write_text('region = 44\n[display]\ntheme = "purple"\n', encoding="utf-8")
    return path


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path, config: Path) -> None:
    process = _tool(["check-config", str(config)], tmp_path, subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.close()  # like `| head -0`: nobody reads the report
    _, err = process.communicate(timeout=60)
    assert b"Traceback" not in err
    assert process.returncode == 1  # the file's own verdict (it has errors), not a crash


def test_a_closed_standard_output_gets_no_traceback(tmp_path: Path) -> None:
    # `>&-` closes the tool's standard output before it starts.
    env = dict(os.environ, HOME=str(tmp_path))
    result = subprocess.run(
        f'"{sys.executable}" -m reader check-content content/en >&-',
        shell=True,
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Traceback" not in result.stderr
    assert result.returncode == 0


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_full_disk_gets_one_line(tmp_path: Path, config: Path) -> None:
    with open("/dev/full", "wb") as full:
        process = _tool(["check-config", str(config)], tmp_path, full)
        _, err = process.communicate(timeout=60)
    assert b"Traceback" not in err
    assert process.returncode == 1
    assert err.decode().strip().splitlines()[-1].startswith("lantern: could not write")


def test_a_console_code_page_without_a_character_gets_it_escaped(tmp_path: Path) -> None:
    """Windows writes redirected output in cp1252, which has no Ā: that was a traceback."""
    config = tmp_path / "lantern.toml"
    config.write_text('[clinic]\nname = "Te Whare Āwhina"\nregion = 44\n', encoding="utf-8")
    env = dict(os.environ, HOME=str(tmp_path), PYTHONIOENCODING="cp1252")
    env.pop("LANTERN_CONFIG", None)
    result = subprocess.run(
        [sys.executable, "-m", "reader", "check-config", str(config)],
        cwd=REPO,
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert b"Traceback" not in result.stderr
    assert result.returncode == 1  # the file's own verdict
    assert b"Te Whare \\u0100whina" in result.stdout


@pytest.mark.parametrize(
    ("tool", "code"), [(["hash-pin"], "1"), (["check-content", "no such folder"], "2")]
)
def test_a_tool_without_a_console_ends_without_a_traceback(
    tmp_path: Path, tool: list[str], code: str
) -> None:
    """Windows' windowed lantern.exe has no standard streams: hash-pin raised into a dialog."""
    script = (
        "import sys\n"
        "sys.stdin = sys.stderr = None\n"
        "from reader.app import main\n"
        "try:\n"
        f"    code = main({tool!r})\n"
        "except Exception as error:\n"
        "    code = repr(error)\n"
        "print(code, file=sys.__stdout__)\n"
    )
    env = dict(os.environ, HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert result.stdout.splitlines()[-1] == code  # the tool's own verdict, not an exception
