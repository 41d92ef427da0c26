"""Application-wide event filters, which can step aside while Qt restyles the window.

A restyle (a new style sheet or text size) sends thousands of polish, font and layout events,
and every one passed through each Python filter: about 15 ms of a kiosk reset's 35 ms restyle.
The filters only care about input (Esc twice, quit keys, activity), and no input can arrive
during a restyle: it is one synchronous call that never runs the event loop.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject
from shiboken6 import Shiboken

from reader.ui.widgets import qapp

_installed: list[QObject] = []
# The filter that sees every event before the others (the kiosk guard): Qt asks the filter
# installed last first, so it is installed again after each other one. A key or press another
# filter takes (Esc twice, F1 over a menu, a press through a menu) is still the reader's.
_first: list[QObject] = []


def install(watcher: QObject, first: bool = False) -> None:
    """Let watcher filter every event the application delivers (before all others if first)."""
    qapp().installEventFilter(watcher)
    _installed.append(watcher)
    if first:
        _first[:] = [watcher]
    _put_first_in_front()


def remove(watcher: QObject) -> None:
    """Stop watcher filtering the application's events."""
    qapp().removeEventFilter(watcher)
    if watcher in _installed:
        _installed.remove(watcher)
    if watcher in _first:
        _first.remove(watcher)


def _put_first_in_front() -> None:
    _first[:] = [w for w in _first if Shiboken.isValid(w)]
    for watcher in _first:
        qapp().installEventFilter(watcher)  # again: Qt moves a filter installed twice to the front


@contextmanager
def paused() -> Iterator[None]:
    """Take the filters out for a restyle or a screen switch, then put them back in order.

    Only around work that never runs an event loop: a dialog opened inside (its exec())
    would show with Esc twice and the kiosk's quit keys dead.
    """
    _installed[:] = [w for w in _installed if Shiboken.isValid(w)]  # windows already gone
    watchers = list(_installed)
    app = qapp()
    for watcher in watchers:
        app.removeEventFilter(watcher)
    try:
        yield
    finally:
        for watcher in watchers:
            app.installEventFilter(watcher)
        _put_first_in_front()
