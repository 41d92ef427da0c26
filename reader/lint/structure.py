"""Structural checks of a Markdown body: fences, link syntax, raw HTML, links and images."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from pathlib import Path, PurePosixPath

from reader.content_files import picture_problem
from reader.links import SCREENS, LinkKind, classify
from reader.lint.finding import REVIEW, Finding
from reader.lint.language import find_hits
from reader.lint.markdown import Body, Link, Spot
from reader.lint.rules import RULES

Place = Callable[[int, int], tuple[int, int]]  # (body row, 0-based column) -> (line, column)

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
_INJURY = re.compile(r"injur(?:y|ies|ed)|implement|method|suicide|noose|weapon", re.IGNORECASE)
_IMAGE_RULES = (RULES["L9"], RULES["L18"])
_FENCE = "this code fence is never closed; add a matching ``` line after the code"
_HTML = "raw HTML '{}' is shown as text, never rendered; use Markdown instead"
_ANCHOR_HINT = (
    "; write it as the heading in lower case, with hyphens for spaces: "
    "'## Where to start' is #where-to-start"
)
_LEAVES = "'{}' leaves Lantern; articles link only to lantern: places and other articles"


def _is_absolute(target: str) -> bool:
    return target.startswith(("/", "\\")) or bool(_DRIVE.match(target))


def _is_remote(target: str) -> bool:
    return bool(_SCHEME.match(target) and not _DRIVE.match(target)) or target.startswith("//")


class BodyChecker:
    """Turns what markdown.read_body found into findings for one article."""

    def __init__(
        self,
        path: str,
        place: Place,
        *,
        pack_dir: Path | None,
        known_ids: Collection[str] | None,
        about_harm: bool,
        headings: Callable[[], Collection[str]] = frozenset,
    ) -> None:
        self.path = path
        # The places a "#..." link may go, worked out only if the body has such a link.
        self.headings = headings
        self.place = place
        self.pack_dir = pack_dir
        self.known_ids = known_ids
        self.about_harm = about_harm
        self.findings: list[Finding] = []

    def add(self, at: Link | Spot, rule: str, message: str, *, review: str = "") -> None:
        """Record a finding; ``review`` names a term a reviewer may accept."""
        line, column = self.place(at.line, at.column)
        severity = REVIEW if review else RULES[rule].severity
        finding = Finding(self.path, line, column, rule, severity, message, review, review)
        self.findings.append(finding)

    def check(self, body: Body) -> list[Finding]:
        """Every structural finding for the body."""
        if body.unclosed_fence is not None:
            self.add(Spot(body.unclosed_fence, 0, ""), "M1", _FENCE)
        for spot in body.syntax:
            self.add(spot, "M2", f"{spot.message}; write links as [text](target)")
        for spot in body.html:
            self.add(spot, "M3", _HTML.format(spot.message))
        for spot in body.headings:
            self.add(spot, "M7", spot.message)
        for link in body.links:
            if link.image:
                self.check_image(link)
            else:
                self.check_link(link)
        return self.findings

    def check_link(self, link: Link) -> None:
        """Links go where the reading view can follow them: Lantern places and articles."""
        target = link.target
        where = classify(target)
        if where.kind is LinkKind.ARTICLE:
            if self.known_ids is not None and where.target not in self.known_ids:
                self.add(link, "M6", f"no article has the id '{where.target}'")
        elif where.kind is LinkKind.ANCHOR:
            if where.target not in self.headings():
                message = f"no heading in this article has the anchor '#{where.target}'"
                self.add(link, "M6", message + _ANCHOR_HINT)
        elif where.kind is LinkKind.SCREEN:
            return
        elif target.lower().startswith("lantern:"):
            known = ", ".join(f"lantern:{name}" for name in sorted(SCREENS))
            message = f"'{target}' is not a Lantern place; use lantern:article/<id> or {known}"
            self.add(link, "M6", message)
        elif where.kind is LinkKind.WEB or _is_remote(target) or _is_absolute(target):
            self.add(link, "M5", _LEAVES.format(target))
        else:
            message = f"Lantern cannot follow '{target}'; link an article as lantern:article/<id>"
            self.add(link, "M6", message)

    def check_image(self, link: Link) -> None:
        """Images come from the pack folder and are checked for what they show."""
        target = link.target
        if not link.text.strip():
            self.add(link, "M8", f"image '{target}' has no description in its [brackets]")
        if _is_remote(target):
            message = f"'{target}' is a remote image; Lantern never loads anything from the network"
            self.add(link, "M4", message + ", so put the file in the pack folder")
        elif _is_absolute(target):
            self.add(link, "M4", f"'{target}' is an absolute path; use a path inside the pack")
        elif self.image_in_pack(link):
            self.check_image_content(link)

    def check_image_content(self, link: Link) -> None:
        """L11: no pictures of injuries or methods; in harm articles every image is reviewed."""
        name = PurePosixPath(link.target.split("#")[0]).name
        words = re.sub(r"[_.]+", " ", f"{name} {link.text}")
        hits = [hit.matched for hit in find_hits(words, _IMAGE_RULES)]
        injury = _INJURY.search(words)
        shown = hits[0] if hits else injury.group(0) if injury else ""
        if shown:
            message = f"image '{name}' looks like it shows '{shown}'; images of injuries, "
            self.add(link, "L11", message + "implements, methods or places are not allowed")
        elif self.about_harm:
            message = (
                f"image '{name}' is in an article about self-harm or suicide; a person must check "
                f'that it is neutral or hopeful, then add "{name}" to accepted_terms'
            )
            self.add(link, "L11", message, review=name)

    def image_in_pack(self, link: Link) -> bool:
        """A relative image must stay inside the pack folder and exist; True when it does."""
        if self.pack_dir is None:
            return True
        relative = link.target.split("#")[0].split("?")[0]
        try:
            root = self.pack_dir.resolve()
            resolved = (root / relative).resolve()
            inside = resolved.is_relative_to(root)
            exists = resolved.is_file()
        except RuntimeError:  # Path.resolve() on links that loop (Python 3.11 and 3.12)
            self.add(link, "M4", f"'{link.target}' cannot be read: its links loop")
            return False
        except (OSError, ValueError):
            inside = exists = False
        if not inside:
            self.add(link, "M4", f"'{link.target}' is outside the pack folder")
        elif not exists:
            self.add(link, "M4", f"'{link.target}' was not found in the pack folder")
        elif why := picture_problem(resolved):
            self.add(link, "M4", f"'{link.target}' {why}; save it as a PNG")
        return inside and exists


def body_findings(
    body: Body,
    path: str,
    place: Place,
    *,
    pack_dir: Path | None = None,
    known_ids: Collection[str] | None = None,
    about_harm: bool = False,
    headings: Callable[[], Collection[str]] = frozenset,
) -> list[Finding]:
    """Structural findings for one article body; ``headings`` gives the anchors links may use."""
    checker = BodyChecker(
        path,
        place,
        pack_dir=pack_dir,
        known_ids=known_ids,
        about_harm=about_harm,
        headings=headings,
    )
    return checker.check(body)
