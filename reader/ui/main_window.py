"""The main window: toolbar, screens, navigation, help and leaving quickly."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from reader.context import AppContext
from reader.history import History
from reader.links import LinkKind, classify
from reader.process_clock import clock_counting_sleep
from reader.ui import a11y, app_filters
from reader.ui.escape_twice import KeyWatchers
from reader.ui.first_paint import AfterFirstPaint
from reader.ui.home import HomeView, cards_for_height
from reader.ui.screen_stack import ScreenStack
from reader.ui.shortcuts import watch_browser_buttons
from reader.ui.theming import ThemeController
from reader.ui.toolbar import Toolbar, install_shortcuts

if TYPE_CHECKING:  # built when first used, so the first screen does not import them
    from reader.ui.article_view import ArticleView
    from reader.ui.search_view import SearchView


class MainWindow(QMainWindow):
    """Lantern's only window; every screen lives in one stack below a shared toolbar."""

    location_changed = Signal(str)
    leaving = Signal(str)  # about to show this location, the screen shown now still as it was
    left_quickly = Signal()

    def __init__(self, context: AppContext, clock: Callable[[], float] | None = None) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(context.clinic_name or self.tr("Lantern"))
        self.resize(_first_size(self))
        self.history = History()
        # The exercises' timers: a test's fake clock, or one that goes on while asleep.
        self.clock = clock or clock_counting_sleep
        self._keys = KeyWatchers(self, self.leave_quickly, clock, open_help=self.open_help)
        self.theming = ThemeController(self, context)
        self.stack = ScreenStack(self)
        self.setCentralWidget(self.stack)
        self.screens = self.stack.screens
        self.home = self.stack.add("home", self._make_home())
        self.toolbar = Toolbar(self)
        self.setMenuWidget(self.toolbar)
        self.back_button, self.forward_button = self.toolbar.back, self.toolbar.forward
        self.home_button, self.search_box = self.toolbar.home, self.toolbar.search_box
        self.settings_button, self.leave_button = self.toolbar.settings, self.toolbar.leave
        self.help_button = self.toolbar.help
        install_shortcuts(self)
        a11y.install(self)  # toolbar tab order; focus follows navigation
        self.theming.apply()
        self._show_location("home")
        if context.kiosk:
            self._enter_kiosk(clock)
        # Work the first screen does not need, started just after the window first paints.
        self._start_steps: deque[Callable[[], object]] = deque(
            [
                self._keys.install,  # Esc twice and Enter on buttons, from any widget
                lambda: watch_browser_buttons(self),  # the mouse's back and forward buttons
                lambda: a11y.watch_focus_look(self),  # no focus ring on a page after a click
                self.home.build_more,  # the cards just below the first screen, before the rest
                self.theming.finish_start,
                self.load_contacts,
                self._prepare,
            ]
        )
        self._first_paint = AfterFirstPaint(self, self._next_start_step)

    def finish_start(self) -> None:
        """Do now whatever start-up work is still waiting (normally done after the first paint)."""
        while self._start_steps:
            self._start_steps.popleft()()
        while not self.home.build_more():  # one step built 20 cards; the pack has grown past
            pass

    def _next_start_step(self) -> None:
        # One step per turn of the event loop, so a key or click never waits long: Esc twice,
        # the indicator style, the contacts, the reading view, then the rest of the home
        # page's cards and the search index a few at a time. Then nothing is left ticking.
        if self._start_steps:
            self._start_steps.popleft()()
        elif self.home.build_more() and self.context.index_step():
            return
        QTimer.singleShot(0, self, self._next_start_step)  # not after the window is gone

    def load_contacts(self) -> None:
        """Load the crisis contacts now if that is still waiting (problems go to stderr)."""
        from reader.startup import report_problems

        report_problems(self.context.ensure_contacts())  # nothing once they are loaded

    def _prepare(self) -> None:
        self.article_view  # noqa: B018 - built now, so the first article opens at once

    def _enter_kiosk(self, clock: Callable[[], float] | None) -> None:
        from reader.ui.kiosk_guard import KioskGuard

        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.leave_button.setText(self.tr("I'm finished"))
        self.leave_button.setAccessibleName(self.tr("I'm finished"))
        self.leave_button.setToolTip(self.tr("Clear everything for the next person (Esc twice)"))
        self.kiosk_guard = KioskGuard(self, clock) if clock else KioskGuard(self)

    # --- building -------------------------------------------------------------------------

    @property
    def article_view(self) -> ArticleView:
        """The reading view (built the first time it is needed)."""
        return self.stack.article_view

    @property
    def search_view(self) -> SearchView:
        """The search results screen (built the first time it is needed)."""
        return self.stack.search_view

    def _make_home(self) -> HomeView:
        return HomeView(
            self.context.library,
            self.open_article,
            self.open_screen,
            welcome=self.context.welcome,
            start_here=self.context.start_here,
            clinic_name=self.context.clinic_name,
            kiosk=self.context.kiosk,
            # A kiosk fills the screen; a window may be maximised: plan for the whole screen.
            eager_cards=cards_for_height(max(self.height(), self._screen_height())),
        )

    def _screen_height(self) -> int:
        screen = self.screen()
        return screen.availableGeometry().height() if screen is not None else 0

    # --- navigation -----------------------------------------------------------------------

    def open_article(self, article_id: str) -> bool:
        """Open an article by id and record it in the history."""
        if self.context.library.get(article_id) is None:
            return False
        self._navigate(f"article:{article_id}")
        return True

    def open_screen(self, name: str) -> bool:
        """Open a named screen (help, privacy, an exercise...)."""
        if name not in ("home", "search") and not self.stack.factory.can_make(name):
            return False
        if name == "help":
            self.load_contacts()  # should help be wanted before they were loaded
        self._navigate(name)
        return True

    def open_help(self) -> None:
        """Show the help panel: works on every screen, even with no articles."""
        self.open_screen("help")

    def go_home(self) -> None:
        """Show the home screen from its top, where the welcome and the tools are."""
        self._navigate("home")
        self.home.verticalScrollBar().setValue(0)
        a11y.focus_top_of(self.home)  # Alt+Home on a card far down: the focus goes up too

    def go_back(self) -> None:
        """Step back in this session's history, to where the reader was on that screen."""
        self._step(self.history.can_go_back, self.history.back)

    def go_forward(self) -> None:
        """Step forward in this session's history, to where the reader was on that screen."""
        self._step(self.history.can_go_forward, self.history.forward)

    def _step(self, can_move: Callable[[], bool], move: Callable[[], str]) -> None:
        if not can_move():
            return  # at an end of the history: the screen stays as it is, focus and all
        self._keep_place()
        location = move()
        if location == "search":  # before showing it: the box shows that entry's words too
            self.search_view.come_back(self.history)
        self._show_location(location)
        if location.startswith("article:"):
            self.article_view.come_back(self.history)

    def _keep_place(self) -> None:
        current = self.history.current
        if current.startswith("article:") and "article" in self.screens:
            self.article_view.keep_place(self.history)
        elif current == "search" and "search" in self.screens:
            self.search_view.keep_query(self.history)

    def _navigate(self, location: str) -> None:
        self.leaving.emit(location)
        self._keep_place()
        self.history.visit(location)
        self._show_location(location)

    def _show_location(self, location: str) -> None:
        # Building and showing a screen sends hundreds of polish and layout events, all at
        # once, and no input can arrive meanwhile: the Python key filters step aside.
        with app_filters.paused():
            widget = self.stack.screen_for(location)
            a11y.let_go_of(self.stack.currentWidget(), self, widget)
            self.stack.setCurrentWidget(widget)
        # Words searched for ("kill myself") stay in the box only on the search screen, not
        # over every page read after it; Back to the search brings them again.
        searching = location == "search" and "search" in self.screens
        self.toolbar.show_query(self.search_view.query if searching else "")
        self.back_button.setEnabled(self.history.can_go_back())
        self.forward_button.setEnabled(self.history.can_go_forward())
        self.location_changed.emit(location)

    @property
    def location(self) -> str:
        """Where the reader is now, e.g. 'home' or 'article:some-id'."""
        return self.history.current

    def handle_link(self, url: str) -> None:
        """Follow a link from an article: app screens and articles navigate; web links ask."""
        link = classify(url)
        if link.kind is LinkKind.ARTICLE:
            self.open_article(link.target)
        elif link.kind is LinkKind.SCREEN:
            self.open_screen(link.target)
        elif link.kind is LinkKind.ANCHOR and self.stack.currentWidget() is self.article_view:
            self.article_view.scroll_to(link.target)
        elif link.kind is LinkKind.WEB:
            self.stack.factory.web_link(link.target)

    # --- search ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def search(self, text: str) -> int:
        """Search as the person types and show the results screen."""
        count = self.search_view.set_query(text)
        if self.location != "search":
            self._navigate("search")
        return count

    def open_top_result(self) -> bool:
        """Enter in the search box opens the best result, and the focus goes there too."""
        self.search(self.search_box.text())
        opened = self.search_view.open_top()
        if opened:
            a11y.focus_current_screen(self, typing_done=True)
        return opened

    # --- leaving --------------------------------------------------------------------------

    def leave_quickly(self) -> None:
        """Close at once, no questions; in kiosk mode this ends the session instead."""
        self.left_quickly.emit()
        guard = getattr(self, "kiosk_guard", None)
        if guard is not None:
            guard.finish_session()
            return
        self.clear_clipboard()
        for widget in QApplication.topLevelWidgets():
            if widget is not self:
                widget.close()
        self.close()

    def contact_lines(self) -> list[str]:
        """The clinic's and the region's services as lines, for the safety plan."""
        return self.stack.factory.contact_lines()

    def clear_clipboard(self) -> None:
        """Empty the clipboard, the selection and the find buffer where Lantern put text."""
        self.stack.factory.clear_clipboard()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Closing is refused in kiosk mode; otherwise the window simply closes."""
        guard = getattr(self, "kiosk_guard", None)
        if guard is not None and not guard.may_close():
            event.ignore()
            return
        self._keys.remove()
        self.clear_clipboard()  # what was copied from Lantern does not outlive it
        if guard is not None:
            guard.detach()
        super().closeEvent(event)


def _first_size(window: QMainWindow) -> QSize:
    """1100 by 780, or less where the screen is smaller (or Qt knows of no screen at all).

    Without a window manager to fit it, an 800-pixel screen lost Get help now and Leave
    quickly off its right edge.
    """
    usual = QSize(1100, 780)
    screen = window.screen()
    return usual if screen is None else usual.boundedTo(screen.availableGeometry().size() * 0.95)
