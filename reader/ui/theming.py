"""Theme, text size and easier-reading state for one window (session only, never saved)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from reader.context import AppContext
from reader.themes import DARK, HIGH_CONTRAST, LIGHT, THEMES, Theme
from reader.ui import app_filters
from reader.ui.in_view import settle_layout
from reader.ui.style import apply_palette, article_css, window_style
from reader.ui.text_size import apply_text_size, point_size
from reader.ui.widgets import READING_WIDTH, Page

EASIER_READING_WIDTH = 600
ZOOM_STEPS = (80, 90, 100, 110, 125, 150, 175, 200)
WHEEL_NOTCH = 120  # a wheel's notch, in eighths of a degree (a touchpad sends parts of one)


class ThemeController(QObject):
    """Applies the chosen theme and text size to the whole application.

    hints: where the desktop's colour scheme and contrast preference come from, with their
    change signals; QGuiApplication.styleHints() unless given (a test gives a stand-in).
    """

    changed = Signal()

    def __init__(self, window: QWidget, context: AppContext, hints: Any = None) -> None:
        super().__init__(window)
        self._window = window
        self.choice = context.theme if context.theme in (*THEMES, "system") else "system"
        self._context = context
        self.zoom = context.zoom
        self.easier_reading = context.easier_reading
        self.reduce_motion = False
        self._started = False
        self._wheel_turned = 0  # Ctrl+wheel turned, and not yet a whole notch of text size
        # Without this, a widget styled by the style sheet keeps the font it had when it was
        # polished, so the text size (the application font, see text_size.py) would not reach
        # it. The style sheet sets no font sizes, so nothing else propagates differently.
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles)
        # What the window was last drawn with: the style sheet is re-applied only when the
        # theme changes, because that re-polishes every widget.
        self._drawn_theme: Theme | None = None
        self._drawn_zoom: int | None = None
        # Kept: the accessibility hints' Python wrapper is only valid while this one lives.
        self._hints = hints if hints is not None else QGuiApplication.styleHints()
        self._hints.colorSchemeChanged.connect(self._on_system_scheme)
        accessibility = self._accessibility_hints()
        if accessibility is not None:
            accessibility.contrastPreferenceChanged.connect(self._on_system_scheme)

    @property
    def theme(self) -> Theme:
        """The theme in effect now ("system" follows the desktop's contrast and colour scheme)."""
        if self.choice in THEMES:
            return THEMES[self.choice]
        if self._system_wants_high_contrast():
            return HIGH_CONTRAST
        scheme = self._hints.colorScheme()
        return DARK if scheme == Qt.ColorScheme.Dark else LIGHT

    def article_css(self) -> str:
        """CSS for article text in the current theme."""
        return article_css(self.theme, self.easier_reading)

    def _screens(self, object_name: str) -> list[Any]:
        # Found by name, not type, so this module need not import every screen up front.
        return list(self._window.findChildren(QWidget, object_name))

    def apply(self) -> None:
        """Push theme and size to the application, then tell screens to refresh."""
        # Restyling and laying out send thousands of events, and no input can arrive meanwhile
        # (nothing here runs an event loop): the Python input filters step aside for all of it.
        with app_filters.paused():
            self._apply()
        self.changed.emit()

    def _apply(self) -> None:
        # Where the reader is in an article, before the text above it changes height.
        pages = self._screens("articleView")
        places = [page.reading_place() for page in pages]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            if self._started:
                self.finish_start()
            self._draw(app)
        for page, place in zip(pages, places, strict=True):
            self.style_article_view(page)
            page.refresh_style()
            page.return_to(place)
        for other in self._window.findChildren(Page):
            if other.objectName() != "articleView":
                self.fit_column(other)
        # Help and search are HTML styled with the article CSS too; without this they kept the
        # old theme (search result links stayed light-theme teal on the dark background).
        for panel in self._screens("helpPanel"):
            panel.set_region(panel.region)
        for results in self._screens("searchView"):
            results.set_query(results.query)
        self._keep_focus_on_screen()

    def _keep_focus_on_screen(self) -> None:
        """The control in use stays on screen: larger text pushed it below the window.

        A reading view keeps its place and its focus itself (return_to, above).
        """
        stack = getattr(self._window, "stack", None)
        page = stack.currentWidget() if stack is not None else None
        focused = QApplication.focusWidget()
        if not isinstance(page, QScrollArea) or page.objectName() == "articleView":
            return
        if focused is None or not page.isAncestorOf(focused):
            return  # nothing to keep (at start-up, say: no early layout before the first paint)
        from reader.ui.article_place import keep_focus_in_view

        settle_layout()
        keep_focus_in_view(page)

    def _draw(self, app: QApplication) -> None:
        theme = self.theme
        if theme != self._drawn_theme:
            apply_palette(app, theme)
            self._window.setStyleSheet(window_style(theme))
            self._drawn_theme = theme
        if self.zoom != self._drawn_zoom:
            apply_text_size(self.zoom / 100)
            self._drawn_zoom = self.zoom

    def finish_start(self) -> None:
        """Install the indicator style, once the window has first painted.

        The first screen has no check box or radio button, and a Python style makes Qt set up
        every class it might be handed, which costs more than the rest of the first paint.
        """
        self._started = True
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from reader.ui.indicator_style import install_indicator_style

            install_indicator_style(app)

    def style_article_view(self, page: Any) -> None:
        """Give a reading view the current line length and text size."""
        self.fit_column(page)
        page.set_point_size(point_size(self.zoom / 100))

    def fit_column(self, page: QWidget) -> None:
        """Give a screen's column the width of about 70 characters at the current text size.

        A fixed width held half as many words a line at 200%, with wide empty margins beside
        them on a kiosk's screen. Easier reading's shorter lines are for articles.
        """
        if not isinstance(page, Page):
            return
        easier = self.easier_reading and page.objectName() == "articleView"
        base = EASIER_READING_WIDTH if easier else READING_WIDTH
        page.set_reading_width(round(base * self.zoom / 100))

    def set_theme(self, name: str) -> None:
        """Switch theme: light, dark, high-contrast or system."""
        self.choice = name if name in (*THEMES, "system") else "system"
        self.apply()

    def set_zoom(self, percent: int) -> None:
        """Set the text size, 80% to 200%."""
        self.zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], percent))
        self.apply()

    def zoom_in(self) -> None:
        """Make text larger, one step, up to 200%."""
        bigger = [z for z in ZOOM_STEPS if z > self.zoom]
        self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])

    def zoom_out(self) -> None:
        """Make text smaller, one step, down to 80%."""
        smaller = [z for z in ZOOM_STEPS if z < self.zoom]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def turn_wheel(self, eighths: int) -> None:
        """Ctrl+wheel turned (in eighths of a degree): a step in text size for each notch."""
        if self._wheel_turned * eighths < 0:
            self._wheel_turned = 0  # turned back: part of a notch the other way counts for none
        self._wheel_turned += eighths
        steps = int(self._wheel_turned / WHEEL_NOTCH)  # towards zero: a part-notch waits
        self._wheel_turned -= steps * WHEEL_NOTCH
        for _ in range(abs(steps)):
            (self.zoom_in if steps > 0 else self.zoom_out)()

    def reset_zoom(self) -> None:
        """Back to the text size the reader started with."""
        self.set_zoom(self._context.zoom)

    def set_easier_reading(self, enabled: bool) -> None:
        """Larger line spacing and a shorter line length."""
        self.easier_reading = enabled
        self.apply()

    def set_reduce_motion(self, enabled: bool) -> None:
        """Replace animations with calm text countdowns (takes effect on the next exercise)."""
        self.reduce_motion = enabled
        for view in self._screens("breathingView"):
            view.set_reduce_motion(enabled)

    def restore_defaults(self, later: bool = False) -> None:
        """Back to the configured theme, size and spacing (a kiosk reset does this).

        With later=True the settings change now and are drawn on the next turn of the event
        loop, after the screens a reset drops are gone, so they are not restyled for nothing.
        """
        context = self._context
        before = (self.choice, self.zoom, self.easier_reading)
        self.choice = context.theme if context.theme in (*THEMES, "system") else "system"
        self.zoom = context.zoom
        self.easier_reading = context.easier_reading
        self.reduce_motion = False
        self._wheel_turned = 0  # the last reader's part of a notch is not the next one's
        # Re-applying the style sheet re-polishes every widget (most of a reset's time), so
        # it is done only when the reader actually changed the look.
        if before == (self.choice, self.zoom, self.easier_reading):
            return
        if later:
            self._apply_after_deletions()
        else:
            self.apply()

    def _apply_after_deletions(self) -> None:
        # Screens a reset drops are deleted later, and until then a new style sheet would
        # polish them too (several hundred widgets). Deferred deletions run in the order they
        # were asked for, so a marker deleted after them tells when they are gone. Should the
        # window go first, Qt drops the connection before the marker (a child) is deleted.
        marker = QObject(self)
        marker.destroyed.connect(self.apply)
        marker.deleteLater()

    def _on_system_scheme(self) -> None:
        if self.choice == "system":
            self.apply()

    def _system_wants_high_contrast(self) -> bool:
        accessibility = self._accessibility_hints()
        if accessibility is None:
            return False
        return bool(accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast)

    def _accessibility_hints(self) -> Any:
        """The desktop's accessibility hints (Qt 6.10 and later), or None on older Qt."""
        hints = self._hints
        return hints.accessibility() if hasattr(hints, "accessibility") else None
