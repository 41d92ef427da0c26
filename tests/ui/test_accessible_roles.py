"""What a screen reader is told a label is: links it can follow, titles it can jump between."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from reader.breakable import plain_hyphens
from reader.ui.a11y_roles import is_heading
from reader.ui.kiosk_dialogs import IdleNotice
from reader.ui.link_label import LinkLabel
from reader.ui.main_window import MainWindow
from reader.ui.widgets import label
from tests.ui.a11y_screens import (
    SCREENS,
    bundled_window_fixture,  # noqa: F401 - provides bundled_window
    open_screen,
)

PRESS = QAccessibleActionInterface.pressAction()
TITLES = ("pageTitle", "sectionTitle")


def role_of(widget: QWidget) -> QAccessible.Role:
    """The role Qt's accessibility interface gives a screen reader."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face.role()


def press(widget: QWidget) -> None:
    """Do what a screen reader's "activate" (or voice control's "click") does."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    actions = face.actionInterface()
    assert actions is not None
    assert PRESS in actions.actionNames()
    actions.doAction(PRESS)


def visible_links(root: QWidget) -> list[LinkLabel]:
    return [link for link in root.findChildren(LinkLabel) if link.isVisible()]


def test_contents_links_are_links_that_press_as_enter_does(
    bundled_window: MainWindow, qtbot: QtBot
) -> None:
    view = open_screen(bundled_window, qtbot, "article")
    links = visible_links(view)
    assert len(links) > 2
    for link in links:
        assert role_of(link) == QAccessible.Role.Link
        face = QAccessible.queryAccessibleInterface(link)
        assert face.text(QAccessible.Text.Name) == link.accessibleName() != ""
        assert face.text(QAccessible.Text.Description) == "Go to this part of the article"
    link = links[-1]
    bar = view.verticalScrollBar()
    with qtbot.waitSignal(link.linkActivated) as pressed:
        press(link)
    after_press = (bar.value(), QApplication.focusWidget())
    assert after_press[0] > 0  # it went to its part of the article
    bar.setValue(0)
    link.setFocus()
    with qtbot.waitSignal(link.linkActivated) as entered:
        qtbot.keyClick(link, Qt.Key.Key_Return)
    assert pressed.args == entered.args == [link.href]
    assert (bar.value(), QApplication.focusWidget()) == after_press


def test_reflections_jump_links_are_links_that_press_as_enter_does(
    bundled_window: MainWindow, qtbot: QtBot
) -> None:
    view = open_screen(bundled_window, qtbot, "reflections")
    links = visible_links(view)
    assert links == view.contents_links
    assert len(links) > 2
    assert all(role_of(link) == QAccessible.Role.Link for link in links)
    press(links[2])
    assert QApplication.focusWidget() is view.group_starts[2][1]
    links[1].setFocus()
    qtbot.keyClick(links[1], Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.group_starts[1][1]
    press(links[1])  # the same again: a screen reader's press is not a one-off
    assert QApplication.focusWidget() is view.group_starts[1][1]


@pytest.mark.parametrize("key", SCREENS)
def test_page_and_section_titles_are_headings(
    bundled_window: MainWindow, qtbot: QtBot, key: str
) -> None:
    """A screen reader's "next heading" key finds every title on every screen (WCAG 1.3.1)."""
    screen = open_screen(bundled_window, qtbot, key)
    titles = [
        widget
        for widget in screen.findChildren(QLabel)
        if widget.objectName() in TITLES and widget.isVisible()
    ]
    assert titles
    for title in titles:
        face = QAccessible.queryAccessibleInterface(title)
        if not is_heading(title):  # title-sized words: "Breathe in", the urge countdown
            assert face.role() == QAccessible.Role.StaticText
            continue
        assert face.role() == QAccessible.Role.Heading, title.text()
        # Shown with hyphens that do not break ("self-harm"); named with plain ones.
        assert face.text(QAccessible.Text.Name) == plain_hyphens(title.text())


def test_the_urge_countdown_is_not_a_heading(bundled_window: MainWindow, qtbot: QtBot) -> None:
    screen = open_screen(bundled_window, qtbot, "exercise/ride-the-wave")
    countdown = screen.time_label
    assert countdown.objectName() == "pageTitle"  # drawn as large as a title
    assert role_of(countdown) == QAccessible.Role.StaticText


def test_home_cards_are_buttons_that_press_as_enter_does(
    bundled_window: MainWindow, qtbot: QtBot
) -> None:
    """A card was a "panel": a screen reader did not say it could be pressed."""
    window = bundled_window
    card = window.home.cards["understanding-self-harm"]
    face = QAccessible.queryAccessibleInterface(card)
    assert face.role() == QAccessible.Role.Button
    assert face.text(QAccessible.Text.Name) == card.title
    press(card)
    assert window.location == "article:understanding-self-harm"


def test_the_kiosk_s_are_you_still_here_notice_is_a_dialog(qtbot: QtBot) -> None:
    """The notice takes the focus as it shows: a screen reader heard "Are you still here?
    border", Qt's role for a frame, not a dialog waiting for an answer."""
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    qtbot.addWidget(window)
    notice = IdleNotice(window)
    notice.show_seconds(30)
    face = QAccessible.queryAccessibleInterface(notice)
    assert face.role() == QAccessible.Role.Dialog
    assert face.text(QAccessible.Text.Name) == "Are you still here?"
    for button in notice.choices():  # its buttons are still inside it, and still buttons
        assert role_of(button) == QAccessible.Role.Button
        assert _inside(QAccessible.queryAccessibleInterface(button), face)


def _inside(face: QAccessibleInterface, outer: QAccessibleInterface) -> bool:
    """Whether a screen reader finds face under outer, going up from face."""
    parent = face.parent()
    while parent is not None and parent.isValid():
        if parent.object() is outer.object():
            return True
        parent = parent.parent()
    return False


def test_other_labels_keep_their_own_role_and_name(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    muted, card = label("Five minutes", "muted"), label("On this page", "cardTitle")
    for widget in (muted, card):
        widget.setParent(box)
        face = QAccessible.queryAccessibleInterface(widget)
        assert face.role() == QAccessible.Role.StaticText
        assert face.text(QAccessible.Text.Name) == widget.text()


def test_a_link_is_a_link_even_to_a_screen_reader_watching_it_being_made(qtbot: QtBot) -> None:
    """With a screen reader running, Qt asks about a label as soon as it has words: its role
    must be known by then, not only once the label is finished."""
    QAccessible.setActive(True)
    try:
        link = LinkLabel("First part", "#first-part", "Go to this part of the article")
    finally:
        QAccessible.setActive(False)
    qtbot.addWidget(link)
    assert role_of(link) == QAccessible.Role.Link


def test_a_title_is_a_heading_even_to_a_screen_reader_watching_it_being_made(
    qtbot: QtBot,
) -> None:
    QAccessible.setActive(True)
    try:
        title = label("Slow breathing", "pageTitle")
    finally:
        QAccessible.setActive(False)
    qtbot.addWidget(title)
    assert role_of(title) == QAccessible.Role.Heading


def test_asking_about_many_widgets_keeps_count_of_none(qtbot: QtBot) -> None:
    """Lantern answers Qt's question "what is this widget?" in Python, mostly with None; a
    binding that miscounts that None would abort the process after long enough (PySide6
    6.12.0 miscounted elsewhere: see test_binding_refcounts.py)."""
    box = QWidget()
    qtbot.addWidget(box)
    widgets = [QLabel(str(n), box) for n in range(300)] + [QWidget(box) for _ in range(300)]
    before = sys.getrefcount(None)
    for widget in widgets:
        assert QAccessible.queryAccessibleInterface(widget) is not None
    assert sys.getrefcount(None) >= before - 10
