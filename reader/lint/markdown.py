"""Just enough Markdown reading for the checker: fences, code spans, links, images and HTML."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate

from reader.lint.scan import TargetReader, bracket_pairs, code_spans, reference_uses, spaced_links

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HTML = re.compile(r"<!--|</?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*)>")
# Python-Markdown's own pattern for <name@example.org>, which it makes a mailto: link.
_AUTOMAIL = re.compile(r"<([^<> !]+@[^@<> ]+)>")
_REF_DEFINITION = re.compile(r"^ {0,3}\[([^\]]+)\]:\s*(\S*)")
# Link text kept for the image-description checks; only nested links make it longer.
MAX_LINK_TEXT = 1000
_HEADING = re.compile(r"^ {0,3}(#{1,6})(\s|$|[^#\s])")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])[ \t]")
# A heading or a rule at the left edge: render._blocks_apart starts a block after it.
_OWN_LINE = re.compile(r"#|([-*_])(?:[ \t]*\1){2,}[ \t]*$")
# A row that ends a paragraph by starting a block: a heading, a quote, a callout, a rule or
# a heading's underline (=== or ---), as Python-Markdown splits them off.
_STARTS_BLOCK = re.compile(r"[ \t]*(?:#|>|!!!|[-*_=][-*_= \t]*$)")


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
    # Offsets of link syntax the reader does not see: '[' (or '![') and '](target)'.
    hidden: list[tuple[int, int]] = field(default_factory=list)
    titles: list[tuple[int, int]] = field(default_factory=list)  # link titles (tooltips)


def _with_blanks(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each (start, end) span blanked; spans are in order and do not overlap."""
    pieces: list[str] = []
    done = 0
    for start, end in spans:
        pieces += [text[done:start], " " * (end - start)]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _mask_code_spans(line: str) -> str:
    return _with_blanks(line, code_spans(line))


def _read_link(
    reader: TargetReader, pairs: dict[int, int], row: int, match: re.Match[str]
) -> Spot | tuple[Link, int, int]:
    """The link whose text ends at this '](', with its ')' and '[' (or '![') places; or a Spot."""
    close_text, start = match.start(), match.end()
    opening = pairs[close_text]
    if opening < 0:
        return Spot(row, close_text, "link text is missing its opening '['")
    end = reader.closing(start)
    if end == len(reader.line):
        return Spot(row, close_text, "link is missing its closing ')'")
    target = reader.target(start, end)
    if target is None:
        empty = reader.blank(start, end)
        return Spot(row, start, "link target is empty" if empty else "link target has a space")
    image = opening > 0 and reader.line[opening - 1] == "!"
    text = reader.line[opening + 1 : min(close_text, opening + 1 + MAX_LINK_TEXT)]
    return Link(row, start, target.strip("<>"), text, image), end, opening - image


def _add_title(body: Body, reader: TargetReader, offset: int, span: tuple[int, int]) -> None:
    """Note the title of the link whose target and title are line[span]: a tooltip shows it."""
    first = reader.solid.next(span[0])
    target = reader.target(span[0], span[1]) or ""
    title = reader.title(first + len(target), span[1])
    if title:
        body.titles.append((offset + title[0], offset + title[1]))


def _inline_links(row: int, line: str, body: Body, offset: int = 0) -> str:
    """Collect [text](target) links on one line; return the line with targets blanked.

    ``offset`` is where the line starts in the body, for the link syntax left out of view.
    """
    if "](" not in line:
        return line
    reader, pairs = TargetReader(line), bracket_pairs(line)
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"\]\(", line):
        found = _read_link(reader, pairs, row, match)
        if isinstance(found, Spot):
            body.syntax.append(found)
        elif not spans or found[0].column >= spans[-1][1]:
            # Not one inside the target of the link before: keeping both would copy that text.
            link, end, opening = found
            body.links.append(link)
            spans.append((link.column, end))
            # The reader sees the link's text alone: "the only [way out](x)" reads on.
            body.hidden += [(offset + opening, offset + opening + 1 + link.image)]
            body.hidden += [(offset + link.column - 2, offset + end + 1)]
            _add_title(body, reader, offset, (link.column, end))
    return _with_blanks(line, spans)


def _other_links(row: int, line: str, body: Body, references: dict[str, str]) -> str:
    autolinks = list(_AUTOLINK.finditer(line))
    for match in autolinks:
        body.links.append(Link(row, match.start(1), match.group(1), match.group(1)))
    line = _with_blanks(line, [match.span() for match in autolinks])
    mails = list(_AUTOMAIL.finditer(line)) if "@" in line else []
    for match in mails:
        address = match.group(1).removeprefix("mailto:")
        body.links.append(Link(row, match.start(1), f"mailto:{address}", address))
    line = _with_blanks(line, [match.span() for match in mails])
    for column, name in reference_uses(line):
        name = name.strip().lower()
        if name not in references:
            body.syntax.append(Spot(row, column, f"link reference [{name}] is not defined"))
    for column in spaced_links(line):
        body.syntax.append(Spot(row, column, "remove the space between ']' and '('"))
    return line


def _reference_definitions(
    lines: list[str], starts: list[int], code: set[int], body: Body
) -> dict[str, str]:
    references: dict[str, str] = {}
    for row, line in enumerate(lines):
        match = _REF_DEFINITION.match(line)
        if row not in code and match:
            references[match.group(1).strip().lower()] = match.group(2)
            body.links.append(Link(row, match.start(2), match.group(2), match.group(1)))
            # The reader sees none of a definition but its title, as a tooltip.
            body.hidden.append((starts[row], starts[row] + len(line)))
            _add_title(body, TargetReader(line), starts[row], (match.start(2), len(line)))
    return references


def _closes(opening: str, fence: str, rest: str) -> bool:
    """A closing fence uses the same character, is at least as long, and has no info text."""
    return fence[0] == opening[0] and len(fence) >= len(opening) and not rest.strip()


def _code_lines(lines: list[str], body: Body) -> set[int]:
    """Rows of fenced code Lantern shows as code (fence lines included); notes a fence left open.

    Lantern's Markdown has no fenced code blocks: ``` ... ``` is shown as code because it is a
    code span, closed by the same number of backticks in the same paragraph. A ~~~ fence, or
    one whose span a blank line, a heading or another backtick breaks, is shown as text, its
    links and pictures live, so they are checked as everywhere else.
    """
    code: set[int] = set()
    opener: tuple[int, str] | None = None
    ticks_before = False  # a backtick earlier in the paragraph, which may pair with a fence's
    for row, line in enumerate(lines):
        match = _FENCE.match(line)
        if opener is None:
            if match:
                opener = (row, match.group(1))
            else:
                ticks_before = bool(line.strip()) and (ticks_before or "`" in line)
            continue
        if match and _closes(opener[1], match.group(1), line[match.end() :]):
            start, fence = opener
            span = fence[0] == "`" and match.group(1) == fence and not ticks_before
            if span and _one_code_span(lines, start, row):
                code.update(range(start, row + 1))
            else:
                ticks_before = True  # its backticks may pair with later ones
            opener = None
    body.unclosed_fence = opener[0] if opener else None
    return code


def _one_code_span(lines: list[str], start: int, end: int) -> bool:
    """Whether ``` on row start and on row end make one code span of all the rows between.

    Not when another backtick may pair with theirs (in the opening line's words or a row
    inside), nor when a row inside ends the paragraph: a blank one, or one that starts a block
    (a heading, a rule, a quote, a callout). Then what is inside is shown live.
    """
    opening_words = lines[start].lstrip(" ").lstrip("`")
    return "`" not in opening_words and not any(map(_ends_span, lines[start + 1 : end]))


def _ends_span(line: str) -> bool:
    """A row inside ``` ... ``` that is blank, has a backtick, or starts a block of its own."""
    return not line.strip() or "`" in line or _STARTS_BLOCK.match(line) is not None


def _indented_code_lines(lines: list[str], fenced: set[int]) -> set[int]:
    """Rows Python-Markdown shows as an indented code block: its links and HTML are only text.

    A block (after a blank line, a heading or the start) indented 4 spaces more than the list
    item or callout box it is in is code, with the lines after it indented as far; 4 spaces
    under a list item is more of that item. Lines run on from a paragraph are never code.
    """
    code: set[int] = set()
    nest = 0  # the indent of what a block is inside: 4 under "- item" or "!!! note"
    starts_block, code_indent = True, 0  # code_indent: the open code block's indent, else 0
    for row, line in enumerate(lines):
        if not line.strip():
            starts_block = True
            continue
        expanded = line.expandtabs(4)
        indent = len(expanded) - len(expanded.lstrip(" "))
        if code_indent and indent >= code_indent and row not in fenced:
            code.add(row)
            starts_block = False
            continue
        code_indent = 0
        if starts_block and row not in fenced:
            if indent < nest:
                nest = indent // 4 * 4  # out of the item (or box): only the levels it reaches
            if indent >= nest + 4:
                code.add(row)
                code_indent, starts_block = nest + 4, False
                continue
        item = _LIST_ITEM.match(line)
        if item or line.lstrip().startswith("!!!"):
            nest = indent + 4
        starts_block = _OWN_LINE.match(line) is not None  # Lantern sets these apart
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
    code |= _indented_code_lines(lines, code)
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    references = _reference_definitions(lines, starts, code, body)
    masked_lines = []
    for row, line in enumerate(lines):
        if row in code:
            masked_lines.append(line)
            continue
        plain = _mask_code_spans(line)
        masked = _inline_links(row, plain, body, starts[row])
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
