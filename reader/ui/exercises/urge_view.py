"""Ride the wave: wait out an urge with a timer, gentle check-ins and ideas to try."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reader.exercises import Clock, format_clock
from reader.exercises.urge import DEFAULT_MINUTES, DELAY_MINUTES, UrgeFrame, UrgeState, UrgeTimer
from reader.process_clock import clock_counting_sleep
from reader.ui.a11y import announce
from reader.ui.a11y_roles import not_a_heading
from reader.ui.exercises.common import align_centre, button, button_row, label
from reader.ui.exercises.urge_check_in import CheckInBox, levels_text, step_text
from reader.ui.exercises.urge_end import URGE_ARTICLE as URGE_ARTICLE  # coping_screens imports it
from reader.ui.exercises.urge_end import EndChoices
from reader.ui.exercises.urge_ideas import ideas_panel
from reader.ui.focus import focus_is_in, pass_focus, tab_stop_on_choice
from reader.ui.in_view import reveal
from reader.ui.widgets import Page

TICK_MS = 250  # the countdown shows whole seconds; four ticks a second keeps it on time
# 7 out of 10 or more is still a strong urge: the reply points to Get help now and offers it.
STRONG = 7


def _page(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(12)
    for widget in widgets:
        layout.addWidget(widget)
    return page


class UrgeView(Page):
    """Choose 5, 10 or 15 minutes, wait with check-ins, then choose what to do next."""

    round_finished = Signal()

    def __init__(
        self,
        open_help: Callable[[], object],
        open_article: Callable[[str], object] | None,
        *,
        clock: Clock = clock_counting_sleep,  # goes on while the computer sleeps
    ) -> None:
        super().__init__()
        self.setObjectName("urgeView")
        self._open_help = open_help
        self.urge = UrgeTimer(clock)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._round_over = False  # round_finished is sent once per round
        self._last_step = ""  # what a screen reader was last told
        self.body.addWidget(label(self.tr("Ride out an urge"), "pageTitle"))
        self.choose_page = _page(*self._choose_widgets())
        self.wait_page = _page(*self._wait_widgets())
        end = EndChoices(self._open_help, open_article)
        self.end_levels_label, self.again_button = end.levels_label, end.again_button
        self.read_button, self.help_button = end.read_button, end.help_button
        self.again_button.clicked.connect(self.another_round)
        self.end_page = _page(*end.widgets())
        # Hidden when this pack has no such article (set once parented: no stray window).
        self.read_button.setHidden(open_article is None)
        # Pages are shown one at a time in the body (not a QStackedWidget) so each takes only
        # the height it needs.
        self.pages = (self.choose_page, self.wait_page, self.end_page)
        for page in self.pages:
            self.body.addWidget(page)
        self.body.addStretch(1)  # spare height goes below the content, not between rows
        self._show_response("")
        self.refresh()

    @property
    def timer(self) -> QTimer:
        """The tick timer (active only while a round runs and the screen is visible)."""
        return self._timer

    def running_seconds_left(self) -> float:
        """Seconds the round in view still runs by itself (0 if none): a kiosk isn't idle then."""
        return self.urge.running_seconds_left() if self.isVisible() else 0.0

    def _choose_widgets(self) -> list[QWidget]:
        intro = self.tr(
            "An urge is like a wave. It builds, reaches a peak and then falls by itself. "
            "Set a timer and give the wave time to pass. You don't have to do anything about "
            "the urge right now."
        )
        self.minute_buttons = QButtonGroup(self)
        choices = QWidget()
        row = QVBoxLayout(choices)
        row.setContentsMargins(0, 0, 0, 0)
        for minutes in DELAY_MINUTES:
            radio = QRadioButton(self.tr("{n} minutes").format(n=minutes))
            radio.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            radio.setAccessibleName(self.tr("Wait {n} minutes").format(n=minutes))
            self.minute_buttons.addButton(radio, minutes)
            row.addWidget(radio)
        tab_stop_on_choice(self.minute_buttons)
        self.start_button = button(self.tr("Start the timer"), role="primary")
        self.start_button.clicked.connect(self.start)
        self._select_default_minutes()
        return [
            label(intro),
            label(self.tr("How long would you like to wait?"), "sectionTitle"),
            choices,
            button_row(self.start_button),
        ]

    def _select_default_minutes(self) -> None:
        self.minute_buttons.button(DEFAULT_MINUTES).setChecked(True)

    def _wait_widgets(self) -> list[QWidget]:
        # Title-sized, but a countdown, not a heading for a screen reader's heading keys.
        self.time_label = align_centre(not_a_heading(label("", "pageTitle")))
        # No fixed name: a screen reader reads the time itself; whole minutes are announced.
        self.time_label.setAccessibleDescription(self.tr("Time left"))
        self.check_in_box = CheckInBox()
        box = self.check_in_box
        self.slider, self.slider_value = box.slider, box.slider_value
        self.answer_button, self.skip_button = box.answer_button, box.skip_button
        self.answer_button.clicked.connect(self.answer)
        self.skip_button.clicked.connect(self.skip_check_in)
        # Esc, as on the Clear question: it did nothing, and a second Esc closed Lantern.
        box.cancelled.connect(self.skip_check_in)
        self.response_label = label("", "muted")
        self.response_help_button = button(self.tr("Get help now"), role="helpButton")
        self.response_help_button.clicked.connect(lambda: self._open_help())
        self.response_row = QWidget()
        column = QVBoxLayout(self.response_row)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.response_label)
        column.addWidget(button_row(self.response_help_button))
        self.levels_label = label("", "muted")
        self.end_now_button = button(self.tr("End the timer now"))
        self.end_now_button.clicked.connect(self.end_now)
        return [
            align_centre(label(self.tr("Give the wave time to pass."), "muted")),
            self.time_label,
            self.check_in_box,
            self.response_row,
            self.levels_label,
            ideas_panel(),
            button_row(self.end_now_button),
        ]

    def start(self) -> None:
        """Start a round with the chosen number of minutes."""
        self.urge.start(self.minute_buttons.checkedId())
        self._round_over = False
        self._show_response("")
        # Another round forgets the last one's answers: its slider stayed at the last, a 9
        # said before, and Done pressed at once gave the new round that 9 again.
        self.check_in_box.start_over()
        self._timer.start()
        self.refresh()

    def another_round(self) -> None:
        """Wait again for the same number of minutes."""
        self.start()

    def answer(self) -> None:
        """Note the slider value for this round and close the check-in."""
        level = self.slider.value()
        self.urge.answer(level)
        strong = level >= STRONG
        if strong:
            text = self.tr(
                "That sounds really hard. You don't have to go through this alone. Reaching out "
                "is a good next step, not giving up. Get help now lists people you can talk to."
            )
        else:
            text = self.tr("Thank you. Urges rise and fall. Keep going at your own pace.")
        self._show_response(text, offer_help=strong)
        # Before the box hides: Qt would give its focus to the next control down the page,
        # "End the timer now", below the window, and leave the reply above it.
        pass_focus(self.check_in_box, self.response_help_button if strong else self)
        self.refresh()
        self._show_under_time(self.response_row)
        announce(self.response_label, text)  # after the time, so it is what is heard last

    def _show_response(self, text: str, *, offer_help: bool = False) -> None:
        self.response_label.setText(text)
        self.response_row.setVisible(bool(text))
        self.response_help_button.setVisible(offer_help)

    def skip_check_in(self) -> None:
        """Close the check-in without an answer."""
        self.urge.skip_check_in()
        pass_focus(self.check_in_box, self)  # the page, not "End the timer now" far below
        self.refresh()
        self._show_under_time(self.response_row)

    def end_now(self) -> None:
        """Stop waiting and go to the end choices."""
        self.urge.end_now()
        self.refresh()

    def reset(self) -> None:
        """Back to the first screen with nothing remembered and no timer running."""
        self._timer.stop()
        self.urge.reset()
        self._round_over = False
        self._show_response("")
        self.check_in_box.start_over()
        self._select_default_minutes()
        self.refresh()

    def refresh(self) -> None:
        """Read the round and show the right screen, time, check-in and answers."""
        frame = self.urge.frame()
        page = {
            UrgeState.IDLE: self.choose_page,
            UrgeState.RUNNING: self.wait_page,
            UrgeState.FINISHED: self.end_page,
        }[frame.state]
        opening = frame.check_in_due and self.check_in_box.isHidden()
        if opening:
            self._open_check_in()
        self.check_in_box.setVisible(frame.check_in_due)
        # Shown before the others hide: a focused button's focus moves on into this page.
        page.setVisible(True)
        for each in self.pages:
            each.setVisible(each is page)
        self.current_page = page
        self.time_label.setText(self.tr("{time} left").format(time=format_clock(frame.remaining)))
        self.levels_label.setText(levels_text(frame.levels))
        self.levels_label.setVisible(bool(frame.levels))
        self.end_levels_label.setText(levels_text(frame.levels))
        # Empty, it left a blank gap above "What would you like to do now?" (no check-ins).
        self.end_levels_label.setVisible(bool(frame.levels))
        self._announce_step(page, frame)
        if opening and (self.slider.hasFocus() or not focus_is_in(self)):
            self._show_under_time(self.check_in_box)
        if frame.state is UrgeState.FINISHED:
            self._timer.stop()
            if not self._round_over:
                self._round_over = True
                self.round_finished.emit()

    def _open_check_in(self) -> None:
        """Show the question and clear the reply; the slider takes the focus from the page."""
        # Or from the reply's Get help now, about to hide; never from a control the reader chose.
        self.check_in_box.setVisible(True)  # first: a hidden slider cannot take the focus
        focused = QApplication.focusWidget()
        if focused is None or focused is self or focus_is_in(self.response_row):
            self.slider.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_response("")

    def _show_under_time(self, widget: QWidget) -> None:
        """Scroll the time left, then widget under it (if shown), into view."""
        if not self.isVisible():  # hidden, its layout is stale
            return
        reveal(self.time_label)
        if widget.isVisibleTo(self):
            reveal(widget)  # last: if not both fit, what just appeared wins

    def _announce_step(self, page: QWidget, frame: UrgeFrame) -> None:
        """Tell a screen reader each whole minute, each check-in and the end; not each second."""
        step = step_text(frame.state, frame.remaining, frame.check_in_due)
        if step != self._last_step:
            self._last_step = step
            # From the page on show: the end was said from the time left, hidden with its page,
            # and a screen reader may drop what a hidden widget says.
            announce(self.time_label if page is self.wait_page else page, step)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Catch up with the clock and tick again if a round is still running."""
        super().showEvent(event)
        if self.urge.state is UrgeState.RUNNING:
            self._timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Stop ticking while hidden; the round keeps time by the clock, not the timer."""
        self._timer.stop()
        super().hideEvent(event)
