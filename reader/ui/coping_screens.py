"""Registers the coping tools, safety plan and reflections as screens of the window."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from reader.ui.exercises.common import ExportCallback, PrintCallback
    from reader.ui.main_window import MainWindow


def _print_callback(window: MainWindow) -> PrintCallback | None:
    """Printing is allowed at home, and in kiosk mode only when the clinic allows it."""
    if not window.context.allow_printing:
        return None
    from reader.ui.paper import has_printer, print_text

    # A kiosk's plan said "print it ... and collect it from the printer" on a computer with
    # no printer: Print, the only way to keep it there, said so only once the plan was made.
    # Without Print the page says at the start to write it down (built afresh each session).
    if window.context.kiosk and not has_printer():
        return None

    def print_it(title: str, text: str) -> str:
        return print_text(window, title, text)

    return print_it


def _export_callback(window: MainWindow, title: Callable[[], str]) -> ExportCallback | None:
    """Saving a copy is never offered in kiosk mode: no file dialogs on a shared machine."""
    if window.context.kiosk:
        return None
    from reader.ui.export import save_a_copy

    def save_it(name: str, text: str) -> Path | None:
        return save_a_copy(window, name, title(), text)

    return save_it


def _breathing(window: MainWindow) -> QWidget:
    from reader.ui.exercises import BreathingView
    from reader.ui.exercises.grounding_view import GROUNDING_ARTICLE

    return BreathingView(
        reduce_motion=window.theming.reduce_motion,
        clock=window.clock,
        open_help=window.open_help,
        open_article=_article_opener(window, GROUNDING_ARTICLE),
    )


def _article_opener(window: MainWindow, article_id: str) -> Callable[[str], object] | None:
    """The window's article opener, or None when a clinic has hidden that article."""
    if window.context.library.get(article_id) is None:
        return None
    return window.open_article


def _grounding(window: MainWindow) -> QWidget:
    from reader.ui.exercises import GroundingView
    from reader.ui.exercises.grounding_view import GROUNDING_ARTICLE

    return GroundingView(window.open_help, _article_opener(window, GROUNDING_ARTICLE))


def _urge(window: MainWindow) -> QWidget:
    from reader.ui.exercises import UrgeView
    from reader.ui.exercises.urge_view import URGE_ARTICLE

    return UrgeView(window.open_help, _article_opener(window, URGE_ARTICLE), clock=window.clock)


def _safety_plan(window: MainWindow) -> QWidget:
    from reader.ui.exercises import SafetyPlanView

    holder: list[SafetyPlanView] = []
    view = SafetyPlanView(
        window.contact_lines,
        _print_callback(window),
        _export_callback(window, lambda: holder[0].title()),
    )
    holder.append(view)
    return view


def _reflections(window: MainWindow) -> QWidget:
    from reader.ui.exercises import ReflectionsView

    library = window.context.library
    # The article's id keeps two articles with the same title apart; the title is the heading.
    prompts = [(a.id, a.title, p) for a in library.in_order() for p in a.prompts]
    holder: list[ReflectionsView] = []
    view = ReflectionsView(
        prompts,
        _print_callback(window),
        _export_callback(window, lambda: holder[0].title()),
        answers=window.article_view.answers,  # the articles' "Take a moment" answers too
        on_demand=True,  # each article's questions once chosen: all at once took a second
    )
    holder.append(view)
    return view


SCREENS: dict[str, Callable[[MainWindow], QWidget]] = {
    "exercise/breathing": _breathing,
    "exercise/grounding": _grounding,
    "exercise/ride-the-wave": _urge,
    "safety-plan": _safety_plan,
    "reflections": _reflections,
}


def register_coping_screens(
    window: MainWindow, register: Callable[[str, Callable[[], QWidget]], None]
) -> None:
    """Make every coping screen openable by name (built the first time it is opened)."""
    for name, maker in SCREENS.items():
        register(name, partial(maker, window))
