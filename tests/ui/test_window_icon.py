"""Lantern's windows carry its own icon, drawn from the bundled SVG."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from reader.ui.launch import set_window_icon
from reader.ui.widgets import qapp


def test_the_window_icon_is_lanterns_own(qtbot: QtBot) -> None:
    app = qapp()
    before = app.windowIcon()
    try:
        set_window_icon(app)
        icon = app.windowIcon()
        assert not icon.isNull()
        image = icon.pixmap(64, 64).toImage()
        assert not image.isNull()
        # Drawn, not blank: the lantern's teal and its light make several colours.
        colours = {image.pixel(x, y) for x in range(0, 64, 4) for y in range(0, 64, 4)}
        assert len(colours) > 3
    finally:
        app.setWindowIcon(before if not before.isNull() else QIcon())
