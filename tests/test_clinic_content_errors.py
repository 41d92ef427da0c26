"""An id in start_here or hidden that names a clinic article with errors says so, with where."""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable
from pathlib import Path

from reader.config_cli import check_config_main
from reader.startup import build_context

UNSAFE = "Some people committed suicide."
BROKEN = '+++\nid = "our-broken-page"\ntitle = "Broken"\ntopics = "feelings"\n+++\nHello.\n'


def _clinic(tmp_path: Path, write_article: Callable[..., Path], content: str) -> Path:
    extra = tmp_path / "extra"
    write_article("clinic-welcome", title="Welcome to the clinic", folder=extra)
    write_article("our-drop-in-service", title="Our drop-in", body=UNSAFE, folder=extra)
    (extra / "broken.md").write_text(BROKEN, encoding="utf-8")  # its file is named otherwise
    config = tmp_path / "clinic.toml"
    config.write_text(
        f'# Riverside\n\n[content]\nextra_folders = ["{extra.as_posix()}"]\n{content}',
        encoding="utf-8",
    )
    return config


def _check(config: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = check_config_main([str(config)], stdout=out, env={})
    return code, out.getvalue().splitlines()


def _app_problems(config: Path) -> list[str]:
    args = argparse.Namespace(config=str(config), region="GB", kiosk=False)
    return [str(problem) for problem in build_context(args, env={}).problems]


def test_start_here_names_an_article_the_checker_refused(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    config = _clinic(tmp_path, write_article, 'start_here = ["our-drop-in-service"]\n')
    article = tmp_path / "extra" / "our-drop-in-service.md"
    expected = (
        f"{config}:5: warning: content.start_here: 'our-drop-in-service' has errors "
        f"({article}:14) and is not shown"
    )
    code, lines = _check(config)
    assert code == 1  # the article's own error
    assert expected in lines
    assert any(line.startswith(f"{article}:14: error: not shown: ") for line in lines)
    assert not any("no article has the id" in line for line in lines)
    assert expected in _app_problems(config)  # the app says the same on standard error


def test_start_here_names_an_article_that_did_not_load(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    config = _clinic(tmp_path, write_article, 'start_here = ["our-broken-page"]\n')
    article = tmp_path / "extra" / "broken.md"
    _, lines = _check(config)
    assert (
        f"{config}:5: warning: content.start_here: 'our-broken-page' has errors "
        f"({article}:1) and is not shown"
    ) in lines
    assert any(line.startswith(f"{article}:1: error: the front matter is") for line in lines)


def test_hiding_an_article_that_did_not_load_is_a_warning_not_an_error(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    config = _clinic(tmp_path, write_article, 'hidden = ["our-broken-page"]\n')
    article = tmp_path / "extra" / "broken.md"
    _, lines = _check(config)
    assert (
        f"{config}:5: warning: content.hidden: 'our-broken-page' has errors ({article}:1), "
        "so it is not shown anyway"
    ) in lines
    assert not any("nothing is hidden" in line for line in lines)


def test_hiding_an_article_the_checker_refused_says_it_is_not_shown_anyway(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    """CLINICS.md promises this warning; the refused article still counted as loaded."""
    config = _clinic(tmp_path, write_article, 'hidden = ["our-drop-in-service"]\n')
    article = tmp_path / "extra" / "our-drop-in-service.md"
    expected = (
        f"{config}:5: warning: content.hidden: 'our-drop-in-service' has errors "
        f"({article}:14), so it is not shown anyway"
    )
    _, lines = _check(config)
    assert expected in lines
    assert expected in _app_problems(config)


def test_an_id_that_names_no_article_at_all_is_still_said_so(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    config = _clinic(tmp_path, write_article, 'start_here = ["our-drop-in"]\nhidden = ["nope"]\n')
    _, lines = _check(config)
    assert (
        f"{config}:5: warning: content.start_here: no article has the id 'our-drop-in'; left out"
    ) in lines
    assert any(
        line.startswith(f"{config}:6: error: content.hidden: no article has the id 'nope'")
        for line in lines
    )
