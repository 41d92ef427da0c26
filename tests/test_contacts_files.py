"""Crisis-contact files: each broken file names its file, line, key and problem; load_all copes."""

from __future__ import annotations

import argparse
import os
import shutil
import tomllib
from pathlib import Path

import pytest

from reader import paths
from reader.contact_model import FALLBACK_ANYWHERE
from reader.contacts import ContactsError, load_all, load_region_file
from reader.hours import TimeRange
from reader.region import ANYWHERE
from reader.startup import build_context

FIXTURES = Path(__file__).parent / "fixtures" / "contacts"
VALID = (FIXTURES / "valid.toml").read_text(encoding="utf-8")


def write(folder: Path, text: str, name: str = "GB.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, snippet: str, occurrence: int = 1) -> int:
    hits = [number for number, line in enumerate(text.splitlines(), 1) if snippet in line]
    return hits[occurrence - 1]


# --- invalid files -------------------------------------------------------------------------

INVALID = tomllib.loads((FIXTURES / "invalid_cases.toml").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=f"{c['key'] or 'file'}: {c['problem']}") for c in INVALID]
)
def test_invalid_file_names_file_line_key_and_problem(
    tmp_path: Path, case: dict[str, str | int]
) -> None:
    old, new = str(case["old"]), str(case["new"])
    assert old in VALID
    text = VALID.replace(old, new, 1)
    path = write(tmp_path, text)
    with pytest.raises(ContactsError) as caught:
        load_region_file(path)
    error = caught.value
    assert error.where == str(path)
    assert error.key == case["key"]
    assert str(case["problem"]) in error.problem
    snippet = str(case["line"])
    expected_line = line_of(text, snippet, int(case.get("nth", 1))) if snippet else None
    assert error.line == expected_line
    assert str(error).startswith(f"{path}:{expected_line}: " if expected_line else f"{path}: ")


def test_valid_fixture_loads_with_timetable(tmp_path: Path) -> None:
    region = load_region_file(write(tmp_path, VALID))
    second = region.services[1]
    assert second.hours.time_zone == "Europe/London"
    assert second.hours.ranges_on(0) == (TimeRange(9 * 60, 17 * 60),)
    assert second.contact[0].instructions == "Text SHOUT to 85258"
    assert second.cost == ""
    assert region.guidance == ""


def test_toml_syntax_error_gives_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace('audience = "Anyone"', "audience = Anyone", 1))
    with pytest.raises(ContactsError) as caught:
        load_region_file(path)
    assert caught.value.line == line_of(VALID, "audience")
    assert "is not valid TOML: Invalid value" in str(caught.value)


def test_toml_error_at_end_points_at_last_line(tmp_path: Path) -> None:
    path = write(tmp_path, VALID + 'extra = "unterminated\n')
    with pytest.raises(ContactsError) as caught:
        load_region_file(path)
    assert caught.value.line == len((VALID + "extra").splitlines())
    assert "(at end" not in caught.value.problem


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "GB.toml"
    path.write_bytes(b'code = "GB"\ncountry = "Caf\xe9"\n')
    with pytest.raises(ContactsError, match=r"GB\.toml:2: is not UTF-8"):
        load_region_file(path)


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "GB.toml").mkdir()
    with pytest.raises(ContactsError, match="cannot be read"):
        load_region_file(tmp_path / "GB.toml")


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        ('code = "gb"\ncountry = "x"\nverified = 2026-01-01\n', "code", "two-letter"),
        (
            "services = []\n" + VALID[: VALID.index("[[services]]")],
            "services",
            "at least one [[services]]",
        ),
        (
            VALID.replace('[[services.contact]]\ntype = "phone"\nvalue = "116 123"\n', ""),
            "services[1]",
            "required key 'contact'",
        ),
        (
            VALID.replace(
                '[[services.contact]]\ntype = "phone"\nvalue = "116 123"\n', "contact = []\n"
            ),
            "services[1].contact",
            "at least one",
        ),
        (
            'code = "GB"\ncountry = "x"\nverified = 2026-01-01\nemergency = 1\n',
            "emergency",
            "must be a table",
        ),
        (
            VALID.replace("[[services.contact]]", "[[services.contacts]]", 1),
            "services[1].contacts",
            "misspelling",
        ),
    ],
)
def test_structural_problems(tmp_path: Path, text: str, key: str, problem: str) -> None:
    name = "gb.toml" if 'code = "gb"' in text else "GB.toml"
    with pytest.raises(ContactsError) as caught:
        load_region_file(write(tmp_path, text, name))
    assert caught.value.key == key
    assert problem in caught.value.problem
    assert caught.value.line is not None


def test_inline_contact_list_points_at_its_key_line(tmp_path: Path) -> None:
    text = VALID.replace(
        '\n[[services.contact]]\ntype = "phone"\nvalue = "116 123"\n',
        '\ncontact = [{ type = "phone", value = "one" }]\n',
    )
    with pytest.raises(ContactsError) as caught:
        load_region_file(write(tmp_path, text))
    assert caught.value.key == "services[1].contact[1].value"
    assert caught.value.line == line_of(text, "contact = [")


ANYWHERE_TEXT = '''\
code = "anywhere"
country = "Anywhere else"
verified = 2026-11-26
guidance = """
First paragraph
continues here.

[not a table] just words.
"""
'''


def test_anywhere_page_rules(tmp_path: Path) -> None:
    page = load_region_file(write(tmp_path, ANYWHERE_TEXT, "anywhere.toml"))
    assert page.guidance_paragraphs == [
        "First paragraph continues here.",
        "[not a table] just words.",
    ]
    with pytest.raises(ContactsError, match="required key 'guidance'"):
        load_region_file(write(tmp_path, ANYWHERE_TEXT.split("guidance")[0], "anywhere.toml"))
    broken = ANYWHERE_TEXT + "bogus = 1\n"
    with pytest.raises(ContactsError) as caught:
        load_region_file(write(tmp_path, broken, "anywhere.toml"))
    # The scan skips the multi-line guidance, so "[not a table]" is not taken for a header.
    assert caught.value.key == "bogus"
    assert caught.value.line == line_of(broken, "bogus")
    with_services = ANYWHERE_TEXT + VALID[VALID.index("[[services]]") :]
    with pytest.raises(ContactsError, match="has no services or numbers"):
        load_region_file(write(tmp_path, with_services, "anywhere.toml"))


# --- load_all ------------------------------------------------------------------------------


def test_one_broken_file_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path, VALID)
    write(tmp_path, VALID.replace('code = "GB"', 'code = "IE"'), "IE.toml")
    broken = VALID.replace('code = "GB"', 'code = "US"').replace("2026-11-26", '"2026"')
    write(tmp_path, broken, "US.toml")
    write(tmp_path, ANYWHERE_TEXT, "anywhere.toml")
    regions, problems = load_all(tmp_path)
    assert set(regions) == {"GB", "IE", ANYWHERE}
    assert regions[ANYWHERE] is not FALLBACK_ANYWHERE
    assert len(problems) == 1
    assert problems[0].path == str(tmp_path / "US.toml")
    assert problems[0].line == line_of(VALID, "verified")
    assert "verified" in problems[0].message


def test_missing_folder_still_gives_the_anywhere_page(tmp_path: Path) -> None:
    regions, problems = load_all(tmp_path / "nowhere")
    assert regions == {ANYWHERE: FALLBACK_ANYWHERE}
    assert "no crisis-contact files" in problems[0].message
    assert "112" in " ".join(FALLBACK_ANYWHERE.guidance_paragraphs)


def test_broken_anywhere_file_falls_back(tmp_path: Path) -> None:
    write(tmp_path, "code = \n", "anywhere.toml")
    regions, problems = load_all(tmp_path)
    assert regions[ANYWHERE] is FALLBACK_ANYWHERE
    assert problems[0].line == 1
    assert "not valid TOML" in problems[0].message


# --- files that are not plain contacts files -----------------------------------------------


def test_one_file_nested_too_deeply_drops_only_itself(tmp_path: Path) -> None:
    # tomllib recurses once per level: one such file raised RecursionError and lost every region.
    write(tmp_path, VALID)
    deep = write(tmp_path, "x = " + "[" * 1000 + "]" * 1000 + "\n", "ZZ.toml")
    regions, problems = load_all(tmp_path)
    assert set(regions) == {"GB", ANYWHERE}
    assert [(p.path, p.line, p.message) for p in problems] == [
        (str(deep), 1, "is not valid TOML: it is nested too deeply")
    ]


def test_a_utf8_byte_order_mark_is_accepted_as_in_articles_and_configuration(
    tmp_path: Path,
) -> None:
    path = tmp_path / "GB.toml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode("utf-8"))
    assert load_region_file(path).code == "GB"


def test_utf16_is_named_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "GB.toml"
    path.write_text(VALID, encoding="utf-16")
    with pytest.raises(ContactsError, match=r"GB\.toml: is saved as UTF-16; save it as UTF-8"):
        load_region_file(path)


def test_pipes_and_devices_are_refused_without_waiting(tmp_path: Path) -> None:
    # Reading a pipe waits for a writer, and /dev/zero never ends: the help panel froze.
    write(tmp_path, VALID)
    os.mkfifo(tmp_path / "PP.toml")
    (tmp_path / "ZZ.toml").symlink_to("/dev/zero")
    regions, problems = load_all(tmp_path)
    assert set(regions) == {"GB", ANYWHERE}
    assert [(Path(p.path).name, p.message) for p in problems] == [
        ("PP.toml", "cannot be read: this is a pipe (FIFO), not a file"),
        ("ZZ.toml", "cannot be read: this is a device, not a file"),
    ]


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, VALID + "#" * 1_000_001 + "\n")
    with pytest.raises(ContactsError, match="cannot be read: the file is too big"):
        load_region_file(path)


def test_start_up_keeps_every_other_region_when_one_file_is_broken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "contacts"
    shutil.copytree(paths.contacts_dir(), folder)
    deep = write(folder, "x = " + "[" * 1000 + "]" * 1000 + "\n", "ZZ.toml")
    monkeypatch.setattr(paths, "contacts_dir", lambda: folder)
    args = argparse.Namespace(config=None, region="GB", kiosk=False)
    context = build_context(args, env={})
    problems = context.ensure_contacts()
    assert [(p.path, p.message) for p in problems] == [
        (str(deep), "is not valid TOML: it is nested too deeply")
    ]
    assert context.region == "GB"
    assert context.contacts["GB"].emergency == ("999", "112")


def test_thousands_of_unknown_keys_are_summed_up_not_each_printed(tmp_path: Path) -> None:
    junk = "".join(f"junk_{n} = 1\n" for n in range(2000))
    write(tmp_path, junk + VALID)
    regions, problems = load_all(tmp_path)
    assert regions["GB"].services  # the file is still used
    assert len(problems) == 51
    assert "junk_0" in problems[0].message
    assert problems[-1].message == "… and 1950 more problems like these in this file"
