"""The window: Get help now on every screen and F1, zoom, and the window title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.context import AppContext
from reader.ui.card import Card
from reader.ui.main_window import MainWindow
from tests.ui.window_helpers import SCREENS, Click, MakeWindow, Press, go_to


def inside_window(window: MainWindow, widget: QWidget) -> bool:
    """Whether the whole widget lies inside the window (not cut off, not in an overflow menu)."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return widget.isVisible() and window.rect().contains(
        QRect(top_left, widget.size()), proper=False
    )


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


# --- zoom --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("direction", "limit", "sizes", "toolbar"),
    [
        (
            "in",
            200,
            # Titles keep their 100% lead over body text (12, 4.2 and 1.2 points), not the ratio.
            {"body": 24.0, "pageTitle": 36.0, "sectionTitle": 28.2, "cardTitle": 25.2},
            14.5,
        ),
        ("out", 80, {"body": 9.6, "pageTitle": 19.2, "sectionTitle": 13.0, "cardTitle": 10.6}, 9.6),
    ],
)
def test_zoom_stops_at_its_limit_with_every_kind_of_text_sized(
    window: MainWindow, direction: str, limit: int, sizes: dict[str, float], toolbar: float
) -> None:
    step = window.theming.zoom_in if direction == "in" else window.theming.zoom_out
    seen = []
    for _ in range(12):
        step()
        seen.append(window.theming.zoom)
    assert seen == sorted(seen, reverse=direction == "out")
    assert seen[-1] == limit
    assert _point_sizes(window.home) == sizes
    # The toolbar stops growing at about 120% (14.5 pt), so its labels still fit the window.
    assert window.help_button.font().pointSizeF() == toolbar


def test_screens_made_after_a_zoom_get_the_new_size(window: MainWindow) -> None:
    window.theming.set_zoom(150)
    window.open_screen("safety-plan")
    plan = window.screens["safety-plan"]
    sizes = _point_sizes(plan)
    assert sizes["body"] == 18.0
    assert sizes["pageTitle"] == 30.0
    assert sizes["sectionTitle"] == 22.2


def test_a_reused_title_follows_a_zoom_made_while_it_was_off_screen(window: MainWindow) -> None:
    assert window.article_view.article is None  # made (as just after start), nothing open yet
    window.theming.set_zoom(200)
    window.open_article("calm-start")
    assert _point_sizes(window.article_view)["pageTitle"] == 36.0


def _point_sizes(page: QWidget) -> dict[str, float]:
    """The point size of the page's first visible label of each kind (body: a plain label).

    A home card draws its own title: its title font counts as a cardTitle.
    """
    sizes: dict[str, float] = {}
    for found in page.findChildren(QLabel):
        kind = found.objectName() if found.objectName().endswith("Title") else "body"
        if found.objectName() in ("", "muted", "pageTitle", "sectionTitle", "cardTitle"):
            sizes.setdefault(kind, found.font().pointSizeF())
    for card in page.findChildren(Card):
        sizes.setdefault("cardTitle", card.title_font().pointSizeF())
    return sizes


def test_reset_zoom_returns_to_the_configured_size(
    make_window: MakeWindow, small_library: Library
) -> None:
    window = make_window(AppContext(library=small_library, zoom=125))
    window.theming.zoom_in()
    window.theming.zoom_in()
    assert window.theming.zoom == 175
    window.theming.reset_zoom()
    assert window.theming.zoom == 125


def test_set_zoom_clamps_out_of_range_values(window: MainWindow) -> None:
    window.theming.set_zoom(1000)
    assert window.theming.zoom == 200
    window.theming.set_zoom(5)
    assert window.theming.zoom == 80


def test_zoom_changes_the_article_text_size(window: MainWindow) -> None:
    window.open_article("calm-start")
    window.theming.zoom_in()
    window.theming.zoom_in()
    assert window.theming.zoom == 125
    assert window.article_view.body_view.document().defaultFont().pointSizeF() == 15.0
    window.theming.reset_zoom()
    assert window.article_view.body_view.document().defaultFont().pointSizeF() == 12.0


def test_window_title_uses_the_clinic_name(make_window: MakeWindow, small_library: Library) -> None:
    plain = make_window(AppContext(library=small_library))
    clinic = make_window(AppContext(library=small_library, clinic_name="Riverside Clinic"))
    assert plain.windowTitle() == "Lantern"
    assert clinic.windowTitle() == "Riverside Clinic"


def test_the_window_title_never_names_what_is_being_read(window: MainWindow) -> None:
    """The title shows in the taskbar and Alt+Tab, where anyone nearby can read it; a page's
    title there ("Suicidal thoughts") would tell them what this reader is reading."""
    for screen in SCREENS:
        if screen != "home":
            go_to(window, screen)
        assert window.windowTitle() == "Lantern", screen


def test_the_window_opens_no_larger_than_the_screen(
    small_context: AppContext, qtbot: QtBot
) -> None:
    # 1100 by 780 went off an 800-pixel screen (and off a 1366 by 768 laptop's, under its
    # taskbar): with no window manager to fit it, Get help now was out of sight.
    window = MainWindow(small_context)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.width() < 1100  # the offscreen screen is smaller than the usual size
    with qtbot.waitExposed(window):
        window.show()
    assert available.contains(window.frameGeometry())
    help_corner = window.help_button.mapToGlobal(window.help_button.rect().bottomRight())
    assert available.contains(help_corner)
