"""Ways on from a search that found nothing: a page with one sentence was a dead end."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from reader.ui.a11y import chain_tab_order
from reader.ui.text_size import give_role
from reader.ui.widgets import label


def ways_on_box(follow_link: Callable[[str], object]) -> QWidget:
    """Browse all articles and Get help now, then the coping tools, as home has them.

    Its words are translated as the search screen's ("SearchView"), where they always were.
    """
    # Imported here: most searches find something, and these cost time to load.
    from reader.ui.flow import ButtonGrid, FlowRow
    from reader.ui.home import tool_buttons
    from reader.ui.wrapping_button import WrappingButton

    box = QWidget()
    box.setObjectName("waysOn")
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(12)
    browse = WrappingButton(QCoreApplication.translate("SearchView", "Browse all articles"))
    browse.setObjectName("browseButton")
    browse.clicked.connect(lambda: follow_link("lantern:home"))
    get_help = WrappingButton(QCoreApplication.translate("SearchView", "Get help now"))
    give_role(get_help, "helpButton")
    get_help.clicked.connect(lambda: follow_link("lantern:help"))
    for button in (browse, get_help):
        button.setAccessibleName(button.text())
        button.setAutoDefault(False)
    column.addWidget(FlowRow([browse, get_help], margin=0))
    column.addWidget(
        label(QCoreApplication.translate("SearchView", "Try something now"), "sectionTitle")
    )
    tools = tool_buttons(lambda screen: follow_link(f"lantern:{screen}"))
    column.addWidget(ButtonGrid(tools, columns=3))
    chain_tab_order([browse, get_help, *tools])
    return box
