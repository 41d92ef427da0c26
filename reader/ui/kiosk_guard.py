"""Kiosk mode in the window: no way out, idle notice and reset, admin exit with a PIN."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from reader.kiosk import ADMIN_CHORD, KioskPolicy, Phase, ResetStep, clock_counting_sleep
from reader.pin import PinLockout
from reader.ui import app_filters
from reader.ui.a11y import announce
from reader.ui.kiosk_away import PutAway, drop_composing
from reader.ui.kiosk_clearing import drop_screens, empty_text_boxes
from reader.ui.kiosk_dialogs import IdleNotice
from reader.ui.kiosk_events import (
    ACTIVITY,
    AIMED,
    BLOCKED,
    INPUT,
    RELEASES,
    asks_for_help,
    is_quit_key,
)
from reader.ui.kiosk_fresh import LeftAsReset
from reader.ui.kiosk_notice_input import PRESSES, NoticeInput
from reader.ui.kiosk_pin import PinPrompt
from reader.ui.kiosk_screen import KeyboardHome

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

PERSISTENT_SCREENS = ("home", "article", "search")
# The longest the idle timer sleeps. Timers stop while the computer sleeps (the idle clock does
# not): one set for the whole wait left the last reader's page on screen after waking, until a
# touch or the rest of the wait. A look every few seconds costs next to nothing.
LOOK_SECONDS = 5.0


class KioskGuard(QObject):
    """Watches input for the idle policy and refuses every way of leaving the app."""

    def __init__(
        self, window: MainWindow, clock: Callable[[], float] = clock_counting_sleep
    ) -> None:
        super().__init__(window)
        self.window = window
        context = window.context
        self.policy = KioskPolicy(context.idle_timeout, context.warning_seconds, clock)
        self.lockout = PinLockout(context.admin_pin_hash, clock)
        self.unlocked = False
        self._prompt: PinPrompt | None = None  # while the PIN prompt is open
        self._swallow_release = False
        self.notice = IdleNotice(window)
        self.notice.keep_reading.connect(self.keep_reading)
        self.notice.someone_new.connect(self.finish_session)
        self.notice_input = NoticeInput(window, self.notice)
        window.leaving.connect(self._help_opening)
        self.away = PutAway(window)
        self.keyboard = KeyboardHome(window)
        self.fresh = LeftAsReset(window)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check_idle)
        admin = QShortcut(QKeySequence(ADMIN_CHORD.portable_text), window)
        admin.setContext(Qt.ShortcutContext.ApplicationShortcut)
        admin.activated.connect(self.ask_pin)
        window.setAcceptDrops(False)
        app_filters.install(self, first=True)  # sees all input, whatever another filter takes
        self._schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Count activity; swallow quit keys, context menus and dropped files.

        While the idle notice shows, nothing counts as activity: see kiosk_notice_input.
        """
        kind = event.type()
        if kind in BLOCKED:
            event.ignore()
            return True
        if isinstance(event, QKeyEvent) and kind == QEvent.Type.KeyPress and is_quit_key(event):
            return True
        if self._swallow_release and kind in RELEASES:
            self._swallow_release = False
            return True  # the end of a press the notice took
        if kind == QEvent.Type.Hide:
            if isinstance(watched, QWidget) and watched.isWindow():
                self.keyboard.window_hidden(watched)  # with no window manager, it takes the keys
            return False
        if kind not in INPUT:
            return False  # most events are not input: decided without asking the notice
        if self._caught_up() and kind in AIMED:
            self._swallow_release = kind in PRESSES
            self._help_after_reset(event)
            return True  # aimed at the last reader's page, gone now
        if self.notice.isVisible():
            if kind in AIMED and self._in_prompt(watched):
                self._count_down_again()  # staff typing the PIN: no reset mid-PIN
            taken = self.notice_input.takes(watched, event)
            if taken and kind in PRESSES:
                self._swallow_release = True
            return taken
        if kind in ACTIVITY:
            self.record_activity()
        return False

    def _caught_up(self) -> bool:
        """Whether input found the idle wait over, unseen by the timer, and cleared everything
        now (with the countdown still on, the notice shows instead, and decides as ever).

        The timer does not fire while the computer sleeps: woken, it showed the last reader's
        page (or the notice, whose I'm still here gave it back), and the first touch counted
        as theirs, keeping it for another whole wait.
        """
        phase = self.policy.state().phase
        if phase is Phase.ACTIVE or (phase is Phase.WARNING and self.notice.isVisible()):
            return False  # the timer is keeping up (a countdown shown may be a second behind)
        return self.check_idle()  # as the timer would have (a running exercise holds it)

    def _help_after_reset(self, event: QEvent) -> None:
        """Get help now or F1 woke the kiosk: cleared, help is still what was asked for.

        A touch screen sends no pointer move before a tap: the tap on Get help now cleared
        everything, was taken with the last reader's page, and the home screen showed.
        """
        window = self.window
        if window.location != "help" and asks_for_help(event, window.help_button):
            # Later, as HelpKey does: a dialog the reset cancelled is still returning.
            QTimer.singleShot(0, window, window.open_help)

    def record_activity(self) -> None:
        """The reader did something: start the idle wait again."""
        if self.notice.isVisible():  # from I'm still here or Get help now: nothing else
            self.notice.hide()
            self.away.give_back()
        self.policy.record_activity()
        self._schedule()

    def _help_opening(self, location: str) -> None:
        """Get help now (its button or F1) over the notice: nothing may stand in front of help.

        The notice goes, and the reader's focus comes back, before their screen is left: the
        notice held the focus, so the screen was noted with none, and Back put the keyboard at
        the top of the safety plan, or on the article's text with no link marked.
        """
        if location == "help" and self.notice.isVisible():
            self.record_activity()  # help takes the focus next, as from the page

    def keep_reading(self) -> None:
        """The reader pressed I'm still here: their search and focus come back."""
        self.record_activity()

    def _schedule(self) -> None:
        wait = min(self.policy.seconds_until_change(), LOOK_SECONDS)
        wait_ms = max(50, int(wait * 1000))
        self.timer.start(wait_ms)

    def check_idle(self) -> bool:
        """Show the countdown, or reset, as the policy says; not while an exercise runs.

        Returns whether it reset.
        """
        state = self.policy.state()
        if state.phase is not Phase.ACTIVE and not self.notice.isVisible():
            # A reader breathing along or waiting out an urge touches nothing for minutes, and
            # is not idle: the wait starts again when the exercise ends. Asked only now, when
            # the wait is up, so nothing ticks to follow the exercises.
            self.policy.busy_for(self._exercise_seconds_left())
            if not self.policy.used and self.fresh.unchanged():
                # Nothing to clear: no notice all day over a fresh home, or help kept for a caller.
                self.policy.rest()
            state = self.policy.state()
        if state.phase is Phase.WARNING:
            self.show_notice(state.seconds_left)
        elif state.phase is Phase.RESET_DUE:
            on_help = self.window.location == "help"
            self.reset()
            if on_help:
                # Someone may be on the phone to a number from that screen: once everything of
                # theirs is gone, it shows again (in the clinic's region), not the home screen.
                self.window.open_help()
                self.fresh.note()
            return True
        self._schedule()
        return False

    def _exercise_seconds_left(self) -> float:
        """How long the exercise on the screen in view still runs by itself (0 when none)."""
        seconds_left = getattr(self.window.stack.currentWidget(), "running_seconds_left", None)
        return float(seconds_left()) if callable(seconds_left) else 0.0

    def show_notice(self, seconds_left: int) -> None:
        """Show (or count down) the idle notice, putting the reader's search away first."""
        showing = self.notice.isVisible()
        if not showing:
            # A dialog (the last reader's web address) or an open list stood over the notice
            # for the whole countdown, and took the keys meant for it.
            self._close_dialogs()
            self.away.put_away()  # before the notice takes the focus
        self.notice.show_seconds(seconds_left)
        if not showing:
            self.away.hold_toolbar()  # after: the toolbar's controls wait for I'm still here

    def finish_session(self) -> None:
        """ "I'm finished" (or Esc twice): clear everything now."""
        self.policy.finish()
        self.reset()

    def detach(self) -> None:
        """Stop watching input and timing (the window is closing for good)."""
        self.timer.stop()
        self.keyboard.detach()
        app_filters.remove(self)

    def may_close(self) -> bool:
        """The window may close only after the administrator's PIN was accepted."""
        return self.unlocked

    def ask_pin(self) -> bool:
        """Show the PIN prompt; the right PIN closes Lantern."""
        prompt = PinPrompt(self.lockout, self.window)
        self._prompt = prompt
        if self.notice.isVisible():
            self._count_down_again()  # the chord opened it with seconds left
        try:
            accepted = prompt.exec() == QDialog.DialogCode.Accepted
        finally:
            self._prompt = None
            prompt.deleteLater()  # or a prompt would pile up with every try, all day
        if accepted:
            self.unlocked = True
            self.window.close()
        return accepted

    def _in_prompt(self, watched: QObject) -> bool:
        """Whether input is for the PIN prompt (its window, or a widget in it)."""
        prompt = self._prompt
        if prompt is None:
            return False
        if isinstance(watched, QWidget):
            return watched.window() is prompt
        return watched is prompt.windowHandle()

    def _count_down_again(self) -> None:
        """Staff at the PIN prompt over the notice: the countdown starts again, the notice
        stays (nothing of the reader's comes back), and it still clears once they stop.

        It went on under the prompt, and at its end the reset closed the prompt mid-PIN.
        """
        self.policy.count_down_again()
        self.check_idle()  # the notice shows the new count, and the timer wakes for it

    def reset(self) -> list[ResetStep]:
        """Put the window back to a fresh session; returns the steps done, in order."""
        window = self.window
        self.away.forget()  # the search and the focus of the reader who left stay gone
        drop_composing(window)  # first: closing a dialog or going home would type it in
        done = [self._close_dialogs()]
        # Emptying every box sends hundreds of events, and no input can arrive meanwhile
        # (nothing here runs an event loop): the Python input filters step aside for it.
        with app_filters.paused():
            done += [self._clear_text(), self._clear_search()]
        window.clear_clipboard()
        done.append(ResetStep.CLEAR_CLIPBOARD)
        window.history.clear()
        done.append(ResetStep.DROP_HISTORY)
        window.theming.restore_defaults(later=True)
        done.append(ResetStep.RESTORE_DISPLAY)
        window.go_home()
        window.home.verticalScrollBar().setValue(0)
        done.append(ResetStep.SHOW_HOME)
        self.notice.hide()
        self.policy.reset_done()
        self.fresh.note()
        self._schedule()
        # Only the home page's name was said: the next person, or the one who pressed "I'm
        # finished", heard nothing of the clearing.
        announce(window, self.tr("Everything was cleared for the next person."))
        return done

    def _close_dialogs(self) -> ResetStep:
        """Cancel every dialog, close every menu and every open drop-down list."""
        from reader.ui.help_key import close_dialogs_and_menus

        close_dialogs_and_menus()  # and the lists open in combo boxes
        return ResetStep.CLOSE_DIALOGS

    def _clear_text(self) -> ResetStep:
        drop_screens(self.window, PERSISTENT_SCREENS)
        self.window.article_view.reset()
        empty_text_boxes(self.window)
        return ResetStep.CLEAR_TEXT

    def _clear_search(self) -> ResetStep:
        self.window.search_box.setText("")
        self.window.search_view.reset()  # back to the top of the page too
        return ResetStep.CLEAR_SEARCH
