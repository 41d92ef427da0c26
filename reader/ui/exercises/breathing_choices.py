"""Slow breathing's choices: the rhythm, the length and words only, each row with its label."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QWidget

from reader.exercises.breathing import DEFAULT_MINUTES, MINUTES, RHYTHMS
from reader.ui.a11y_roles import name_group
from reader.ui.exercises.breathing_words import minutes_text
from reader.ui.exercises.common import choice_row, label
from reader.ui.flow import LabelledRows

# Looked up under the screen's own context, so translations made for it still apply.
translate = QCoreApplication.translate


class BreathingChoices:
    """The rhythm and length radio buttons and the words-only box, laid out in labelled rows."""

    def __init__(self, owner: QWidget) -> None:
        rhythms = [
            translate("BreathingView", "In for {inhale}, out for {exhale}").format(
                inhale=r.inhale, exhale=r.exhale
            )
            for r in RHYTHMS
        ]
        self.rhythm_buttons, self.rhythm_row = choice_row(
            owner, [(i, text, text) for i, text in enumerate(rhythms)], stacked=True
        )
        self.minutes_buttons, self.minutes_row = choice_row(
            owner, [(m, minutes_text(m), minutes_text(m)) for m in MINUTES]
        )
        self.select_defaults()
        self.reduce_motion_box = _motion_box()
        # Our own row labels, which Python keeps to grey them.
        rhythm_label = label(translate("BreathingView", "Rhythm"))
        minutes_label = label(translate("BreathingView", "Length"))
        # Named groups: a screen reader said "1 minute" with nothing to say it was the length.
        name_group(self.rhythm_row, rhythm_label.text())
        name_group(self.minutes_row, minutes_label.text())
        motion_label = label(translate("BreathingView", "Motion"))
        self.options = LabelledRows(
            [
                (rhythm_label, self.rhythm_row, self.rhythm_buttons.buttons()),
                (minutes_label, self.minutes_row, self.minutes_buttons.buttons()),
                # The box lines up with the radio buttons above it, not 6 px off the labels.
                (motion_label, self.reduce_motion_box, [self.reduce_motion_box]),
            ]
        )
        self.options.setObjectName("breathingOptions")
        self.options.setContentsMargins(0, 8, 0, 0)
        # Greyed together with their row labels while breathing: these cannot change mid-way.
        self.locked_while_breathing: list[QWidget] = [
            rhythm_label,
            self.rhythm_row,
            minutes_label,
            self.minutes_row,
        ]

    def select_defaults(self) -> None:
        """The first rhythm and the default length."""
        self.rhythm_buttons.button(0).setChecked(True)
        self.minutes_buttons.button(DEFAULT_MINUTES).setChecked(True)


def _motion_box() -> QCheckBox:
    # Short enough to stay whole at 200% text in the narrowest window ("Motion" says which
    # circle); a check box cannot wrap its words.
    box = QCheckBox(translate("BreathingView", "Words only, no circle"))
    # Its name is its words, so "click Words only" works by voice (WCAG 2.5.3); the
    # description ties it to Reduce motion in Reading settings.
    box.setAccessibleName(box.text())
    box.setAccessibleDescription(
        translate("BreathingView", "Reduce motion: words only, no moving circle")
    )
    box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return box
