"""Reflections: every article's prompts, grouped by article, with the reader's answers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.exercises.document import Section, format_document

EXPORT_NAME = "reflections"  # the save dialog adds .txt or .pdf


# One prompt of one article: (article id, article title, prompt).
ArticlePrompt = tuple[str, str, str]
# One article's prompts in My reflections: (article id, article title, prompts).
PromptGroup = tuple[str, str, list[str]]


def answer_key(article_id: str, prompt: str) -> tuple[str, str]:
    """Where an answer is kept: the same prompt under an article and in My reflections."""
    # By id, not title: two articles may share a title (a clinic's "Coping" beside a
    # bundled one), and what is typed under one must not appear under the other.
    return article_id, prompt.strip()


def unique_prompts(prompts: Iterable[str]) -> list[str]:
    """Prompts as shown: trimmed, none empty, a repeated one only once, in first-seen order."""
    # A repeated prompt has one answer key: two boxes for it would overwrite each other.
    return list(dict.fromkeys(text for text in (prompt.strip() for prompt in prompts) if text))


def group_prompts(prompts: Sequence[ArticlePrompt]) -> list[PromptGroup]:
    """Prompts grouped by article id, keeping first-seen order and each article's title."""
    groups: dict[str, tuple[str, list[str]]] = {}
    for article_id, title, prompt in prompts:
        groups.setdefault(article_id, (title.strip(), []))[1].append(prompt)
    found = ((key, title, unique_prompts(items)) for key, (title, items) in groups.items())
    return [group for group in found if group[2]]


def reflections_text(
    intro: Sequence[str], answers: Sequence[tuple[str, Sequence[tuple[str, str]]]]
) -> str:
    """Plain text: each article title, then each prompt with the reader's answer."""
    sections: list[Section] = []
    for article, pairs in answers:
        sections.append(Section(article, write_in=False))
        sections.extend(Section(prompt, answer, level=2) for prompt, answer in pairs)
    return format_document(intro, sections)
