"""The Keyboard shortcuts screen says where the page keys work: on a page being read.

Listed as "Go to the top or the end of the page", Home and End read as working everywhere,
but a focused control keeps them: a text box its line, a slider its ends, and on Get help
now "Showing help for", where Home picks the first country in the list, whose numbers then
take the place of the reader's own.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.ui.info_pages import ShortcutsView

ON_A_PAGE = "On a page you are reading:"


def test_the_page_keys_are_listed_for_a_page_being_read(qtbot: QtBot) -> None:
    page = ShortcutsView()
    qtbot.addWidget(page)
    said = dict(page.rows)
    for keys in ("Space or Shift+Space", "Home or End"):
        assert said[keys].startswith(ON_A_PAGE), keys
