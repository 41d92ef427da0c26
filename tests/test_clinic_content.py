"""A clinic's extra articles and contacts are checked at load time and by check-config."""

from __future__ import annotations

import argparse
import io
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.config_cli import check_config_main
from reader.startup import build_context

UNSAFE = "Some people committed suicide."


def _clinic(tmp_path: Path, write_article: Callable[..., Path], contact: str) -> Path:
    extra = tmp_path / "extra"
    write_article("clinic-welcome", title="Welcome to the clinic", folder=extra)
    write_article("clinic-unsafe", title="A careless page", body=UNSAFE, folder=extra)
    config = tmp_path / "clinic.toml"
    config.write_text(
        f'[content]\nextra_folders = ["{extra.as_posix()}"]\n'
        "[[contacts.local]]\n"
        'name = "Front desk"\ndescription = "Ask us."\naudience = "Anyone"\n'
        'languages = ["English"]\nsource = "Clinic"\nhours = { always_open = true }\n'
        f'[[contacts.local.contact]]\ntype = "phone"\nvalue = "{contact}"\n',
        encoding="utf-8",
    )
    return config


def _args(config: Path) -> argparse.Namespace:
    return argparse.Namespace(config=str(config), region="GB", kiosk=False)


def test_unsafe_clinic_article_is_not_shown_and_the_reason_is_given(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    """An extra article with a content error is left out; the safe one is shown."""
    context = build_context(_args(_clinic(tmp_path, write_article, "0100 000 000")), env={})
    assert context.library.get("clinic-welcome") is not None
    assert context.library.get("clinic-unsafe") is None
    reasons = [str(p) for p in context.problems if "clinic-unsafe.md" in str(p.path)]
    assert reasons
    assert "L1" in reasons[0]
    assert "not shown: 1 content error, first: L1" in reasons[0]  # not "1 content error(s)"


def test_clinic_contacts_come_first(tmp_path: Path, write_article: Callable[..., Path]) -> None:
    """A valid clinic contact is loaded as a service shown before the region's."""
    context = build_context(_args(_clinic(tmp_path, write_article, "0100 000 000")), env={})
    context.ensure_contacts()  # contacts load after the first paint
    assert [s.name for s in context.local_services] == ["Front desk"]


def test_a_broken_clinic_contact_is_reported_not_raised(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    """A contact with an unusable number is left out with a message naming the key."""
    context = build_context(_args(_clinic(tmp_path, write_article, "not a number")), env={})
    found = context.ensure_contacts()
    assert context.local_services == []
    assert any("contacts.local: entry 1" in str(p) for p in found)
    assert any("contacts.local: entry 1" in str(p) for p in context.problems)


def test_check_config_reports_clinic_content_and_contacts(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    """check-config also checks the clinic's articles and contacts, and fails on them."""
    out = io.StringIO()
    config = _clinic(tmp_path, write_article, "not a number")
    assert check_config_main([str(config)], stdout=out, env={}) == 1
    text = out.getvalue()
    assert "clinic-unsafe.md" in text
    assert "contacts.local: entry 1" in text


def _config_with(tmp_path: Path, content: str) -> Path:
    config = tmp_path / "clinic.toml"
    config.write_text("# Riverside\n\n[content]\n" + content, encoding="utf-8")
    return config


def _folder_cases(tmp_path: Path) -> list[tuple[str, str]]:
    (tmp_path / "a-file.md").write_text("not a folder", encoding="utf-8")
    return [
        ("~lantern-no-such-user/articles", "is not a valid path: its ~ names no home folder"),
        ("a\x00b", "is not a valid path: it contains a NUL character"),
        ("x" * 300, "is not a valid path: the name is too long"),
        (str(tmp_path / "a-file.md"), "is not a folder"),
        (str(tmp_path / "nowhere"), "does not exist"),
    ]


def test_unusable_extra_folders_are_named_and_skipped(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    """Each bad extra_folders entry is a problem at the config's line, never a traceback."""
    good = write_article("clinic-welcome", title="Welcome", folder=tmp_path / "good").parent
    cases = _folder_cases(tmp_path)
    entries = ", ".join(json.dumps(entry) for entry, _ in cases)
    config = _config_with(tmp_path, f"extra_folders = [{entries}, {json.dumps(str(good))}]\n")
    context = build_context(_args(config), env={})
    assert context.library.get("clinic-welcome") is not None
    found = [str(p) for p in context.problems]
    assert len(found) == len(cases)
    for (_, why), line in zip(cases, found, strict=True):
        assert line.startswith(f"{config}:4: error: content.extra_folders: ")
        assert why in line
    assert '"a\\x00b"' in found[1]  # shown as written, the NUL made visible
    assert "x" * 100 not in found[2]  # a huge entry is shortened
    out = io.StringIO()
    assert check_config_main([str(config)], stdout=out, env={}) == 1
    assert all(line in out.getvalue() for line in found)


def test_an_extra_folder_that_cannot_be_read_is_named(
    tmp_path: Path, write_article: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permission denied (simulated: root ignores permissions) is reported, not raised."""
    locked = write_article("clinic-locked", folder=tmp_path / "locked").parent
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, m: Path(p) != locked and real_access(p, m))
    config = _config_with(tmp_path, f"extra_folders = [{json.dumps(str(locked))}]\n")
    context = build_context(_args(config), env={})
    assert context.library.get("clinic-locked") is None
    assert [str(p) for p in context.problems] == [
        f'{config}:4: error: content.extra_folders: "{locked}" cannot be read: '
        "permission denied; its articles are not shown"
    ]


def test_check_config_reports_hidden_and_start_here_ids_that_name_no_article(
    tmp_path: Path,
) -> None:
    """A hidden id that hides nothing is an error (that article is shown); start_here warns."""
    content = (
        'hidden = ["not-real", "emotional-overwhelm", "suicidal-thougts"]\n'
        'start_here = ["no-such-id", "emotional-overwhelm", "talking-to-someone"]\n'
    )
    config = _config_with(tmp_path, content)
    out = io.StringIO()
    assert check_config_main([str(config)], stdout=out, env={}) == 1
    lines = [line for line in out.getvalue().splitlines() if line.startswith(f"{config}:4:")]
    lines += [line for line in out.getvalue().splitlines() if line.startswith(f"{config}:5:")]
    assert lines == [
        f"{config}:4: error: content.hidden: no article has the id 'not-real', so nothing is "
        "hidden for it (is it misspelt?)",
        f"{config}:4: error: content.hidden: no article has the id 'suicidal-thougts', so "
        "nothing is hidden for it; did you mean 'suicidal-thoughts'?",
        f"{config}:5: warning: content.start_here: no article has the id 'no-such-id'; left out",
        f"{config}:5: warning: content.start_here: 'emotional-overwhelm' is hidden "
        "(content.hidden); left out",
    ]
    context = build_context(_args(config), env={})  # the app still starts, and says so
    assert [p.severity for p in context.problems] == ["error", "error", "warning", "warning"]
    assert "talking-to-someone" in context.start_here
    assert context.library.get("emotional-overwhelm") is None


def test_hiding_the_crisis_article_is_a_warning_about_what_it_takes_away(tmp_path: Path) -> None:
    config = _config_with(tmp_path, 'hidden = ["in-crisis-right-now"]\n')
    out = io.StringIO()
    assert check_config_main([str(config)], stdout=out, env={}) == 0  # allowed, but said
    assert (
        f"{config}:4: warning: content.hidden: 'in-crisis-right-now' is hidden, so search's "
        "crisis help and the links to it from other articles will not offer it "
        "(Get help now still works)"
    ) in out.getvalue().splitlines()


def test_relative_extra_folders_are_read_next_to_the_configuration_file(
    tmp_path: Path, write_article: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """check-config run in the file's folder and the app started in $HOME find the same folder."""
    setup = tmp_path / "setup"
    write_article("clinic-welcome", title="Welcome", folder=setup / "articles")
    config = _config_with(setup, 'extra_folders = ["articles"]\n')
    home = tmp_path / "home"
    home.mkdir()
    for cwd in (home, setup):
        monkeypatch.chdir(cwd)
        context = build_context(_args(config), env={})
        assert context.library.get("clinic-welcome") is not None, cwd
        assert context.problems == []
        out = io.StringIO()
        assert check_config_main([str(config)], stdout=out, env={}) == 0, out.getvalue()


def test_a_missing_relative_folder_is_named_with_where_it_was_looked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _config_with(tmp_path, 'extra_folders = ["articles"]\n')
    monkeypatch.chdir(tmp_path.parent)
    context = build_context(_args(Path(tmp_path.name) / config.name), env={})
    assert [str(p) for p in context.problems] == [
        f'{tmp_path.name}/clinic.toml:4: error: content.extra_folders: "articles" '
        f"({tmp_path / 'articles'}) does not exist; its articles are not shown"
    ]


@pytest.mark.parametrize(
    ("written", "shown"),
    [("C:\\temp", "C:\\temp"), ("D:\\new\\files", "D:\\new\\x0ciles"), ("E:\\back", "E:\\x08ack")],
)
def test_a_windows_path_whose_backslashes_became_escapes_says_so(
    tmp_path: Path, written: str, shown: str
) -> None:
    # In "double quotes", \t is a tab and \n a new line: TOML reads "C:\temp" as "C:", a tab and
    # "emp", so the folder the admin can see on the disk "does not exist", with no reason why.
    config = _config_with(tmp_path, f'extra_folders = ["{written}"]\n')
    context = build_context(_args(config), env={})
    assert [str(p) for p in context.problems] == [
        f'{config}:4: error: content.extra_folders: "{shown}" ({tmp_path / written[:2]}'
        f"{shown[2:]}) does not exist: in double quotes a \\ starts an escape (\\t is a tab, "
        "\\n a new line), so write a Windows path in 'single quotes', or with / instead of \\; "
        "its articles are not shown"
    ]


def test_an_empty_extra_folder_is_a_warning_at_the_line_that_lists_it(tmp_path: Path) -> None:
    """Not "folder:1:": a folder has no lines; the configuration line that names it does."""
    empty = tmp_path / "empty"
    empty.mkdir()
    config = _config_with(tmp_path, f"extra_folders = [{json.dumps(str(empty))}]\n")
    context = build_context(_args(config), env={})
    assert [str(p) for p in context.problems] == [
        f'{config}:4: warning: content.extra_folders: "{empty}" has no articles '
        "(*.md files directly inside it); nothing is shown from it"
    ]


def test_ids_and_folders_in_a_list_over_several_lines_are_named_at_their_own_line(
    tmp_path: Path,
) -> None:
    """In a list of many ids or folders, the clinic is pointed at the one that is wrong."""
    content = (
        "hidden = [\n"
        '  "emotional-overwhelm",\n'
        '  "not-real",\n'
        "]\n"
        "start_here = [\n"
        '  "talking-to-someone",\n'
        '  "no-such-id",\n'
        "]\n"
        f"extra_folders = [\n  {json.dumps(str(tmp_path))},\n"
        f"  {json.dumps(str(tmp_path / 'nowhere'))},\n]\n"
    )
    config = _config_with(tmp_path, content)
    out = io.StringIO()
    check_config_main([str(config)], stdout=out, env={})
    said = out.getvalue()
    assert f"{config}:6: error: content.hidden: no article has the id 'not-real'" in said
    assert f"{config}:10: warning: content.start_here: no article has the id 'no-such-id'" in said
    assert f'{config}:13: warning: content.extra_folders: "{tmp_path}" has no articles' in said
    assert f'{config}:14: error: content.extra_folders: "{tmp_path / "nowhere"}"' in said


def test_a_clinic_article_in_another_language_is_not_refused_for_its_reading_level(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    """Reading level is measured for English: a pack.toml with language = "es" is not scored."""
    extra = tmp_path / "extra"
    body = (
        "Algunas personas se hacen daño cuando sus sentimientos son muy fuertes. Es una señal "
        "de dolor. No es un fallo.\n\nHablar con alguien puede ayudar. La recuperación es "
        "posible. Mucha gente mejora.\n\nLas emociones intensas son comunes. Puedes pedir ayuda "
        "a tu médico o a una persona de confianza. Muchas personas encuentran maneras diferentes "
        "de sentirse mejor.\n\nSi necesitas hablar, [Busca ayuda](lantern:help)."
    )
    write_article("entender-la-autolesion", title="Entender la autolesión", body=body, folder=extra)
    config = tmp_path / "clinic.toml"
    config.write_text(f'[content]\nextra_folders = ["{extra.as_posix()}"]\n', encoding="utf-8")
    refused = build_context(_args(config), env={})
    assert refused.library.get("entender-la-autolesion") is None  # read as English: R1
    (extra / "pack.toml").write_text('[pack]\nlanguage = "es"\n', encoding="utf-8")
    context = build_context(_args(config), env={})
    assert context.library.get("entender-la-autolesion") is not None, context.problems


def test_an_extra_folder_of_articles_saved_as_txt_says_so(tmp_path: Path) -> None:
    """Notepad adds .txt and Explorer hides it: the admin saw "a.md" and "no articles"."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md.txt").write_text("+++\nid = 'a'\n+++\nHello.\n", encoding="utf-8")
    config = _config_with(tmp_path, f"extra_folders = [{json.dumps(str(folder))}]\n")
    [problem] = build_context(_args(config), env={}).problems
    assert "has no articles (*.md files directly inside it)" in str(problem)
    assert "'a.md.txt' ends in .txt" in str(problem)
    assert "rename it to end in .md" in str(problem)


def test_an_extra_folder_pasted_in_double_quotes_says_to_remove_them(tmp_path: Path) -> None:
    """Explorer's "Copy as path" puts quotes round a path, kept inside the TOML string."""
    folder = tmp_path / "articles"
    folder.mkdir()
    config = _config_with(tmp_path, f"extra_folders = ['\"{folder}\"']\n")
    [problem] = build_context(_args(config), env={}).problems
    assert "remove them" in str(problem)
