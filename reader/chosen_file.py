"""Writing the one file a reader chose to save a copy to, and nothing else, even when it fails."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from reader import privacy

MOST_KEPT = 16 * 1024 * 1024  # a larger file that was there is left as a failure leaves it


def write_chosen_file(path: Path, data: bytes) -> None:
    """Write data to path; on OSError, put the file back as it was, then raise.

    No temporary file and rename: Lantern writes the one file the reader chose and no other.
    """
    try:
        _write(path, data)
    except RuntimeError as error:  # Python 3.11 and 3.12's Path.resolve() on a link loop
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path)) from error


def _write(path: Path, data: bytes) -> None:
    with privacy.allow_export(path):
        earlier = _EarlierCopy(path)
        try:
            path.write_bytes(data)
        except OSError:
            earlier.put_back()  # a full memory stick had emptied the plan saved there before
            raise


class _EarlierCopy:
    """What a chosen file held before it is written, to put back if the writing fails."""

    def __init__(self, path: Path) -> None:
        self._path = path.resolve()  # a link chosen: the file it leads to, which is written
        self._existed = self._path.exists()
        # What it held, and when it was last read and changed (nanoseconds).
        self._kept: tuple[bytes, tuple[int, int]] | None = None
        try:
            if self._existed and (status := self._path.stat()).st_size <= MOST_KEPT:
                times = (status.st_atime_ns, status.st_mtime_ns)
                self._kept = (self._path.read_bytes(), times)
        except OSError:
            self._kept = None  # unreadable: it cannot be put back, nor is it taken away

    def put_back(self) -> None:
        """The file as it was: removed if it is new, its old bytes again if it was there."""
        try:
            if not self._existed:
                self._path.unlink(missing_ok=True)  # no half-written file left behind
            elif self._kept is not None:
                data, times = self._kept
                self._path.write_bytes(data)
                # Its date too: "changed today" on an old plan told whoever looked at the
                # stick that someone had been at it.
                os.utime(self._path, ns=times)
        except OSError:
            pass  # the reader is told it was not saved; nothing more can be done here
