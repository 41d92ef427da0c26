"""5-4-3-2-1 grounding: one sense at a time, with an optional memory-only note per step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from reader.exercises.grounding import STEPS, GroundingStep, GroundingWalk
from reader.ui.a11y import announce
from reader.ui.exercises.common import MemoryTextEdit, button, button_row, callout, label
from reader.ui.focus import pass_focus
from reader.ui.in_view import reveal
from reader.ui.widgets import Page

GROUNDING_ARTICLE = "grounding-and-breathing"


class GroundingView(Page):
    """Walks through see, touch, hear, smell and taste, then a finish screen with next steps."""

    finished = Signal()

    def __init__(
        self,
        open_help: Callable[[], object] | None = None,
        open_article: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("groundingView")
        self._open_help = open_help
        self._open_article = open_article
        self.walk = GroundingWalk()
        self.notes: list[MemoryTextEdit] = []
        self.body.addWidget(label(self.tr("5-4-3-2-1 grounding"), "pageTitle"))
        self.body.addWidget(label(self._intro(), "muted"))
        self.progress_label = label("", "muted")
        self.body.addWidget(self.progress_label)
        self.pages = OnePageAtATime()
        for step in STEPS:
            self.pages.addWidget(self._step_page(step))
        self.pages.addWidget(self._finish_page())
        self.body.addWidget(self.pages)
        # Not "Back": the toolbar already has a Back button that goes to the previous screen.
        self.back_button = button(self.tr("Previous step"))
        self.next_button = button(self.tr("Next"), role="primary")
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.nav = button_row(self.back_button, self.next_button)
        self.body.addWidget(self.nav)
        self.body.addStretch(1)  # spare height goes below the content, not between rows
        self._show_position()

    def _intro(self) -> str:
        return self.tr(
            "This exercise uses your senses to bring you back to the here and now. "
            "Go at your own pace. Say things out loud or in your head."
        )

    def _step_text(self, step: GroundingStep) -> tuple[str, str]:
        texts = {
            "see": (
                self.tr("5 things you can see"),
                self.tr(
                    "Look around you. Find five things you can see. Small things count: "
                    "a cup, a lamp, a crack in the wall, the colour of the sky."
                ),
            ),
            "touch": (
                self.tr("4 things you can touch"),
                self.tr(
                    "Notice four things you can feel. Your feet on the floor, the chair under "
                    "you, your sleeve, your own hands."
                ),
            ),
            "hear": (
                self.tr("3 things you can hear"),
                self.tr(
                    "Listen for three sounds. A car outside, the hum of a fridge, your own "
                    "breath. Near or far, loud or quiet."
                ),
            ),
            "smell": (
                self.tr("2 things you can smell"),
                self.tr(
                    "Find two things you can smell: soap, coffee, fresh air. If you cannot "
                    "smell anything, think of two smells you like."
                ),
            ),
            "taste": (
                self.tr("1 thing you can taste"),
                self.tr(
                    "Notice one thing you can taste. Toothpaste, tea, or just the taste of "
                    "your own mouth. A sip of water works too."
                ),
            ),
        }
        return texts[step.sense]

    def _step_page(self, step: GroundingStep) -> QWidget:
        title, guidance = self._step_text(step)
        page = QWidget()
        page.setObjectName(f"groundingStep_{step.sense}")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(label(title, "sectionTitle"))
        layout.addWidget(label(guidance))
        note = MemoryTextEdit(
            self.tr("Notes: {title} (optional, not saved)").format(title=title),
            self.tr("If it helps, write them here. This is not saved."),
        )
        note.setAccessibleDescription(guidance)  # Tab to it said the title alone
        self.notes.append(note)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _finish_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("groundingFinish")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Well done"), "sectionTitle"))
        layout.addWidget(
            callout(
                self.tr(
                    "Take a slow breath. Notice how you feel now, even if the change is small."
                ),
                self.tr("You can go through the steps again any time you need to."),
            )
        )
        layout.addWidget(label(self.tr("What would you like to do now?"), "sectionTitle"))
        layout.addWidget(self._finish_buttons())
        layout.addStretch(1)
        return page

    def _finish_buttons(self) -> QWidget:
        """Start again, read more, or get help: the same choices as the end of Ride the wave."""
        self.again_button = button(self.tr("Start again"), role="primary")
        # Named by its words (WCAG 2.5.3), so "click Read" works by voice.
        self.read_button = button(self.tr("Read: Grounding and breathing"))
        self.read_button.setAccessibleDescription(self.tr("Opens the article"))
        self.help_button = button(self.tr("Get help now"), role="helpButton")
        self.again_button.clicked.connect(self.restart)
        row = self.finish_row = button_row(self.again_button, self.read_button, self.help_button)
        # A missing callback hides its button (set once parented, so nothing opens as a window).
        self.read_button.setVisible(self._open_article is not None)
        self.help_button.setVisible(self._open_help is not None)
        open_article, open_help = self._open_article, self._open_help
        if open_article is not None:
            self.read_button.clicked.connect(lambda: open_article(GROUNDING_ARTICLE))
        if open_help is not None:
            self.help_button.clicked.connect(lambda: open_help())
        return row

    def next(self) -> None:
        """Go to the next step, or to the finish screen after the last one."""
        was_finished = self.walk.finished
        self.walk.next()
        self._show_position()
        if self.walk.finished and not was_finished:
            self.finished.emit()

    def back(self) -> None:
        """Go back one step."""
        self.walk.back()
        self._show_position()

    def restart(self) -> None:
        """Back to the first step, keeping any notes typed so far."""
        # Next takes the focus from Start again before it hides: Qt gave it to the first step's
        # notes, and the next Space or Enter, meant for Next as on every step, typed there.
        self.nav.setVisible(True)
        pass_focus(self.finish_row, self.next_button)
        self.walk.restart()
        self._show_position()

    def reset(self) -> None:
        """Back to the first step with every note wiped, undo history included."""
        for note in self.notes:
            note.wipe()
        self.walk.restart()
        # Quietly: a kiosk clears the screen on show, and "Step 1 of 5" was said over
        # "Everything was cleared for the next person", of an exercise no one was doing.
        self._show_position(quiet=True)

    def _show_position(self, *, quiet: bool = False) -> None:
        self.pages.setCurrentIndex(self.walk.position)
        finished = self.walk.finished
        self.nav.setVisible(not finished)
        self.back_button.setVisible(self.walk.can_go_back)
        last = self.walk.position == len(STEPS) - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.next_button.setAccessibleName(
            self.tr("Finish the exercise") if last else self.tr("Next step")
        )
        if finished:
            self.progress_label.setText(self.tr("All five steps done"))
            step = self.progress_label.text()
        else:
            self.progress_label.setText(
                self.tr("Step {n} of {total}").format(n=self.walk.position + 1, total=len(STEPS))
            )
            title = self._step_text(STEPS[self.walk.position])[0]
            step = f"{self.progress_label.text()}: {title}"
        if self.isVisible() and not quiet:  # a new step, not the screen being built
            announce(self.progress_label, step)
            if finished:  # the choices of what to do next, Get help now among them, in view
                reveal(self.finish_row)

    def plain_text(self) -> str:
        """The notes typed so far, one step per paragraph (empty steps left out)."""
        parts = []
        for step, note in zip(STEPS, self.notes, strict=True):
            if note.text().strip():
                parts.append(f"{self._step_text(step)[0]}\n{note.text().strip()}")
        return "\n\n".join(parts)


class OnePageAtATime(QWidget):
    """The steps, one shown at a time, in the page's own column.

    Not a QStackedWidget: a stack is as tall as its pages' size hints, which ignore how much
    room wrapped text needs, and at 200% text the last lines of a step were cut off.
    """

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = -1

    def addWidget(self, page: QWidget) -> None:  # noqa: N802 - QStackedWidget's name
        """Add a page (hidden until it is the current one)."""
        self._pages.append(page)
        self._layout.addWidget(page)
        page.setVisible(len(self._pages) - 1 == self._current)

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 - QStackedWidget's name
        """Show this page and hide the others."""
        self._current = index
        for number, page in enumerate(self._pages):
            page.setVisible(number == index)

    def currentIndex(self) -> int:  # noqa: N802 - QStackedWidget's name
        """The page shown."""
        return self._current

    def currentWidget(self) -> QWidget:  # noqa: N802 - QStackedWidget's name
        """The page shown."""
        return self._pages[self._current]
