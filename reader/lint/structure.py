"""Structural checks of a Markdown body: fences, link syntax, raw HTML, links and images."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from pathlib import Path, PurePosixPath

from reader.lint.finding import REVIEW, Finding
from reader.lint.language import find_hits
from reader.lint.markdown import Body, Link
from reader.lint.rules import LANTERN_TARGETS, RULES

Place = Callable[[int, int], tuple[int, int]]  # (body row, 0-based column) -> (line, column)

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
_INJURY = re.compile(r"injur(?:y|ies|ed)|implement|method|suicide|noose|weapon", re.IGNORECASE)
_IMAGE_RULES = (RULES["L9"], RULES["L18"])


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
    ) -> None:
        self.path = path
        self.place = place
        self.pack_dir = pack_dir
        self.known_ids = known_ids
        self.about_harm = about_harm
        self.findings: list[Finding] = []

    def add(self, row: int, column: int, rule: str, message: str, **extra: str) -> None:
        """Record a finding at a body position, with the rule's own severity."""
        line, col = self.place(row, column)
        severity = extra.pop("severity", RULES[rule].severity)
        self.findings.append(Finding(self.path, line, col, rule, severity, message, **extra))

    def check(self, body: Body) -> list[Finding]:
        """Every structural finding for the body."""
        if body.unclosed_fence is not None:
            self.add(
                body.unclosed_fence,
                0,
                "M1",
                "this code fence is never closed; add a matching ``` line after the code",
            )
        for spot in body.syntax:
            self.add(spot.line, spot.column, "M2", f"{spot.message}; write links as [text](target)")
        for spot in body.html:
            self.add(
                spot.line,
                spot.column,
                "M3",
                f"raw HTML '{spot.message}' is shown as text, never rendered; use Markdown instead",
            )
        for spot in body.headings:
            self.add(spot.line, spot.column, "M7", spot.message)
        for link in body.links:
            if link.image:
                self.check_image(link)
            else:
                self.check_link(link)
        return self.findings

    def check_link(self, link: Link) -> None:
        """Links go to Lantern places or files inside the pack, nowhere else."""
        target = link.target
        scheme = _SCHEME.match(target)
        if scheme and scheme.group(1).lower() == "lantern":
            self.check_lantern(link, target[len("lantern:") :])
        elif scheme and not _DRIVE.match(target) or target.startswith("//"):
            self.add(
                link.line,
                link.column,
                "M5",
                f"'{target}' leaves Lantern; articles link only "
                "to lantern: places (see Get help now: lantern:help) or files in the pack",
            )
        elif _is_absolute(target):
            self.add(
                link.line,
                link.column,
                "M5",
                f"'{target}' is an absolute path; use a path relative to the article",
            )
        elif target and not target.startswith("#"):
            self.check_local(link, "M6", "links")

    def check_lantern(self, link: Link, place: str) -> None:
        """lantern:article/<id> must name a known article; other places must exist."""
        if place.startswith("article/"):
            article_id = place[len("article/") :]
            if self.known_ids is not None and article_id not in self.known_ids:
                self.add(link.line, link.column, "M6", f"no article has the id '{article_id}'")
        elif place not in LANTERN_TARGETS:
            known = ", ".join(f"lantern:{name}" for name in LANTERN_TARGETS)
            self.add(
                link.line,
                link.column,
                "M6",
                f"'lantern:{place}' is not a Lantern place; "
                f"use lantern:article/<id> or one of {known}",
            )

    def check_image(self, link: Link) -> None:
        """Images come from the pack folder and are checked for what they show."""
        target = link.target
        if _SCHEME.match(target) and not _DRIVE.match(target) or target.startswith("//"):
            self.add(
                link.line,
                link.column,
                "M4",
                f"'{target}' is a remote image; Lantern never "
                "loads anything from the network, so put the file in the pack folder",
            )
            return
        if _is_absolute(target):
            self.add(
                link.line,
                link.column,
                "M4",
                f"'{target}' is an absolute path; "
                "put the image in the pack folder and use a relative path",
            )
            return
        if not self.check_local(link, "M4", "images"):
            return
        self.check_image_content(link)

    def check_image_content(self, link: Link) -> None:
        """L11: no pictures of injuries or methods; in harm articles every image is reviewed."""
        name = PurePosixPath(link.target.split("#")[0]).name
        words = re.sub(r"[_.]+", " ", f"{name} {link.text}")
        hits = find_hits(words, _IMAGE_RULES)
        injury = _INJURY.search(words)
        if hits or injury:
            shown = hits[0].matched if hits else injury.group(0) if injury else ""
            self.add(
                link.line,
                link.column,
                "L11",
                f"image '{name}' looks like it shows "
                f"'{shown}'; images of injuries, implements, methods or places are not "
                "allowed; use a neutral or hopeful image",
            )
        elif self.about_harm:
            self.add(
                link.line,
                link.column,
                "L11",
                f"image '{name}' is in an article about "
                "self-harm or suicide; a person must check that it is neutral or hopeful, "
                f'then add "{name}" to accepted_terms',
                severity=REVIEW,
                term=name,
                matched=name,
            )

    def check_local(self, link: Link, rule: str, kind: str) -> bool:
        """A relative target must stay inside the pack folder and exist; True when it does."""
        if self.pack_dir is None:
            return True
        relative = link.target.split("#")[0].split("?")[0]
        try:
            root = self.pack_dir.resolve()
            resolved = (root / relative).resolve()
            inside = resolved.is_relative_to(root)
            exists = resolved.is_file()
        except (OSError, ValueError):
            inside = exists = False
        if not inside:
            self.add(
                link.line,
                link.column,
                rule if rule == "M4" else "M5",
                f"'{link.target}' is outside the pack folder; {kind} must come from the pack",
            )
        elif not exists:
            self.add(
                link.line, link.column, rule, f"'{link.target}' was not found in the pack folder"
            )
        return inside and exists


def _is_absolute(target: str) -> bool:
    return target.startswith(("/", "\\")) or bool(_DRIVE.match(target))


def body_findings(
    body: Body,
    path: str,
    place: Place,
    *,
    pack_dir: Path | None = None,
    known_ids: Collection[str] | None = None,
    about_harm: bool = False,
) -> list[Finding]:
    """Structural findings for one article body."""
    checker = BodyChecker(
        path, place, pack_dir=pack_dir, known_ids=known_ids, about_harm=about_harm
    )
    return checker.check(body)
