"""Configuration problems: bad values, unknown keys, and the line each problem points at."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.config import BY_NAME
from reader.config.keylines import KeyLines
from tests.config_helpers import assert_locked, load_text, only

# --- bad values ------------------------------------------------------------------------------


K = "[kiosk]\nenabled = false\n"  # kiosk off, so only the bad value itself is reported
BAD_VALUES = [
    # (TOML text, key, what the message says, value used instead)
    (K + 'idle_timeout = "120"\n', "kiosk.idle_timeout", "whole number", "120"),
    (K + "idle_timeout = 12.5\n", "kiosk.idle_timeout", "whole number", "120"),
    (K + "idle_timeout = true\n", "kiosk.idle_timeout", "whole number", "120"),
    (K + "idle_timeout = 29\n", "kiosk.idle_timeout", "from 30 to 3600", "120"),
    (K + "idle_timeout = 3601\n", "kiosk.idle_timeout", "not 3601", "120"),
    (K + "warning_seconds = 5\n", "kiosk.warning_seconds", "from 10 to 300", "30"),
    ("[display]\nzoom = 500\n", "display.zoom", "from 80 to 200 percent", "100"),
    ('[display]\ntheme = "blue"\n', "display.theme", '"high-contrast", not "blue"', '"system"'),
    ("[display]\ntheme = 3\n", "display.theme", "one of", '"system"'),
    ('[display]\neasier_reading = "true"\n', "display.easier_reading", "without quotes", "false"),
    ("[display]\neasier_reading = 1\n", "display.easier_reading", "true or false", "false"),
    ("[clinic]\nname = 42\n", "clinic.name", "text in quotes", '""'),
    ('[clinic]\nname = "' + "x" * 81 + '"\n', "clinic.name", "limit is 80", '""'),
    ('[content]\nhidden = "one-id"\n', "content.hidden", "should be a list", "[]"),
    ('[contacts]\nlocal = "front desk"\n', "contacts.local", "should be a list", "[]"),
]


@pytest.mark.parametrize(("text", "key", "says", "used"), BAD_VALUES)
def test_bad_value_is_reported_and_replaced(
    tmp_path: Path, text: str, key: str, says: str, used: str
) -> None:
    config, problems = load_text(tmp_path, text)
    problem = only(problems, key)
    assert says in problem.message
    assert key in problem.message
    assert problem.used == used
    assert problem.path == str(tmp_path / "clinic.toml")
    assert problem.line == text.count("\n", 0, text.index(key.rpartition(".")[2])) + 1
    assert config.get(key) == BY_NAME[key].default
    assert str(problem).startswith(f"{tmp_path / 'clinic.toml'}:{problem.line}: error: {key}")


@pytest.mark.parametrize("text", ['region = "United Kingdom"\n', 'region = ["GB"]\n'])
def test_a_bad_region_shows_the_general_guidance_not_the_computers_country(
    tmp_path: Path, text: str
) -> None:
    # Left to the computer's region, "GBR" on a machine set to en_US showed 988 and 911.
    config, problems = load_text(tmp_path, text)
    problem = only(problems, "region")
    assert "two-letter" in problem.message
    assert problem.used == '"anywhere"'
    assert problem.message.endswith(
        "general guidance, not the computer's country, until it is fixed"
    )
    assert config.region == "anywhere"


def test_bad_list_items_are_left_out(tmp_path: Path) -> None:
    text = (
        '[content]\nstart_here = [\n  "good-id",\n  "Bad Id",\n  7,\n]\n'
        'extra_folders = ["", "/ok"]\n'
    )
    config, problems = load_text(tmp_path, text)
    assert config.content.start_here == ("good-id",)
    assert config.content.extra_folders == ("/ok",)
    messages = [p.message for p in problems]
    assert any('item 2, "Bad Id", is not an article id' in m for m in messages)
    assert any("item 3, 7, is not an article id" in m for m in messages)
    assert any("item 1 should be non-empty text" in m for m in messages)
    # Each item at its own line, not at the line of start_here: the clinic sees which one.
    assert [(p.line, p.message.split(" ")[1:4]) for p in problems] == [
        (4, ["item", "2,", '"Bad']),
        (5, ["item", "3,", "7,"]),
        (7, ["item", "1", "should"]),
    ]


def test_contact_entries_get_the_full_contacts_check_not_a_shorter_one(tmp_path: Path) -> None:
    """Configuration keeps every table; the one full check reports all that is wrong in each."""
    from reader.local_contacts import local_services

    text = (
        '[[contacts.local]]\nname = "Front desk"\n\n'
        '[[contacts.local]]\ndescription = "?"\ncontact = [{ type = "phone", value = "1" }]\n\n'
        '[[contacts.local]]\nname = "Empty"\n'
        'contact = [{ type = "phone", value = " ", number = "01632 960000" }]\n'
    )
    config, problems = load_text(tmp_path, text)
    assert problems == []
    assert len(config.contacts.local) == 3
    services, found = local_services(config.contacts.local, str(tmp_path / "clinic.toml"))
    assert services == []
    messages = [(p.line, p.message.partition(": ")[2]) for p in found]
    assert (
        1,
        "entry 1 \"Front desk\": the required keys 'description', 'audience', "
        "'languages', 'source', 'hours' and 'contact' are missing; left out",
    ) in messages
    assert (
        4,
        "entry 2: the required keys 'name', 'audience', 'languages', "
        "'source' and 'hours' are missing; left out",
    ) in messages
    # An entry with another problem still has its unknown keys named, with what they may be.
    assert (
        10,
        "entry 3 \"Empty\": contact[1].number: unknown key (did you mean 'value'?); left out",
    ) in messages
    assert any("contact[1].value: must be text in quotes, not empty" in m for _, m in messages)


def test_contacts_entry_that_is_not_a_table(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, '[contacts]\nlocal = ["Front desk"]\n')
    assert config.contacts.local == ()
    assert "should be a table" in only(problems, "contacts.local").message


def test_invalid_later_value_keeps_the_earlier_one(tmp_path: Path) -> None:
    system = tmp_path / "system.toml"
    system.write_text("[display]\nzoom = 150\n", encoding="utf-8")
    config, problems = load_text(tmp_path, "[display]\nzoom = 999\n", system_path=system)
    assert config.display.zoom == 150
    problem = only(problems, "display.zoom")
    assert problem.used == "150"
    assert str(system) in problem.message


# --- unknown keys ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "suggestion", "line"),
    [
        (K + "idle_timout = 60\n", "kiosk.idle_timout", "kiosk.idle_timeout", 3),
        ('[display]\nregion = "GB"\n', "display.region", "region", 2),
        ('[clinic]\nwelcom = "Hello"\n', "clinic.welcom", "clinic.welcome", 2),
        ('\nregoin = "GB"\n', "regoin", "region", 2),
        ("[Display]\nzoom = 100\n", "Display", "[display]", 1),
    ],
)  # fmt: skip
def test_unknown_key_suggests_the_closest(
    tmp_path: Path, text: str, key: str, suggestion: str, line: int
) -> None:
    config, problems = load_text(tmp_path, text)
    problem = only(problems, key)
    assert "is not a Lantern setting" in problem.message
    assert f"did you mean {suggestion}?" in problem.message
    assert problem.line == line
    assert config.kiosk.enabled is False


def test_a_kiosk_setting_in_another_section_is_suggested_and_locks(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, "[display]\nidle_timeout = 60\n")
    assert "did you mean kiosk.idle_timeout?" in only(problems, "display.idle_timeout").message
    assert_locked(config)  # kiosk settings outside [kiosk] fail closed


@pytest.mark.parametrize("section", ["kiosks", "Kiosk", "KIOSK"])
def test_misspelt_kiosk_section_locks(tmp_path: Path, section: str) -> None:
    config, problems = load_text(tmp_path, f"[{section}]\nenabled = false\n")
    assert_locked(config)
    assert "did you mean [kiosk]?" in only(problems, section).message
    assert "misspelt [kiosk]" in only(problems, "kiosk.enabled").message


def test_misplaced_top_level_key_explains_sections(tmp_path: Path) -> None:
    _, problems = load_text(tmp_path, '[display]\nzoom = 100\nregion = "GB"\n')
    problem = only(problems, "display.region")
    assert "before the first [section]" in problem.message
    assert problem.line == 3


def test_unknown_key_without_a_close_match(tmp_path: Path) -> None:
    _, problems = load_text(tmp_path, "[weather]\nsunny = true\n")
    problem = only(problems, "weather")
    assert "did you mean" not in problem.message
    assert problem.line == 1


# --- finding lines ---------------------------------------------------------------------------


def test_key_lines() -> None:
    text = (
        'region = "GB"\n'  # 1
        'note = """\n'  # 2
        "fake = 1\n"  # 3: inside a multi-line string, not a key
        '"""\n'  # 4
        "[ kiosk ]  # comment\n"  # 5
        "idle_timeout = 5\n"  # 6
        '"enabled" = true\n'  # 7
        "[[contacts.local]]\n"  # 8
        "[[contacts.local]]\n"  # 9
        "display.zoom = 2\n"  # 10: a dotted key inside [[contacts.local]]
        "[display]\n"  # 11
        "theme = { a = 1 }\n"  # 12
    )
    lines = KeyLines(text)
    assert lines.line_of("region") == 1
    assert lines.line_of("fake") == 0
    assert lines.line_of("kiosk") == 5
    assert lines.line_of("kiosk.idle_timeout") == 6
    assert lines.line_of("kiosk.enabled") == 7
    assert lines.line_of("kiosk.missing") == 5  # falls back to its table
    assert lines.line_of("contacts.local", 0) == 8
    assert lines.line_of("contacts.local", 1) == 9
    assert lines.line_of("contacts.local", 5) == 8
    assert lines.line_of("display.theme.a") == 12
    assert lines.line_of("nowhere.at.all") == 0


def test_key_lines_for_dotted_tables_and_keys() -> None:
    lines = KeyLines("[lantern.kiosk]\nenabled = true\n[clinic]\nsub.key = 1\n")
    assert lines.line_of("lantern") == 1
    assert lines.line_of("lantern.kiosk.enabled") == 2
    assert lines.line_of("clinic.sub") == 4
    assert lines.line_of("clinic.sub.key") == 4


def test_key_lines_ignore_triple_quotes_in_one_line_strings() -> None:
    text = (
        "[clinic]\n"  # 1
        "name = \"a'''b\"  # it'''s\n"  # 2: ''' inside a "..." string and a comment
        'literal = \'say """\'\n'  # 3
        'escaped = "a\\""""\n'  # 4: an escaped quote, then two more
        "[display]\n"  # 5
        "zoom = 5\n"  # 6
    )
    lines = KeyLines(text)
    assert lines.line_of("clinic.literal") == 3
    assert lines.line_of("clinic.escaped") == 4
    assert lines.line_of("display.zoom") == 6


def test_key_lines_in_and_after_multi_line_strings() -> None:
    text = (
        "[clinic]\n"  # 1
        'welcome = """\n'  # 2: the key that opens the string has a line too
        "It'''s fine\n"  # 3: ''' means nothing inside \"\"\"
        "fake = 1\n"  # 4: text, not a key
        'end """"\n'  # 5: closed, with one quote belonging to the string
        "name = 1\n"  # 6
        "note = '''\n"  # 7
        'x = """\n'  # 8: inside a literal string
        "'''\n"  # 9
        "zoom = 2\n"  # 10
    )
    lines = KeyLines(text)
    assert lines.line_of("clinic.welcome") == 2
    assert lines.line_of("clinic.fake") == 1  # not a key: falls back to its table
    assert lines.line_of("clinic.name") == 6
    assert lines.line_of("clinic.x") == 1
    assert lines.line_of("clinic.zoom") == 10


def test_key_lines_read_quoted_keys_with_escapes() -> None:
    lines = KeyLines("region = 1\n\"\\u001b[31mRED\" = 1\n'C:\\x' = 2\n")
    assert lines.line_of("\x1b[31mRED") == 2
    assert lines.line_of("C:\\x") == 3  # a 'literal' key has no escapes


def test_a_triple_quote_in_a_string_does_not_hide_later_lines(tmp_path: Path) -> None:
    text = "[clinic]\nname = \"a'''b\"\n\n[display]\nzoom = 5\n"
    _, problems = load_text(tmp_path, text)
    assert only(problems, "display.zoom").line == 5


def test_an_error_at_the_end_of_the_document_names_the_last_line(tmp_path: Path) -> None:
    _, problems = load_text(tmp_path, '[clinic]\nname = "x"\n[content]\nhidden = ["a"\n')
    assert "at end of document" in problems[0].message
    assert problems[0].line == 4


def test_an_unknown_key_with_control_characters_is_shown_escaped(tmp_path: Path) -> None:
    _, problems = load_text(tmp_path, '"\\u001b[31mRED\\u202e" = 1\n')
    problem = only(problems, "\x1b[31mRED\u202e")
    assert problem.message.startswith("\\x1b[31mRED\\u202e is not a Lantern setting")
    assert problem.line == 1


def test_a_line_separator_in_a_value_does_not_move_later_lines(tmp_path: Path) -> None:
    # U+2028 and U+0085 are line breaks to str.splitlines(), but not to TOML.
    text = '[clinic]\nname = "A\u2028B\u0085C"\n[display]\ntheme = "purple"\n'
    _, problems = load_text(tmp_path, text)
    assert only(problems, "display.theme").line == 4


def test_an_error_at_the_end_after_a_line_separator_names_the_last_line(tmp_path: Path) -> None:
    _, problems = load_text(tmp_path, '[clinic]\nname = "A\u2028B"\nwelcome =')
    assert problems[0].line == 3
    assert "not valid TOML" in problems[0].message


def test_an_id_with_an_accent_says_which_letters_an_id_may_use(tmp_path: Path) -> None:
    """ "lower-case letters" alone: 'ó' is one, so a clinic could not tell what was wrong."""
    config, problems = load_text(tmp_path, '[content]\nstart_here = ["entender-la-autolesión"]\n')
    assert config.content.start_here == ()
    [problem] = problems
    assert "the letters a to z without accents, in lower case" in problem.message
    assert "'ó' is not one of them" in problem.message
