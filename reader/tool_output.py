"""Writing a command-line tool's report, when whoever reads it may have gone away."""

from __future__ import annotations

import io
import os
from typing import TextIO


def write_report(text: str, out: TextIO, err: TextIO | None) -> bool:
    """Write and flush text; False (after one line on err) if it could not be written."""
    if isinstance(out, io.TextIOWrapper):
        # Windows writes redirected output in its code page (cp1252), which lacks letters
        # such as the Ā of a clinic's name: they are escaped, as Python does on stderr.
        out.reconfigure(errors="backslashreplace")
    try:
        out.write(text)
        out.flush()
        return True
    except BrokenPipeError:
        # Like other tools in a pipeline (`| head -1`): the reader has gone; stop quietly.
        _silence(out)
        return True
    except OSError as error:
        _silence(out)
        if err is not None:
            err.write(f"lantern: could not write the output: {error.strerror or error}\n")
        return False


def _silence(out: TextIO) -> None:
    """Point a real stream's file at devnull, so flushing it again at exit cannot fail."""
    try:
        descriptor = out.fileno()
    except (OSError, ValueError):  # io.StringIO and other streams without a file
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)
