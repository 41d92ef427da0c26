"""Configuration files as they arrive: other encodings, huge files, pipes and devices."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from reader.config import Config, load_files
from reader.config import reading as config_reading
from reader.config.keylines import deepest_name_line
from tests.config_helpers import assert_locked, only

KIOSK_ON = "[kiosk]\r\nenabled = true\r\n"  # as PowerShell writes it, with Windows line ends


def load_bytes(tmp_path: Path, raw: bytes):
    """Write raw bytes to a file and load it as the only source."""
    path = tmp_path / "lantern.toml"
    path.write_bytes(raw)
    return load_files([(path, True, "given")])


# --- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding",
    ["utf-16", "utf-16-le", "utf-16-be"],  # "utf-16" has a byte-order mark; the others do not
)
def test_utf16_that_mentions_kiosk_locks_and_says_so(tmp_path: Path, encoding: str) -> None:
    config, problems = load_bytes(tmp_path, KIOSK_ON.encode(encoding))
    assert_locked(config)
    assert "the file is saved as UTF-16; save it as UTF-8" in problems[0].message
    assert "kiosk mode is turned on" in only(problems, "kiosk.enabled").message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_without_kiosk_is_reported_and_not_used(tmp_path: Path, encoding: str) -> None:
    config, problems = load_bytes(
        tmp_path, 'region = "GB"\n[clinic]\nname = "x"\n'.encode(encoding)
    )
    assert config == Config.defaults()
    assert len(problems) == 1
    assert "saved as UTF-16" in problems[0].message


def test_utf32_that_mentions_kiosk_locks(tmp_path: Path) -> None:
    config, problems = load_bytes(tmp_path, KIOSK_ON.encode("utf-32"))
    assert_locked(config)
    assert "saved as UTF-32" in problems[0].message


def test_utf8_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    text = '\ufeffregion = "GB"\n[kiosk]\nenabled = true\nidle_timeout = 5\n'
    config, problems = load_bytes(tmp_path, text.encode("utf-8"))
    assert config.region == "GB"
    assert config.kiosk.enabled is True
    assert [(p.key, p.line) for p in problems] == [("kiosk.idle_timeout", 4)]


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    config, problems = load_bytes(tmp_path, b'region = "GB"\n[clinic]\nname = "Caf\xe9"\n')
    assert config == Config.defaults()
    assert problems[0].line == 3
    assert "not UTF-8 text; save it as UTF-8 (Notepad: Save as, Encoding)" in problems[0].message


def zipped(name: str, text: str) -> bytes:
    """A zipped file as Word saves one (.docx): its text compressed, unreadable as bytes."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, text * 20)
    assert b"zoom" not in buffer.getvalue()
    return buffer.getvalue()


RICH = (
    "the file is saved as rich text (RTF), not plain text; in TextEdit, choose "
    "Format > Make Plain Text, then save it"
)
WORD = (
    "the file is saved as a Word document (or another zipped file), not plain text; save it "
    "as plain text (UTF-8)"
)
RTF = (  # what TextEdit saves by default: rich text, whatever the file is called
    b"{\\rtf1\\ansi\\ansicpg1252\\cocoartf2709\n{\\fonttbl\\f0\\fswiss Helvetica;}\n"
    b"\\f0\\fs24 \\cf0 [kiosk]\\\nenabled = false}\n"
)


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (RTF, RICH),
        (b"\xef\xbb\xbf" + RTF, RICH),
        (b"PK\x03\x04\x14\x00\x06\x00kiosk", WORD),
        (zipped("word/document.xml", "<w:t>[display] zoom = 120</w:t>"), WORD),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00kiosk", WORD),
    ],
)
def test_a_word_processor_file_is_named_and_locks(tmp_path: Path, raw: bytes, says: str) -> None:
    # Before, RTF was "Invalid statement (at line 1, column 1)" and a Word file "not UTF-8".
    # A zipped file's text cannot be searched for "kiosk", so it locks whatever it holds.
    config, problems = load_bytes(tmp_path, raw)
    assert_locked(config)
    assert problems[0].line == 0
    assert problems[0].message == f"{says}; nothing in it was used"
    assert "kiosk mode is turned on" in only(problems, "kiosk.enabled").message


def test_a_zipped_file_says_plainly_why_it_locks(tmp_path: Path) -> None:
    _, problems = load_bytes(tmp_path, zipped("word/document.xml", "<w:t>[kiosk]</w:t>"))
    assert only(problems, "kiosk.enabled").message.startswith(
        "the file's text is compressed and could not be read; it may mention kiosk, "
        "so kiosk mode is turned on to keep the machine locked"
    )


def test_text_with_nul_bytes_is_not_taken_for_utf16(tmp_path: Path) -> None:
    _, problems = load_bytes(tmp_path, b'[clinic]\nname = "a\0b"\n')
    assert "UTF-16" not in problems[0].message
    assert "not valid TOML" in problems[0].message


# --- size ------------------------------------------------------------------------------------


def padded(before: str, after: str = "", size: int = config_reading.MAX_BYTES + 1) -> bytes:
    """A file of at least size bytes: before, a comment filling the middle, then after."""
    filler = size - len(before) - len(after) - 3
    return f"{before}# {'x' * filler}\n{after}".encode()


def test_a_file_over_1_mb_is_not_used(tmp_path: Path) -> None:
    config, problems = load_bytes(tmp_path, padded("[display]\nzoom = 150\n"))
    assert config == Config.defaults()
    assert len(problems) == 1
    assert "larger than 1 MB; a Lantern configuration is a few kilobytes" in problems[0].message


def test_a_file_of_exactly_1_mb_is_read(tmp_path: Path) -> None:
    raw = padded("[display]\nzoom = 150\n", size=config_reading.MAX_BYTES)
    assert len(raw) == config_reading.MAX_BYTES
    config, problems = load_bytes(tmp_path, raw)
    assert problems == []
    assert config.display.zoom == 150


def test_a_huge_file_that_mentions_kiosk_anywhere_locks(tmp_path: Path) -> None:
    # Even at the very end, after the first megabyte, and even saying enabled = false.
    raw = padded("", "[kiosk]\nenabled = false\n", size=3 * config_reading.MAX_BYTES)
    config, problems = load_bytes(tmp_path, raw)
    assert_locked(config)
    assert "was not read" in only(problems, "kiosk.enabled").message


def test_kiosk_across_a_chunk_boundary_is_found(tmp_path: Path) -> None:
    # The first read ends after MAX_BYTES + 1 bytes: "kiosk" starts two bytes before that.
    before = "#" * (config_reading.MAX_BYTES - 1)
    raw = f"{before}kiosk\n".encode() + b"#" * config_reading.MAX_BYTES
    config, _ = load_bytes(tmp_path, raw)
    assert_locked(config)


def test_a_file_too_large_to_search_locks(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(config_reading, "SCAN_BYTES", 2 * config_reading.MAX_BYTES)
    config, problems = load_bytes(tmp_path, padded("", size=3 * config_reading.MAX_BYTES))
    assert_locked(config)
    assert "larger than 1 MB" in problems[0].message


# --- not regular files -----------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null on this system")
def test_a_device_is_refused_and_locks() -> None:
    config, problems = load_files([(Path("/dev/null"), True, "given")])
    assert_locked(config)  # not a file Lantern can use, so it may be what locks this machine
    assert len(problems) == 1
    assert "not a file" in problems[0].message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_is_refused_without_waiting_and_locks(tmp_path: Path) -> None:
    fifo = tmp_path / "lantern.toml"
    os.mkfifo(fifo)
    done = threading.Event()

    def unblock() -> None:
        # Had the loader opened the pipe, it would wait for a writer for ever: be that writer,
        # so that a broken loader fails this test instead of hanging it.
        while not done.wait(0.05):
            try:
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                continue  # nobody is reading it: good
            return

    helper = threading.Thread(target=unblock, daemon=True)
    helper.start()
    try:
        config, problems = load_files([(fifo, True, "given")])
    finally:
        done.set()
        helper.join()
    assert_locked(config)
    assert "not a file" in problems[0].message


# --- many unknown keys -----------------------------------------------------------------------


def test_unknown_keys_are_listed_up_to_50(tmp_path: Path) -> None:
    text = "[clinic]\n" + "".join(f"key{n} = 1\n" for n in range(60))
    _, problems = load_bytes(tmp_path, text.encode())
    assert len(problems) == 51
    assert problems[49].key == "clinic.key49"
    assert problems[50].message == "… and 10 more keys that are not Lantern settings"


def test_a_misspelt_kiosk_after_many_unknown_keys_still_locks(tmp_path: Path) -> None:
    text = "".join(f"k{n} = 1\n" for n in range(200)) + "[kisok]\nenabled = false\n"
    config, problems = load_bytes(tmp_path, text.encode())
    assert_locked(config)
    assert only(problems, "kiosk.enabled").line == 201


# --- absurdly long names ---------------------------------------------------------------------


def test_a_name_of_more_than_100_parts_refuses_the_file(tmp_path: Path) -> None:
    # tomllib's time grows with the square of a name's parts: 50,000 took seconds.
    text = '[display]\nzoom = 150\n[kiosk."' + "." * 5 + '".' + ".".join(["a"] * 100) + "]\n"
    config, problems = load_bytes(tmp_path, text.encode())
    assert_locked(config)  # and the file mentions kiosk
    assert problems[0].line == 3
    assert "a name on this line has more than 100 dotted parts" in problems[0].message


def test_a_name_of_100_parts_is_read(tmp_path: Path) -> None:
    text = "# a comment ....\n[display]\nzoom = 150\n[" + ".".join(["a"] * 100) + "]\n"
    config, problems = load_bytes(tmp_path, text.encode())
    assert config.display.zoom == 150
    assert [(p.key, p.line) for p in problems] == [("a", 4)]


def test_a_long_name_inside_an_inline_table_refuses_the_file(tmp_path: Path) -> None:
    # Inside {...} the name is a key as well, and tomllib is just as slow with it.
    deep = ".".join(["a"] * 101)
    text = f"[display]\nzoom = 150\n[setup]\nx = {{ y = 1, {deep} = 2 }}\n"
    config, problems = load_bytes(tmp_path, text.encode())
    assert config == Config.defaults()
    assert [p.line for p in problems] == [4]
    assert "a name on this line has more than 100 dotted parts" in problems[0].message


def test_dots_in_a_string_inside_a_multi_line_list_do_not_count(tmp_path: Path) -> None:
    # A line without "=" is not a name: this file is read, and kiosk mode stays off.
    folder = "/srv/" + "." * 120
    text = f'[content]\nextra_folders = [\n  "{folder}",\n]\n[kiosk]\nenabled = false\n'
    config, problems = load_bytes(tmp_path, text.encode())
    assert problems == []
    assert config.content.extra_folders == (folder,)
    assert config.kiosk.enabled is False


DEEP = ".".join(["a"] * 101)
NAME_LINES = [
    # (TOML text, the line with a name of more than 100 parts, or 0)
    (f"[{DEEP}]\n", 1),
    (f'x = 1\n"q.q" . {DEEP} = 1\n', 2),  # quoted parts and spaces around dots
    (f's = """x""""\n{DEEP} = 1\n', 2),  # a string closed with extra quotes
    (f"s = '''\n{DEEP} = 1\n'''\n", 0),  # inside a multi-line literal string
    (f's = """\\"""\n{DEEP}\n"""\n', 0),  # an escaped quote does not close it
    (f"s = \"{DEEP}\"\nb = '{DEEP}'  # {DEEP}\n", 0),
    ("x = [" + "1.5, " * 200 + "]\n", 0),  # numbers have one dot each
]


@pytest.mark.parametrize(("text", "line"), NAME_LINES)
def test_only_names_outside_strings_and_comments_count(text: str, line: int) -> None:
    assert deepest_name_line(text) == line


def test_dots_in_comments_and_multi_line_strings_do_not_count(tmp_path: Path) -> None:
    dots = "." * 200
    text = f'[clinic]  # {dots}\nwelcome = """\n[{dots}]\n"""\n'
    config, problems = load_bytes(tmp_path, text.encode())
    assert problems == []
    assert config.clinic.welcome == f"[{dots}]"
