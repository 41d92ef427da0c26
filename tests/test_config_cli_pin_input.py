"""hash-pin refuses unusable input with one line on stderr: never a traceback or a hang."""

from __future__ import annotations

import io

import pytest

from reader import config_cli
from reader.config_cli import hash_pin_main
from reader.pin import MAX_PIN_LENGTH, pin_problem, verify_pin


class EndlessZeros(io.TextIOBase):
    """Like `< /dev/zero`: a line that never ends. An unbounded readline is a test failure."""

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        if size is None or size < 0:
            raise AssertionError("hash-pin read a line without a limit")
        return "\0" * size


def run(stdin: io.TextIOBase) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = hash_pin_main([], stdin=stdin, stdout=out, stderr=err)  # type: ignore[arg-type]
    return code, out.getvalue(), err.getvalue()


def piped(data: bytes, errors: str = "surrogateescape") -> io.TextIOWrapper:
    """Standard input as Python opens it for a pipe (surrogateescape in a UTF-8 locale)."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors=errors)


def assert_one_line_refusal(code: int, out: str, err: str, words: str) -> None:
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("hash-pin: ")
    assert words in err
    assert "Traceback" not in err


def test_bytes_that_are_not_utf8_are_refused() -> None:
    result = run(piped(b"\xff1234\n\xff1234\n"))
    assert_one_line_refusal(*result, "not valid UTF-8")


def test_undecodable_input_on_a_strict_stream_is_refused() -> None:
    result = run(piped(b"\xff1234\n\xff1234\n", errors="strict"))
    assert_one_line_refusal(*result, "not valid UTF-8")


def test_endless_line_is_refused_after_a_short_read() -> None:
    result = run(EndlessZeros())
    assert_one_line_refusal(*result, f"longer than a PIN can be ({MAX_PIN_LENGTH} characters)")


def test_too_long_first_line_is_refused_before_reading_the_second() -> None:
    long_pin = "1" * (MAX_PIN_LENGTH + 1)
    stdin = piped(f"{long_pin}\n{long_pin}\n".encode())
    result = run(stdin)
    assert_one_line_refusal(*result, "longer than a PIN")
    assert long_pin not in result[2]


def test_longest_pin_is_accepted_with_windows_line_ends() -> None:
    pin = "7" * MAX_PIN_LENGTH
    code, out, err = run(piped(f"{pin}\r\n{pin}\r\n".encode()))
    assert (code, err) == (0, "")
    assert 'admin_pin_hash = "scrypt$' in out


@pytest.mark.parametrize(
    ("pin", "words"),
    [
        ("    ", "blank"),
        ("\u3000\u3000\u3000\u3000", "blank"),
        ("12\t34", "control characters"),
        ("12\x0034", "control characters"),
    ],
)
def test_pins_that_cannot_be_typed_at_the_prompt_are_refused(pin: str, words: str) -> None:
    result = run(piped(f"{pin}\n{pin}\n".encode()))
    assert_one_line_refusal(*result, words)


def test_terminal_input_that_is_not_utf8_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    def broken(prompt: str = "", stream: object = None) -> str:
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")

    monkeypatch.setattr(config_cli.getpass, "getpass", broken)
    result = run(Terminal(""))
    assert_one_line_refusal(*result, "not valid UTF-8")


def test_terminal_pin_is_checked_like_a_piped_one(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(config_cli.getpass, "getpass", lambda prompt="", stream=None: "    ")
    result = run(Terminal(""))
    assert_one_line_refusal(*result, "blank")


def test_unreadable_standard_input_is_refused() -> None:
    class Unreadable(io.TextIOBase):
        def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
            raise OSError(5, "Input/output error")

    result = run(Unreadable())
    assert_one_line_refusal(*result, "could not read the PIN: Input/output error")


@pytest.mark.parametrize("pin", ["2468", "ñ-ü-ß-漢", "a b c d", "1" * MAX_PIN_LENGTH])
def test_usable_pins_have_no_problem(pin: str) -> None:
    assert pin_problem(pin) is None


@pytest.mark.parametrize(
    ("pin", "words"),
    [
        ("", "at least 4"),
        ("123", "at least 4"),
        ("1" * (MAX_PIN_LENGTH + 1), f"at most {MAX_PIN_LENGTH}"),
        ("\udcff123", "not valid UTF-8"),
        ("\r\n\r\n", "control characters"),
        (" \u00a0  ", "blank"),
    ],
)
def test_pin_problem_names_the_reason(pin: str, words: str) -> None:
    problem = pin_problem(pin)
    assert problem is not None
    assert words in problem


@pytest.mark.parametrize("pin", ["258013", "7" * MAX_PIN_LENGTH])
def test_a_byte_order_mark_before_the_first_pin_is_not_part_of_it(pin: str) -> None:
    """Windows tools (Notepad's "UTF-8 with BOM", PowerShell) may start the input with one."""
    code, out, err = run(piped(f"\ufeff{pin}\r\n{pin}\r\n".encode()))
    assert (code, err) == (0, "")
    stored = out.split('admin_pin_hash = "')[1].split('"')[0]
    assert verify_pin(pin, stored)
