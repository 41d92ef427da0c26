"""The safety plan's contacts step follows the country chosen in Get help now."""

from __future__ import annotations

from reader.ui.contact_text import emergency_line
from reader.ui.exercises import SafetyPlanView
from reader.ui.help_panel import HelpPanel
from reader.ui.main_window import MainWindow


def _choose_in_help(window: MainWindow, code: str) -> None:
    """Open Get help now and pick a country in its box, as a reader would."""
    window.open_help()
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    panel.region_box.setCurrentIndex(panel.region_box.findData(code))
    assert panel.region == code


def _plan(window: MainWindow) -> SafetyPlanView:
    window.open_screen("safety-plan")
    plan = window.screens["safety-plan"]
    assert isinstance(plan, SafetyPlanView)
    return plan


def _step_5(plan: SafetyPlanView) -> str:
    return plan.edits["professionals"].text()


def test_a_plan_opened_after_choosing_a_country_lists_its_numbers(window: MainWindow) -> None:
    _choose_in_help(window, "AU")
    step = _step_5(_plan(window))
    assert emergency_line(window.context.contacts["AU"]) in step
    assert emergency_line(window.context.contacts["GB"]) not in step


def test_an_open_plan_takes_the_new_countrys_numbers(window: MainWindow) -> None:
    plan = _plan(window)
    assert emergency_line(window.context.contacts["GB"]) in _step_5(plan)
    _choose_in_help(window, "AU")
    assert emergency_line(window.context.contacts["AU"]) in _step_5(plan)
    assert not plan.has_typed_text()  # still the filled-in form: nothing to lose


def test_what_the_reader_wrote_in_step_5_is_kept(window: MainWindow) -> None:
    plan = _plan(window)
    plan.edits["professionals"].setPlainText("My GP, Dr Lee")
    _choose_in_help(window, "AU")
    assert _step_5(plan) == "My GP, Dr Lee"
