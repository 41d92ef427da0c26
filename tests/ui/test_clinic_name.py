"""A clinic's name (clinic.name) shows in the home screen's welcome and above its own contacts."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel

from reader.contact_model import Service
from reader.context import AppContext
from reader.ui.main_window import MainWindow
from tests.ui.window_helpers import MakeWindow

NAME = "Riverside Clinic"


def _labels(window: MainWindow) -> list[str]:
    return [label.text() for label in window.home.findChildren(QLabel) if label.isVisible()]


def test_the_home_screen_welcomes_the_reader_to_lantern_at_the_clinic(
    make_window: MakeWindow, small_context: AppContext
) -> None:
    window = make_window(replace(small_context, clinic_name=NAME))
    assert _labels(window)[0] == f"Welcome to Lantern\nat {NAME}"


def test_without_a_clinic_name_home_shows_only_lantern(window: MainWindow) -> None:
    assert _labels(window)[0] == "Welcome to Lantern"


def test_the_help_panel_heads_the_clinics_contacts_with_its_name(
    make_window: MakeWindow, small_context: AppContext, local_service: Service
) -> None:
    context = replace(small_context, clinic_name=NAME, local_services=[local_service])
    window = make_window(context)
    window.open_help()
    html = window.screens["help"].panel_html()  # type: ignore[attr-defined]
    assert f"<h3>Here, at {NAME}</h3>" in html
    assert html.index(NAME) < html.index(local_service.name)


def test_without_a_name_the_clinics_contacts_are_here_at_this_service(
    make_window: MakeWindow, small_context: AppContext, local_service: Service
) -> None:
    window = make_window(replace(small_context, local_services=[local_service]))
    window.open_help()
    html = window.screens["help"].panel_html()  # type: ignore[attr-defined]
    assert "<h3>Here, at this service</h3>" in html
