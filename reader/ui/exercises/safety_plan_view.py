"""The safety plan form: Stanley-Brown steps plus what matters to me, kept in memory only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel

from reader.exercises.safety_plan import (
    EXPORT_NAME,
    PROFESSIONALS,
    SECTIONS,
    PlanSection,
    contacts_prefill,
    plan_text,
)
from reader.ui.exercises.common import (
    ExportCallback,
    MemoryTextEdit,
    PrintCallback,
    callout,
    examples,
    label,
)
from reader.ui.exercises.document_actions import DocumentActions
from reader.ui.translation import fill
from reader.ui.widgets import Page


class SafetyPlanView(Page):
    """One text box per step; print and export go through the injected callbacks."""

    def __init__(
        self,
        contacts_lines: Callable[[], list[str]],
        on_print: PrintCallback | None = None,
        on_export: ExportCallback | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("safetyPlanView")
        self._contacts_lines = contacts_lines
        self._on_print = on_print
        self._on_export = on_export
        self.edits: dict[str, MemoryTextEdit] = {}
        self.explanations: dict[str, QLabel] = {}
        self._initial: dict[str, str] = {}
        self.body.addWidget(label(self.title(), "pageTitle"))
        self.note = callout(*self._note(), self._keeping_note())
        self.body.addWidget(self.note)
        for section in SECTIONS:
            self._add_section(section)
        self.document_actions = DocumentActions(
            self.print_plan if on_print else None,
            self.export_plan if on_export else None,
            self.plain_text,
        )
        self.document_actions.clear_confirmed.connect(self.reset)
        for edit in self.edits.values():
            edit.textChanged.connect(self.document_actions.notice_changes)
        self.body.addWidget(self.document_actions)
        self.body.addStretch(1)  # spare height goes below the content, not between rows
        self._fill_contacts()

    def title(self) -> str:
        """The plan's title, used for printing."""
        return self.tr("My safety plan")

    def _note(self) -> list[str]:
        return [
            self.tr(
                "A safety plan is a short list of steps to try, in order, when things get very "
                "hard. Start at step 1. If that is not enough, move on to the next step. If you "
                "feel in danger right now, you can go straight to step 5."
            ),
            self.tr(
                "It works best when you make it with someone trained to help, like a doctor, "
                "nurse or therapist. It is not a promise or a contract. It is a tool for you."
            ),
        ]

    def _keeping_note(self) -> str:
        if self._on_export:  # at home
            return self.tr(
                "Nothing you type here is saved unless you choose to. To keep your plan, "
                "use Print or Save a copy at the bottom of the page. Do it before you leave: "
                "Leave quickly closes Lantern, and the plan goes with it."
            )
        if self._on_print:  # a clinic's computer that may print
            return self.tr(
                "Nothing you type here is saved. To keep your plan, print it with the "
                "button at the bottom of the page, and collect it from the printer straight away."
            )
        return self.tr(
            "Nothing you type here is saved, and this computer cannot print it. To keep your "
            "plan, write it down or copy it into your phone. It is cleared when you press "
            "“I'm finished”, or after a while with no one using this computer."
        )

    def _copy(self, key: str) -> tuple[str, str, str]:
        copy = {
            "warning_signs": (
                self.tr("Warning signs"),
                self.tr(
                    "What tells you a hard time might be starting? Think about thoughts, "
                    "feelings, pictures in your mind, or things you do."
                ),
                self.tr(
                    'For example: not sleeping, thinking "I can\'t cope", staying in my room, '
                    "not answering messages."
                ),
            ),
            "coping_alone": (
                self.tr("Things I can do on my own"),
                self.tr("Things that help you get through a hard moment without anyone else."),
                self.tr(
                    "For example: music, a warm shower, a walk, a puzzle, the breathing exercise."
                ),
            ),
            "people_places": (
                self.tr("People and places that take my mind off things"),
                self.tr(
                    "People to be with, and places to go, that help you feel a bit better. "
                    "You don't have to talk about how you feel."
                ),
                self.tr("For example: a friend's home, the library, a café, a park."),
            ),
            "people_to_ask": (
                self.tr("People I can ask for help"),
                self.tr(
                    "People you trust to listen when you are struggling. Write their names "
                    "and how to reach them."
                ),
                self.tr("For example: my sister, a close friend, a teacher I trust."),
            ),
            PROFESSIONALS: (
                self.tr("Professionals and services I can contact"),
                self.tr(
                    "People whose job is to help: your doctor, therapist or care team, and "
                    "crisis lines. If you are in danger now, call your local emergency "
                    "number."
                ),
                self.tr("For example: my doctor, my therapist, my care team."),
            ),
            "safer_space": (
                self.tr("Making my space safer"),
                self.tr(
                    "Ways to make the place you are in safer when things feel very hard. "
                    "You don't have to go through this alone. If you can, plan this step with "
                    "a doctor, nurse or therapist, or with someone you trust."
                ),
                self.tr(
                    "For example: ask someone I trust to help me make my space safer. "
                    "Stay near other people on hard evenings."
                ),
            ),
            "reasons": (
                self.tr("What matters to me"),
                self.tr(
                    "The people, pets, plans and hopes that matter most to you. "
                    "On a hard day, it can help to read them."
                ),
                self.tr("For example: my dog, my little brother, seeing the sea again."),
            ),
        }
        return copy[key]

    def heading(self, section: PlanSection) -> str:
        """A section's heading, numbered for the Stanley-Brown steps."""
        title = self._copy(section.key)[0]
        if section.step is None:
            return title
        #: A numbered step of the safety plan (%1) and its title (%2): "Step 1: Warning signs".
        return fill(self.tr("Step %1: %2"), str(section.step), title)

    def _add_section(self, section: PlanSection) -> None:
        _, explanation, example = self._copy(section.key)
        heading = self.heading(section)
        self.body.addWidget(label(heading, "sectionTitle"))
        explanation_label = label(explanation)
        self.explanations[section.key] = explanation_label
        self.body.addWidget(explanation_label)
        self.body.addWidget(examples(example))
        edit = MemoryTextEdit(
            heading, self.tr("Write here, in your own words (not saved)."), lines=4
        )
        edit.setObjectName(f"plan_{section.key}")
        self.edits[section.key] = edit
        self._describe(section.key)
        self.body.addWidget(edit)

    def _describe(self, key: str) -> None:
        """Tie the lines above a box to it: Tab from box to box said "Step 1: Warning signs"
        and no more, and a screen reader heard what to write only by reading line by line."""
        explanation = self.explanations[key].text()
        self.edits[key].setAccessibleDescription(f"{explanation} {self._copy(key)[2]}")

    def _fill_contacts(self) -> None:
        self._initial = {key: "" for key in self.edits}
        self._initial[PROFESSIONALS] = contacts_prefill(self._contacts_lines())
        self.edits[PROFESSIONALS].set_initial_text(self._initial[PROFESSIONALS])
        # Only say numbers are filled in when some are: with no country known, the one line
        # there ("call your local emergency number") has none.
        explanation = self._copy(PROFESSIONALS)[1]
        if any(character.isdigit() for character in self._initial[PROFESSIONALS]):
            #: %1 is the step's explanation ("People whose job is to help: ..."); then this.
            more = self.tr("%1 Some numbers are filled in for you. Add your own.")
        else:
            #: %1 is the step's explanation ("People whose job is to help: ..."); then this.
            more = self.tr(
                "%1 Write down the ones you would contact. Get help now lists crisis lines for "
                "some countries."
            )
        self.explanations[PROFESSIONALS].setText(more.replace("%1", explanation))
        self._describe(PROFESSIONALS)

    def refill_contacts(self) -> None:
        """Fill in the contacts again (another region was chosen), unless the reader edited them."""
        if self.edits[PROFESSIONALS].text() == self._initial[PROFESSIONALS]:
            self._fill_contacts()

    def plain_text(self) -> str:
        """The whole plan as plain text (without the title), for printing or saving."""
        entries = [(self.heading(s), self.edits[s.key].text()) for s in SECTIONS]
        return plan_text(self._note(), entries)

    def has_typed_text(self) -> bool:
        """True if anything differs from the empty form with its filled-in contacts."""
        return any(edit.text() != self._initial[key] for key, edit in self.edits.items())

    def print_plan(self) -> str:
        """Hand the plan to the print callback; what happened, for the reader."""
        return self._on_print(self.title(), self.plain_text()) if self._on_print else ""

    def export_plan(self) -> Path | None:
        """Hand the plan to the export callback with a suggested file name."""
        if self._on_export is None:
            return None
        return self._on_export(EXPORT_NAME, self.plain_text())

    def reset(self) -> None:
        """Wipe every box and its undo history, then fill in the contacts again."""
        self.document_actions.forget_copies()  # first: nothing to compare the wiped text with
        for edit in self.edits.values():
            edit.wipe()
        self.document_actions.cancel_clear()
        self._fill_contacts()
        self.verticalScrollBar().setValue(0)
