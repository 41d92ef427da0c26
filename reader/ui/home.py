"""The home screen: a welcome, where to start, the collections, and the coping tools."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from reader.articles import Article, Library
from reader.ui.a11y import chain_tab_order
from reader.ui.card import Card
from reader.ui.flow import ButtonGrid, CardGrid, FlowRow
from reader.ui.measured_label import measured_label
from reader.ui.translation import QT_TRANSLATE_NOOP
from reader.ui.whole_words import with_words_whole
from reader.ui.widgets import Page

EAGER_CARDS = 24  # built before the first paint when the window height is not known
CARDS_PER_STEP = 20  # the rest are added this many at a time, so the window keeps answering
# Measured at the smallest text size (80%), the first card starts about 275 px down the page
# and a row of two cards takes at least 119 px; these rounder numbers err towards more cards.
FIRST_CARD_TOP = 250
CARD_ROW = 100
# Marked for Qt's translation tools; translated where they are shown (HomeView).
TOOLS = (
    ("exercise/breathing", QT_TRANSLATE_NOOP("HomeView", "Slow breathing")),
    ("exercise/grounding", QT_TRANSLATE_NOOP("HomeView", "5-4-3-2-1 grounding")),
    ("exercise/ride-the-wave", QT_TRANSLATE_NOOP("HomeView", "Ride out an urge")),
    ("safety-plan", QT_TRANSLATE_NOOP("HomeView", "My safety plan")),
    ("reflections", QT_TRANSLATE_NOOP("HomeView", "My reflections")),
)


def tool_buttons(open_screen: Callable[[str], object]) -> list[QWidget]:
    """The coping tools as buttons (home's "Try something now"), each opening its screen."""
    buttons: list[QWidget] = []
    for screen, text in TOOLS:
        name = QCoreApplication.translate("HomeView", text)
        button = QPushButton(name)
        button.setObjectName("tool:" + screen)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _=False, s=screen: open_screen(s))
        buttons.append(button)
    return buttons


def cards_for_height(height: int) -> int:
    """Cards enough to fill a window this tall, at any text size: the rest can wait.

    Each card has to be polished and measured before the first paint: when a card was four
    widgets, the bundled pack's 17 cards were a third of the time the window took.
    """
    rows = -(-max(0, height - FIRST_CARD_TOP) // CARD_ROW)  # rounded up
    return 2 * max(1, rows)


class HomeView(Page):
    """Lists collections of article cards; activating a card opens the article."""

    def __init__(
        self,
        library: Library,
        open_article: Callable[[str], object],
        open_screen: Callable[[str], object],
        *,
        welcome: str = "",
        start_here: Sequence[str] = (),
        eager_cards: int = EAGER_CARDS,
        clinic_name: str = "",
        kiosk: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("home")
        self._kiosk = kiosk
        self._library = library
        self._open_article = open_article
        self._open_screen = open_screen
        self.cards: dict[str, Card] = {}
        self._tab_stops: list[QWidget] = []  # tools, cards and footer links, as they appear
        # Cards beyond the first screenful wait here, in order, until build_more() adds them.
        self._pending: deque[Callable[[], int]] = deque()
        self._build(self._title(clinic_name), welcome, start_here)
        self._run_steps(eager_cards)

    @property
    def complete(self) -> bool:
        """Whether every card is built (a screenful is before the first paint, the rest after)."""
        return not self._pending

    def build_more(self, cards: int = CARDS_PER_STEP) -> bool:
        """Add up to `cards` more of the cards still waiting; True once the page is complete."""
        built = len(self._tab_stops)
        self._run_steps(cards)
        # Made after the toolbar, these came after it in Tab order: from the first screenful
        # of cards Tab went to the toolbar, and only then to the rest of the page.
        chain_tab_order(self._tab_stops[max(0, built - 1) :])
        return not self._pending

    def _run_steps(self, cards: int) -> None:
        built = 0
        while self._pending and built < cards:
            built += self._pending.popleft()()

    def _later(self, step: Callable[[], object], cards: int = 0) -> None:
        self._pending.append(lambda: (step(), cards)[1])

    def _title(self, clinic_name: str) -> QLabel:
        """Welcome to Lantern, at the clinic whose computer this is, when it has a name."""
        if not clinic_name:
            return measured_label(self.tr("Welcome to Lantern"), "pageTitle")
        # Part of the welcome, in its words and its size: the name alone, in small grey type
        # above the title, read as a stray line. The line break keeps the name together.
        words = self.tr("Welcome to Lantern\nat %1").replace("%1", clinic_name)
        title = measured_label(words, "pageTitle")
        spoken = " ".join(title.text().split())
        title.setAccessibleName(spoken)  # read as one sentence
        self.setAccessibleName(spoken)  # the page is named after its title
        return title

    def _build(self, title: QLabel, welcome: str, start_here: Sequence[str]) -> None:
        self.body.addWidget(title)
        help_line = self.tr("Get help now is at the top of every screen (or press F1).")
        # A clinic's welcome takes the place of Lantern's, never of the way to help. Set apart
        # (Unicode isolates): one in Arabic or Hebrew turned Lantern's own lines after it
        # right to left, cut off at the left edge and with full stops on the wrong side.
        intro = (
            f"\u2068{welcome}\u2069"
            if welcome
            else self.tr(
                "Calm, plain information about self-harm, hard feelings and getting help. "
                "Take your time. You can stop whenever you like."
            )
        )
        parts = [intro, help_line]
        if self._kiosk:  # nothing on a shared computer said how to clear it for the next person
            parts.append(
                self.tr("When you are done, choose “I'm finished” to clear it for the next person.")
            )
        self.body.addWidget(measured_label(" ".join(parts), "muted"))
        self._add_tools()
        starters = [a for a in (self._library.get(i) for i in start_here) if a]
        if starters:
            self._add_section(self.tr("Start here"), "", starters, key_prefix="start:")
        in_collections: set[str] = set()
        for collection in self._library.collections:
            articles = [a for a in (self._library.get(i) for i in collection.article_ids) if a]
            in_collections.update(a.id for a in articles)
            if articles:
                self._add_section(collection.title, collection.description, articles)
        loose = [a for a in self._library.in_order() if a.id not in in_collections]
        if loose:
            self._add_section(self.tr("More to read"), "", loose)
        if not self._library.articles:
            self.body.addWidget(measured_label(self._no_articles_text(), "muted"))
        self._later(self._add_footer)

    def _no_articles_text(self) -> str:
        return self.tr(
            "The articles could not be loaded on this computer. "
            "The help panel still works: press F1 or choose Get help now."
        )

    def _add_tools(self) -> None:
        # Not "Coping now": a collection of articles below has that name.
        self.body.addWidget(measured_label(self.tr("Try something now"), "sectionTitle"))
        buttons = tool_buttons(self._open_screen)
        self._tab_stops += buttons
        self.body.addWidget(ButtonGrid(buttons, columns=3))

    def _add_section(
        self, title: str, description: str, articles: list[Article], key_prefix: str = ""
    ) -> None:
        grid = CardGrid()

        def heading() -> None:
            self.body.addWidget(measured_label(title, "sectionTitle"))
            if description:
                self.body.addWidget(with_words_whole(measured_label(description, "muted")))
            self.body.addWidget(grid)

        def add_card(article: Article) -> None:
            card = self._card(article)
            self.cards[key_prefix + article.id] = card
            self._tab_stops.append(card)
            grid.add(card)

        self._later(heading)
        for article in articles:
            self._later(partial(add_card, article), cards=1)

    def _card(self, article: Article) -> Card:
        minutes = self.tr("%n min read", "", article.reading_minutes)
        card = Card(article.title, [article.summary, minutes])
        card.activated.connect(lambda a=article.id: self._open_article(a))
        return card

    def _add_footer(self) -> None:
        # Imported here, after the first paint: its Qt style classes cost about 8 ms to load.
        from reader.ui.wrapping_button import WrappingButton

        footer = WrappingButton(self.tr("What Lantern keeps (nothing)"))
        footer.setObjectName("privacyLink")
        footer.setAccessibleName(self.tr("What Lantern keeps"))
        footer.clicked.connect(lambda: self._open_screen("privacy"))
        shortcuts = WrappingButton(self.tr("Keyboard shortcuts"))
        shortcuts.setAccessibleName(self.tr("Keyboard shortcuts"))
        shortcuts.clicked.connect(lambda: self._open_screen("shortcuts"))
        self._tab_stops += [footer, shortcuts]
        self.body.addSpacing(16)
        self.body.addWidget(FlowRow([footer, shortcuts], spacing=6, margin=0))
