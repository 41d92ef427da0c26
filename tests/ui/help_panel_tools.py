"""Helpers shared by the help panel tests: build a panel, read the text it shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from pytestqt.qtbot import QtBot

from reader.contact_model import RegionContacts, Service
from reader.ui.help_panel import HelpPanel


def make_panel(
    qtbot: QtBot,
    regions: dict[str, RegionContacts],
    region: str = "GB",
    local: Sequence[Service] = (),
    clock: Callable[[], dt.datetime] | None = None,
) -> HelpPanel:
    """A help panel for region (and clinic contacts, and a clock), owned by qtbot."""
    panel = (
        HelpPanel(regions, region, local, clock=clock)
        if clock
        else HelpPanel(regions, region, local)
    )
    qtbot.addWidget(panel)
    return panel


def shown(panel: HelpPanel) -> str:
    """The text the panel shows, as plain text."""
    return panel.view.toPlainText()
