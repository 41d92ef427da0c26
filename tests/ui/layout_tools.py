"""Layout as it will be drawn (every posted request delivered), and what does not fit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.ui import in_view
from reader.ui.card import Card
from reader.ui.home import HomeView


def settle_layout() -> None:
    """Deliver posted layout requests until a round delivers none, so geometry is final.

    The app's own settle_layout, with a layout that never settles failing the test.
    """
    assert in_view.settle_layout(), f"the layout still changed after {in_view.MOST_ROUNDS} rounds"


def home_with(
    qtbot: QtBot, library: Library, start_here: Sequence[str] = (), width: int = 900
) -> HomeView:
    """A shown home view over this library, every card built and laid out."""
    home = HomeView(library, lambda _id: None, lambda _screen: None, start_here=start_here)
    qtbot.addWidget(home)
    home.resize(width, 700)
    home.show()
    qtbot.waitExposed(home)
    while not home.build_more():
        pass
    settle_layout()
    return home


def whole(button: QWidget) -> bool:
    """A button at least as wide as its label needs (no "Ge…ow")."""
    return button.width() >= button.sizeHint().width()


def cut_short(page: QWidget) -> list[str]:
    """Visible wrapped labels and cards given less height than their text needs at their width."""
    labels = [
        found.text()[:40]
        for found in page.findChildren(QLabel)
        if found.isVisible()
        and found.wordWrap()
        and found.height() < found.heightForWidth(found.width())
    ]
    cards = [
        found.title[:40]
        for found in page.findChildren(Card)
        if found.isVisible() and found.height() < found.heightForWidth(found.width())
    ]
    return labels + cards


def squeezed(screen: QWidget) -> list[str]:
    """Visible buttons, check boxes and radio buttons narrower than their labels need."""
    return [
        found.text()[:40]
        for found in screen.findChildren(QAbstractButton)
        if found.isVisible() and not whole(found)
    ]
