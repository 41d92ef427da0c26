"""Plain-text documents: the safety plan and reflections for print and export."""

from __future__ import annotations

import pytest

from reader.exercises.document import WRITE_IN, Section, format_document
from reader.exercises.reflections import (
    answer_key,
    group_prompts,
    reflections_text,
    unique_prompts,
)
from reader.exercises.safety_plan import (
    PROFESSIONALS,
    SECTIONS,
    contacts_prefill,
    plan_text,
    section_by_key,
)


def test_plan_follows_stanley_brown_order_then_reasons_for_living() -> None:
    assert [s.step for s in SECTIONS] == [1, 2, 3, 4, 5, 6, None]
    assert SECTIONS[-1].key == "reasons"
    assert section_by_key(PROFESSIONALS).step == 5
    assert section_by_key("safer_space").step == 6
    with pytest.raises(ValueError, match="unknown"):
        section_by_key("nope")


def test_contacts_prefill_keeps_lines_in_order_and_drops_blanks() -> None:
    lines = ["Samaritans — phone 116 123 — open 24 hours", "  ", " Shout — text 85258 "]
    assert contacts_prefill(lines) == (
        "Samaritans — phone 116 123 — open 24 hours\nShout — text 85258"
    )
    assert contacts_prefill([]) == ""


def test_format_document_layout() -> None:
    text = format_document(
        ["Made with a clinician.", "  "],
        [Section("Warning signs", "Not sleeping\nStaying in\n"), Section("Reasons", "")],
        title="My plan",
    )
    assert text == (
        "My plan\n=======\n\n"
        "Made with a clinician.\n\n"
        "Warning signs\n-------------\nNot sleeping\nStaying in\n\n"
        f"Reasons\n-------\n{WRITE_IN}\n{WRITE_IN}\n"
    )


def test_plan_text_uses_headings_and_entries() -> None:
    text = plan_text(["Note"], [("Step 1", "a"), ("Step 2", "   ")])
    assert text.startswith("Note\n\nStep 1\n")
    assert "Step 1\n------\na\n" in text
    assert text.endswith(f"Step 2\n------\n{WRITE_IN}\n{WRITE_IN}\n")


def test_group_prompts_by_article_in_first_seen_order() -> None:
    prompts = [
        ("urges", "Urges", "What helps?"),
        ("sleep", "Sleep", "What keeps you awake?"),
        ("urges", "Urges", "Who can you text?"),
        ("urges", "Urges", "What helps?"),
        ("empty", "Empty", "   "),
    ]
    assert group_prompts(prompts) == [
        ("urges", "Urges", ["What helps?", "Who can you text?"]),
        ("sleep", "Sleep", ["What keeps you awake?"]),
    ]


def test_articles_with_the_same_title_keep_their_own_prompts_and_answers() -> None:
    """A clinic's "Coping" beside a bundled "Coping": two groups, and two answer keys."""
    prompts = [("coping", "Coping", "What helps?"), ("clinic-coping", "Coping", "What helps?")]
    assert group_prompts(prompts) == [
        ("coping", "Coping", ["What helps?"]),
        ("clinic-coping", "Coping", ["What helps?"]),
    ]
    assert answer_key("coping", "What helps?") != answer_key("clinic-coping", "What helps?")
    assert answer_key("coping", " What helps? ") == answer_key("coping", "What helps?")


def test_a_repeated_prompt_is_kept_once_in_first_seen_order() -> None:
    """One box per answer key: a prompt repeated (even with other spacing) is shown once."""
    prompts = ["What helps?", "Who can you text?", " What helps? ", "", "Who can you text?"]
    assert unique_prompts(prompts) == ["What helps?", "Who can you text?"]
    assert unique_prompts([]) == []


def test_reflections_text_lists_articles_prompts_and_answers() -> None:
    text = reflections_text(
        [],
        [("Urges", [("What helps?", "Music"), ("Who can you text?", "")])],
    )
    assert text == (
        f"Urges\n-----\n\nWhat helps?\nMusic\n\nWho can you text?\n{WRITE_IN}\n{WRITE_IN}\n"
    )


def test_format_document_without_a_title_starts_with_the_intro() -> None:
    text = format_document(["Intro"], [Section("A", "b")])
    assert text == "Intro\n\nA\n-\nb\n"
