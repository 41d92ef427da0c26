"""Colour themes as plain data, so contrast can be checked without Qt."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
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
)
DARK = Theme(
    name="dark",
    background="#17191c",
    surface="#202327",
    text="#ebe8e4",
    muted="#b9b4ad",
    accent="#7cc4c9",
    accent_text="#0d1315",
    link="#9fd8dc",
    border="#3a3f45",
    callout="#1f2e30",
    help_background="#f2a58e",
    help_text="#1a0c08",
    focus="#8ab4f8",
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
)
THEMES = {theme.name: theme for theme in (LIGHT, DARK, HIGH_CONTRAST)}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of a #rrggbb colour (WCAG 2)."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two #rrggbb colours (1 to 21)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
