"""The coping tools inside the window: article links, print and Save a copy, kiosk rules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.ui import export, paper
from reader.ui.contact_text import emergency_line
from reader.ui.main_window import MainWindow
from tests.ui.window_helpers import MakeWindow

TOOLS = ["exercise/breathing", "exercise/grounding", "exercise/ride-the-wave"]


@pytest.mark.parametrize("screen", TOOLS + ["safety-plan", "reflections"])
def test_lantern_links_in_articles_open_each_tool(window: MainWindow, screen: str) -> None:
    """A Markdown link such as lantern:exercise/breathing opens that screen."""
    window.handle_link(f"lantern:{screen}")
    assert window.location == screen
    assert window.stack.currentWidget() is window.screens[screen]


def _plan(window: MainWindow) -> object:
    window.open_screen("safety-plan")
    return window.screens["safety-plan"]


def test_safety_plan_lists_the_regions_services(window: MainWindow) -> None:
    """The professional-help step is filled in from the help panel's contacts."""
    plan = _plan(window)
    text = plan.plain_text()  # type: ignore[attr-defined]
    for service in window.context.contacts["GB"].services:
        assert service.name in text


def test_the_printed_plan_starts_step_5_with_the_emergency_number(window: MainWindow) -> None:
    """A printed plan is read where the screen, and its help panel, are not."""
    text = _plan(window).plain_text()  # type: ignore[attr-defined]
    emergency = emergency_line(window.context.contacts["GB"])
    assert emergency == "In an emergency, call 999 or 112."
    first_service = window.context.contacts["GB"].services[0].name
    assert text.index(emergency) < text.index(first_service)


def test_save_a_copy_writes_exactly_the_chosen_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Save a copy goes through Lantern's own chooser and writes one file, the chosen one."""
    target = tmp_path / "chosen"
    target.mkdir()

    def accept(chooser: export.SaveChooser) -> int:
        chooser.set_folder(target)
        chooser.name.setText("my plan")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(export.SaveChooser, "exec", accept)
    plan = _plan(window)
    boxes = [b for b in plan.findChildren(QPlainTextEdit) if not b.isReadOnly()]  # type: ignore[attr-defined]
    boxes[0].setPlainText("Going for a walk helps.")
    plan.export_plan()  # type: ignore[attr-defined]
    written = sorted(p.name for p in target.iterdir())
    assert written == ["my plan.txt"]
    assert "Going for a walk helps." in (target / "my plan.txt").read_text(encoding="utf-8")


def test_print_hands_the_plan_to_the_print_dialog(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Print sends the plan's title and text to Qt's print path."""
    printed: list[tuple[str, str]] = []
    monkeypatch.setattr(
        paper, "print_text", lambda parent, title, text: printed.append((title, text)) or "Sent"
    )
    plan = _plan(window)
    plan.print_plan()  # type: ignore[attr-defined]
    assert printed
    assert printed[0][0] == plan.title()  # type: ignore[attr-defined]


@pytest.mark.parametrize("allow_printing", [False, True])
def test_kiosk_offers_no_save_and_prints_only_when_allowed(
    make_window: MakeWindow,
    small_context: AppContext,
    qtbot: QtBot,
    allow_printing: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In kiosk mode there is never a file dialog; printing follows the clinic's setting."""
    monkeypatch.setattr(paper, "has_printer", lambda: True)  # this machine may have none
    context = replace(small_context, kiosk=True, allow_printing=allow_printing)
    window = make_window(context)
    for name in ("safety-plan", "reflections"):
        window.open_screen(name)
        actions = window.screens[name].findChild(QWidget, "documentActions")
        assert actions is not None
        assert not actions.export_button.isVisibleTo(window)
        assert actions.print_button.isVisibleTo(window) is allow_printing
    window.kiosk_guard.detach()
    window.kiosk_guard.unlocked = True


def test_tool_timers_stop_when_another_screen_shows(window: MainWindow) -> None:
    """Leaving a running exercise stops its timers (nothing ticks in the background)."""
    for name in ("exercise/breathing", "exercise/ride-the-wave"):
        window.open_screen(name)
        view = window.screens[name]
        view.start()  # type: ignore[attr-defined]
        assert view.timer.isActive()  # type: ignore[attr-defined]
        window.go_home()
        assert not view.timer.isActive()  # type: ignore[attr-defined]


def test_print_dialog_offers_no_print_to_file(window: MainWindow, qtbot: QtBot) -> None:
    """Print to file would open a QFileDialog (history on disk, the file system in a kiosk)."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter

    dialog = paper.print_dialog(QPrinter(), window)
    qtbot.addWidget(dialog)
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)


def test_a_print_job_is_named_plainly_not_after_what_is_printed(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The print service lists finished jobs by name; "My safety plan" said what was printed."""
    names: list[str] = []

    class Cancelled:
        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Rejected

        def deleteLater(self) -> None:  # noqa: N802 - Qt's name; print_text deletes its dialog
            pass

    def record(printer: object, parent: object) -> Cancelled:
        names.append(printer.docName())  # type: ignore[attr-defined]
        return Cancelled()

    monkeypatch.setattr(paper, "print_dialog", record)
    monkeypatch.setattr(paper, "has_printer", lambda: True)
    assert paper.print_text(window, "My safety plan", "plan text") == ""
    assert names == ["Document"]


@pytest.mark.parametrize("zoom", [80, 200])
def test_paper_copies_keep_their_size_whatever_the_screen_text_size(
    window: MainWindow, zoom: int
) -> None:
    window.theming.set_zoom(zoom)  # the application font carries the screen's text size
    document = paper.paper_document("My safety plan", "Step 1: Warning signs")
    assert document.defaultFont().pointSizeF() == paper.PAPER_POINT_SIZE
    assert document.toPlainText().startswith("My safety plan\n\nStep 1")


def _finish_grounding(window: MainWindow) -> QWidget:
    window.open_screen("exercise/grounding")
    view = window.screens["exercise/grounding"]
    for _ in range(5):
        view.next()  # type: ignore[attr-defined]
    return view


def _finish_urge(window: MainWindow) -> QWidget:
    window.open_screen("exercise/ride-the-wave")
    view = window.screens["exercise/ride-the-wave"]
    view.start()  # type: ignore[attr-defined]
    view.end_now()  # type: ignore[attr-defined]
    return view


Finish = Callable[[MainWindow], QWidget]
FINISHES: list[tuple[Finish, str]] = [
    (_finish_grounding, "grounding-and-breathing"),
    (_finish_urge, "riding-out-an-urge"),
]


@pytest.mark.parametrize(("finish", "article_id"), FINISHES)
def test_a_tools_read_button_opens_its_article(
    make_window: MakeWindow, bundled_context: AppContext, finish: Finish, article_id: str
) -> None:
    view = finish(make_window(bundled_context))
    window = view.window()
    assert view.read_button.isVisible()  # type: ignore[attr-defined]
    view.read_button.click()  # type: ignore[attr-defined]
    assert window.location == f"article:{article_id}"  # type: ignore[attr-defined]


@pytest.mark.parametrize(("finish", "article_id"), FINISHES)
def test_a_tool_offers_no_article_a_clinic_has_hidden(
    make_window: MakeWindow, bundled_context: AppContext, finish: Finish, article_id: str
) -> None:
    """A 'Read:' button for a hidden article would do nothing when pressed; it is not shown."""
    bundled_context.library.hide([article_id])
    view = finish(make_window(bundled_context))
    assert view.read_button.isHidden()  # type: ignore[attr-defined]
    assert view.help_button.isVisible()  # type: ignore[attr-defined]
