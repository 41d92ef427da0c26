"""Read one configuration file safely: regular files only, a size limit, and clear encodings."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from reader.content_files import ContentFileError, decode, open_regular

MAX_BYTES = 1_000_000  # a real configuration is a few kilobytes
# A file over MAX_BYTES is not used, but is still searched this far for "kiosk" so that a
# mistake cannot unlock a machine; a file larger even than this counts as mentioning it.
SCAN_BYTES = 64 * MAX_BYTES
_CHUNK = 1 << 20
# "kiosk" in UTF-8, UTF-16 (either byte order) and UTF-32, compared after bytes.lower(),
# which lowers ASCII letters wherever they are: the same test as decoding and searching.
_KIOSK = (b"kiosk", b"k\0i\0o\0s\0k", b"k\0\0\0i\0\0\0o\0\0\0s\0\0\0k")
_OVERLAP = max(len(p) for p in _KIOSK) - 1


class FileRefused(Exception):
    """A file that is not read at all: not a regular file, or far too large."""

    def __init__(
        self, message: str, mentions_kiosk: bool = False, contents_unknown: bool = False
    ) -> None:
        super().__init__(message)
        self.mentions_kiosk = mentions_kiosk
        self.contents_unknown = contents_unknown  # not searched for kiosk at all


class NotUtf8(Exception):
    """Text in another encoding; the message says which and what to do, `line` where."""

    def __init__(self, message: str, line: int = 0, hidden: bool = False) -> None:
        super().__init__(message)
        self.line = line
        self.hidden = hidden  # compressed: "kiosk" in it cannot be searched for


def saved_as_txt(path: Path) -> str:
    """Words about a file beside a missing path with .txt added to its name; "" if none.

    Notepad adds .txt unless "Save as type" is "All Files", and Windows hides the extension,
    so lantern.toml.txt looks like lantern.toml in Explorer.
    """
    try:
        beside = path.with_name(path.name + ".txt")  # ValueError for a path with no name
        if not beside.is_file():
            return ""
    except (ValueError, OSError):
        return ""
    return (
        f"there is {beside.name} beside it: Notepad and TextEdit may add .txt to a file's name, "
        f"so rename it to {path.name}"
    )


def in_quotes(path: Path) -> str:
    """Words about a path written in double quotes, which no file's name has; "" if it is not.

    Explorer's "Copy as path" puts quotes round a path, and cmd's `set NAME="C:\\..."` keeps
    them in the value, so a pasted LANTERN_CONFIG named no file (on Windows, whose names
    cannot hold a quote, "the filename ... syntax is incorrect").
    """
    text = str(path).strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return ""
    return 'the path is in quotes ("..."), which are read as part of its name: remove them'


def home_expanded(path: str | Path) -> Path:
    """The path with a leading ~ as the home folder: the shell leaves it in --config=~/x."""
    return Path(path).expanduser() if str(path).startswith("~") else Path(path)


def txt_beside_may_lock(path: Path) -> bool:
    """Whether the .txt file beside a missing path mentions kiosk or cannot be searched for it."""
    try:
        raw = read_config_bytes(path.with_name(path.name + ".txt"))
    except FileRefused as refused:
        return refused.mentions_kiosk or refused.contents_unknown
    except (OSError, ValueError):
        return True  # there a moment ago: its contents are unknown
    return mentions_kiosk(raw) or _document_format(raw) == _WORD  # a Word file is compressed


def read_config_bytes(path: Path) -> bytes:
    """A file's bytes; FileRefused for a folder, device, pipe or huge file; else OSError."""
    try:  # the same refusal of folders, pipes and devices as for articles, never waiting
        handle, _ = open_regular(path)
    except ContentFileError as error:
        raise FileRefused(f"the file could not be read: {error}", contents_unknown=True) from None
    with os.fdopen(handle, "rb") as file:
        raw = file.read(MAX_BYTES + 1)  # the size on disk can be wrong (/proc) or can grow
        if len(raw) <= MAX_BYTES:
            return raw
        return _too_large(raw, file)


def read_config_text(path: Path) -> str:
    """A file's text, read the one way every configuration file is read; raises as both parts."""
    return decode_config(read_config_bytes(path))


def _too_large(start: bytes, file: BinaryIO) -> bytes:
    """Refuse a file over MAX_BYTES, saying whether it mentions kiosk (searched in chunks)."""
    found, tail, scanned = mentions_kiosk(start), start[-_OVERLAP:], len(start)
    while not found:
        if scanned >= SCAN_BYTES:
            found = True  # too large even to search: it may be what locks this machine
            break
        chunk = file.read(_CHUNK)
        if not chunk:
            break
        found = mentions_kiosk(tail + chunk)
        tail, scanned = chunk[-_OVERLAP:], scanned + len(chunk)
    message = (
        "the file was not read: it is larger than 1 MB; a Lantern configuration is a few kilobytes"
    )
    raise FileRefused(message, mentions_kiosk=found)


def mentions_kiosk(raw: bytes) -> bool:
    """Whether "kiosk" appears anywhere, in any case, in UTF-8, UTF-16 or UTF-32 text."""
    lowered = raw.lower()
    return any(pattern in lowered for pattern in _KIOSK)


# The kiosk settings' own names, which no other setting shares: a file that cannot be read but
# names one (its [kiosk] line missing, say) may be what locks this machine.
_SETTING_NAMES = tuple(
    name.encode(encoding)
    for name in ("enabled", "idle_timeout", "warning_seconds", "admin_pin_hash", "allow_printing")
    for encoding in ("utf-8", "utf-16-le", "utf-32-le")
)


def names_kiosk_setting(raw: bytes) -> bool:
    """Whether a kiosk setting's name appears anywhere, in any case, in UTF-8, -16 or -32."""
    lowered = raw.lower()
    return any(pattern in lowered for pattern in _SETTING_NAMES)


def decode_config(raw: bytes) -> str:
    """The file's text: UTF-8, with or without a byte-order mark; NotUtf8 otherwise."""
    document = _document_format(raw)
    if document:
        message = f"the file is saved as {document}, not plain text; {_PLAIN[document]}"
        raise NotUtf8(message, hidden=document == _WORD)
    wide = _wide_encoding(raw)
    if wide:
        how = "for example with PowerShell's Out-File -Encoding utf8"
        raise NotUtf8(f"the file is saved as {wide}; save it as UTF-8 ({how})")
    try:  # UTF-8, a byte-order mark allowed: the same rule as for articles
        return decode(raw)
    except ContentFileError as error:
        raise NotUtf8(str(error), error.line) from None


_RICH, _WORD = "rich text (RTF)", "a Word document (or another zipped file)"
# TextEdit saves rich text unless told otherwise; Word and WordPad save their own formats.
_PLAIN = {
    _RICH: "in TextEdit, choose Format > Make Plain Text, then save it",
    _WORD: "save it as plain text (UTF-8)",
}


def _document_format(raw: bytes) -> str:
    """A word processor's format the bytes start with ("" for anything else)."""
    if raw.removeprefix(b"\xef\xbb\xbf").startswith(b"{\\rtf"):
        return _RICH
    if raw.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")):  # .docx, .doc
        return _WORD
    return ""


def _wide_encoding(raw: bytes) -> str:
    """ "UTF-16" or "UTF-32" when the bytes look like it (a BOM, or zero bytes between letters)."""
    if raw[:4] in (b"\xff\xfe\0\0", b"\0\0\xfe\xff"):
        return "UTF-32"
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "UTF-16"
    sample = raw[:4096]
    if len(sample) < 4 or 0 not in sample:
        return ""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # ASCII in UTF-16 has a zero in every other byte: odd bytes (LE) or even bytes (BE).
    half = len(sample) // 4
    if (odd >= half and even <= half // 4) or (even >= half and odd <= half // 4):
        return "UTF-16"
    return ""
