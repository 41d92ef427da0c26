"""Builds screens on first use, so start-up only pays for the home screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QClipboard, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget

from reader.contact_model import services_for_display
from reader.ui.contact_text import emergency_line, service_line

if TYPE_CHECKING:
    from reader.context import AppContext
    from reader.ui.article_view import ArticleView
    from reader.ui.main_window import MainWindow
    from reader.ui.search_view import SearchView

# Platforms with no system clipboard keep it inside this process: ownsClipboard() says False,
# yet everything in it was copied from Lantern.
IN_PROCESS_CLIPBOARD = frozenset(
    {"offscreen", "minimal", "eglfs", "linuxfb", "vnc", "vkkhrdisplay"}
)


class ScreenFactory:
    """Makes the window's screens by name, and handles the actions that leave the app."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._makers: dict[str, Callable[[], QWidget]] = {
            "help": self._help,
            "privacy": self._privacy,
            "shortcuts": self._shortcuts,
        }

    def register(self, name: str, maker: Callable[[], QWidget]) -> None:
        """Add a screen that can be opened by name (used by the coping tools)."""
        self._makers[name] = maker

    def can_make(self, name: str) -> bool:
        """Whether a screen with this name exists."""
        return name in self._makers

    def make(self, name: str) -> QWidget:
        """Build the named screen (never opening a dialog: the key filters are set aside)."""
        return self._makers[name]()

    def _help(self) -> QWidget:
        from reader.ui.help_panel import HelpPanel

        context = self._window.context
        panel = HelpPanel(
            context.contacts,
            context.region,
            context.local_services,
            css=self._window.theming.article_css,
            clinic_name=context.clinic_name,
            on_web_link=self.web_link,
        )
        panel.region_changed.connect(self._refill_plan)
        return panel

    def _refill_plan(self) -> None:
        # A plan whose contacts step is still as filled in takes the newly chosen region's.
        plan = self._window.screens.get("safety-plan")
        if plan is not None:
            from reader.ui.exercises.safety_plan_view import SafetyPlanView

            if isinstance(plan, SafetyPlanView):
                plan.refill_contacts()

    def chosen_region(self) -> str:
        """The region Get help now shows: chosen there this session, else the start-up one."""
        panel = self._window.screens.get("help")
        return str(getattr(panel, "region", self._window.context.region))

    def _privacy(self) -> QWidget:
        from reader.ui.privacy_page import PrivacyView

        return PrivacyView(kiosk=self._window.context.kiosk)

    def _shortcuts(self) -> QWidget:
        from reader.ui.info_pages import ShortcutsView

        return ShortcutsView(kiosk=self._window.context.kiosk)

    def article_view(self) -> ArticleView:
        """The reading view; its crisis articles give the chosen region's emergency number."""
        from reader.ui.article_view import ArticleView

        window = self._window
        return ArticleView(
            window.context.library,
            window.handle_link,
            window.theming.article_css,
            kiosk=window.context.kiosk,
            emergency=self.emergency_number,
        )

    def search_view(self) -> SearchView:
        """The search results screen, offering help first where a search asks for it."""
        from reader.crisis_words import crisis_articles
        from reader.pack_crisis import crisis_check
        from reader.ui.search_view import SearchView

        window = self._window
        library = window.context.library
        return SearchView(
            window.context.search_index,
            window.handle_link,
            window.theming.article_css,
            helplines=self.helpline_words,
            crisis_first=crisis_articles(library),
            sounds_like_crisis=crisis_check(library.crisis_words),
        )

    def _loaded(self) -> AppContext:
        """The window's context, with the crisis contacts loaded if they were not yet."""
        self._window.load_contacts()
        return self._window.context

    def helpline_words(self) -> list[str]:
        """The names and numbers of every crisis line Lantern knows, for search."""
        from reader.crisis_words import helpline_words

        context = self._loaded()
        return helpline_words(context.contacts.values(), context.local_services)

    def emergency_number(self) -> str:
        """The chosen region's emergency number, as a line for the crisis articles ('' if none)."""
        region = self._loaded().contacts.get(self.chosen_region())
        if region is None or not region.emergency:
            return ""  # the articles already say "your local emergency number"
        line = QCoreApplication.translate("ArticleView", "In an emergency, call %1 (%2).")
        either = QCoreApplication.translate("ArticleView", " or ")  # "999 or 112"
        return line.replace("%1", either.join(region.emergency)).replace("%2", region.country)

    def contact_lines(self) -> list[str]:
        """The emergency number, then the clinic's and the region's services, for the plan."""
        context = self._loaded()
        region = context.contacts.get(self.chosen_region())
        if region is None:
            return [
                QCoreApplication.translate(
                    "MainWindow", "In an emergency, call your local emergency number."
                )
            ]
        # First, as in the help panel: a printed plan is read where the screen is not.
        services = services_for_display(region, context.local_services)
        return [emergency_line(region)] + [service_line(s) for s in services]

    def web_link(self, url: str) -> None:
        """Outside kiosk mode ask once before the browser opens; in kiosk mode show a QR code."""
        from reader.ui import web_address

        if self._window.context.kiosk:
            dialog = web_address.WebAddressDialog(url, self._window)
            try:
                dialog.exec()
            finally:
                # Closed is not gone: kept, the dialog and the last reader's address in it
                # would outlive the reset, and one more would pile up with every link.
                dialog.deleteLater()
            return
        if web_address.ask_open_browser(self._window, url):
            QDesktopServices.openUrl(QUrl(url))

    def clear_clipboard(self) -> None:
        """Empty the clipboard, the selection and the find buffer where Lantern put text."""
        clipboard = QGuiApplication.clipboard()
        in_process = QGuiApplication.platformName() in IN_PROCESS_CLIPBOARD
        # On X11, selecting text alone puts it in the primary selection, which a middle click
        # pastes: the next person at a kiosk could paste what the last one typed. macOS has
        # a find buffer that Cmd+E fills.
        for mode, supported, owned in (
            (QClipboard.Mode.Clipboard, True, clipboard.ownsClipboard),
            (QClipboard.Mode.Selection, clipboard.supportsSelection(), clipboard.ownsSelection),
            (QClipboard.Mode.FindBuffer, clipboard.supportsFindBuffer(), clipboard.ownsFindBuffer),
        ):
            if supported and (in_process or owned()):
                clipboard.clear(mode)
