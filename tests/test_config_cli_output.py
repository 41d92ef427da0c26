"""check-config's output: region warnings, escaped control characters, and output errors."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.config_cli import check_config_main, hash_pin_main

ROOT = Path(__file__).resolve().parent.parent


def run_check(path: Path) -> tuple[int, str]:
    out = io.StringIO()
    code = check_config_main([str(path)], stdout=out, env={})
    return code, out.getvalue()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "lantern.toml"
    path.write_text(text, encoding="utf-8")
    return path


# --- regions without contacts ----------------------------------------------------------------


def test_a_region_without_contacts_is_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, '# Riverside\n\n\nregion = "ZZ"\n')
    code, output = run_check(path)
    assert code == 0  # a warning, not an error: a clinic may rely on its own contacts
    assert output.splitlines()[0] == (
        f"{path}:4: warning: region ZZ has no bundled contacts; the help panel will show "
        "general guidance (regions: AU, CA, GB, IE, NZ, US)"
    )
    assert output.rstrip().endswith(f"{path}: valid, with 1 warning.")


def test_a_region_warning_with_an_error_still_fails(tmp_path: Path) -> None:
    code, output = run_check(write(tmp_path, 'region = "de"\n[display]\nzoom = 5\n'))
    assert code == 1
    assert "region DE has no bundled contacts" in output
    assert "2 problems" in output


@pytest.mark.parametrize("region", ["GB", "nz", "UK", "anywhere", ""])
def test_regions_with_contacts_or_on_purpose_have_no_warning(tmp_path: Path, region: str) -> None:
    code, output = run_check(write(tmp_path, f'region = "{region}"\n'))
    assert code == 0
    assert output.startswith(f"lantern --config {tmp_path / 'lantern.toml'} on this computer")
    assert output.rstrip().endswith(": valid.")


# --- control characters ----------------------------------------------------------------------


def test_control_characters_are_printed_escaped(tmp_path: Path) -> None:
    text = (
        '"\\u001b[31mRED\\u001b[0m" = 1\n[clinic]\n'
        'name = "a\\u0000b\\u001b[31mred\\u202e"\nwelcome = "x\\u0085y\\u007f"\n'
    )
    code, output = run_check(write(tmp_path, text))
    assert code == 1
    assert "".join(output.splitlines()).isprintable()
    assert "\\x1b[31mRED\\x1b[0m is not a Lantern setting" in output
    assert "\\u202e" in output
    assert "\\x85y\\x7f" in output


# --- output that cannot be written -----------------------------------------------------------


class FailingStream(io.StringIO):
    """A standard output whose reader has gone, or whose disk is full."""

    def __init__(self, error: OSError) -> None:
        super().__init__()
        self.error = error

    def flush(self) -> None:
        raise self.error


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    err = io.StringIO()
    out = FailingStream(BrokenPipeError(errno.EPIPE, "Broken pipe"))
    assert check_config_main([str(write(tmp_path, ""))], stdout=out, env={}, stderr=err) == 0
    assert err.getvalue() == ""


def test_a_full_disk_is_one_line_and_exit_1(tmp_path: Path) -> None:
    err = io.StringIO()
    out = FailingStream(OSError(errno.ENOSPC, "No space left on device"))
    assert check_config_main([str(write(tmp_path, ""))], stdout=out, env={}, stderr=err) == 1
    assert err.getvalue() == ("lantern: could not write the output: No space left on device\n")


def test_hash_pin_on_a_full_disk_fails() -> None:
    err = io.StringIO()
    out = FailingStream(OSError(errno.ENOSPC, "No space left on device"))
    assert hash_pin_main([], stdin=io.StringIO("2580\n2580\n"), stdout=out, stderr=err) == 1
    assert err.getvalue().startswith("lantern: could not write the output")


def run_lantern(args: list[str], stdout: int) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("LANTERN_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
        timeout=60,
        check=False,
    )


def test_a_real_closed_pipe_has_no_traceback(tmp_path: Path) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head -1` once head has gone
    try:
        result = run_lantern(["check-config", str(write(tmp_path, ""))], write_end)
    finally:
        os.close(write_end)
    assert result.returncode == 0
    assert result.stderr == b""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_real_full_disk_has_one_line_and_no_traceback(tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        result = run_lantern(["check-config", str(write(tmp_path, ""))], full.fileno())
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        "lantern: could not write the output: No space left on device"
    ]
