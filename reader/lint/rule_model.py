"""What a content rule and its flagged terms are, and how a term's pattern is written."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """One flagged term: the word a reviewer accepts, its pattern and optional context."""

    term: str
    pattern: re.Pattern[str]
    context: re.Pattern[str] | None = None
    severity: str | None = None  # overrides the rule's severity for this term


@dataclass(frozen=True)
class Rule:
    """A content rule with its stable id, as documented in CONTENT.md."""

    id: str
    severity: str
    title: str
    preferred: str
    reason: str
    source: str
    terms: tuple[Term, ...] = ()
    title_only: bool = False  # language rules that apply to the article title alone


def term(
    name: str,
    pattern: str | None = None,
    *,
    context: str = "",
    severity: str = "",
    bounded: bool = True,
) -> Term:
    """A term matched on word boundaries, case-insensitively; the pattern defaults to the name."""
    source = pattern if pattern is not None else r"[\s-]+".join(map(re.escape, name.split()))
    if bounded:
        source = rf"(?<!\w)(?:{source})(?!\w)"
    return Term(
        term=name,
        pattern=re.compile(source, re.IGNORECASE),
        context=re.compile(context, re.IGNORECASE) if context else None,
        severity=severity or None,
    )
