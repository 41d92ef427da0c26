"""The app's start-up problem report on standard error: escaped like check-config, never fatal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from reader.config import load_config
from reader.problems import Problem
from reader.startup import clinic_problems, report_problems
from tests.config_helpers import one_local_contact

# An ESC (written as a TOML escape) inside a phone number: it must not reach the terminal raw.
CONTACT_WITH_ESCAPE = one_local_contact("phone", "12\\u001b[31mRED")


def test_control_characters_from_a_file_are_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lantern.toml"
    path.write_text(CONTACT_WITH_ESCAPE, encoding="utf-8")
    config, _ = load_config(path, env={}, system_path=tmp_path / "absent.toml")
    problems = clinic_problems(config)
    assert problems
    report_problems(problems)
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "\\x1b[31mRED" in err
    assert err.startswith(f"lantern: {path}:10: ")


def test_a_closed_standard_error_does_not_stop_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    tries: list[str] = []

    class Gone(io.StringIO):
        def write(self, text: str) -> int:
            tries.append(text)
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("sys.stderr", Gone())
    report_problems([Problem("a.toml", 1, "first"), Problem("b.toml", 2, "second")])
    assert len(tries) == 1  # it stops at the first failed write, quietly


def test_file_names_are_escaped_too(capsys: pytest.CaptureFixture[str]) -> None:
    report_problems([Problem("bad\x1b]0;title\x07.toml", 3, "text\x9bhere")])
    err = capsys.readouterr().err
    assert err == "lantern: bad\\x1b]0;title\\x07.toml:3: error: text\\x9bhere\n"
