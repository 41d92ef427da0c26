"""What a link in an article points to, decided without Qt."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class LinkKind(Enum):
    """Kinds of link the reading view knows how to follow."""

    ARTICLE = "article"
    SCREEN = "screen"
    ANCHOR = "anchor"
    WEB = "web"
    IGNORED = "ignored"


@dataclass(frozen=True)
class Link:
    """A classified link: its kind and target (an article id, screen name, anchor or URL)."""

    kind: LinkKind
    target: str


SCREENS = {
    "help",
    "home",
    "privacy",
    "shortcuts",
    "safety-plan",
    "reflections",
    "exercise/breathing",
    "exercise/grounding",
    "exercise/ride-the-wave",
}
_ARTICLE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def classify(url: str) -> Link:
    """Classify a link target; file: and unknown schemes are ignored on purpose."""
    url = url.strip()
    if url.startswith("#"):
        return Link(LinkKind.ANCHOR, url[1:])
    if url.startswith("lantern:"):
        return _classify_lantern(url.removeprefix("lantern:"))
    if re.match(r"^https?://[^\s/]+", url, re.I):
        return Link(LinkKind.WEB, url)
    if _ARTICLE_ID.match(url.removesuffix(".md")):
        return Link(LinkKind.ARTICLE, url.removesuffix(".md"))
    return Link(LinkKind.IGNORED, url)


def _classify_lantern(rest: str) -> Link:
    if rest.startswith("article/") and _ARTICLE_ID.match(rest.removeprefix("article/")):
        return Link(LinkKind.ARTICLE, rest.removeprefix("article/"))
    if rest in SCREENS:
        return Link(LinkKind.SCREEN, rest)
    return Link(LinkKind.IGNORED, rest)
