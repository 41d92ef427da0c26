"""The safety plan's structure: the Stanley-Brown steps plus what matters to me."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.exercises.document import Section, format_document

EXPORT_NAME = "safety-plan"  # the save dialog adds .txt or .pdf


@dataclass(frozen=True)
class PlanSection:
    """One part of the plan; step is its Stanley-Brown number, None for what matters to me."""

    key: str
    step: int | None


# Stanley & Brown (2012): worked through in this order. The "reasons for living" item of the
# widely used template is kept last so it never interrupts the numbered steps. Its heading is
# "What matters to me", as in the article: not every reader who self-harms has thoughts of
# suicide, and "reasons for living" can frighten one who has not.
SECTIONS = (
    PlanSection("warning_signs", 1),
    PlanSection("coping_alone", 2),
    PlanSection("people_places", 3),
    PlanSection("people_to_ask", 4),
    PlanSection("professionals", 5),
    PlanSection("safer_space", 6),
    PlanSection("reasons", None),
)
PROFESSIONALS = "professionals"


def section_by_key(key: str) -> PlanSection:
    """The section with this key; ValueError for an unknown one."""
    for section in SECTIONS:
        if section.key == key:
            return section
    raise ValueError(f"unknown safety plan section {key!r}")


def contacts_prefill(lines: Sequence[str]) -> str:
    """Contact lines for the professional-help step, one per line, blanks dropped."""
    return "\n".join(line.strip() for line in lines if line.strip())


def plan_text(intro: Sequence[str], entries: Sequence[tuple[str, str]]) -> str:
    """The plan as plain text: the intro, then each (heading, what the reader wrote) in order."""
    return format_document(intro, [Section(heading, body) for heading, body in entries])
