"""Colour themes as plain data, so contrast can be checked without Qt."""

from __future__ import annotations

from typing import NamedTuple


# Named tuples, not frozen dataclasses: as read-only, and made at every start without
# compiling six methods from source each (about 3 million instructions a class).
class Theme(NamedTuple):
    """The colours one theme uses for the window and the article text."""

    name: str
    background: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    link: str
    border: str
    callout: str
    help_background: str
    help_text: str
    focus: str
    control_border: str  # outlines of text boxes and buttons: at least 3:1 against the page
    disabled: str  # text of controls that cannot be used now


LIGHT = Theme(
    name="light",
    background="#faf8f5",
    surface="#ffffff",
    text="#1d2126",
    muted="#4a525c",
    accent="#1d5f66",
    accent_text="#ffffff",
    link="#154d53",
    border="#d9d4cc",
    callout="#eef4f3",
    help_background="#8f2f1f",
    help_text="#ffffff",
    focus="#2563a8",
    control_border="#857e74",
    disabled="#7a7f86",
)
DARK = Theme(
    name="dark",
    background="#17191c",
    surface="#202327",
    text="#ebe8e4",
    muted="#c2bdb6",
    accent="#7cc4c9",
    accent_text="#0d1315",
    link="#9fd8dc",
    border="#3a3f45",
    callout="#1f2e30",
    help_background="#f2a58e",
    help_text="#1a0c08",
    focus="#8ab4f8",
    control_border="#767d86",
    disabled="#8f949a",
)
HIGH_CONTRAST = Theme(
    name="high-contrast",
    background="#000000",
    surface="#000000",
    text="#ffffff",
    muted="#ffffff",
    accent="#ffff00",
    accent_text="#000000",
    link="#ffff00",
    border="#ffffff",
    callout="#000000",
    help_background="#ffff00",
    help_text="#000000",
    focus="#00ffff",
    control_border="#ffffff",
    disabled="#a6a6a6",
)
THEMES = {theme.name: theme for theme in (LIGHT, DARK, HIGH_CONTRAST)}


BODY_TEXT = 7.0  # WCAG 2 AAA for normal text: every theme's reading text meets this
NON_TEXT = 3.0  # WCAG 2 AA for outlines, focus rings and indicators


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def parse_colour(colour: str) -> tuple[int, int, int]:
    """Red, green and blue of a #rrggbb colour; ValueError for anything else."""
    text = colour.strip()
    if len(text) != 7 or not text.startswith("#"):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    try:
        red, green, blue = (int(text[i : i + 2], 16) for i in (1, 3, 5))
    except ValueError:
        raise ValueError(f"not a #rrggbb colour: {colour!r}") from None
    return red, green, blue


def luminance(colour: str) -> float:
    """Relative luminance of a #rrggbb colour (WCAG 2)."""
    r, g, b = parse_colour(colour)
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two #rrggbb colours (1 to 21)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


class ContrastCheck(NamedTuple):
    """One colour pair a theme draws, and the contrast it must reach."""

    what: str
    foreground: str
    background: str
    minimum: float

    @property
    def ratio(self) -> float:
        """The pair's WCAG contrast ratio."""
        return contrast_ratio(self.foreground, self.background)

    @property
    def passes(self) -> bool:
        """Whether the pair reaches its minimum."""
        return self.ratio >= self.minimum


def contrast_checks(theme: Theme) -> list[ContrastCheck]:
    """Every text and outline colour pair the theme uses, with its required contrast."""
    t = theme
    pages = (("page", t.background), ("box", t.surface), ("callout", t.callout))
    checks = [
        ContrastCheck(f"{name} text on {place}", colour, ground, BODY_TEXT)
        for name, colour in (("body", t.text), ("secondary", t.muted), ("link", t.link))
        for place, ground in pages
    ]
    checks += [
        ContrastCheck("button text on accent", t.accent_text, t.accent, BODY_TEXT),
        ContrastCheck("help button text", t.help_text, t.help_background, BODY_TEXT),
    ]
    checks += [
        ContrastCheck(f"{name} on {place}", colour, ground, NON_TEXT)
        for name, colour in (
            ("focus ring", t.focus),
            ("control outline", t.control_border),
            ("checked indicator", t.accent),
            ("help button", t.help_background),
        )
        for place, ground in pages[:2]
    ]
    return checks
