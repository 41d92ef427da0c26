"""Just enough Markdown reading for the checker: fences, code spans, links, images and HTML."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_HTML = re.compile(r"<!--|</?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*)>")
_REF_DEFINITION = re.compile(r"^ {0,3}\[([^\]]+)\]:\s*(\S*)")
_REF_USE = re.compile(r"(!?)\[([^\]]*)\]\[([^\]]*)\]")
_TARGET = re.compile(r"""^\s*(<[^<>]*>|\S+)(?:\s+("[^"]*"|'[^']*'|\([^)]*\)))?\s*$""")
_SPACED = re.compile(r"\[[^\]]+\]\s+\((?:lantern:|https?:|[\w./-]+\.(?:md|png|jpe?g|gif|svg)\b)")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(\s|$|[^#\s])")


@dataclass(frozen=True)
class Link:
    """A link or image: 0-based body line, 0-based column of its target, and what it says."""

    line: int
    column: int
    target: str
    text: str
    image: bool = False


@dataclass(frozen=True)
class Spot:
    """A syntax problem at a 0-based body line and column."""

    line: int
    column: int
    message: str


@dataclass
class Body:
    """What the checker needs to know about a Markdown body."""

    links: list[Link] = field(default_factory=list)
    syntax: list[Spot] = field(default_factory=list)  # broken link syntax
    html: list[Spot] = field(default_factory=list)
    headings: list[Spot] = field(default_factory=list)
    unclosed_fence: int | None = None  # 0-based line of a fence that never closes
    masked: str = ""  # the body with link targets blanked, for wording checks


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _mask_code_spans(line: str) -> str:
    for match in _CODE_SPAN.finditer(line):
        line = _blank(line, match.start(2), match.end(2))
    return line


def _open_bracket(line: str, close: int) -> int:
    """Index of the '[' that opens the link text ending at ``close``, or -1."""
    depth = 0
    for index in range(close - 1, -1, -1):
        if line[index] == "]":
            depth += 1
        elif line[index] == "[":
            if depth == 0:
                return index
            depth -= 1
    return -1


def _inline_links(row: int, line: str, body: Body) -> str:
    """Collect [text](target) links on one line; return the line with targets blanked."""
    masked = line
    for match in re.finditer(r"\]\(", line):
        close_text = match.start()
        opening = _open_bracket(line, close_text)
        if opening < 0:
            body.syntax.append(Spot(row, close_text, "link text is missing its opening '['"))
            continue
        end = line.find(")", match.end())
        if end < 0:
            body.syntax.append(Spot(row, close_text, "link is missing its closing ')'"))
            continue
        inner = line[match.end() : end]
        parsed = _TARGET.match(inner)
        if not parsed:
            message = "link target is empty" if not inner.strip() else "link target has a space"
            body.syntax.append(Spot(row, match.end(), message))
            continue
        image = opening > 0 and line[opening - 1] == "!"
        target = parsed.group(1).strip("<>")
        text = line[opening + 1 : close_text]
        body.links.append(Link(row, match.end(), target, text, image))
        masked = _blank(masked, match.end(), end)
    return masked


def _other_links(row: int, line: str, body: Body, references: dict[str, str]) -> str:
    for match in _AUTOLINK.finditer(line):
        body.links.append(Link(row, match.start(1), match.group(1), match.group(1)))
        line = _blank(line, match.start(), match.end())
    for match in _REF_USE.finditer(line):
        name = (match.group(3) or match.group(2)).strip().lower()
        if name not in references:
            body.syntax.append(Spot(row, match.start(), f"link reference [{name}] is not defined"))
    for match in _SPACED.finditer(line):
        body.syntax.append(Spot(row, match.start(), "remove the space between ']' and '('"))
    return line


def _reference_definitions(lines: list[str], code: set[int], body: Body) -> dict[str, str]:
    references: dict[str, str] = {}
    for row, line in enumerate(lines):
        match = _REF_DEFINITION.match(line)
        if row not in code and match:
            references[match.group(1).strip().lower()] = match.group(2)
            body.links.append(Link(row, match.start(2), match.group(2), match.group(1)))
    return references


def _closes(opening: str, fence: str, rest: str) -> bool:
    """A closing fence uses the same character, is at least as long, and has no info text."""
    return fence[0] == opening[0] and len(fence) >= len(opening) and not rest.strip()


def _code_lines(lines: list[str], body: Body) -> set[int]:
    """Rows inside fenced code blocks (fence lines included); notes a fence left open."""
    code: set[int] = set()
    opener: tuple[int, str] | None = None
    for row, line in enumerate(lines):
        match = _FENCE.match(line)
        if opener is None and match:
            opener = (row, match.group(1))
        elif (
            opener is not None and match and _closes(opener[1], match.group(1), line[match.end() :])
        ):
            code.add(row)
            opener = None
            continue
        if opener is not None:
            code.add(row)
    body.unclosed_fence = opener[0] if opener else None
    return code


def _heading_spot(row: int, line: str) -> Spot | None:
    match = _HEADING.match(line)
    if not match:
        return None
    if match.group(2) and not match.group(2).isspace():
        return Spot(row, match.start(1), "put a space after the # of a heading")
    if len(match.group(1)) == 1:
        return Spot(row, match.start(1), "use ## headings; the title is shown from front matter")
    return None


def read_body(text: str) -> Body:
    """Read a Markdown body: links, images, raw HTML, fences, headings and syntax slips."""
    body = Body()
    lines = text.split("\n")
    code = _code_lines(lines, body)
    references = _reference_definitions(lines, code, body)
    masked_lines = []
    for row, line in enumerate(lines):
        if row in code:
            masked_lines.append(line)
            continue
        plain = _mask_code_spans(line)
        masked = _inline_links(row, plain, body)
        masked = _other_links(row, masked, body, references)
        body.html += [Spot(row, m.start(), m.group(0)) for m in _HTML.finditer(masked)]
        spot = _heading_spot(row, line)
        if spot:
            body.headings.append(spot)
        masked_lines.append(_restore_code(line, plain, masked))
    body.masked = "\n".join(masked_lines)
    return body


def _restore_code(original: str, plain: str, masked: str) -> str:
    """Put code-span text back (readers see it) while keeping link targets blanked."""
    return "".join(o if o != p else m for o, p, m in zip(original, plain, masked, strict=True))
