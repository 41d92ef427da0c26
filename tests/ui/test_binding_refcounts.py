"""Guard against a Qt binding that miscounts references to None (PySide6 6.12.0 did).

On Python 3.11 None is not immortal: each lost reference brings the process closer to an
abort ("none_dealloc"), which a kiosk that renders articles all day would eventually hit.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot


def test_setting_text_does_not_lose_references_to_none(qtbot: QtBot) -> None:
    """Rendering text many times leaves None's reference count where it was (give or take)."""
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    before = sys.getrefcount(None)
    for _ in range(200):
        browser.setHtml("<p>calm words</p>")
        browser.setPlainText("calm words")
    assert sys.getrefcount(None) >= before - 10
