"""Reusing widgets from one article to the next: building and styling them is the slow part."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def fit_pool(pool: list[W], count: int, make: Callable[[int], W]) -> list[W]:
    """Grow or shrink a pool of widgets to `count`, making new ones with make(index)."""
    while len(pool) > count:
        detach(pool.pop())
    while len(pool) < count:
        pool.append(make(len(pool)))
    return pool


def detach(*widgets: QWidget | None) -> None:
    """Take widgets out of the page at once (a deleted-later widget would still be found)."""
    for widget in widgets:
        if widget is not None:
            widget.setParent(None)
