"""Markdown to HTML for the reading view; raw HTML in articles is shown as text, never run."""

from __future__ import annotations

import html as html_lib
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from xml.etree.ElementTree import Element

import markdown
from markdown.extensions.toc import slugify_unicode
from markdown.treeprocessors import Treeprocessor

from reader.links import LinkKind, classify
from reader.render_inline import QuickInline

_EXTENSIONS = ["tables", "toc", "sane_lists", "admonition"]
_ADMONITION = re.compile(
    r'<div class="admonition ([\w-]+)">\s*<p class="admonition-title">(.*?)</p>(.*?)</div>', re.S
)
_REMOTE_IMAGE = re.compile(r'<img[^>]*src="(?:[a-z][a-z0-9+.-]*:|//|/)[^"]*"[^>]*>', re.I)
# Python-Markdown reads each level of a nested list with a few recursive calls, and a list a
# few hundred levels deep raised RecursionError. Real articles nest two or three levels.
MAX_LIST_DEPTH = 10
_LIST_ITEM = re.compile(r"^([ \t>]*)((?:(?:[-*+]|\d+[.)])[ \t]+)+)")
_MARKER = re.compile(r"[-*+]|\d+[.)]")
_RULE_LINE = re.compile(r"^[ \t>]*([-*_])(?:[ \t]*\1){2,}[ \t]*$")  # "* * *" is a rule, not lists
_FENCE = re.compile(r"^[ \t>]*(`{3,}|~{3,})")
# A heading ("#" starts one, with or without a space) or a rule ("* * *"), as a whole line.
# A rule with a setext underline under it ("***" over "---") is a heading's title instead.
_BLANK_LINE = re.compile(r"(\n(?:[ \t]*\n)+)")
_OWN_BLOCK = re.compile(r"^(?:#.*|([-*_])(?:[ \t]*\1){2,}[ \t]*(?!\n[=-]+[ ]*$))$", re.M)


@dataclass(frozen=True)
class Heading:
    """One entry of an article's table of contents."""

    level: int
    anchor: str
    title: str


def spelled_anchor(title: str) -> str:
    """A heading's anchor as CONTENT.md tells writers to spell it, in any script.

    The toc's own anchors keep ASCII letters only: "Що може допомогти" got "_1", and a link
    written "#що-може-допомогти" named no heading.
    """
    return slugify_unicode(unicodedata.normalize("NFC", title), "-")


def heading_place(headings: Sequence[Heading], target: str) -> tuple[str, int]:
    """A heading's text for an anchor ("#try-this_1"), and how many before it share the text."""
    # A target that is no heading's anchor is taken as a heading's text (the first with it).
    anchor = target.removeprefix("#")
    spelled = unicodedata.normalize("NFC", anchor)
    for wanted in (lambda h: h.anchor == anchor, lambda h: spelled_anchor(h.title) == spelled):
        for index, heading in enumerate(headings):
            if wanted(heading):
                # Two "Try this" headings are "#try-this" and "#try-this_1": their text is the
                # same, so it is their place among the same-named ones that tells which. (Not
                # their place among all headings: the text view drops an empty one.)
                earlier = headings[:index]
                return heading.title, sum(h.title == heading.title for h in earlier)
    return target, 0


@dataclass(frozen=True)
class Rendered:
    """An article body as HTML plus its table of contents."""

    html: str
    headings: tuple[Heading, ...]


class _UnlinkMissing(Treeprocessor):
    """Links to articles that are not in the library become their plain words.

    A clinic may hide articles; a link to one would look followable and do nothing.
    """

    def __init__(self, converter: markdown.Markdown, articles: Collection[str]) -> None:
        super().__init__(converter)
        self.articles = articles

    def run(self, root: Element) -> None:
        """Turn each link to a missing article into a plain span (its words and markup kept)."""
        for element in root.iter("a"):
            link = classify(element.get("href", ""))
            if link.kind is LinkKind.ARTICLE and link.target not in self.articles:
                element.tag = "span"
                element.attrib.clear()


class _CaptionImages(Treeprocessor):
    """Each image's description is also written under it, where everyone can read it.

    Qt gives a screen reader an object character for a picture, never its alt text.
    """

    def run(self, root: Element) -> None:
        """Mark each paragraph with an image as a figure, with a caption paragraph after it."""
        for parent in list(root.iter()):
            for index, paragraph in reversed(list(enumerate(parent))):
                images = [i for i in paragraph.iter("img")] if paragraph.tag == "p" else []
                if not images:
                    continue
                # Its own class: the text's 160% line height would apply to the picture's line
                # and leave a tall gap under it.
                paragraph.set("class", "figure")
                alts = [(i.get("alt") or "").strip() for i in images]
                if any(alts):
                    caption = Element("p", {"class": "caption"})
                    caption.text = " · ".join(alt for alt in alts if alt)
                    parent.insert(index + 1, caption)


class _TableImages(Treeprocessor):
    """A picture in a table cell leaves room for the other columns, and is described under it.

    Qt measures an image's max-width (style.py: 100%) against the whole text, not its cell, so
    a wide picture took the column's width and pushed the next columns off the right edge.
    """

    def run(self, root: Element) -> None:
        """Give each image in a table its share of the width, and a caption in its cell."""
        for table in root.iter("table"):
            columns = max((len(row) for row in table.iter("tr")), default=1)
            # Each cell's padding and border (about 14 pixels) comes on top of its share.
            share = max(1, (100 - 4 * columns) // columns)
            for cell in [*table.iter("td"), *table.iter("th")]:
                _caption_in_cell(cell, share)


def _caption_in_cell(cell: Element, share: int) -> None:
    """Limit the cell's pictures to share percent of the width; their descriptions after them."""
    images = list(cell.iter("img"))
    for image in images:
        image.set("style", f"max-width: {share}%;")
    alts = [(image.get("alt") or "").strip() for image in images]
    if any(alts):
        cell.append(Element("br"))
        caption = Element("span", {"class": "caption"})
        caption.text = " · ".join(alt for alt in alts if alt)
        cell.append(caption)


def _make_converter(articles: Collection[str] | None = None) -> markdown.Markdown:
    converter = markdown.Markdown(extensions=_EXTENSIONS, output_format="html")
    # Without these processors raw HTML is treated as text and escaped.
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    converter.treeprocessors.register(QuickInline(converter), "inline", 20)  # replaces it
    converter.treeprocessors.register(_CaptionImages(converter), "caption", 14)
    converter.treeprocessors.register(_TableImages(converter), "table-images", 13)
    if articles is not None:
        # After the inline processor (20), which is what makes the links.
        converter.treeprocessors.register(_UnlinkMissing(converter, articles), "unlink", 15)
    return converter


# Converters by the article ids they keep links to: making one (its extensions and patterns)
# takes about 1 ms, a tenth of opening an article. Only the newest is kept: a pack rarely
# changes in a session. Rendered HTML is not kept here.
_converters: dict[frozenset[str] | None, markdown.Markdown] = {}


def _converter_for(articles: frozenset[str] | None) -> markdown.Markdown:
    converter = _converters.get(articles)
    if converter is None:
        _converters.clear()
        converter = _converters[articles] = _make_converter(articles)
    return converter


def callout_html(kind: str, title: str, inner: str) -> str:
    """A titled, softly coloured box (title and inner are HTML already)."""
    # QTextBrowser draws table cells with backgrounds reliably, but not divs.
    return (
        f'<table class="callout {kind}" width="100%" cellpadding="14" cellspacing="0">'
        f'<tr><td class="callout"><p class="callout-title"><b>{title}</b></p>'
        f"{inner}</td></tr></table>"
    )


def _callout(match: re.Match[str]) -> str:
    return callout_html(*match.groups())


def _flatten(tokens: list[dict[str, object]]) -> list[Heading]:
    headings: list[Heading] = []
    for token in tokens:
        # The toc extension gives names as HTML ("Myths &amp; facts"); the contents list wants text.
        title = html_lib.unescape(str(token["name"]))
        headings.append(Heading(int(str(token["level"])), str(token["id"]), title))
        children = token.get("children")
        if isinstance(children, list):
            headings.extend(_flatten(children))
    return headings


def _list_lines(body: str) -> list[tuple[int, re.Match[str]]]:
    """(0-based row, match) for each line that starts list items, outside code fences."""
    found, fence = [], ""
    for row, line in enumerate(body.split("\n")):
        opened = _FENCE.match(line)
        if opened and (not fence or opened.group(1).startswith(fence)):
            fence = "" if fence else opened.group(1)
            continue
        item = None if fence or _RULE_LINE.match(line) else _LIST_ITEM.match(line)
        if item:
            found.append((row, item))
    return found


def _depth(item: re.Match[str]) -> int:
    indent = len(item.group(1).replace(">", "").expandtabs(4)) // 4
    return indent + len(_MARKER.findall(item.group(2)))


def list_too_deep(body: str) -> int | None:
    """The 0-based row of the first list item nested over MAX_LIST_DEPTH levels, else None."""
    return next((row for row, item in _list_lines(body) if _depth(item) > MAX_LIST_DEPTH), None)


def _flattened(body: str) -> str:
    """The body with every list item at the first level, so none can nest too deeply."""
    lines = body.split("\n")
    for row, item in _list_lines(body):
        lines[row] = "- " + lines[row][item.end() :]
    return "\n".join(lines)


def _blocks_apart(body: str) -> str:
    """The body with a blank line after each heading or rule that starts at the left edge.

    Python-Markdown splits such a line off the front of its block and tests the rest again,
    so a block of thousands of headings took the square of its length: 20,000 took 35 s.
    The blank line changes nothing else: such a line always ends its block, except in a table
    or in an indented block (more of a list item), which take every line up to the next
    blank one. So blocks with a "|" or that start indented are left as they are.
    """
    parts = _BLANK_LINE.split(body)
    return "".join(part if _alone(part) else _OWN_BLOCK.sub("\\g<0>\n", part) for part in parts)


def _alone(part: str) -> bool:
    """Whether this block needs no blank line added: one line, a table or an indented block."""
    # Most blocks are a paragraph on one line, with nothing after a heading to split off.
    return "\n" not in part or _whole_block(part)


def _whole_block(part: str) -> bool:
    """Whether Python-Markdown may read all of this block as one table or list item."""
    return "|" in part or part.startswith((" ", "\t"))


def _plain_html(body: str) -> str:
    """The body's words as paragraphs of escaped text: the last resort, so kept simple and fast."""
    blocks = re.split(r"\n[ \t]*\n", body)
    joined = (" ".join(line.strip() for line in block.split("\n")).strip() for block in blocks)
    return "".join(f"<p>{html_lib.escape(text)}</p>" for text in joined if text)


def render_markdown(body: str, articles: Collection[str] | None = None) -> Rendered:
    """Render an article body; remote or absolute images are removed, captions stay.

    Given the ids of the articles in the library, a link to any other article is shown as
    plain text. Lists nested too deeply are shown flat; anything else too deep to render is
    shown as plain paragraphs: an article is never lost to a RecursionError.
    """
    if list_too_deep(body) is not None:
        body = _flattened(body)
    body = _blocks_apart(body)
    try:
        return _render(body, None if articles is None else frozenset(articles))
    except RecursionError:
        _converters.clear()  # one stopped halfway is not used again
        return Rendered(html=_plain_html(body), headings=())


def _render(body: str, articles: frozenset[str] | None) -> Rendered:
    converter = _converter_for(articles)
    converter.reset()
    html = converter.convert(body)
    html = _ADMONITION.sub(_callout, html)
    html = _REMOTE_IMAGE.sub("", html)
    tokens = getattr(converter, "toc_tokens", [])
    return Rendered(html=html, headings=tuple(_flatten(tokens)))
