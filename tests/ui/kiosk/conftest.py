"""Fixtures for the kiosk-mode window tests: a kiosk context, a fake clock, kiosk windows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.contact_model import RegionContacts, Service
from reader.context import AppContext
from reader.packs import load_library
from reader.pin import hash_pin
from reader.ui import app_filters
from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import IDLE, PIN, WARNING, WEB_URL, MakeWindow


@pytest.fixture(scope="module")
def pin_hash() -> str:
    """The admin PIN hash, computed once: scrypt is deliberately slow."""
    return hash_pin(PIN)


@pytest.fixture
def kiosk_context(
    write_article: Callable[..., Path],
    tmp_path: Path,
    regions: dict[str, RegionContacts],
    local_service: Service,
    pin_hash: str,
) -> AppContext:
    """Kiosk mode over a small pack (prompts, a web link), the clinic's contact and a PIN."""
    write_article(
        "calm-start", title="A calm start", body="Breathing slowly helps.", related=("web-help",)
    )
    write_article("web-help", title="Help on the web", body=f"See [Samaritans]({WEB_URL}).")
    library = load_library([tmp_path / "pack"])
    assert library.problems == []
    return AppContext(
        library=library,
        contacts=regions,
        region="GB",
        local_services=[local_service],
        kiosk=True,
        clinic_name="Riverside Clinic",
        theme="light",
        zoom=110,
        admin_pin_hash=pin_hash,
        idle_timeout=IDLE,
        warning_seconds=WARNING,
    )


@pytest.fixture
def clock() -> FakeClock:
    """The fake clock shared by the window, the idle policy and the PIN lockout."""
    return FakeClock(5000.0)


@pytest.fixture
def make_window(qtbot: QtBot, clock: FakeClock) -> Iterator[MakeWindow]:
    """Build and show kiosk windows; afterwards unlock, close them and drop their guards."""
    made: list[MainWindow] = []

    def make(context: AppContext) -> MainWindow:
        window = MainWindow(context, clock=clock)
        qtbot.addWidget(window)
        made.append(window)
        window.resize(1280, 800)
        with qtbot.waitExposed(window):
            window.show()
        window.activateWindow()
        # Application shortcuts (F1, the admin chord) only fire in the active window.
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    yield make
    for window in made:
        if shiboken6.isValid(window):
            guard = window.kiosk_guard
            guard.unlocked = True
            guard.timer.stop()
            app_filters.remove(guard)  # or it would guard later tests (a restyle put it back)
            window.close()


@pytest.fixture
def window(make_window: MakeWindow, kiosk_context: AppContext) -> MainWindow:
    """A shown kiosk window with the admin PIN set."""
    return make_window(kiosk_context)


@pytest.fixture
def guard(window: MainWindow) -> KioskGuard:
    """The window's kiosk guard."""
    return window.kiosk_guard
