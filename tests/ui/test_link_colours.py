"""Links drawn as labels ("On this page") take the new theme's link colour when it changes.

Qt fixes a rich-text link's colour when the text is set: contents links made in the light
theme stayed dark teal on the dark background.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.themes import LIGHT, THEMES
from reader.ui.main_window import MainWindow
from tests.ui.a11y_screens import bundled_window_fixture  # noqa: F401 - a fixture
from tests.ui.pixels import colour_share


@pytest.mark.parametrize("screen", ["article", "reflections"])
@pytest.mark.parametrize("name", ["dark", "high-contrast"])
def test_link_labels_follow_the_theme(
    bundled_window: MainWindow, qtbot: QtBot, name: str, screen: str
) -> None:
    window = bundled_window
    if screen == "article":
        window.open_article("understanding-self-harm")
    else:
        window.open_screen(screen)
    page = window.stack.currentWidget()
    links = [w for w in page.findChildren(QLabel) if w.property("link")]
    assert len(links) >= 3  # made in the light theme
    window.theming.set_theme(name)
    for link in links[:3]:
        qtbot.waitUntil(link.isVisible)
        image = link.grab().toImage()
        assert colour_share(image, THEMES[name].link) > 0.02, link.text()
        assert colour_share(image, LIGHT.link, tolerance=20) == 0.0, link.text()
