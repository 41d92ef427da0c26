"""M10: lists that Python-Markdown does not show as the writer laid them out.

Two slips look right in an editor and wrong in Lantern: a list straight after a line of
text (no blank line between) is run into that paragraph as plain text, and an item indented
by less than 4 spaces under another is shown at the same level, not nested.
"""

from __future__ import annotations

import re

from reader.lint.finding import WARNING, Finding

_ITEM = re.compile(r"^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+\S")
# A heading or a rule ("* * *", not a list) at the left edge: a block of its own.
_OWN_LINE = re.compile(r"^(?:#|([-*_])(?:[ \t]*\1){2,}[ \t]*$)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# A first line that starts something other than a paragraph: heading, quote, table, callout,
# reference definition, or a block indented as code or as more of a list item.
_NOT_PARAGRAPH = re.compile(r"^(?:#|>|\||!!!|\[[^\]]*\]:|[ \t])")
_RUN_IN = (
    "this list comes straight after a line of text, so Lantern shows it as part of that "
    "paragraph, not as a list; put a blank line before the list"
)
_SHALLOW = (
    "this item is indented only {} spaces more than the one above, so Lantern does not put it "
    "inside that item (it shows it at the same level, or as plain text); to nest it, indent it "
    "by 4 spaces"
)


def _indent(text: str) -> int:
    return len(text.expandtabs(4))


def list_layout_findings(body: str, path: str, first_line: int) -> list[Finding]:
    """Warnings for lists that would be shown run into text or at the wrong level."""
    findings: list[Finding] = []
    fence = ""
    above: int | None = None  # the indent of the list item above, in a list block
    checked = False  # whether the rest of this block is checked (it is a paragraph or a list)
    fresh = True  # the next line with text starts a block
    callout = False  # in the indented lines of a !!! callout box
    for row, line in enumerate(body.split("\n")):
        opened = _FENCE.match(line)
        if fence or opened:
            closes = fence and opened and opened.group(1)[0] == fence[0]
            fence = "" if closes else fence or (opened.group(1) if opened else "")
            fresh = True  # what follows a code block starts a block of its own
            continue
        if not line.strip():
            fresh = True
            continue
        if _OWN_LINE.match(line):
            fresh = True  # Lantern sets a heading or rule apart (render._blocks_apart)
            continue
        if line.startswith("!!!"):
            fresh = callout = True  # its indented lines are the box; the next other one starts
            continue
        if callout and _indent(line) - _indent(line.lstrip()) >= 4:
            continue
        callout = False
        item = _ITEM.match(line)
        if fresh:
            fresh, checked = False, not _NOT_PARAGRAPH.match(line)
            above = _indent(item.group(1)) if item else None
            continue
        if item is None or not checked:
            continue
        indent = _indent(item.group(1))
        # One space more is a slip that changes nothing the reader sees; two or three are not.
        if above is not None and not above + 1 < indent < above + 4:
            above = indent
            continue
        # One finding a block: after a run-in list, the rest of the block is text anyway.
        message = _RUN_IN if above is None else _SHALLOW.format(indent - above)
        checked = above is not None
        findings.append(Finding(path, first_line + row, indent + 1, "M10", WARNING, message))
    return findings
