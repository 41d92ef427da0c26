"""Web addresses: a calm question of Lantern's own before the browser opens; a QR code in kiosk."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.ui import web_address
from reader.ui.main_window import MainWindow
from reader.ui.web_address import BrowserQuestion, WebAddressDialog, ask_open_browser, qr_pixmap
from tests.ui.window_helpers import MakeWindow

URL = "https://www.samaritans.org/how-we-can-help/contact-samaritan/"
SCALE = 6


def is_light(image: QImage, x: int, y: int) -> bool:
    return image.pixelColor(x, y).lightness() > 200


def test_the_qr_code_has_a_quiet_zone_of_four_modules() -> None:
    """Two modules of margin, half what the QR standard asks: a phone may not find the code."""
    image = qr_pixmap(URL, scale=SCALE).toImage()
    quiet = 4 * SCALE
    for n in range(image.width()):
        for m in range(quiet):  # the bands along every edge are light all through
            assert is_light(image, n, m)
            assert is_light(image, m, n)
            assert is_light(image, n, image.height() - 1 - m)
            assert is_light(image, image.width() - 1 - m, n)
    assert not is_light(image, quiet, quiet)  # the finder pattern's dark corner starts here


Dialog = TypeVar("Dialog", bound=QDialog)


def shown(qtbot: QtBot, dialog: Dialog, *, keep: bool = True) -> Dialog:
    """The dialog on screen; kept for qtbot to close unless its caller deletes it."""
    if keep:
        qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_the_qr_code_sits_in_the_middle_under_the_text(qtbot: QtBot) -> None:
    dialog = shown(qtbot, WebAddressDialog(URL))
    code = next(w for w in dialog.findChildren(QLabel) if not w.pixmap().isNull())
    drawn = QStyle.alignedRect(
        code.layoutDirection(), code.alignment(), code.pixmap().size(), code.contentsRect()
    )
    middle = code.mapTo(dialog, drawn.center())
    assert abs(middle.x() - dialog.rect().center().x()) <= 1
    assert code.geometry().top() > dialog.address.geometry().bottom()


def test_the_qr_code_is_named_with_its_address(qtbot: QtBot) -> None:
    dialog = WebAddressDialog(URL)
    qtbot.addWidget(dialog)
    assert dialog.code.accessibleName() == f"QR code for {URL}"


def plain_buttons(dialog: QWidget) -> list[str]:
    """The dialog's button labels, each checked to carry no icon."""
    buttons = dialog.findChildren(QPushButton)
    assert [b.text() for b in buttons if not b.icon().isNull()] == []
    return [b.text() for b in buttons]


def test_the_web_address_dialog_closes_with_a_plain_close_button(qtbot: QtBot) -> None:
    """Its Close had the style's icon, a faint cross nearly invisible on the dark theme."""
    dialog = shown(qtbot, WebAddressDialog(URL))
    assert plain_buttons(dialog) == ["Close"]
    assert dialog.findChildren(QDialogButtonBox) == []  # whose buttons a style may give icons
    with qtbot.waitSignal(dialog.rejected):
        dialog.close_button.click()
    assert not dialog.isVisible()


def test_the_browser_question_is_calm_and_plain(qtbot: QtBot) -> None:
    """It was a message box with a "?" icon, icons on Yes and No, and cramped margins."""
    question = shown(qtbot, BrowserQuestion(URL))
    assert not isinstance(question, QMessageBox)
    assert question.windowTitle() == "Open your web browser?"
    assert plain_buttons(question) == ["Open in browser", "Stay in Lantern"]
    assert question.stay_button.isDefault()
    assert question.address.text() == URL
    texts = [w.text() for w in question.findChildren(QLabel) if w.isVisible()]
    assert "Open this page in your web browser?" in texts
    assert [w for w in question.findChildren(QLabel) if not w.pixmap().isNull()] == []  # no icon
    layout = question.layout()
    assert layout is not None
    margins = layout.contentsMargins()
    assert min(margins.left(), margins.top(), margins.right(), margins.bottom()) >= 20
    # Side by side at the bottom, staying on the right where the default button goes.
    open_box, stay_box = question.open_button.geometry(), question.stay_button.geometry()
    assert open_box.center().y() == stay_box.center().y()
    assert open_box.right() < stay_box.left()


def answered(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: str) -> list[BrowserQuestion]:
    """Make the question's exec() show it and answer with a key or a click, as a reader would."""
    asked: list[BrowserQuestion] = []

    def exec_(question: BrowserQuestion) -> int:
        asked.append(question)
        shown(qtbot, question, keep=False)  # ask_open_browser deletes it
        question.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is question)
        qtbot.waitUntil(question.stay_button.hasFocus)  # Enter or Space means stay
        if answer == "open":
            qtbot.mouseClick(question.open_button, Qt.MouseButton.LeftButton)
        else:
            key = {"escape": Qt.Key.Key_Escape, "return": Qt.Key.Key_Return}[answer]
            qtbot.keyClick(question.stay_button, key)
        return question.result()

    monkeypatch.setattr(BrowserQuestion, "exec", exec_)
    return asked


@pytest.mark.parametrize(
    ("answer", "opens"), [("escape", False), ("return", False), ("open", True)]
)
def test_only_open_in_browser_says_yes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: str, opens: bool
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = answered(qtbot, monkeypatch, answer)
    assert ask_open_browser(parent, URL) is opens
    [question] = asked
    assert question.address.text() == URL
    qtbot.waitUntil(lambda: parent.findChildren(BrowserQuestion) == [])  # it does not linger


@pytest.mark.parametrize(("answer", "opened"), [("escape", []), ("open", [QUrl(URL)])])
def test_a_web_link_at_home_opens_the_browser_only_when_asked_to(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    answer: str,
    opened: list[QUrl],
) -> None:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(urls.append))
    asked = answered(qtbot, monkeypatch, answer)
    window.handle_link(URL)
    assert len(asked) == 1
    assert urls == opened


def never(*_args: object) -> object:
    raise AssertionError("a kiosk never offers the browser")


def test_a_kiosk_shows_the_code_and_never_asks_about_the_browser(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_window: MakeWindow,
    small_context: AppContext,
) -> None:
    codes: list[WebAddressDialog] = []

    def record(dialog: WebAddressDialog) -> int:
        qtbot.addWidget(dialog)
        codes.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(web_address, "ask_open_browser", never)
    monkeypatch.setattr(BrowserQuestion, "exec", never)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(never))
    monkeypatch.setattr(WebAddressDialog, "exec", record)
    window = make_window(replace(small_context, kiosk=True))
    window.handle_link(URL)
    assert [dialog.address.text() for dialog in codes] == [URL]
