"""Reflections: every article's prompts in one place, each with a memory-only text box."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from reader.exercises.reflections import (
    EXPORT_NAME,
    ArticlePrompt,
    answer_key,
    group_prompts,
    reflections_text,
)
from reader.ui.exercises.common import (
    DocumentActions,
    ExportCallback,
    MemoryTextEdit,
    PrintCallback,
    label,
)
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
    ) -> None:
        super().__init__()
        self.setObjectName("reflectionsView")
        # Shared with the articles' "Take a moment" boxes: one answer, wherever it was typed.
        self._answers = {} if answers is None else answers
        self._on_print = on_print
        self._on_export = on_export
        self.groups = group_prompts(prompts)
        self.edits: list[tuple[str, str, MemoryTextEdit]] = []  # article id, prompt, box
        self.group_starts: list[tuple[QLabel, MemoryTextEdit]] = []  # title, first box
        self.contents_links: list[LinkLabel] = []
        self.body.addWidget(label(self.title(), "pageTitle"))
        if self.groups:  # with no questions, nothing to invite writing about
            self.body.addWidget(label(self._intro(), "muted"))
        if len(self.groups) >= CONTENTS_FROM:
            self.body.addWidget(self._contents())
        for article_id, title, items in self.groups:
            self._add_group(article_id, title, items)
        if not self.groups:
            self.body.addWidget(label(self.tr("There are no reflection questions to show.")))
        self.document_actions = DocumentActions(
            self.print_reflections if on_print else None,
            self.export_reflections if on_export else None,
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
        if self._on_export:
            keep = self.tr("Nothing you type is saved unless you print it or save a copy.")
        elif self._on_print:
            keep = self.tr("Nothing you type is saved unless you print it.")
        else:
            keep = self.tr("Nothing you type is saved.")
        return f"{text} {keep}"

    def _contents(self) -> QWidget:
        """An "On this page" list: one link per article, as in the reading view."""
        host = ContentsList(self.tr("On this page"))
        for index, (_, title, _) in enumerate(self.groups):
            link = LinkLabel(title, f"#{index}", self.tr("Go to the questions from this article"))
            link.linkActivated.connect(lambda href: self.go_to_group(int(href[1:])))
            self.contents_links.append(host.add_link(link))
        return host

    def go_to_group(self, index: int) -> None:
        """Scroll an article's questions to the top and put the cursor in its first box."""
        title, first_box = self.group_starts[index]
        content = self.widget()
        if content is not None:
            self.verticalScrollBar().setValue(title.mapTo(content, QPoint(0, 0)).y())
        first_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_group(self, article_id: str, title: str, items: list[str]) -> None:
        heading = with_words_whole(label(title, "sectionTitle"))
        self.body.addWidget(heading)
        for prompt in items:
            self.body.addWidget(with_words_whole(label(prompt)))
            edit = MemoryTextEdit(prompt, self.tr("Write here if you like (not saved)"))
            edit.textChanged.connect(partial(self._keep, answer_key(article_id, prompt), edit))
            self.edits.append((article_id, prompt, edit))
            self.body.addWidget(edit)
        self.group_starts.append((heading, self.edits[-len(items)][2]))

    def _keep(self, key: tuple[str, str], edit: MemoryTextEdit) -> None:
        self._answers[key] = edit.text()  # as typed: the article shows the same answer

    def answers(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """Each article's title with its (prompt, answer) pairs, in page order."""
        result: dict[str, list[tuple[str, str]]] = {}
        for article_id, prompt, edit in self.edits:
            result.setdefault(article_id, []).append((prompt, edit.text()))
        # Grouped by id: two articles with the same title stay apart, each under its title.
        return [(title, result[article_id]) for article_id, title, _ in self.groups]

    def plain_text(self) -> str:
        """All prompts and answers as plain text (without the title), for printing or saving."""
        return reflections_text([], self.answers())

    def has_typed_text(self) -> bool:
        """True if any box has text in it."""
        return any(edit.text() for _, _, edit in self.edits)

    def print_reflections(self) -> str:
        """Hand the reflections to the print callback; what happened, for the reader."""
        return self._on_print(self.title(), self.plain_text()) if self._on_print else ""

    def export_reflections(self) -> Path | None:
        """Hand the reflections to the export callback with a suggested file name."""
        if self._on_export is None:
            return None
        return self._on_export(EXPORT_NAME, self.plain_text())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Show what was typed under the articles since this page was last seen."""
        for article_id, prompt, edit in self.edits:
            answer = self._answers.get(answer_key(article_id, prompt), "")
            if edit.text() != answer:  # same text: keep the box's undo history
                edit.set_initial_text(answer)
        super().showEvent(event)

    def reset(self) -> None:
        """Wipe every box and its undo history, and the same answers under the articles."""
        for _, _, edit in self.edits:
            edit.wipe()
        self.document_actions.cancel_clear()
        self.verticalScrollBar().setValue(0)
