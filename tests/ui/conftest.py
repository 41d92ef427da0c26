"""Fixtures for the window's UI tests: small and bundled contexts, a fake clock, a window maker."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader import paths
from reader.articles import Library
from reader.contact_model import RegionContacts, Service
from reader.contacts import load_all, service_from_dict
from reader.context import AppContext
from reader.packs import load_library
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock, Recorder

# A long body so the reading view has to scroll to reach its later headings.
LONG_BODY = "\n\n".join(
    f"Paragraph {n} is a calm sentence about feelings, written so the page is tall enough."
    for n in range(40)
)

LOCAL_SERVICE = {
    "name": "Riverside Clinic front desk",
    "description": "Ask at the front desk and a nurse will talk with you in private.",
    "audience": "People waiting at Riverside Clinic",
    "languages": ["English"],
    "source": "Riverside Clinic",
    "hours": {"always_open": True},
    "contact": [{"type": "phone", "value": "0100 000 000"}],
}


# The offscreen platform warns whenever a shown window's minimum size changes; that is the
# test platform talking, not Lantern. Test modules here ignore exactly this message.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"
HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignore the offscreen platform's size-hint warning for the UI tests in this folder."""
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _application_font_restored(qapp: QApplication) -> Iterator[None]:
    """The text size and the theme's palette are the application's: a test at 200%, or in
    the dark theme, left them for the tests after it (a card drawn alone was dark all over)."""
    font, palette = QApplication.font(), QApplication.palette()
    yield
    if QApplication.font() != font:
        QApplication.setFont(font)
    if QApplication.palette() != palette:
        QApplication.setPalette(palette)


@pytest.fixture
def clipboard_emptied(qapp: QApplication) -> Iterator[None]:
    """What a test copied is not left for the tests after it."""
    yield
    QApplication.clipboard().clear()


@pytest.fixture(scope="session")
def regions() -> dict[str, RegionContacts]:
    """The real bundled crisis contacts (they must load without problems)."""
    loaded, problems = load_all(paths.contacts_dir())
    assert problems == []
    return loaded


@pytest.fixture
def local_service() -> Service:
    """One clinic-local service, validated exactly as a clinic config entry would be."""
    return service_from_dict(LOCAL_SERVICE, "test config")


@pytest.fixture
def pack_dir(write_article: Callable[..., Path], tmp_path: Path) -> Path:
    """A temporary pack of three related articles; 'calm-start' is long and has prompts."""
    write_article(
        "calm-start",
        title="A calm start",
        body=LONG_BODY,
        related=("second-step", "third-way"),
    )
    write_article("second-step", title="The second step", body="Breathing slowly helps.")
    write_article("third-way", title="A third way", body="Talking to someone you trust.")
    return tmp_path / "pack"


@pytest.fixture
def small_library(pack_dir: Path) -> Library:
    """The temporary pack loaded the way the app loads packs."""
    library = load_library([pack_dir])
    assert library.problems == []
    assert len(library.articles) == 3
    return library


@pytest.fixture
def small_context(small_library: Library, regions: dict[str, RegionContacts]) -> AppContext:
    """A small context: the temporary pack and the real contacts, region GB."""
    return AppContext(library=small_library, contacts=regions, region="GB")


@pytest.fixture
def bundled_context(regions: dict[str, RegionContacts]) -> AppContext:
    """The bundled English library with the real contacts."""
    library = load_library([paths.content_dir()])
    assert library.problems == []
    return AppContext(
        library=library,
        contacts=regions,
        region="GB",
        start_here=("understanding-self-harm", "in-crisis-right-now"),
    )


@pytest.fixture
def make_window(qtbot: QtBot, clock: FakeClock) -> Callable[[AppContext], MainWindow]:
    """Build, register and show a MainWindow for a context (with the fake clock)."""

    def make(context: AppContext) -> MainWindow:
        window = MainWindow(context, clock=clock)
        # The size these tests were written for: on its own the window fits the screen, and
        # the offscreen screen is 800 pixels square (test_main_window checks that it fits).
        window.resize(1100, 780)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):  # a context manager: it waits on leaving the block
            window.show()
        # Window shortcuts (F1, Alt+Left...) only fire in the active window, as on a desktop.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def window_over_pack(
    make_window: Callable[[AppContext], MainWindow],
    tmp_path: Path,
    regions: dict[str, RegionContacts],
) -> Callable[..., MainWindow]:
    """Show a window over the articles a test wrote into tmp_path/pack (some hidden, if asked)."""

    def make(hidden: tuple[str, ...] = ()) -> MainWindow:
        library = load_library([tmp_path / "pack"])
        assert library.problems == []
        library.hide(hidden)
        return make_window(AppContext(library=library, contacts=regions, region="GB"))

    return make


@pytest.fixture
def started_window(
    make_window: Callable[[AppContext], MainWindow], bundled_context: AppContext
) -> MainWindow:
    """A shown window over the bundled articles, its start-up work done."""
    window = make_window(bundled_context)
    window.finish_start()
    return window


@pytest.fixture
def window(
    make_window: Callable[[AppContext], MainWindow], small_context: AppContext
) -> MainWindow:
    """A shown window over the small temporary pack."""
    return make_window(small_context)


@pytest.fixture
def click(qtbot: QtBot) -> Callable[..., None]:
    """Click a widget the way a person does: through its window, at the widget's centre."""

    def do_click(widget: QWidget, button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
        qtbot.waitUntil(lambda: widget.isVisible() and widget.height() > 0)
        top = widget.window()
        handle = top.windowHandle()
        assert handle is not None
        qtbot.mouseClick(handle, button, pos=widget.mapTo(top, widget.rect().center()))

    return do_click


@pytest.fixture
def press(qtbot: QtBot) -> Callable[..., None]:
    """Press a key on whichever widget has the keyboard focus (or the active window)."""

    def do_press(
        key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        target = QApplication.focusWidget() or QApplication.activeWindow()
        assert target is not None
        qtbot.keyClick(target, key, modifier)

    return do_press


@pytest.fixture
def printed() -> Recorder:
    """Records what a screen hands to its print callback."""
    return Recorder()


@pytest.fixture
def exported() -> Recorder:
    """Records what a screen hands to its Save a copy callback."""
    return Recorder()
