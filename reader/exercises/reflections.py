"""Reflections: every article's prompts, grouped by article, with the reader's answers."""

from __future__ import annotations

from collections.abc import Sequence

from reader.exercises.document import Section, format_document

EXPORT_NAME = "reflections"  # the save dialog adds .txt or .pdf


def answer_key(title: str, prompt: str) -> tuple[str, str]:
    """Where an answer is kept: the same prompt under an article and in My reflections."""
    return title.strip(), prompt.strip()


def group_prompts(prompts: Sequence[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """(article title, prompt) pairs grouped by title, keeping first-seen order; no repeats."""
    groups: dict[str, list[str]] = {}
    for title, prompt in prompts:
        text = prompt.strip()
        group = groups.setdefault(title.strip(), [])
        if text and text not in group:
            group.append(text)
    return [(title, items) for title, items in groups.items() if items]


def reflections_text(
    intro: Sequence[str], answers: Sequence[tuple[str, Sequence[tuple[str, str]]]]
) -> str:
    """Plain text: each article title, then each prompt with the reader's answer."""
    sections: list[Section] = []
    for article, pairs in answers:
        sections.append(Section(article, write_in=False))
        sections.extend(Section(prompt, answer, level=2) for prompt, answer in pairs)
    return format_document(intro, sections)
