"""Ride out an urge's last page: the timer has ended, this round's answers, what to do next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reader.ui.exercises.common import button, button_row, label

URGE_ARTICLE = "riding-out-an-urge"

# Looked up under the screen's own context, so translations made for it still apply.
translate = QCoreApplication.translate


class EndChoices:
    """Kind words once the timer ends, the answers given, then Another round, read or get help."""

    def __init__(
        self, open_help: Callable[[], object], open_article: Callable[[str], object] | None
    ) -> None:
        self.levels_label = label("", "muted")
        self.again_button = button(translate("UrgeView", "Another round"), role="primary")
        # Named by its words (WCAG 2.5.3), so "click Read" works by voice.
        self.read_button = button(translate("UrgeView", "Read: Riding out an urge"))
        self.read_button.setAccessibleDescription(translate("UrgeView", "Opens the article"))
        self.help_button = button(translate("UrgeView", "Get help now"), role="helpButton")
        if open_article is not None:
            self.read_button.clicked.connect(lambda: open_article(URGE_ARTICLE))
        self.help_button.clicked.connect(lambda: open_help())

    def widgets(self) -> list[QWidget]:
        """The page's widgets, top to bottom."""
        return [
            label(translate("UrgeView", "The timer has ended"), "sectionTitle"),
            label(
                translate(
                    "UrgeView",
                    "However you feel now, you gave the urge time to change. Most urges ease, "
                    "but some last a long time. If it is still strong, you can wait another "
                    "round, or message someone you trust, or open Get help now. Reaching out is "
                    "a good next step, not giving up.",
                )
            ),
            self.levels_label,
            label(translate("UrgeView", "What would you like to do now?"), "sectionTitle"),
            button_row(self.again_button, self.read_button, self.help_button),
        ]
