"""The line of each item of a list written over several lines, so a problem points at it."""

from __future__ import annotations

from pathlib import Path

from reader.config.keylines import KeyLines
from reader.local_contacts import local_services
from reader.toml_lines import toml_key_lines
from tests.config_helpers import load_text

SERVICE = (
    'description = "d", audience = "a", languages = ["English"], source = "s", '
    "hours = { always_open = true }"
)


def test_items_of_a_list_over_several_lines_have_their_own_lines() -> None:
    text = (
        "[content]\n"
        "hidden = [  # a comment with [brackets], and a comma\n"
        '  "one", "two",\n'
        "  # a comment line\n"
        '  "three,]",\n'
        "  ['nested', [1]],\n"
        '  """a\n'
        'multi-line ] string""",\n'
        "  { a = 1, b.c = [\n"
        "    2] },\n"
        "]\n"
        "start_here = [\n"
        '  "x",\n'
        "]\n"
    )
    lines = toml_key_lines(text)
    items = {path[2:]: line for path, line in lines.items() if path[1:2] == ("hidden",)}
    assert items == {
        (): 2,
        (1,): 3,
        (2,): 3,
        (3,): 5,
        (4,): 6,
        (4, 1): 6,
        (4, 2): 6,
        (4, 2, 1): 6,
        (5,): 7,
        (6,): 9,
        (6, "a"): 9,
        (6, "b"): 9,
        (6, "b", "c"): 9,
        (6, "b", "c", 1): 10,
    }
    assert lines[("content", "start_here", 1)] == 13  # the key after the list is found
    keys = KeyLines(text)
    assert [keys.line_of("content.hidden", index) for index in range(7)] == [3, 3, 5, 6, 7, 9, 2]
    assert keys.line_of("content.start_here", 0) == 13


def test_a_list_of_tables_in_one_value_points_at_each_entry(tmp_path: Path) -> None:
    text = (
        "[contacts]\n"
        "local = [\n"
        f'  {{ name = "A", {SERVICE}, contact = [{{ type = "phone", value = "116 123" }}] }},\n'
        '  "Front desk",\n'
        f'  {{ name = "B", {SERVICE}, contact = [\n'
        '    { type = "phone", value = "116 123" },\n'
        '    { type = "fax", value = "116 123" },\n'
        "  ] },\n"
        "]\n"
    )
    config, problems = load_text(tmp_path, text)
    assert [(p.line, p.message.partition(": ")[2][:25]) for p in problems] == [
        (4, "entry 2 should be a table")
    ]
    services, found = local_services(config.contacts.local, str(tmp_path / "clinic.toml"))
    assert [service.name for service in services] == ["A"]
    assert [(p.line, p.message.partition(": ")[2][:34]) for p in found] == [
        (7, 'entry 3 "B": contact[2].type: must')
    ]


def test_an_unclosed_list_does_not_hide_the_lines_after_it() -> None:
    # Not TOML (its line finder runs before tomllib refuses it), but nothing after is lost.
    keys = KeyLines('[content]\nhidden = ["a",\n[display]\nzoom = 5\n')
    assert keys.line_of("display.zoom") == 4
