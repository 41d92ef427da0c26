"""The window's screens, one shown at a time: home at once, every other one when first wanted."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QStackedWidget, QWidget

from reader.ui.coping_screens import register_coping_screens

if TYPE_CHECKING:  # built when first used, so the first screen does not import them
    from reader.ui.article_view import ArticleView
    from reader.ui.main_window import MainWindow
    from reader.ui.screens import ScreenFactory
    from reader.ui.search_view import SearchView

ScreenT = TypeVar("ScreenT", bound=QWidget)


class ScreenStack(QStackedWidget):
    """The window's central widget: its screens by name, each built the first time it is shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window
        self.screens: dict[str, QWidget] = {}
        self._factory: ScreenFactory | None = None
        self._article_view: ArticleView | None = None
        self._search_view: SearchView | None = None

    @property
    def factory(self) -> ScreenFactory:
        """What makes the screens by name (imported the first time a screen is wanted)."""
        if self._factory is None:
            from reader.ui.screens import ScreenFactory

            self._factory = ScreenFactory(self._window)
            register_coping_screens(self._window, self._factory.register)
        return self._factory

    @property
    def article_view(self) -> ArticleView:
        """The reading view (built the first time it is needed)."""
        if self._article_view is None:
            view = self.factory.article_view()
            self._article_view = self.add("article", view)
            self._window.theming.style_article_view(view)
        return self._article_view

    @property
    def search_view(self) -> SearchView:
        """The search results screen (built the first time it is needed)."""
        if self._search_view is None:
            self._search_view = self.add("search", self.factory.search_view())
        return self._search_view

    def add(self, name: str, widget: ScreenT) -> ScreenT:
        """Put a built screen in the stack under its name."""
        self.screens[name] = widget
        self.addWidget(widget)
        if name != "home":  # home is fitted with the rest as the window is first styled
            self._window.theming.fit_column(widget)
        return widget

    def screen_for(self, location: str) -> QWidget:
        """The screen that shows a location, built now if it is the first time it is wanted."""
        if location.startswith("article:"):
            self.article_view.show_article(location.removeprefix("article:"))
            return self.article_view
        if location == "search":  # made by its own maker, not by name: open_screen lets it through
            return self.search_view
        if location in self.screens:
            return self.screens[location]
        return self.add(location, self.factory.make(location))
