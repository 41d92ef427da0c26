"""`lantern --self-test`: an offscreen tour of every screen that checks what it sees."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from reader.breakable import plain_hyphens
from reader.ui.help_panel import HelpPanel
from reader.ui.main_window import MainWindow
from reader.ui.self_test_tools import (
    check_dialogs,
    check_display_settings,
    check_exercises,
    check_help_everywhere,
    check_help_over_dialogs,
    check_plan_and_reflections,
    fill_text_boxes,
    open_checked,
)

Check = Callable[[MainWindow], str | None]  # returns a failure message, or None when fine


def check_library(window: MainWindow) -> str | None:
    """The bundled pack loads with no problems."""
    library = window.context.library
    if not library.articles:
        return "no articles loaded"
    if library.problems:
        return f"{len(library.problems)} content problem(s), first: {library.problems[0]}"
    return None


def check_articles(window: MainWindow) -> str | None:
    """Every article opens, shows its title and body, and scrolls to the end."""
    for article in window.context.library.in_order():
        if not window.open_article(article.id):
            return f"could not open {article.id}"
        QApplication.processEvents()
        view = window.article_view
        if window.stack.currentWidget() is not view or view.article is not article:
            return f"{article.id} is not the article on screen"
        if len(view.body_view.toPlainText()) < 200:
            return f"{article.id} shows almost no text"
        bar = view.verticalScrollBar()
        bar.setValue(bar.maximum())
    return None


def title_word(title: str, titles: list[str]) -> str:
    """The title's word in the fewest of the titles, the longest of those: the one to find it by.

    Its longest word was "When" for When home does not feel safe, and 25 titles hold "When":
    more than a search lists, so the page could fall off the end.
    """

    def words(text: str) -> list[str]:
        return [w.strip(".,:;!?()\"'") for w in text.split() if w.strip(".,:;!?()\"'")]

    held = [{w.lower() for w in words(t)} for t in titles]
    return min(words(title), key=lambda w: (sum(w.lower() in h for h in held), -len(w)))


def check_search(window: MainWindow) -> str | None:
    """A word from each article's title finds that article; nothing found offers ways on."""
    articles = window.context.library.articles.values()
    titles = [a.title for a in articles]
    for article in articles:
        word = title_word(article.title, titles)
        window.search(word)
        found = [hit.article_id for hit in window.search_view.hits]
        if article.id not in found:
            return f"searching '{word}' did not find {article.id}"
    window.search("want to die")
    if not window.search_view.offers_help:
        return "a search that sounds like a crisis did not offer help first"
    window.search("helpline")
    if not window.search_view.offers_lines:
        return "a search for a helpline did not point to Get help now"
    window.search("zzqxv")  # nothing matches: the ways on are offered (and so traced too)
    ways_on = window.search_view.ways_on
    if window.search_view.hits or ways_on is None or ways_on.isHidden():
        return "a search that found nothing offered no way on"
    window.search("")
    return None


def check_help(window: MainWindow) -> str | None:
    """F1's panel opens and lists each region's services and emergency number."""
    window.go_home()
    window.open_help()
    panel = window.screens.get("help")
    if not isinstance(panel, HelpPanel) or window.stack.currentWidget() is not panel:
        return "the help panel did not open"
    for code, contacts in window.context.contacts.items():
        panel.set_region(code)
        text = plain_hyphens(panel.view.toPlainText())  # shown with "-" that never breaks
        shown = contacts.services + contacts.home_services
        missing = [s.name for s in shown if s.name not in text]
        missing += [n for n in contacts.emergency if n not in text]
        if missing:
            return f"help for {code} does not show {missing}"
    return None


def check_prompts(window: MainWindow) -> str | None:
    """Typing into a prompt box keeps the text in memory while the article is open."""
    with_prompts = [a for a in window.context.library.in_order() if a.prompts]
    if not with_prompts:
        return "no article has prompts"
    window.open_article(with_prompts[0].id)
    boxes = window.article_view.findChildren(QPlainTextEdit, "promptBox")
    if not boxes:
        return "no prompt boxes on screen"
    boxes[0].setPlainText("self-test reflection")
    if boxes[0].toPlainText() != "self-test reflection":
        return "the prompt box did not keep its text"
    return None


def check_kiosk_reset(window: MainWindow) -> str | None:
    """In kiosk mode, a reset leaves no typed text, no search, no history, and shows home."""
    guard = getattr(window, "kiosk_guard", None)
    if guard is None:
        return "kiosk mode is on but the kiosk guard is missing"
    check_prompts(window)
    plan = open_checked(window, "safety-plan")
    if plan is None or not fill_text_boxes(plan, "kiosk words"):
        return "could not type into the safety plan"
    window.search_box.setText("self-test")
    window.search("self-test")
    if window.close():
        return "the window closed in kiosk mode"
    guard.finish_session()
    QApplication.processEvents()
    leftovers = [b.toPlainText() for b in window.findChildren(QPlainTextEdit) if b.toPlainText()]
    if leftovers or window.search_box.text():
        return "typed text survived the reset"
    if window.location != "home" or window.history.can_go_back():
        return "the reset did not return to a fresh home screen"
    return None


def check_idle_notice(window: MainWindow) -> str | None:
    """In kiosk mode, the idle notice leaves Get help now in view and hides the last search;
    a tap on it gives nothing back, I'm still here does, and I'm someone new clears it all."""
    guard = getattr(window, "kiosk_guard", None)
    if guard is None:
        return "kiosk mode is on but the kiosk guard is missing"
    window.search_box.setText("self-test search")
    window.search("self-test search")  # the search screen: the box keeps its words only there
    guard.show_notice(10)
    QApplication.processEvents()
    covered = guard.notice.geometry().intersects(window.toolbar.geometry())
    hidden = not window.help_button.isVisible()
    shown_search = window.search_box.text()
    _tap(guard.notice)
    tap_gave_back = not guard.notice.isVisible() or bool(window.search_box.text())
    guard.notice.button.click()  # I'm still here
    restored = window.search_box.text()
    window.search_box.clear()
    if covered or hidden:
        return "the idle notice hides Get help now"
    if shown_search or restored != "self-test search":
        return "the idle notice left the search in view, or lost it"
    if tap_gave_back:
        return "a tap on the idle notice gave the last reader's screen back"
    return _check_someone_new(window)


def _check_someone_new(window: MainWindow) -> str | None:
    """I'm someone new on the idle notice clears everything at once."""
    guard = window.kiosk_guard
    for article in window.context.library.in_order()[:1]:
        window.open_article(article.id)
    window.search_box.setText("self-test search")
    window.search("self-test")  # a Back history, at least to the home screen
    guard.show_notice(10)
    QApplication.processEvents()
    guard.notice.new_button.click()
    QApplication.processEvents()
    if guard.notice.isVisible() or window.search_box.text():
        return "I'm someone new left the notice up, or the search in the box"
    if window.location != "home" or window.history.can_go_back():
        return "I'm someone new did not return to a fresh home screen"
    return None


def _tap(widget: QWidget) -> None:
    """A press and release near the widget's corner, through the application's filters."""
    spot = QPointF(5, 5)
    where = QPointF(widget.mapToGlobal(spot.toPoint()))
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, none),
    ):
        event = QMouseEvent(kind, spot, where, left, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)


CHECKS: list[tuple[str, Check]] = [
    ("library", check_library),
    ("articles", check_articles),
    ("search", check_search),
    ("help", check_help),
    ("prompts", check_prompts),
    ("exercises", check_exercises),
    ("safety plan and reflections", check_plan_and_reflections),
    ("help on every screen", check_help_everywhere),
    ("display settings", check_display_settings),
    ("dialogs", check_dialogs),
    ("F1 over a dialog", check_help_over_dialogs),
]


def checks_for(window: MainWindow) -> list[tuple[str, Check]]:
    """The tour for this window: kiosk mode adds the idle notice and the reset."""
    kiosk = [("idle notice", check_idle_notice), ("kiosk", check_kiosk_reset)]
    return CHECKS + (kiosk if window.context.kiosk else [])


def run_checks(window: MainWindow, checks: list[tuple[str, Check]] | None = None) -> list[str]:
    """Run each check; return the failures as 'name: message'."""
    failures = []
    for name, check in checks or checks_for(window):
        try:
            message = check(window)
        except Exception as error:  # noqa: BLE001 - a crash is a failed check, not a traceback
            message = f"crashed: {type(error).__name__}: {error}"
        if message:
            failures.append(f"{name}: {message}")
        QApplication.processEvents()
    return failures


def run_self_test(app: QApplication, window: MainWindow) -> int:
    """Run the tour, print one summary line, exit 0 only when every check passed."""
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    failures = run_checks(window)
    total = len(checks_for(window))
    for failure in failures:
        print(f"self-test failed: {failure}", file=sys.stderr)
    print(f"self-test: {total - len(failures)} of {total} checks passed")
    window.hide()
    return 1 if failures else 0
