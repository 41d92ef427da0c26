"""Link classification: where a link in an article may take the reader, decided without Qt."""

from __future__ import annotations

import pytest

from reader.links import SCREENS, Link, LinkKind, classify


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("lantern:article/coping-with-urges", Link(LinkKind.ARTICLE, "coping-with-urges")),
        ("lantern:article/step-2", Link(LinkKind.ARTICLE, "step-2")),
        ("coping-with-urges", Link(LinkKind.ARTICLE, "coping-with-urges")),
        ("coping-with-urges.md", Link(LinkKind.ARTICLE, "coping-with-urges")),
        ("lantern:help", Link(LinkKind.SCREEN, "help")),
        ("lantern:home", Link(LinkKind.SCREEN, "home")),
        ("lantern:privacy", Link(LinkKind.SCREEN, "privacy")),
        ("lantern:safety-plan", Link(LinkKind.SCREEN, "safety-plan")),
        ("lantern:exercise/breathing", Link(LinkKind.SCREEN, "exercise/breathing")),
        ("lantern:exercise/grounding", Link(LinkKind.SCREEN, "exercise/grounding")),
        ("lantern:exercise/ride-the-wave", Link(LinkKind.SCREEN, "exercise/ride-the-wave")),
        ("#what-helps", Link(LinkKind.ANCHOR, "what-helps")),
        ("#", Link(LinkKind.ANCHOR, "")),
        ("https://988lifeline.org", Link(LinkKind.WEB, "https://988lifeline.org")),
        ("http://example.org/a?b=c", Link(LinkKind.WEB, "http://example.org/a?b=c")),
        ("HTTPS://EXAMPLE.ORG", Link(LinkKind.WEB, "HTTPS://EXAMPLE.ORG")),
        ("  https://example.org  ", Link(LinkKind.WEB, "https://example.org")),
    ],
)
def test_followable_links(url: str, expected: Link) -> None:
    assert classify(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "file:secret.txt",
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<b>hi</b>",
        "mailto:someone@example.org",
        "tel:116123",
        "ftp://example.org/file",
        "//example.org/path",
        "https://",
        "http:/example.org",
        "lantern:article/Bad_Id",
        "lantern:article/",
        "lantern:article/../secret",
        "lantern:nowhere",
        "lantern:exercise/unknown",
        "Some-Title",
        "../outside.md",
        "",
    ],
)
def test_unsafe_or_unknown_links_are_ignored(url: str) -> None:
    assert classify(url).kind is LinkKind.IGNORED


def test_every_known_screen_is_followable() -> None:
    for screen in SCREENS:
        assert classify(f"lantern:{screen}") == Link(LinkKind.SCREEN, screen)


def test_help_is_always_a_known_screen() -> None:
    assert "help" in SCREENS
