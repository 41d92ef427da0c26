"""Search results, updated as the person types."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QLabel, QWidget

from reader.articles import Article
from reader.breakable import breakable
from reader.crisis_words import (
    SUPPORTING_SOMEONE_ID,
    about_someone_else,
    seeks_someone_to_talk_to,
    suggests_crisis,
)
from reader.history import History
from reader.render import callout_html
from reader.search import SearchHit, SearchIndex
from reader.ui.a11y import AfterPause
from reader.ui.article_body import ArticleBody
from reader.ui.ways_on import ways_on_box
from reader.ui.widgets import Page, label

_MOST_SHOWN = 60  # characters of the search repeated in "Nothing matched": about a line


@dataclass(frozen=True)
class KeptSearch:
    """What a search entry of the history was made with, for Back and Forward to show again."""

    query: str
    link: tuple[int, int] | None = None  # where the result the keyboard was on starts and ends


class SearchView(Page):
    """Shows ranked hits with snippets; a hit is a link that opens its article.

    When what was typed sounds like a crisis, a way to help comes before any result, and
    the articles in ``crisis_first`` head the results whatever the index found. The screen
    scrolls as one page: at 200% the results were a box of three, scrolled apart.
    """

    def __init__(
        self,
        index: Callable[[], SearchIndex],
        follow_link: Callable[[str], object],
        css: Callable[[], str],
        helplines: Callable[[], list[str]] = list,
        crisis_first: Sequence[Article] = (),
        sounds_like_crisis: Callable[[str], bool] = suggests_crisis,  # a pack adds its words
    ) -> None:
        super().__init__(main_text_takes_focus=True)
        self.setObjectName("searchView")
        self._index = index
        self._follow_link = follow_link
        self._css = css
        self._crisis_first = tuple(crisis_first)
        self._sounds_like_crisis = sounds_like_crisis
        self._helplines = helplines  # crisis lines' names and numbers, for those searches
        self._lines: list[str] | None = None  # asked for once: the lines do not change
        self.offers_help = False  # a crisis search: help first, titles only
        self.offers_lines = False  # a search for a helpline: where to find them, first
        self.hits: list[SearchHit] = []
        self.query = ""
        layout = self.body
        self.title = label(self.tr("Search"), "pageTitle")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what was typed
        self.status.setWordWrap(True)  # "Nothing matched ..." is longer than a narrow line
        self.status.setObjectName("searchStatus")
        # No fixed name: a screen reader reads the count itself, and hears it announced.
        self.status.setAccessibleDescription(self.tr("Search results count"))
        self.count_said = AfterPause(self.status)  # once typing pauses, or at Enter
        self.results = ArticleBody(on_link=self._follow_link)  # as tall as its text
        self.results.setObjectName("searchResults")
        # Room for the focus ring around a result at the very top (the ring is 2 pixels).
        self.results.document().setDocumentMargin(4)
        self.results.setAccessibleName(self.tr("Search results"))
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        self.add_main_text(self.results)
        self.ways_on: QWidget | None = None  # made the first time nothing matches

    def set_query(self, text: str) -> int:
        """Search for what was typed and show the hits; returns how many were found."""
        changed = text != self.query
        self.query = text
        self.offers_help = self._sounds_like_crisis(text)
        found = self._index().search(text, fallback=not self.offers_help) if text.strip() else []
        self.hits = found
        someone_else = self.offers_help and about_someone_else(text)
        if self.offers_help:
            # "i want to die" listed only "Understanding self-harm": the articles written for
            # this moment come first, whatever words they happen to share with the search.
            self.hits = _put_first(self._first_for(someone_else), self.hits)
        self.offers_lines = not self.offers_help and seeks_someone_to_talk_to(
            text, self._line_words(), lambda words: self._index().uses_word(words)
        )
        # A pasted page was repeated whole: it filled the screen, and a screen reader read it
        # all out, before the way to help. The start of it says which search this was.
        shown = _shortened(text)
        self.status.setText(self._status_text(breakable(shown)))
        if changed:  # not when only the theme changed
            self.results.come_back_to(None)  # a result kept for Back is another search's
            self.count_said.say_after_pause(self._status_text(shown))
            # New results from their top: a search typed while scrolled down the last one's
            # opened at the end of its list, its count and first results out of view.
            self.verticalScrollBar().setValue(0)
        # Only a new theme shows the same results again: the focused result keeps the focus.
        link = None if changed else self.results.focused_link()
        help_html = self._help_html(someone_else) if self.offers_help else ""
        if self.offers_lines:
            help_html = self._lines_html()
        # A snippet cut out of its article ("…it does not always mean that a person wants to
        # die…") can read as a brush-off to someone in crisis: titles only, after the help.
        snippets = not self.offers_help
        html = help_html + "".join(self._hit_html(hit, snippets) for hit in self.hits)
        self.results.set_article_html(html, self._css(), pack_folder=None)
        # Nothing found: no empty box that looks like a field and takes the Tab key.
        self.results.setVisible(bool(html))
        self._show_ways_on(not html and bool(self.query.strip()))
        if link is not None and self.results.hasFocus():
            self.results.select_link(link)
        return len(self.hits)

    def _first_for(self, someone_else: bool) -> tuple[Article, ...]:
        """The crisis articles for this search; for someone else's danger ("my friend wants to
        kill himself"), Supporting someone first: the others speak to the one in danger."""
        theirs = tuple(a for a in self._crisis_first if a.id != SUPPORTING_SOMEONE_ID)
        mine = tuple(a for a in self._crisis_first if a.id == SUPPORTING_SOMEONE_ID)
        return mine + theirs if someone_else else theirs

    def _show_ways_on(self, shown: bool) -> None:
        """Under "Nothing matched", ways on from here: a page with one sentence was a dead end."""
        if shown and self.ways_on is None:
            self.ways_on = ways_on_box(self._follow_link)
            self.body.addWidget(self.ways_on)
        if self.ways_on is not None:
            self.ways_on.setVisible(shown)

    def _line_words(self) -> list[str]:
        if self._lines is None:
            self._lines = self._helplines()
        return self._lines

    def _status_text(self, query: str) -> str:
        """What the search found, repeating the query as given (breakable or not)."""
        if not self.query.strip():
            return self.tr("Type a word to search every article.")
        if self.offers_help or self.offers_lines:
            # Help first, as the box below does; "No articles matched" read as a closed door.
            if not self.hits:
                return self.tr("Help is below.")
            # 1 has its own text: with no English translation loaded, Qt shows "%n articles"
            # as written. A translation gives every plural form its language has.
            if len(self.hits) == 1:
                return self.tr("Help is below, then 1 article.")
            #: %n is 2 or more (1 has its own text); give every plural form, as 21 may need one.
            return self.tr("Help is below, then %n articles.", "", len(self.hits))
        if not self.hits:
            return self.tr(
                "Nothing matched “%1”. Try a shorter or different word. "
                "If you need someone now, press F1 for Get help now."
            ).replace("%1", query)
        if len(self.hits) == 1:
            return self.tr("1 article found")
        #: %n is 2 or more (1 has its own text); give every plural form, as 21 may need one.
        return self.tr("%n articles found", "", len(self.hits))

    def _help_html(self, someone_else: bool = False) -> str:
        """A calm box pointing to help, for searches that sound like a crisis."""
        # The articles written for this moment head the results below it (crisis_first).
        line = self.tr(
            "If you want to hurt yourself, are thinking about suicide, or might not be "
            "safe, you do not have to wait. %1 lists people you can talk to now (or press "
            "F1)."
        )
        if someone_else:
            # "my wife overdosed": what to do for her, as Supporting someone says, not "if you
            # want to hurt yourself"; the supporter's own safety is still named.
            line = self.tr(
                "If they might be in danger now, call your local emergency number, and stay "
                "with them if it is safe. If they have taken too much of any medicine, call "
                "even if they seem fine. %1 lists people you can talk to now (or press F1). "
                "If you might not be safe yourself, this help is for you too."
            )
        line = line.replace("%1", _link("lantern:help", self.tr("Get help now")))
        title = html.escape(self.tr("You don't have to go through this alone."))
        return callout_html("help", title, f"<p>{line}</p>")

    def _lines_html(self) -> str:
        """Where the crisis lines are, for a search that names one or asks for one."""
        text = self.tr("%1 lists crisis lines and other places to call or text (or press F1).")
        body = text.replace("%1", _link("lantern:help", self.tr("Get help now")))
        title = html.escape(self.tr("Looking for someone to talk to?"))
        return callout_html("help", title, f"<p>{body}</p>")

    def _hit_html(self, hit: SearchHit, snippet: bool = True) -> str:
        title = html.escape(hit.title)
        link = f'<a href="lantern:article/{hit.article_id}"><b>{title}</b></a>'
        return f"<p>{link}<br/>{hit.snippet_html}</p>" if snippet else f"<p>{link}</p>"

    def open_top(self) -> bool:
        """Open what heads the results: Get help now when the search sounds like a crisis.

        Enter after "i want to die" opened the best-matching article, and the help box the
        person had just seen above it was gone.
        """
        if not (self.offers_help or self.offers_lines or self.hits):
            self.count_said.say_now()  # "Nothing matched ...": at once, not after a pause
            return False
        # The screen opened is what a screen reader reads next, not this one's count.
        self.count_said.drop()
        if self.offers_help or self.offers_lines:
            self._follow_link("lantern:help")
            return True
        self._follow_link(f"lantern:article/{self.hits[0].article_id}")
        return True

    def keep_query(self, history: History) -> None:
        """Keep this search with its entry in the history (one view shows every search)."""
        link = self.results.focused_link() if self.results.hasFocus() else None
        history.keep(KeptSearch(self.query, link))

    def come_back(self, history: History) -> None:
        """Show again the search this entry of the history was made with."""
        kept = history.kept()
        # Back to "sleep" showed "anxiety", the search typed after it: the view holds only one.
        if isinstance(kept, KeptSearch) and kept.query != self.query:
            self.set_query(kept.query)
        # The keyboard goes back to the result opened, as in an article: the results had the
        # focus with none marked, and the next Tab went back to the first result.
        self.results.come_back_to(kept.link if isinstance(kept, KeptSearch) else None)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Left before typing paused (F1, Back): the count of a screen gone is not said."""
        self.count_said.drop()
        self.results.come_back_to(None)  # Back came here with the focus kept elsewhere
        super().hideEvent(event)

    def reset(self) -> None:
        """Forget the query and results."""
        self.query = ""
        self.hits = []
        self.count_said.drop()  # a kiosk's next reader must not hear the last one's search
        self.offers_help = self.offers_lines = False
        self.results.set_article_html("", self._css(), pack_folder=None)
        self.status.clear()
        self._show_ways_on(False)
        self.verticalScrollBar().setValue(0)  # the next search, from the top of the page


def _put_first(articles: Sequence[Article], hits: list[SearchHit]) -> list[SearchHit]:
    """These articles as hits (titles only), then the other hits in their order."""
    first = [SearchHit(article.id, article.title, "") for article in articles]
    ids = {article.id for article in articles}
    return first + [hit for hit in hits if hit.article_id not in ids]


def _shortened(text: str) -> str:
    """The start of a long search, cut after a whole word where one ends, then "…"."""
    if len(text) <= _MOST_SHOWN:
        return text
    start = text[:_MOST_SHOWN]
    space = start.rfind(" ")
    return (start[:space] if space > _MOST_SHOWN // 2 else start).rstrip() + "…"


def _link(href: str, text: str) -> str:
    return f'<a href="{href}">{html.escape(text)}</a>'
