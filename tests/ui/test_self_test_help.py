"""The self-test's help check: it finds each region's services in the help panel."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from reader.contact_model import RegionContacts
from reader.context import AppContext
from reader.ui.main_window import MainWindow
from reader.ui.self_test import check_help


def test_a_service_with_a_hyphen_in_its_name_is_found(
    make_window: Callable[[AppContext], MainWindow],
    small_context: AppContext,
    regions: dict[str, RegionContacts],
) -> None:
    """The panel shows "Out-of-hours" with hyphens that never break, not the name's "-"."""
    gb = regions["GB"]
    named = dataclasses.replace(gb.services[0], name="Out-of-hours Crisis Line")
    small_context.contacts = {"GB": dataclasses.replace(gb, services=(named, *gb.services[1:]))}
    assert check_help(make_window(small_context)) is None
