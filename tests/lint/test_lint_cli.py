"""The check-content command: output format, JSON, exit codes and bad arguments."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.lint.cli import main
from reader.paths import content_dir
from tests.lint.helpers import FIXTURES, article_text

LINE = re.compile(r"^.+:\d+:\d+: [A-Z]\d+ (error|warning): .+$")
SUMMARY = re.compile(r"^\d+ files? checked: \d+ errors?, \d+ warnings?$")


def test_clean_pack_exits_0_with_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(FIXTURES / "clean")]) == 0
    assert capsys.readouterr().out == "3 files checked: 0 errors, 0 warnings\n"


def test_errors_exit_1_one_line_per_finding(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(FIXTURES / "broken")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert all(LINE.match(line) for line in lines[:-1])
    assert SUMMARY.match(lines[-1])
    assert lines[-1] == f"9 files checked: {len(lines) - 2} errors, 1 warning"
    assert any(": L1 error: " in line and '"died by suicide"' in line for line in lines)


def test_warnings_alone_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.md").write_text(article_text("[Help](lantern:help) Breathe."), "utf-8")
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert ": L14 warning: " in out
    assert out.endswith("1 file checked: 0 errors, 1 warning\n")


def test_json_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "json", str(FIXTURES / "broken")]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["files_checked"] == 9
    assert document["errors"] + document["warnings"] == len(document["findings"])
    first = document["findings"][0]
    assert set(first) >= {"path", "line", "column", "rule", "severity", "message"}
    assert any(f.get("matched") == "20 mg" for f in document["findings"])


def test_json_for_a_clean_pack(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(FIXTURES / "clean"), "--format=json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []


@pytest.mark.parametrize(
    "argv",
    [[], ["--format", "xml", "x"], ["--bogus", "x"], ["does-not-exist"], ["pyproject.toml"]],
)
def test_unusable_arguments_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "check-content" in captured.err


def test_missing_path_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(FIXTURES / "clean"), "nowhere-at-all"]) == 2
    assert "no such file or folder: nowhere-at-all" in capsys.readouterr().err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "CONTENT.md" in capsys.readouterr().out


def test_output_survives_a_console_without_unicode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "caf\u00e9 \u201cquoted\u201d"  # named in every finding
    folder.mkdir()
    (folder / "a.md").write_text(article_text("[Help](lantern:help) Breathe."), "utf-8")
    raw = io.BytesIO()
    monkeypatch.setattr("sys.stdout", io.TextIOWrapper(raw, encoding="ascii"))
    assert main([str(folder)]) == 0
    out = raw.getvalue().decode("ascii")
    assert f"{tmp_path}/caf? ?quoted?/a.md:" in out
    assert ": L14 warning: " in out
    assert out.endswith("1 file checked: 0 errors, 1 warning\n")


def test_module_entry_point_never_shows_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_bytes(b"+++\nid = '\xff'\n+++\n")
    (tmp_path / "pack.toml").write_text("[[collections]\n", encoding="utf-8")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "reader.lint", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    assert "F1 error" in done.stdout
    assert "F4 error" in done.stdout


def test_clinic_articles_may_link_bundled_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = article_text(id="clinic-article", related=["riding-out-an-urge"])
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    assert main(["--standalone", str(tmp_path)]) == 1
    assert ": F3 error: related id 'riding-out-an-urge'" in capsys.readouterr().out


def test_clinic_articles_may_not_reuse_a_bundled_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.md").write_text(article_text(id="riding-out-an-urge"), encoding="utf-8")
    assert main([str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert ":2:1: F2 error: id 'riding-out-an-urge' is also used by " in out
    assert "riding-out-an-urge.md" in out


def test_the_bundled_pack_does_not_collide_with_itself(capsys: pytest.CaptureFixture[str]) -> None:
    main([str(content_dir("en"))])
    assert " F2 " not in capsys.readouterr().out


def test_a_control_or_invisible_character_from_a_file_is_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An ESC in a link cleared the terminal; a zero-width space made an id look right."""
    body = "[Help](lantern:help) [Next](lantern:article/\x1b[2Jnext) [L](lantern:article/lo\u200bw)"
    (tmp_path / "a.md").write_text(article_text(body), "utf-8")
    assert main(["--standalone", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\u200b" not in out
    assert "lantern:article/\\x1b[2Jnext" in out
    assert "lantern:article/lo\\u200bw'" in out
