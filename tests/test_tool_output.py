"""The command-line tools end cleanly when their output cannot be written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader import __version__

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


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_on_a_full_disk_say_so(tmp_path: Path, flag: str) -> None:
    """argparse drops a failed write: `lantern --version > /dev/full` said nothing, exit 0."""
    with open("/dev/full", "wb") as full:
        process = _tool([flag], tmp_path, full)
        _, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert err.decode() == "lantern: could not write the output: No space left on device\n"


def test_version_and_help_are_written_as_before(tmp_path: Path) -> None:
    version = _tool(["--version"], tmp_path, subprocess.PIPE)
    out, err = version.communicate(timeout=60)
    assert (version.returncode, out, err) == (0, f"Lantern {__version__}\n".encode(), b"")
    usage = _tool(["--help"], tmp_path, subprocess.PIPE)
    out, err = usage.communicate(timeout=60)
    assert (usage.returncode, err) == (0, b"")
    assert out.startswith(b"usage: lantern ")
    mistake = _tool(["--no-such-flag"], tmp_path, subprocess.PIPE)
    out, err = mistake.communicate(timeout=60)
    assert (mistake.returncode, out) == (2, b"")
    assert err.endswith(b"lantern: error: unrecognized arguments: --no-such-flag\n")


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
