"""Which files in a content folder are articles, and reading them safely.

The loader and the content checker (`lantern check-content`) both use these, so they always
agree on what is an article and on what is refused before parsing.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

# The biggest bundled article is about 7 KB. Every clinic article is checked at start-up
# before the first paint, at roughly 2 seconds a megabyte, so a runaway file is refused.
MAX_ARTICLE_BYTES = 200_000
MAX_MANIFEST_BYTES = 2_000_000  # pack.toml: a pack of thousands of articles stays far below
BOM = "\ufeff"
# The pictures an article may show (the reading view reads no others); a GIF may move.
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".svg", ".webp"})
_PICTURE_STARTS = (b"\x89PNG", b"\xff\xd8\xff")  # PNG, JPEG; WebP and SVG are found apart
StrPath = str | os.PathLike[str]  # a file's path, as a Path or as text
_WHY = {
    errno.EACCES: "cannot be read: permission denied",
    errno.EPERM: "cannot be read: permission denied",
    errno.ENOENT: "does not exist",
    errno.ENOTDIR: "is not a valid path: a part of it is not a folder",
    errno.ENAMETOOLONG: "is not a valid path: the name is too long",
    errno.ELOOP: "is not a valid path: its links loop (too many levels of symbolic links)",
}


# O_NONBLOCK: opening a FIFO must not wait for a writer; it changes nothing for files. Worked
# out once: getattr of a name os lacks (O_BINARY off Windows) costs as much as opening a file.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)


class ContentFileError(ValueError):
    """A content file that is refused before it is parsed, with the line to point at."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def is_article_name(name: str) -> bool:
    """True for a file name Lantern reads as an article: *.md in any case, not hidden."""
    # A leading dot marks editor backups and old drafts (".draft.md"), never an article.
    return not name.startswith(".") and name[-3:].lower() == ".md"


def saved_as_txt(folder: Path) -> list[str]:
    """Names of files inside a folder that are articles with .txt added ("a.md.txt")."""
    try:
        with os.scandir(folder) as entries:
            return sorted(e.name for e in entries if e.name.lower().endswith(".md.txt"))
    except OSError:
        return []


def txt_hint(name: str) -> str:
    """What to do about an article saved as "a.md.txt"."""
    # Notepad adds .txt unless "Save as type" is "All Files", and Explorer hides it.
    return f"{name!r} ends in .txt (Notepad adds it, and Windows hides it): rename it to end in .md"


def article_paths(folder: Path) -> list[Path]:
    """The article files directly inside a folder, sorted by name; OSError if unreadable."""
    return [path for path, _ in article_files(folder)]


def article_files(folder: Path) -> list[tuple[Path, str]]:
    """Each article file as in article_paths, with its path as text too, to open it by.

    A Path makes its text when first asked, at about 40% of the cost of reading a 6 KB article
    (an exception is raised and caught inside it); scandir's own text comes almost free.
    """
    with os.scandir(folder) as entries:
        texts = {entry.name: entry.path for entry in entries if is_article_name(entry.name)}
    # normcase: the same order Path sorting gives, without building and comparing Paths.
    return [(folder / name, texts[name]) for name in sorted(texts, key=os.path.normcase)]


def os_error_text(error: OSError) -> str:
    """What an OSError means for a file or folder, as words that follow its name."""
    if error.errno in _WHY:
        return _WHY[error.errno]
    if error.errno == errno.EISDIR:
        return "is a folder, not a file"
    reason = (error.strerror or str(error)).lower()
    return f"cannot be read: {reason}"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def open_regular(path: StrPath) -> tuple[int, os.stat_result]:
    """An open descriptor and its stat for a regular file; ContentFileError for anything else."""
    try:
        handle = os.open(path, _READ_FLAGS)
    except PermissionError:
        if os.path.isdir(path):  # Windows cannot open a folder at all
            raise ContentFileError("this is a folder, not a file") from None
        raise
    info = os.fstat(handle)
    if not stat.S_ISREG(info.st_mode):
        os.close(handle)
        raise ContentFileError(f"this is {_kind(info.st_mode)}, not a file")
    return handle, info


def read_bytes(path: StrPath, limit: int) -> bytes:
    """A regular file's bytes; ContentFileError for anything else or a file over ``limit``."""
    handle, info = open_regular(path)
    try:
        if info.st_size > limit:
            raise ContentFileError(_too_big(info.st_size, limit))
        # Plain os.read, without a buffered file object: cheaper for thousands of small files.
        # One read asks for a byte more than fstat saw, so the usual file takes one call and
        # needs no second one to find its end; a file that grew since, gave a short read, or
        # says 0 (as files in /proc do) is read on until its end or the limit.
        chunks = [os.read(handle, info.st_size + 1)]
        size = len(chunks[0])
        while size != info.st_size and size <= limit and (chunk := os.read(handle, 1 << 16)):
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(handle)
    if size > limit:  # it grew while being read
        raise ContentFileError(_too_big(size, limit))
    return b"".join(chunks)


def _too_big(size: int, limit: int) -> str:
    return f"the file is too big: {size:,} bytes, and the limit is {limit:,}; split it up"


def decode(data: bytes) -> str:
    """UTF-8 text, no leading byte-order mark, CRLF line ends as LF; ContentFileError if not."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        # Windows Notepad saved "ANSI" (the local code page) by default until 2019.
        message = "the file is not UTF-8 text; save it as UTF-8 (Notepad: Save as, Encoding)"
        raise ContentFileError(message, line, column) from None
    # Editors such as Windows Notepad may start a UTF-8 file with a byte-order mark, and end
    # lines with "\r\n": read as "\n", or the checker found no blank line between paragraphs
    # and judged each word by the whole article. A lone "\r" stays, for the checker to name.
    text = text.removeprefix(BOM)
    return text.replace("\r\n", "\n") if "\r" in text else text


def read_text(path: StrPath, limit: int) -> str:
    """A content file's text (see read_bytes and decode)."""
    return decode(read_bytes(path, limit))


def picture_problem(path: Path) -> str:
    """Why the reading view could not show this picture file, in words after its name; else ""."""
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        kind = path.suffix.lstrip(".").upper() or "file with no ending"
        return f"is a {kind} picture; Lantern shows PNG, JPEG, SVG and WebP pictures only"
    try:
        with open(path, "rb") as file:  # the caller found a regular file, never a pipe
            start = file.read(4096)
    except OSError as error:
        return os_error_text(error)
    # QImage reads a picture by what is in it, whatever its name's ending says.
    if start.startswith(_PICTURE_STARTS) or start[8:12] == b"WEBP" or b"<svg" in start:
        return ""
    return "is not a picture Lantern can read (it is empty, or not a PNG, JPEG, SVG or WebP)"
