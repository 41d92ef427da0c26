"""Paced breathing: a circle that grows and shrinks with the breath, and words to follow."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QWidget

from reader.exercises import Clock
from reader.exercises.breathing import RHYTHMS, BreathFrame, BreathingSession, BreathState
from reader.process_clock import clock_counting_sleep
from reader.ui.a11y import announce
from reader.ui.a11y_roles import not_a_heading
from reader.ui.exercises.breathing_choices import BreathingChoices
from reader.ui.exercises.breathing_circle import BreathingCircle
from reader.ui.exercises.breathing_words import intro_text, step_text, time_text, words
from reader.ui.exercises.common import align_centre, button, button_row, label
from reader.ui.exercises.grounding_view import GROUNDING_ARTICLE
from reader.ui.focus import focus_is_in, pass_focus
from reader.ui.in_view import reveal
from reader.ui.text_size import change_role
from reader.ui.widgets import Page

ANIMATION_MS = 33  # about 30 frames a second, only while a session runs
TEXT_ONLY_MS = 200  # reduce motion: only the words change, so a slower tick is enough


class BreathingView(Page):
    """Choose a rhythm and length, then breathe along; Start, Pause/Resume and Stop."""

    phase_changed = Signal(str)  # "in", "out", or "" when not breathing
    finished = Signal()

    def __init__(
        self,
        reduce_motion: bool = False,
        *,
        clock: Clock = clock_counting_sleep,  # goes on while the computer sleeps
        open_help: Callable[[], object] | None = None,
        open_article: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("breathingView")
        self._clock = clock
        self._open_help = open_help
        self._open_article = open_article
        self._reduce_motion_default = reduce_motion
        self._last_phase = ""
        self._last_step = ""  # what a screen reader was last told
        self.session = BreathingSession(clock)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self.reduce_motion_box.setChecked(reduce_motion)
        self._apply_motion_setting()
        self.refresh()

    @property
    def timer(self) -> QTimer:
        """The frame timer (active only while breathing and visible)."""
        return self._timer

    def running_seconds_left(self) -> float:
        """Seconds the session in view still runs by itself (0 if none): a kiosk isn't idle then."""
        return self.session.running_seconds_left() if self.isVisible() else 0.0

    def _build(self) -> None:
        self.body.addWidget(label(self.tr("Slow breathing"), "pageTitle"))
        self.intro_label = label("", "muted")  # its words follow the words-only choice
        self.body.addWidget(self.intro_label)
        self.body.addWidget(self._choices())
        self.circle = BreathingCircle()
        self.body.addWidget(self.circle)
        # Drawn as large as a title, but the breath to follow, not a heading to jump to.
        self.prompt_label = not_a_heading(align_centre(label("", "sectionTitle")))
        # No fixed name: a screen reader reads the words themselves (and hears each step).
        self.prompt_label.setAccessibleDescription(self.tr("Breathing guide"))
        self.time_label = align_centre(label("", "muted"))
        self.body.addWidget(self.prompt_label)
        self.body.addWidget(self.time_label)
        self.start_button = button(self.tr("Start"), role="primary")
        self.pause_button = button(self.tr("Pause"))
        self.stop_button = button(self.tr("Stop"))
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        # At the end, the same choices as the other tools: again, read more, or get help.
        # Named by its words (WCAG 2.5.3), so "click Read" works by voice.
        self.read_button = button(self.tr("Read: Grounding and breathing"))
        self.read_button.setAccessibleDescription(self.tr("Opens the article"))
        self.help_button = button(self.tr("Get help now"), role="helpButton")
        open_article, open_help = self._open_article, self._open_help
        if open_article is not None:
            self.read_button.clicked.connect(lambda: open_article(GROUNDING_ARTICLE))
        if open_help is not None:
            self.help_button.clicked.connect(lambda: open_help())
        row = (self.start_button, self.pause_button, self.stop_button)
        self.controls = button_row(*row, self.read_button, self.help_button, centred=True)
        self.body.addWidget(self.controls)
        self.body.addStretch(1)  # spare height goes below the content, not between rows

    def _choices(self) -> QWidget:
        """The rhythm, length and words-only rows, their widgets kept at hand on the view."""
        choices = self.choices = BreathingChoices(self)
        self.rhythm_buttons, self.rhythm_row = choices.rhythm_buttons, choices.rhythm_row
        self.minutes_buttons, self.minutes_row = choices.minutes_buttons, choices.minutes_row
        self.reduce_motion_box = choices.reduce_motion_box
        self.reduce_motion_box.toggled.connect(self._apply_motion_setting)
        # The reader's click only: set_reduce_motion() is the setting reaching this box.
        self.reduce_motion_box.clicked.connect(self._share_motion_choice)
        self.locked_while_breathing = choices.locked_while_breathing
        self.options = choices.options
        return self.options

    def _share_motion_choice(self, checked: bool) -> None:
        """Words only is Reduce motion in Reading settings: tell the window's setting (the menu
        still showed it off after words only was ticked here)."""
        # theming ticks this box on every breathing screen when the menu changes the setting.
        theming = getattr(self.window(), "theming", None)  # none for a screen on its own
        if theming is not None:
            theming.set_reduce_motion(checked)

    @property
    def reduce_motion(self) -> bool:
        """True when the calm text countdown replaces the moving circle."""
        return self.reduce_motion_box.isChecked()

    def set_reduce_motion(self, value: bool) -> None:
        """Switch between the moving circle and the words-only countdown."""
        self.reduce_motion_box.setChecked(value)

    def _apply_motion_setting(self) -> None:
        self.intro_label.setText(intro_text(self.reduce_motion))
        self.circle.setVisible(not self.reduce_motion)
        change_role(self.prompt_label, "pageTitle" if self.reduce_motion else "sectionTitle")
        self._timer.setInterval(TEXT_ONLY_MS if self.reduce_motion else ANIMATION_MS)

    def start(self) -> None:
        """Start a new session with the chosen rhythm and length."""
        rhythm = RHYTHMS[self.rhythm_buttons.checkedId()]
        minutes = self.minutes_buttons.checkedId()
        self.session = BreathingSession(self._clock, rhythm, minutes)
        self.session.start()
        self._timer.start()
        self.refresh()
        self.pause_button.setFocus()  # Start has stepped aside; keep keyboard focus nearby
        self._show_controls()

    def toggle_pause(self) -> None:
        """Pause a running session, or resume a paused one."""
        if self.session.state is BreathState.RUNNING:
            self.session.pause()
            self._timer.stop()
        elif self.session.state is BreathState.PAUSED:
            self.session.resume()
            self._timer.start()
        self.refresh()
        self._show_controls()

    def stop(self) -> None:
        """End the session and go back to the start."""
        self.session.stop()
        self._timer.stop()
        self.refresh()
        self.start_button.setFocus()
        self._show_controls()

    def reset(self) -> None:
        """Back to the initial state: no session, default choices, no timer."""
        self.stop()
        self.choices.select_defaults()
        self.set_reduce_motion(self._reduce_motion_default)
        self.refresh()

    def refresh(self) -> None:
        """Read the session and update the circle, words, time and buttons."""
        frame = self.session.frame()
        self.circle.set_fullness(frame.fullness)
        self.prompt_label.setText(words(frame))
        self.time_label.setText(time_text(frame))
        self.time_label.setVisible(bool(self.time_label.text()))
        self._keep_words_height(frame.state)
        self._update_buttons(frame.state)
        phase = frame.phase.value if frame.phase else ""
        if phase != self._last_phase:
            self._last_phase = phase
            self.phase_changed.emit(phase)
        self._announce_step(frame)
        if frame.state is BreathState.FINISHED and self._timer.isActive():
            self._timer.stop()
            self._show_controls()
            self.finished.emit()

    def _show_controls(self) -> None:
        """Scroll the words, then the buttons (every end choice too), into view."""
        # The time line appears on Start, the words wrap when paused or ended and the end
        # choices wrap to rows of their own: each pushed the focused button below the window.
        if not self.isVisible():  # hidden, its layout is stale
            return
        reveal(self.prompt_label)
        reveal(self.controls)  # last: if not both fit, the buttons win

    def _keep_words_height(self, state: BreathState) -> None:
        """While breathing, the words' room only grows, so the buttons stay where they went."""
        # At 200% text the longest counts take a second line: each breath pushed Pause down
        # and back up, below the window half the time.
        words = self.prompt_label
        if state not in (BreathState.RUNNING, BreathState.PAUSED):
            words.setMinimumHeight(0)
            return
        needed = words.heightForWidth(words.width()) if self.isVisible() else 0
        if needed > words.minimumHeight():
            words.setMinimumHeight(needed)
            if focus_is_in(self.controls):
                self._show_controls()

    def _announce_step(self, frame: BreathFrame) -> None:
        """Tell a screen reader each breath and each pause or ending, not every count."""
        step = step_text(frame)
        if step != self._last_step:
            self._last_step = step
            announce(self.prompt_label, step)

    def _update_buttons(self, state: BreathState) -> None:
        active = state in (BreathState.RUNNING, BreathState.PAUSED)
        # Hidden rather than disabled: fewer controls on screen, and nothing that looks usable
        # but isn't.
        self.start_button.setVisible(not active)
        self.start_button.setText(
            self.tr("Start again") if state is BreathState.FINISHED else self.tr("Start")
        )
        self.start_button.setAccessibleName(self.start_button.text())
        if not active:  # a session that ends by itself: focus on Start again, not the choices
            pass_focus(self.pause_button, self.start_button)
            pass_focus(self.stop_button, self.start_button)
        self.pause_button.setVisible(active)
        pause_text = self.tr("Resume") if state is BreathState.PAUSED else self.tr("Pause")
        self.pause_button.setText(pause_text)
        self.pause_button.setAccessibleName(pause_text)
        self.stop_button.setVisible(active)
        ended = state is BreathState.FINISHED
        self.read_button.setVisible(ended and self._open_article is not None)
        self.help_button.setVisible(ended and self._open_help is not None)
        # The choices stay where they are, greyed, so the circle does not jump when breathing
        # starts; words only can still be switched on or off at any time.
        for widget in self.locked_while_breathing:
            widget.setEnabled(not active)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Pause when the screen is hidden, so no timer runs in the background."""
        if self.session.state is BreathState.RUNNING:
            self.session.pause()
        self._timer.stop()
        # Paused quietly: "Paused. Press Resume" was said over the screen opened instead (F1's
        # help panel). The words on screen still say it when the reader comes back.
        self._last_step = step_text(self.session.frame())
        self.refresh()
        super().hideEvent(event)
