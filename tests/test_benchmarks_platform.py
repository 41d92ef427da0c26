"""python -m benchmarks on Windows or macOS: one clear line, not a traceback or wrong numbers."""

from __future__ import annotations

import sys

import pytest

from benchmarks import __main__ as cli


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_benchmarks_refuse_other_systems_with_one_line(
    system: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def must_not_run(*_: object) -> None:
        raise AssertionError("a benchmark started on a system it does not support")

    monkeypatch.setattr(cli, "compile_sources", must_not_run)
    monkeypatch.setattr(cli, "_plan", must_not_run)
    monkeypatch.setattr(cli, "_count", must_not_run)
    monkeypatch.setattr(sys, "platform", system)
    assert cli.main([]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "Linux only" in captured.err
    assert system in captured.err
    assert "docs/PERFORMANCE.md" in captured.err


def test_help_is_shown_on_any_system(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    with pytest.raises(SystemExit) as stop:
        cli.main(["--help"])
    assert stop.value.code == 0
    assert "python -m benchmarks" in capsys.readouterr().out
