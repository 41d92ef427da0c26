"""The reading view: title, content note, contents, body, related articles and prompts."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from reader.articles import Article, Library
from reader.breakable import breakable_titles, joined_hyphens
from reader.history import History
from reader.render import Heading, Rendered, heading_place, render_markdown
from reader.ui.a11y import chain_tab_order
from reader.ui.article_body import ArticleBody
from reader.ui.article_parts import (
    content_date,
    content_note_box,
    emergency_box,
    follow_direction,
    help_footer,
    page_direction,
)
from reader.ui.article_place import (
    Place,
    back_to_history_place,
    go_to,
    history_place,
    place_of,
)
from reader.ui.article_prompts import ArticlePrompts
from reader.ui.in_view import settle_layout
from reader.ui.link_label import ContentsList, LinkLabel
from reader.ui.read_aloud import ReadAloud, ReadAloudBar
from reader.ui.read_next import ReadNext
from reader.ui.reuse import detach, fit_pool
from reader.ui.spaced_label import space_lines
from reader.ui.speech import QtSpeechSupport, SpeechSupport
from reader.ui.widgets import HangingText, Page, label

CRISIS_TOPIC = "crisis"  # articles with this topic show the emergency number


@lru_cache(maxsize=64)
def _rendered(body: str, articles: frozenset[str]) -> Rendered:
    # Each article is rendered once per session; the cache lives in memory only.
    return render_markdown(body, articles)


class ArticleView(Page):
    """Shows one article at a time; prompt answers stay in memory until reset()."""

    def __init__(
        self,
        library: Library,
        on_link: Callable[[str], None],
        css: Callable[[], str],
        speech: SpeechSupport | None = None,
        *,
        kiosk: bool = False,
        emergency: Callable[[], str] = lambda: "",
    ):
        super().__init__()
        self.setObjectName("articleView")
        self._library = library
        self._on_link = on_link
        self._css = css
        self._emergency = emergency  # the number to call, shown on crisis articles
        self.article: Article | None = None
        # The title, notes, body and prompt boxes are reused from one article to the next:
        # building and styling them again was most of the time an article took to open.
        self.prompts = ArticlePrompts(self.column, self._add_reused, kiosk=kiosk)
        # What was typed under each prompt; My reflections shares this very dictionary.
        self.answers = self.prompts.answers
        self._title = label("", "pageTitle")
        self._meta = label("", "muted")
        self._note: tuple[QFrame, QLabel] | None = None
        self._emergency_box: tuple[QFrame, QLabel] | None = None
        self._contents_host: ContentsList | None = None
        self._contents_links: list[LinkLabel] = []
        self.read_next = ReadNext(on_link, self._add_reused)
        self._footer: tuple[QFrame, QPushButton] | None = None
        self.body_view = ArticleBody(on_link)
        self._body_slot: HangingText | None = None  # its place in the column, kept with it
        self._headings: tuple[Heading, ...] = ()
        self._point_size = 12.0
        # Read aloud is offered only where an offline voice exists; nothing starts until asked.
        if speech is None:
            # No read aloud on a shared waiting-room machine: everyone in the room would hear.
            speech = SpeechSupport() if kiosk else QtSpeechSupport()
        self.read_aloud = ReadAloud(speech, self)

    def show_article(self, article_id: str) -> bool:
        """Show an article by id; False when there is no such article."""
        article = self._library.get(article_id)
        if article is None:
            return False
        self.read_aloud.stop()
        if self.body_view.hasFocus():
            # A link followed in the text: the focus stayed there, on another article's text,
            # and a screen reader said nothing. The page takes it, named first, as from Read next.
            self.setAccessibleName(article.title)
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.article = article
        self._keep_for_reuse()
        self.clear_body()
        self._build(article)
        self.verticalScrollBar().setValue(0)
        return True

    def _build(self, article: Article) -> None:
        # Links to articles a clinic has hidden are shown as plain words.
        rendered = _rendered(article.body, frozenset(self._library.articles))
        self._headings = rendered.headings
        # Shown with "self-harm" kept on one line; named with the hyphen as written.
        self._title.setText(breakable_titles(joined_hyphens(article.title)))
        self._title.setAccessibleName(article.title)
        self._add_reused(self._title)
        # One sentence, so a translation may reorder it; self.tr, so lupdate sees its plurals.
        meta = self.tr("%n min read · Reviewed %1", "", article.reading_minutes)
        self._meta.setText(meta.replace("%1", content_date(article.reviewed)))
        self._add_reused(self._meta)
        self.setAccessibleName(article.title)
        self.body_view.setAccessibleName(self.tr("Article text"))
        self.body_view.setAccessibleDescription(article.title)
        bar = None
        if self.read_aloud.available():
            bar = ReadAloudBar(self.read_aloud, self.body_view, article.title)
            self.body.addWidget(bar)
        self._add_reused(self._content_note(article.content_note))
        self._add_emergency_number(article)
        # "On this page" lists the "##" headings, and only when there are two to choose from:
        # counting every level showed it empty over "###" headings, or with a single link.
        sections = [h for h in rendered.headings if h.level == 2]
        contents = len(sections) > 1
        if contents:
            self._add_reused(self._contents(sections))
        else:
            detach(self._contents_host)  # no "On this page" anywhere in this article
        if self.body_view.document().defaultFont().pointSizeF() != self._point_size:
            self.body_view.set_point_size(self._point_size)  # lays the old text out again
        self._body_slot = self.add_main_text(self.body_view, self._body_slot)
        folder = article.path.parent if article.path else None
        self.body_view.set_article_html(rendered.html, self._css(), folder)
        self.prompts.show(article)
        self.read_next.show(self._library, article)
        self._add_help_footer()
        space_lines(self.column, self._css())  # the notes, prompts and footer, as the text
        follow_direction(self.column, page_direction(article))
        self._chain_tabs(bar, contents=contents)

    def _chain_tabs(self, bar: ReadAloudBar | None, *, contents: bool) -> None:
        """Tab in reading order: reused boxes, buttons and links kept the place they were
        made in, so after another article Tab skipped a box and wandered off up the page."""
        stops: list[QWidget] = [self]  # the page keeps its place, just after the toolbar
        if bar is not None:
            stops += [bar.read_button, bar.pause_button, bar.stop_button]
        stops += self._contents_links if contents else []
        stops += [self.body_view, *self.prompts.boxes, *self.read_next.buttons]
        if self._footer is not None:
            stops.append(self._footer[1])
        chain_tab_order(stops)

    def _add_reused(self, widget: QWidget) -> None:
        self.body.addWidget(widget)
        widget.show()

    def _content_note(self, note: str) -> QFrame:
        self._note = self._note or content_note_box()
        self._note[1].setText(note)
        return self._note[0]

    def _add_emergency_number(self, article: Article) -> None:
        # The crisis articles say "call your local emergency number": say which it is.
        text = self._emergency() if CRISIS_TOPIC in article.topics else ""
        if text:
            self._emergency_box = self._emergency_box or emergency_box()
            self._emergency_box[1].setText(text)
            self._add_reused(self._emergency_box[0])

    def _contents(self, headings: list[Heading]) -> QWidget:
        if self._contents_host is None:
            self._contents_host = ContentsList(self.tr("On this page"))
        host = self._contents_host
        links = fit_pool(self._contents_links, len(headings), self._contents_link)
        for link, heading in zip(links, headings, strict=True):
            link.point_at(heading.title, f"#{heading.anchor}")
        return host

    def _contents_link(self, _index: int) -> LinkLabel:
        link = LinkLabel("", "", self.tr("Go to this part of the article"))
        link.linkActivated.connect(self.scroll_to)  # "#anchor" of whichever heading it shows
        assert self._contents_host is not None
        return self._contents_host.add_link(link)

    def scroll_to(self, target: str) -> bool:
        """Scroll a heading (an anchor such as "#second-part", or its text) to the top."""
        title, occurrence = heading_place(self._headings, target)
        settle_layout()  # just after opening, the text was still to move down the page
        content = self.widget()
        # The focus goes there too: it stayed on the contents link, far above the view.
        offset = self.body_view.go_to_heading(title, occurrence)
        if offset is None or content is None:
            return False
        top = self.body_view.mapTo(content, QPoint(0, 0)).y()
        self.verticalScrollBar().setValue(top + offset)
        return True

    def _keep_for_reuse(self) -> None:
        """Take the reused widgets out of the column, so clear_body() spares them."""
        note = self._note[0] if self._note else None
        emergency = self._emergency_box[0] if self._emergency_box else None
        if self._body_slot is not None:
            self.body.removeItem(self._body_slot)  # the body stays in it, for the next article
        fixed = [self._title, self._meta, note, emergency, self._contents_host, self.body_view]
        fixed.append(self._footer[0] if self._footer else None)
        pools = self.prompts.widgets() + self.read_next.widgets()
        for widget in [w for w in fixed if w is not None] + pools:
            self.body.removeWidget(widget)
            widget.hide()
        self.prompts.set_aside()

    def _add_help_footer(self) -> None:
        self.body.addSpacing(12)
        self._footer = self._footer or help_footer(lambda: self._on_link("lantern:help"))
        self._add_reused(self._footer[0])

    @property
    def prompt_boxes(self) -> list[QPlainTextEdit]:
        """The boxes under the shown article's prompts."""
        return self.prompts.boxes

    def set_point_size(self, points: float) -> None:
        """Zoom the article text."""
        self._point_size = points
        self.body_view.set_point_size(points)

    def refresh_style(self) -> None:
        """Re-apply the article CSS after a theme change (nothing is rebuilt: focus stays)."""
        if self.article is not None:
            self.body_view.restyle(self._css())
            space_lines(self.column, self._css())

    def keep_place(self, history: History) -> None:
        """Note where the reader is in the article shown, for coming back by Back or Forward."""
        if self.article is not None and self.isVisible():
            history.keep(history_place(self, self.body_view))

    def come_back(self, history: History) -> None:
        """Scroll to where the reader was when they left this entry of the history."""
        kept = history.kept()
        if isinstance(kept, Place) and self.isVisible():
            back_to_history_place(self, self.body_view, kept)

    def reading_place(self) -> Place:
        """Where the reader is in the article, to come back to after a restyle."""
        return place_of(self, self.body_view)

    def return_to(self, place: Place) -> None:
        """Scroll back to a place once the new text size or theme has been laid out."""
        if self.isVisible():
            go_to(self, self.body_view, place)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Stop reading aloud when the reader goes to another screen (not when minimised)."""
        if not event.spontaneous():
            self.read_aloud.stop()
        super().hideEvent(event)

    def reset(self) -> None:
        """Forget every answer and empty the view (kiosk reset)."""
        self.read_aloud.stop()
        self._keep_for_reuse()
        self.prompts.forget()
        self.article = None
        # The title and its line are kept for the next page: until then they named this one,
        # to a screen reader exploring the hidden view, for the next person.
        for line in (self._title, self._meta):
            line.clear()
            line.setAccessibleName("")
        self.setAccessibleName("")
        self.clear_body()
        self.body_view.deleteLater()
        if self._body_slot is not None:
            self._body_slot.deleteLater()
            self._body_slot = None
        self.body_view = ArticleBody(self._on_link)
