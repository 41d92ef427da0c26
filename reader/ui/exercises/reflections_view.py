"""Reflections: every article's prompts in one place, each with a memory-only text box."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader.exercises.reflections import (
    EXPORT_NAME,
    ArticlePrompt,
    answer_key,
    group_prompts,
    reflections_text,
)
from reader.ui.a11y import chain_tab_order
from reader.ui.exercises.common import (
    ExportCallback,
    MemoryTextEdit,
    PrintCallback,
    label,
)
from reader.ui.exercises.document_actions import DocumentActions
from reader.ui.in_view import settle_layout
from reader.ui.link_label import ContentsList, LinkLabel
from reader.ui.whole_words import with_words_whole
from reader.ui.widgets import Page

CONTENTS_FROM = 3  # with fewer articles the whole page is short enough to scan


class ReflectionsView(Page):
    """Prompts grouped by article; print and export go through the injected callbacks."""

    def __init__(
        self,
        prompts: Sequence[ArticlePrompt],
        on_print: PrintCallback | None = None,
        on_export: ExportCallback | None = None,
        answers: dict[tuple[str, str], str] | None = None,
        on_demand: bool = False,
    ) -> None:
        """on_demand: with an "On this page" list, an article's questions are built and shown
        once it is chosen there, or once something was typed under it."""
        super().__init__()
        self.setObjectName("reflectionsView")
        # Shared with the articles' "Take a moment" boxes: one answer, wherever it was typed.
        self._answers = {} if answers is None else answers
        self._on_print = on_print
        self._on_export = on_export
        self.groups = group_prompts(prompts)
        # Every article's questions at once were nearly 200 text boxes, 1,500 widgets: the
        # page took a second to open, and a kiosk reset a tenth of one to free it.
        self._on_demand = on_demand and len(self.groups) >= CONTENTS_FROM
        self._slots: list[QWidget] = []  # one holder per article, filled when first wanted
        self._built: dict[int, list[tuple[str, str, MemoryTextEdit]]] = {}  # by article
        self._starts: dict[int, tuple[QLabel, MemoryTextEdit]] = {}  # its title, first box
        self.contents_links: list[LinkLabel] = []
        self._nothing_said = False  # Print or Save said there was nothing to copy yet
        self.body.addWidget(label(self.title(), "pageTitle"))
        if self.groups:  # with no questions, nothing to invite writing about
            self.body.addWidget(label(self._intro(), "muted"))
        if len(self.groups) >= CONTENTS_FROM:
            self.body.addWidget(self._contents())
        for _ in self.groups:
            self._slots.append(QWidget())
            self._slots[-1].setVisible(False)  # no room, nor spacing, until its questions come
            self.body.addWidget(self._slots[-1])
        if not self._on_demand:
            self._build(range(len(self.groups)))
        if not self.groups:
            self.body.addWidget(label(self.tr("There are no reflection questions to show.")))
        self.document_actions = DocumentActions(
            self.print_reflections if on_print else None,
            self.export_reflections if on_export else None,
            self.plain_text,
        )
        self.document_actions.clear_confirmed.connect(self.reset)
        self.body.addWidget(self.document_actions)
        self.body.addStretch(1)  # spare height goes below the content, not between rows
        self.document_actions.setVisible(bool(self.groups))

    def title(self) -> str:
        """The page title, used for printing."""
        return self.tr("My reflections")

    def _intro(self) -> str:
        text = self.tr(
            "Questions from the articles, to think about in your own time. Write as much or "
            "as little as you like, or nothing at all. What you wrote under an article is "
            "here too."
        )
        if self._on_demand:
            text += " " + self.tr("Choose an article below to see its questions.")
        if self._on_export:
            keep = self.tr("Nothing you type is saved unless you print it or save a copy.")
        elif self._on_print:
            keep = self.tr("Nothing you type is saved unless you print it.")
        else:
            keep = self.tr("Nothing you type is saved.")
        return f"{text} {keep}"

    def _contents(self) -> QWidget:
        """An "On this page" list: one link per article, as in the reading view."""
        title = self.tr("Articles with questions") if self._on_demand else self.tr("On this page")
        host = ContentsList(title)
        for index, (_, title, _) in enumerate(self.groups):
            link = LinkLabel(title, f"#{index}", self.tr("Go to the questions from this article"))
            link.linkActivated.connect(lambda href: self.go_to_group(int(href[1:])))
            self.contents_links.append(host.add_link(link))
        return host

    @property
    def edits(self) -> list[tuple[str, str, MemoryTextEdit]]:
        """Every box as (article id, prompt, box), in page order (all built now)."""
        self._build(range(len(self.groups)))
        return self._built_edits()

    @property
    def group_starts(self) -> list[tuple[QLabel, MemoryTextEdit]]:
        """Each article's title and first box, in page order (all built now)."""
        self._build(range(len(self.groups)))
        return [self._starts[index] for index in sorted(self._starts)]

    def built_groups(self) -> int:
        """How many articles' questions are built (on demand: those chosen or answered)."""
        return len(self._built)

    def go_to_group(self, index: int) -> None:
        """Scroll an article's questions to the top and put the cursor in its first box."""
        self._build([index])
        title, first_box = self._starts[index]
        content = self.widget()
        if content is not None:
            settle_layout()  # its questions may be new: the page grows before it scrolls
            self.verticalScrollBar().setValue(title.mapTo(content, QPoint(0, 0)).y())
        first_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _built_edits(self) -> list[tuple[str, str, MemoryTextEdit]]:
        return [edit for index in sorted(self._built) for edit in self._built[index]]

    def _build(self, indexes: Sequence[int] | range) -> None:
        wanted = [index for index in indexes if index not in self._built]
        for index in wanted:
            self._add_group(index, *self.groups[index])
        if wanted and self._nothing_said:  # "Choose an article above" is no longer so
            self._nothing_said = False
            self.document_actions.show_printed("")
        if wanted and self._on_demand:  # made after the page's buttons: Tab would go there
            boxes = [edit for _, _, edit in self._built_edits()]
            chain_tab_order([*self.contents_links, *boxes, self.document_actions.print_button])

    def _add_group(self, index: int, article_id: str, title: str, items: list[str]) -> None:
        heading = with_words_whole(label(title, "sectionTitle"))
        parts: list[QWidget] = [heading]
        edits = self._built[index] = []
        for prompt in items:
            edit = MemoryTextEdit(prompt, self.tr("Write here if you like (not saved)"))
            key = answer_key(article_id, prompt)
            if self.isVisible():  # shown already: showEvent gave the built ones theirs
                edit.set_initial_text(self._answers.get(key, ""))
            edit.textChanged.connect(partial(self._keep, key, edit))
            edits.append((article_id, prompt, edit))
            parts += [with_words_whole(label(prompt)), edit]
        self._starts[index] = (heading, edits[0][2])
        slot = self._slots[index]
        column = QVBoxLayout(slot)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(self.body.spacing())
        for part in parts:
            column.addWidget(part)
        slot.show()  # with its parts now, not on the next turn: the focus may go there now

    def _keep(self, key: tuple[str, str], edit: MemoryTextEdit) -> None:
        self._answers[key] = edit.text()  # as typed: the article shows the same answer
        self.document_actions.notice_changes()

    def answers(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """Each article's title with its (prompt, answer) pairs, in page order."""
        # From the answers kept as typed (every box keeps its own there, and the articles'
        # boxes theirs), so printing builds no boxes, and a box not yet shown again does not
        # hide an answer typed under its article since. Grouped by id: two articles with the
        # same title stay apart, each under its title.
        return [
            (title, [(p, self._answers.get(answer_key(a, p), "")) for p in items])
            for a, title, items in self.groups
        ]

    def copied_groups(self) -> list[int]:
        """The articles a copy holds, in page order: those answered, or else those shown."""
        # Every article's questions were 969 lines, some 20 printed pages of blank lines with
        # one private answer in them. Nothing typed, the questions shown are the ones to write
        # on: all of them on a short page, those chosen on a long one.
        answered = [
            index
            for index, (article_id, _, items) in enumerate(self.groups)
            if any(self._answers.get(answer_key(article_id, p), "").strip() for p in items)
        ]
        return answered or sorted(self._built)

    def plain_text(self) -> str:
        """What a copy holds, as plain text (without the title), for printing or saving."""
        answers, copied = self.answers(), self.copied_groups()
        text = reflections_text([], [answers[index] for index in copied])
        if len(copied) < len(self.groups):
            others = self.tr(
                "Questions from the other articles are in Lantern, under My reflections."
            )
            text += f"\n{others}\n"  # a paragraph of its own, after the last article
        return text

    def has_typed_text(self) -> bool:
        """True if any box has text in it, or an answer waits for a box not built yet."""
        return any(answer for _, pairs in self.answers() for _, answer in pairs)

    def print_reflections(self) -> str:
        """Hand the reflections to the print callback; what happened, for the reader."""
        if not self.copied_groups():
            self._nothing_said = True
            return self.tr("Nothing to print yet. Choose an article above to see its questions.")
        return self._on_print(self.title(), self.plain_text()) if self._on_print else ""

    def export_reflections(self) -> Path | None:
        """Hand the reflections to the export callback with a suggested file name."""
        if self._on_export is None:
            return None
        if not self.copied_groups():
            self._nothing_said = True
            nothing = self.tr("Nothing to save yet. Choose an article above to see its questions.")
            self.document_actions.show_printed(nothing)  # the line under the buttons
            return None
        return self._on_export(EXPORT_NAME, self.plain_text())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Show what was typed under the articles since this page was last seen."""
        keys = [
            (i, [answer_key(a, p) for p in items]) for i, (a, _, items) in enumerate(self.groups)
        ]
        self._build([i for i, group in keys if any(self._answers.get(k) for k in group)])
        for article_id, prompt, edit in self._built_edits():
            answer = self._answers.get(answer_key(article_id, prompt), "")
            if edit.text() != answer:  # same text: keep the box's undo history
                edit.set_initial_text(answer)
        self.document_actions.notice_changes()  # answered under an article since a save
        super().showEvent(event)

    def reset(self) -> None:
        """Wipe every box and its undo history, and the same answers under the articles."""
        self.document_actions.forget_copies()  # first: nothing to compare the wiped text with
        for _, _, edit in self._built_edits():
            edit.wipe()
        for article_id, _, items in self.groups:  # typed under an article, with no box here
            for prompt in items:
                self._answers.pop(answer_key(article_id, prompt), None)
        self.document_actions.cancel_clear()
        self.verticalScrollBar().setValue(0)
