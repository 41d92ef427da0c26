"""Kiosk window help and links (F1, the help button, web addresses) and the kiosk self-test."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from reader.ui import self_test, web_address
from reader.ui.help_panel import HelpPanel
from reader.ui.main_window import MainWindow
from reader.ui.web_address import WebAddressDialog
from tests.ui.kiosk.kiosk_helpers import REPO, WEB_URL, article_view, prompt_box

# --- help and links -------------------------------------------------------------------------


def check_help_panel(window: MainWindow) -> None:
    """The help panel is on screen and lists the clinic first, then the region, with 999."""
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    assert window.stack.currentWidget() is panel
    names = panel.service_names()
    desk = window.context.local_services[0].name
    assert names[0] == desk
    gb = window.context.contacts["GB"]
    assert names[1:] == [s.name for s in gb.services + gb.home_services]
    text = panel.view.toPlainText()
    assert text.index(desk) < text.index(gb.services[0].name)
    assert all(number in text for number in gb.emergency)


def test_help_panel_opens_with_f1_in_kiosk_mode(qtbot: QtBot, window: MainWindow) -> None:
    prompt_box(window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.location == "help"
    check_help_panel(window)


def test_help_panel_opens_with_the_button_in_kiosk_mode(window: MainWindow) -> None:
    assert window.help_button.isVisible()
    window.help_button.click()
    assert window.location == "help"
    check_help_panel(window)


def test_web_links_show_the_address_and_qr_code_and_never_open(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    shown: list[WebAddressDialog] = []

    def record_dialog(dialog: WebAddressDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected.value

    def record_open(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record_open)
    monkeypatch.setattr(web_address, "ask_open_browser", lambda *args: opened.append(args))
    monkeypatch.setattr(WebAddressDialog, "exec", record_dialog)
    assert window.open_article("web-help")
    article_view(window).body_view.anchorClicked.emit(QUrl(WEB_URL))  # the reader clicks it
    window.handle_link("https://example.org/more")
    assert opened == []
    assert [d.address.text() for d in shown] == [WEB_URL, "https://example.org/more"]
    assert not shown[0].code.pixmap().isNull()
    assert window.location == "article:web-help"


# --- the self-test in kiosk mode ------------------------------------------------------------


def test_self_test_in_kiosk_mode_passes(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("lantern")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "reader"]
    result = subprocess.run(
        [*command, "--self-test", "--kiosk"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(REPO),  # the tree under test, not whichever one is installed
        },
    )
    assert result.returncode == 0, result.stderr
    summary = re.search(r"(\d+) of (\d+) checks passed", result.stdout)
    assert summary, result.stdout
    passed, total = int(summary[1]), int(summary[2])
    assert passed == total == len(self_test.CHECKS) + 2  # the tour, the idle notice, the reset
