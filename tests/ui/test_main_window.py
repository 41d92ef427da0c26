"""The window: help on every screen and F1, leaving quickly, history, zoom, links, shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import pytest
from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.context import AppContext
from reader.double_press import DOUBLE_PRESS_SECONDS
from reader.ui.main_window import MainWindow
from reader.ui.web_address import WebAddressDialog


class FakeClock(Protocol):
    """The conftest's hand-moved clock."""

    def advance(self, seconds: float) -> None: ...


MakeWindow = Callable[[AppContext], MainWindow]
Click = Callable[..., None]
Press = Callable[..., None]

ESC = Qt.Key.Key_Escape
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def go_to(window: MainWindow, screen: str) -> QWidget:
    """Open one of the screens the help button must appear on, and focus something on it."""
    if screen == "article":
        window.open_article("calm-start")
        focus: QWidget = window.article_view.prompt_boxes[0]
    elif screen == "search":
        window.search("calm")
        focus = window.search_box
    else:
        assert window.open_screen(screen) or screen == "home"
        focus = current_screen(window)
    focus.setFocus()
    return current_screen(window)


def current_screen(window: MainWindow) -> QWidget:
    """The screen the window shows now."""
    widget = window.stack.currentWidget()
    assert widget is not None
    return widget


def inside_window(window: MainWindow, widget: QWidget) -> bool:
    """Whether the whole widget lies inside the window (not cut off, not in an overflow menu)."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return widget.isVisible() and window.rect().contains(
        QRect(top_left, widget.size()), proper=False
    )


SCREENS = ["home", "article", "search", "help", "privacy", "shortcuts"]


# --- Get help now ------------------------------------------------------------------------


@pytest.mark.parametrize("screen", SCREENS)
def test_get_help_now_is_visible_on_every_screen(window: MainWindow, screen: str) -> None:
    if screen != "home":
        go_to(window, screen)
    button = window.help_button
    assert button.text() == "Get help now"
    assert button.isEnabled()
    # Inside the visible part of the window, not pushed into a toolbar overflow menu.
    assert inside_window(window, button)


@pytest.mark.parametrize("zoom", [100, 150, 200])
@pytest.mark.parametrize("width", [900, 1100, 1366])
def test_help_and_leave_never_fall_into_the_toolbar_overflow(
    window: MainWindow, qtbot: QtBot, zoom: int, width: int
) -> None:
    window.resize(width, 700)
    window.theming.set_zoom(zoom)
    qtbot.waitUntil(lambda: window.width() == width)
    qtbot.waitUntil(lambda: inside_window(window, window.help_button))
    assert inside_window(window, window.leave_button)


@pytest.mark.parametrize("screen", SCREENS)
def test_f1_opens_help_from_every_screen(
    window: MainWindow, qtbot: QtBot, press: Press, screen: str
) -> None:
    if screen == "help":
        window.go_home()
    go_to(window, screen)
    with qtbot.waitSignal(window.location_changed) as blocker:
        press(Qt.Key.Key_F1)
    assert blocker.args == ["help"]
    assert window.stack.currentWidget() is window.screens["help"]


def test_f1_works_when_sent_to_the_window_itself(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.location_changed):
        qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.location == "help"


def test_clicking_get_help_now_opens_help(window: MainWindow, click: Click) -> None:
    window.open_article("second-step")
    click(window.help_button)
    assert window.location == "help"
    assert window.screens["help"].isVisible()


def test_help_screen_is_built_once_and_reused(window: MainWindow) -> None:
    window.open_help()
    panel = window.screens["help"]
    window.go_home()
    window.open_help()
    assert window.screens["help"] is panel
    assert window.stack.currentWidget() is panel


# --- leaving quickly ---------------------------------------------------------------------


def test_esc_twice_closes_the_window(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    with qtbot.waitSignal(window.left_quickly):
        qtbot.keyClick(window, ESC)
        clock.advance(0.4)
        qtbot.keyClick(window, ESC)
    assert not window.isVisible()


def test_esc_twice_still_closes_after_a_restyle(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    window.theming.set_theme("dark")  # a restyle sets the application's filters aside a moment
    window.zoom_in()
    with qtbot.waitSignal(window.left_quickly):
        qtbot.keyClick(window, ESC)
        clock.advance(0.4)
        qtbot.keyClick(window, ESC)
    assert not window.isVisible()


def test_esc_once_does_not_close(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    qtbot.keyClick(window, ESC)
    clock.advance(0.4)
    qtbot.keyClick(window, Qt.Key.Key_A)
    assert window.isVisible()


def test_esc_twice_far_apart_does_not_close(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    qtbot.keyClick(window, ESC)
    clock.advance(DOUBLE_PRESS_SECONDS + 0.5)
    qtbot.keyClick(window, ESC)
    assert window.isVisible()
    # The late press starts a new pair: one more quick press completes it.
    clock.advance(0.3)
    with qtbot.waitSignal(window.left_quickly):
        qtbot.keyClick(window, ESC)
    assert not window.isVisible()


@pytest.mark.parametrize("screen", SCREENS)
def test_one_esc_on_a_focused_widget_is_counted_once(
    window: MainWindow, qtbot: QtBot, press: Press, clock: FakeClock, screen: str
) -> None:
    # A single press travels from the focus widget up through every parent that ignores it;
    # that must still count as one press, or one Esc would close the window.
    go_to(window, screen)
    press(ESC)
    assert window.isVisible()
    clock.advance(0.3)
    press(ESC)
    assert not window.isVisible()


def test_one_esc_delivered_like_a_real_key_press_is_counted_once(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    # Through the QWindow, exactly as the platform delivers a key press.
    window.search_box.setFocus()
    handle = window.windowHandle()
    qtbot.keyClick(handle, ESC)
    assert window.isVisible()
    clock.advance(0.3)
    qtbot.keyClick(handle, ESC)
    assert not window.isVisible()


def test_leave_quickly_button_closes_at_once(
    window: MainWindow, qtbot: QtBot, click: Click
) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    assert window.leave_button.text() == "Leave quickly"
    with qtbot.waitSignal(window.left_quickly):
        click(window.leave_button)
    assert not window.isVisible()
    assert not other.isVisible()  # every other Lantern window goes too


def test_leave_quickly_is_visible_on_every_screen(window: MainWindow) -> None:
    for screen in SCREENS:
        go_to(window, screen)
        assert window.leave_button.isVisible()
        assert window.search_box.isVisible()


# --- history -----------------------------------------------------------------------------


def test_back_and_forward_across_several_screens(window: MainWindow, click: Click) -> None:
    assert not window.back_button.isEnabled()
    assert not window.forward_button.isEnabled()
    window.open_article("calm-start")
    window.open_article("second-step")
    window.open_help()
    window.open_screen("privacy")
    assert window.back_button.isEnabled()
    assert not window.forward_button.isEnabled()

    click(window.back_button)
    assert window.location == "help"
    click(window.back_button)
    assert window.location == "article:second-step"
    assert window.article_view.article is not None
    assert window.article_view.article.id == "second-step"
    assert window.forward_button.isEnabled()

    click(window.forward_button)
    assert window.location == "help"
    assert window.stack.currentWidget() is window.screens["help"]

    for _ in range(3):
        window.go_back()
    assert window.location == "home"
    assert window.stack.currentWidget() is window.home
    assert not window.back_button.isEnabled()
    assert window.forward_button.isEnabled()
    window.go_back()  # nothing further back: stays home
    assert window.location == "home"


def test_visiting_somewhere_new_drops_the_forward_history(window: MainWindow) -> None:
    window.open_article("calm-start")
    window.open_article("second-step")
    window.go_back()
    assert window.forward_button.isEnabled()
    window.open_article("third-way")
    assert not window.forward_button.isEnabled()
    window.go_back()
    assert window.location == "article:calm-start"


def test_home_button_goes_home(window: MainWindow, click: Click) -> None:
    window.open_article("third-way")
    click(window.home_button)
    assert window.location == "home"
    assert window.stack.currentWidget() is window.home


def test_unknown_article_or_screen_does_not_navigate(window: MainWindow) -> None:
    assert window.open_article("no-such-article") is False
    assert window.open_screen("no-such-screen") is False
    assert window.location == "home"
    assert not window.back_button.isEnabled()


# --- zoom --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("direction", "limit", "sizes", "toolbar"),
    [
        ("in", 200, {"body": 24.0, "pageTitle": 48.0, "sectionTitle": 32.4, "cardTitle": 26.4}, 15),
        ("out", 80, {"body": 9.6, "pageTitle": 19.2, "sectionTitle": 13.0, "cardTitle": 10.6}, 9.6),
    ],
)
def test_zoom_stops_at_its_limit_with_every_kind_of_text_sized(
    window: MainWindow, direction: str, limit: int, sizes: dict[str, float], toolbar: float
) -> None:
    step = window.zoom_in if direction == "in" else window.zoom_out
    seen = []
    for _ in range(12):
        step()
        seen.append(window.theming.zoom)
    assert seen == sorted(seen, reverse=direction == "out")
    assert seen[-1] == limit
    assert _point_sizes(window.home) == sizes
    # The toolbar stops growing at 125% (15 pt), so its labels still fit the window.
    assert window.help_button.font().pointSizeF() == toolbar


def test_screens_made_after_a_zoom_get_the_new_size(window: MainWindow) -> None:
    window.theming.set_zoom(150)
    window.open_screen("safety-plan")
    plan = window.screens["safety-plan"]
    sizes = _point_sizes(plan)
    assert sizes["body"] == 18.0
    assert sizes["pageTitle"] == 36.0
    assert sizes["sectionTitle"] == 24.3


def test_a_reused_title_follows_a_zoom_made_while_it_was_off_screen(window: MainWindow) -> None:
    assert window.article_view.article is None  # made (as just after start), nothing open yet
    window.theming.set_zoom(200)
    window.open_article("calm-start")
    assert _point_sizes(window.article_view)["pageTitle"] == 48.0


def _point_sizes(page: QWidget) -> dict[str, float]:
    """The point size of the page's first visible label of each kind (body: a plain label)."""
    sizes: dict[str, float] = {}
    for found in page.findChildren(QLabel):
        kind = found.objectName() if found.objectName().endswith("Title") else "body"
        if found.objectName() in ("", "muted", "pageTitle", "sectionTitle", "cardTitle"):
            sizes.setdefault(kind, found.font().pointSizeF())
    return sizes


def test_reset_zoom_returns_to_the_configured_size(
    make_window: MakeWindow, small_library: Library
) -> None:
    window = make_window(AppContext(library=small_library, zoom=125))
    window.zoom_in()
    window.zoom_in()
    assert window.theming.zoom == 175
    window.reset_zoom()
    assert window.theming.zoom == 125


def test_set_zoom_clamps_out_of_range_values(window: MainWindow) -> None:
    window.theming.set_zoom(1000)
    assert window.theming.zoom == 200
    window.theming.set_zoom(5)
    assert window.theming.zoom == 80


def test_zoom_changes_the_article_text_size(window: MainWindow) -> None:
    window.open_article("calm-start")
    window.zoom_in()
    window.zoom_in()
    assert window.theming.zoom == 125
    assert window.article_view.body_view.document().defaultFont().pointSizeF() == 15.0
    window.reset_zoom()
    assert window.article_view.body_view.document().defaultFont().pointSizeF() == 12.0


# --- keyboard shortcuts ------------------------------------------------------------------


def test_navigation_and_zoom_shortcuts(window: MainWindow, qtbot: QtBot, press: Press) -> None:
    window.open_article("calm-start")
    window.open_article("second-step")
    window.home.setFocus()
    press(Qt.Key.Key_Left, ALT)
    assert window.location == "article:calm-start"
    press(Qt.Key.Key_Right, ALT)
    assert window.location == "article:second-step"
    press(Qt.Key.Key_Home, ALT)
    assert window.location == "home"
    press(Qt.Key.Key_Equal, CTRL)
    assert window.theming.zoom == 110
    press(Qt.Key.Key_Plus, CTRL)
    assert window.theming.zoom == 125
    press(Qt.Key.Key_Minus, CTRL)
    assert window.theming.zoom == 110
    press(Qt.Key.Key_0, CTRL)
    assert window.theming.zoom == 100


def test_ctrl_f_puts_the_cursor_in_search(window: MainWindow, qtbot: QtBot, press: Press) -> None:
    window.open_article("calm-start")
    window.search_box.setText("old words")
    window.article_view.prompt_boxes[0].setFocus()
    press(Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(window.search_box.hasFocus)
    assert window.search_box.selectedText() == "old words"


# --- links -------------------------------------------------------------------------------


def test_article_link_navigates(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.location_changed) as blocker:
        window.handle_link("lantern:article/third-way")
    assert blocker.args == ["article:third-way"]
    assert window.stack.currentWidget() is window.article_view


def test_help_link_opens_help(window: MainWindow, qtbot: QtBot) -> None:
    window.open_article("calm-start")
    with qtbot.waitSignal(window.location_changed) as blocker:
        window.handle_link("lantern:help")
    assert blocker.args == ["help"]


def never(*args: object) -> None:
    raise AssertionError(f"must not be called: {args}")


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/hostname",
        "javascript:alert(1)",
        "lantern:article/../../etc",
        "lantern:nowhere",
        "ftp://example.org/file",
        "data:text/html,<b>hi</b>",
    ],
)
def test_unsafe_or_unknown_links_do_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(never))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(never))
    window.open_article("calm-start")
    window.handle_link(url)
    assert window.location == "article:calm-start"
    assert window.stack.currentWidget() is window.article_view


def ask_and_answer(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> tuple[list[str], list[QUrl]]:
    """Replace the question box and the browser; record what was asked and opened."""
    asked: list[str] = []
    opened: list[QUrl] = []

    def question(
        parent: QWidget, title: str, text: str, *rest: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    return asked, opened


def test_web_link_asks_and_no_means_the_browser_stays_shut(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked, opened = ask_and_answer(monkeypatch, QMessageBox.StandardButton.No)
    window.handle_link("https://www.samaritans.org/")
    assert len(asked) == 1
    assert "https://www.samaritans.org/" in asked[0]
    assert opened == []
    assert window.location == "home"


def test_web_link_asks_and_yes_opens_that_address(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked, opened = ask_and_answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.handle_link("https://www.samaritans.org/how-we-can-help/")
    assert len(asked) == 1
    assert opened == [QUrl("https://www.samaritans.org/how-we-can-help/")]


def test_kiosk_web_link_shows_the_address_and_a_qr_code(
    make_window: MakeWindow,
    small_library: Library,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(never))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(never))
    shown: list[WebAddressDialog] = []

    def fake_exec(dialog: WebAddressDialog) -> int:
        qtbot.addWidget(dialog)
        shown.append(dialog)
        return 0

    monkeypatch.setattr(WebAddressDialog, "exec", fake_exec)
    window = make_window(AppContext(library=small_library, kiosk=True))
    window.handle_link("https://988lifeline.org/")
    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.parent() is window
    assert dialog.address.text() == "https://988lifeline.org/"
    pixmap = dialog.code.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() >= 100
    assert pixmap.width() == pixmap.height()
    assert window.location == "home"


def test_link_inside_an_article_body_is_handled_by_the_window(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.open_article("calm-start")
    with qtbot.waitSignal(window.location_changed) as blocker:
        window.article_view.body_view.anchorClicked.emit(QUrl("lantern:help"))
    assert blocker.args == ["help"]


def test_window_title_uses_the_clinic_name(make_window: MakeWindow, small_library: Library) -> None:
    plain = make_window(AppContext(library=small_library))
    clinic = make_window(AppContext(library=small_library, clinic_name="Riverside Clinic"))
    assert plain.windowTitle() == "Lantern"
    assert clinic.windowTitle() == "Riverside Clinic"
