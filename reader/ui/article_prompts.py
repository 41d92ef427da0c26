"""An article's "Take a moment" part: its prompts, and boxes whose answers stay in memory."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from reader.articles import Article
from reader.exercises.reflections import answer_key, unique_prompts
from reader.ui.article_parts import prompt_note
from reader.ui.reuse import detach, fit_pool
from reader.ui.spaced_label import SpacedLabel, spaced_label
from reader.ui.text_box import MemoryTextEdit
from reader.ui.widgets import label


def _question(_index: int) -> SpacedLabel:
    return spaced_label("", room_below=False)


class ArticlePrompts:
    """Builds the prompts into the reading view's column, reusing labels and boxes."""

    def __init__(self, column: QWidget, add: Callable[[QWidget], None], *, kiosk: bool) -> None:
        self._column = column
        self._add = add  # puts a widget at the end of the column and shows it
        self._kiosk = kiosk
        # What was typed under each (article id, prompt); My reflections shares it.
        self.answers: dict[tuple[str, str], str] = {}
        self.boxes: list[QPlainTextEdit] = []  # each a MemoryTextEdit
        self._spare_boxes: list[QPlainTextEdit] = []
        self._title: QLabel | None = None
        self._note: QLabel | None = None
        self._labels: list[SpacedLabel] = []
        self._article: Article | None = None
        self._prompts: list[str] = []  # the article's prompts as shown, one per box

    def show(self, article: Article) -> None:
        """Add the article's prompts, each with its box and what was typed in it before."""
        self._article = article
        # A repeated prompt is shown once: two boxes with one answer would lose what was
        # typed in the first (the last box's text won on every keystroke).
        self._prompts = unique_prompts(article.prompts)
        # Spaced as the article's text above; a question ends at its text, just over its box.
        labels = fit_pool(self._labels, len(self._prompts), _question)
        if not self._prompts:
            detach(self._title, self._note)
            return
        title = QCoreApplication.translate("ArticleView", "Take a moment")
        self._title = self._title or label(title, "sectionTitle")
        self._add(self._title)
        self._note = self._note or spaced_label(prompt_note(self._kiosk), "muted")
        self._add(self._note)
        for index, prompt in enumerate(self._prompts):
            labels[index].setText(prompt)
            self._add(labels[index])
            box = self._box()
            box.setAccessibleName(prompt)
            # Tab to a box said only its question; that it stays private was never heard.
            box.setAccessibleDescription(self._note.text())
            # setPlainText also empties the undo history: nothing typed for another article
            # can come back in this box.
            box.setPlainText(self.answers.get(answer_key(article.id, prompt), ""))
            self.boxes.append(box)
            self._add(box)

    def widgets(self) -> list[QWidget]:
        """Every widget the prompts put in the column."""
        fixed: list[QWidget] = [w for w in (self._title, self._note) if w is not None]
        return fixed + self._labels + self.boxes

    def set_aside(self) -> None:
        """Keep the boxes shown so far for the next article's prompts."""
        self._spare_boxes.extend(self.boxes)
        self.boxes = []

    def forget(self) -> None:
        """Forget every answer and delete the boxes (kiosk reset): the next reader gets new ones."""
        self.set_aside()
        for box in self._spare_boxes:
            box.clear()
            box.document().clearUndoRedoStacks()
            box.deleteLater()
        self._spare_boxes = []
        self.answers.clear()
        self._article = None
        self._prompts = []

    def _box(self) -> QPlainTextEdit:
        if self._spare_boxes:
            return self._spare_boxes.pop()
        # The exercises' box: plain-text copy and paste (a long paste froze the app) and a cap.
        hint = QCoreApplication.translate("ArticleView", "Write here if you like (not saved)")
        box = MemoryTextEdit(placeholder=hint, parent=self._column)
        box.setObjectName("promptBox")  # three lines high at any text size, as in My reflections
        box.textChanged.connect(self._keep_answers)
        return box

    def _keep_answers(self) -> None:
        # Kept as it is typed, so My reflections shows the same answer.
        if self._article is not None:
            for prompt, box in zip(self._prompts, self.boxes, strict=False):
                self.answers[answer_key(self._article.id, prompt)] = box.toPlainText()
