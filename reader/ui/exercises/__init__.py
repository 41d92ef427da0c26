"""Coping exercise screens, the safety plan and reflections (Qt widgets)."""

from __future__ import annotations

from reader.ui.exercises.breathing_view import BreathingView
from reader.ui.exercises.grounding_view import GroundingView
from reader.ui.exercises.reflections_view import ReflectionsView
from reader.ui.exercises.safety_plan_view import SafetyPlanView
from reader.ui.exercises.urge_view import UrgeView

__all__ = ["BreathingView", "GroundingView", "ReflectionsView", "SafetyPlanView", "UrgeView"]
