"""Promises 1 and 2 along the journeys the self-test tour does not walk, in the whole app.

Lantern is started as from the command line; each dialog it opens is answered as a reader
would. At home: Back from a followed link, Ctrl+wheel, text copied, Open in browser? answered
Stay, the print dialog cancelled, Save a copy cancelled, then No at Replace file? (the chooser
stays), a name too long, a folder in the way of the name, and at last one file saved; then
Leave quickly. In kiosk
mode: the web address shown and closed, a reset, and I'm someone new on the idle notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.privacy.tracing import private_environment, run_traced

pytestmark = pytest.mark.privacy

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from reader import app
from reader.ui.exercises.document_actions import DocumentActions
from reader.ui.main_window import MainWindow
from reader.ui.self_test_tools import fill_text_boxes, open_checked

answers = []  # (the dialog expected next, what the reader does there)


def say(*words):
    print(*words, flush=True)


def answer_next():
    dialog = QApplication.activeModalWidget()
    if answers and dialog is not None and type(dialog).__name__ == answers[0][0]:
        QTimer.singleShot(0, lambda action=answers.pop(0)[1]: action(dialog))


def ctrl_wheel(view, notch):
    inside = QPointF(10, 10)
    where = QPointF(view.mapToGlobal(inside.toPoint()))
    QApplication.sendEvent(view, QWheelEvent(
        inside, where, QPoint(), QPoint(0, notch), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False))


def reading(window):
    first, second = window.context.library.in_order()[:2]
    window.open_article(first.id)
    window.handle_link(second.id)
    window.go_back()
    body = window.article_view.body_view
    for notch in (120, -120):
        ctrl_wheel(body.viewport(), notch)
    body.selectAll()
    body.copy()
    window.open_help()
    panel = window.screens.get("help")
    for code in panel.region_codes():
        panel.set_region(code)
    if window.context.kiosk:  # the address and its QR code, closed
        answers.append(("WebAddressDialog", lambda d: d.reject()))
    else:
        answers.append(("BrowserQuestion", lambda d: d.stay_button.click()))
    window.handle_link("https://example.org/help")
    say("web link asked")


def save_and_print(window):
    plan = open_checked(window, "safety-plan")
    fill_text_boxes(plan, "tired, alone")
    actions = plan.findChild(DocumentActions)
    home = Path.home()

    def name(text, folder=home / "Documents"):
        def choose(chooser):
            chooser.set_folder(folder)
            chooser.name.setText(text)
            chooser.accept()
            if chooser.isVisible():  # the next answer is given to it as it stays open
                problem = chooser.problem
                say("chooser says:", problem.text() if problem.isVisible() else "(nothing)")
        return choose

    def button(which):
        return lambda box: box.button(which).click()

    from reader.ui.paper import has_printer

    if has_printer():  # with none, Print says so and opens no dialog
        answers.append(("QPrintDialog", lambda d: d.reject()))
    actions.print_button.click()
    answers.append(("SaveChooser", lambda d: d.reject()))
    actions.export_button.click()
    no = QMessageBox.StandardButton.No
    answers.extend([
        ("SaveChooser", name("earlier-plan")), ("QMessageBox", button(no)),
        ("SaveChooser", name("x" * 300)),
        ("SaveChooser", name("plan", home / "clash")),
        ("SaveChooser", lambda d: d.reject()),
    ])
    actions.export_button.click()
    answers.append(("SaveChooser", name("my plan")))
    actions.export_button.click()
    say("saved:", actions.saved_label.isVisible())


def kiosk(window):
    guard = window.kiosk_guard
    window.search("self-test")
    guard.finish_session()
    guard.show_notice(10)
    QApplication.processEvents()
    guard.notice.new_button.click()
    QApplication.exit(0)


def journey():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    window.finish_start()
    watch = QTimer(window)
    watch.timeout.connect(answer_next)
    watch.start(20)
    reading(window)
    if window.context.kiosk:
        kiosk(window)
        return
    save_and_print(window)
    window.leave_quickly()


def at_quit():
    say("unanswered:", len(answers), "clipboard:", repr(QApplication.clipboard().text()))


started = QApplication.exec


def exec_with_journey(*_args):
    QApplication.instance().aboutToQuit.connect(at_quit)
    QTimer.singleShot(0, journey)
    return started()


QApplication.exec = exec_with_journey
sys.exit(app.main(sys.argv[1:]))
"""

HOME_OUTPUT = [
    "web link asked",
    "chooser says: (nothing)",
    "chooser says: That name is too long. Try a shorter one.",
    "chooser says: A folder there has that name. Try another.",
    "saved: True",
    "unanswered: 0 clipboard: ''",
]
KIOSK_OUTPUT = ["web link asked", "unanswered: 0 clipboard: ''"]
# Made before Lantern starts: a plan saved last month, and a folder in the way of a name.
BEFORE = ["home/Documents", "home/Documents/earlier-plan.txt", "home/clash", "home/clash/plan.txt"]


@pytest.mark.parametrize(
    ("mode", "output"), [([], HOME_OUTPUT), (["--kiosk"], KIOSK_OUTPUT)], ids=["home", "kiosk"]
)
@pytest.mark.usefixtures("tracer", "compiled_package")
def test_journeys_write_only_the_chosen_file(
    tmp_path: Path, mode: list[str], output: list[str]
) -> None:
    home = Path(private_environment(tmp_path / "sandbox")["HOME"])
    (home / "Documents").mkdir()
    (home / "Documents" / "earlier-plan.txt").write_text("last month's plan", encoding="utf-8")
    (home / "clash" / "plan.txt").mkdir(parents=True)  # in the way of the name "plan"
    report = run_traced([sys.executable, "-B", "-c", CHILD, *mode], tmp_path)
    assert report.returncode == 0, report.stderr
    assert report.stdout.splitlines() == output
    assert report.sockets == []
    assert (home / "Documents" / "earlier-plan.txt").read_text() == "last month's plan"
    if mode:
        assert report.writes == []
        assert report.leftovers == BEFORE
        return
    chosen = home / "Documents" / "my plan.txt"
    assert chosen.read_text(encoding="utf-8").startswith("My safety plan")
    [saved] = report.writes  # the one file chosen, and nothing else
    assert f'"{chosen}", O_WRONLY' in saved
    assert report.leftovers == sorted([*BEFORE, "home/Documents/my plan.txt"])
