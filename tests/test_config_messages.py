"""Messages about odd input name the file and line and show odd names legibly."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from reader.config import load_config
from reader.config_cli import check_config_main
from tests.config_helpers import assert_locked, load_text, only


def test_an_empty_config_path_says_so_and_locks(tmp_path: Path) -> None:
    config, problems = load_config("", env={}, system_path=tmp_path / "absent.toml")
    assert_locked(config)
    assert len(problems) == 1
    shown = str(problems[0])
    assert shown.startswith('--config "": error: the path is empty')
    assert "folder" not in shown


def test_check_config_of_an_empty_path_says_so() -> None:
    out = io.StringIO()
    assert check_config_main([""], stdout=out, env={}) == 1
    assert out.getvalue() == '"": error: the path is empty (is the file\'s name missing?)\n'


@pytest.mark.parametrize(
    ("written", "key", "shown"),
    [
        ('"" = 1', "", '"" is not a Lantern setting'),
        ('"two words" = 1', "two words", '"two words" is not a Lantern setting'),
        ("'say \"hi\"' = 1", 'say "hi"', '"say \\"hi\\"" is not a Lantern setting'),
        ('[display]\n"" = 1', "display.", '"display." is not a Lantern setting'),
        ("plain_name = 1", "plain_name", "plain_name is not a Lantern setting"),
    ],
)
def test_odd_key_names_are_quoted(tmp_path: Path, written: str, key: str, shown: str) -> None:
    _, problems = load_text(tmp_path, written + "\n")
    assert only(problems, key).message.startswith(shown)


def test_a_huge_key_name_is_shortened(tmp_path: Path) -> None:
    key = "k" * 60_000
    _, problems = load_text(tmp_path, f"{key} = 1\n")
    message = only(problems, key).message
    assert message.startswith("k" * 59 + "… is not a Lantern setting")
    assert len(message) < 200


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("region = " + "[" * 5000 + "]" * 5000 + "\n", 1),
        ("# a clinic\n[display]\nzoom = 120\nx = " + "{a=" * 5000 + "1" + "}" * 5000, 4),
    ],
)
def test_nesting_too_deep_names_its_line(tmp_path: Path, text: str, line: int) -> None:
    _, problems = load_text(tmp_path, text)
    problem = only(problems, "")
    assert problem.line == line
    assert "nested too deeply (at line" in problem.message
    assert problem.message.endswith("nothing in it was used")
