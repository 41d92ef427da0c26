"""Plain-text documents for printing or exporting what the reader typed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

WRITE_IN = "_" * 40  # a line to write on by hand when a printed section is empty
WRITE_IN_LINES = 2


@dataclass(frozen=True)
class Section:
    """A heading and the reader's text under it; level 1 is underlined, level 2 is not."""

    heading: str
    body: str = ""
    level: int = 1
    write_in: bool = True  # leave lines to write on when the body is empty


def _underlined(text: str, mark: str) -> list[str]:
    return [text, mark * len(text)]


def _section_lines(section: Section) -> list[str]:
    heading = section.heading.strip()
    lines = _underlined(heading, "-") if section.level == 1 else [heading]
    body = section.body.strip("\n").rstrip()
    if body.strip():
        lines.extend(body.splitlines())
    elif section.write_in:
        lines.extend([WRITE_IN] * WRITE_IN_LINES)
    return lines


def format_document(intro: Sequence[str], sections: Sequence[Section], *, title: str = "") -> str:
    """Optional title, intro paragraphs and sections, blank lines between, ending with a newline.

    The views leave the title out: the print and export code puts it on the first line.
    """
    blocks = ["\n".join(_underlined(title.strip(), "="))] if title.strip() else []
    blocks.extend(paragraph.strip() for paragraph in intro if paragraph.strip())
    blocks.extend("\n".join(_section_lines(section)) for section in sections)
    return "\n\n".join(blocks) + "\n"
