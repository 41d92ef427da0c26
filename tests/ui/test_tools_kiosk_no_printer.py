"""A clinic that allows printing on a computer with no printer: the page says to write it down."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from reader.context import AppContext
from reader.ui import paper
from tests.ui.window_helpers import MakeWindow


@pytest.mark.parametrize("printer", [True, False])
def test_a_kiosk_offers_print_only_with_a_printer_to_print_to(
    make_window: MakeWindow,
    small_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    printer: bool,
) -> None:
    """With none, "print it ... collect it from the printer" was said over a plan that could
    not be printed; Print said so only once the plan was typed."""
    monkeypatch.setattr(paper, "has_printer", lambda: printer)
    window = make_window(replace(small_context, kiosk=True, allow_printing=True))
    try:
        window.open_screen("safety-plan")
        plan = window.screens["safety-plan"]
        words = " ".join(label.text() for label in plan.findChildren(QLabel))
        assert ("collect it from the printer" in words) is printer
        assert ("write it down" in words) is not printer
        for name in ("safety-plan", "reflections"):
            window.open_screen(name)
            actions = window.screens[name].findChild(QWidget, "documentActions")
            assert actions is not None
            assert actions.print_button.isVisibleTo(window) is printer  # type: ignore[attr-defined]
    finally:
        window.kiosk_guard.detach()
        window.kiosk_guard.unlocked = True
