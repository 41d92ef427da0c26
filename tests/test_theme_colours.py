"""Theme colours as plain data: WCAG contrast maths, and every pair each theme draws."""

from __future__ import annotations

import pytest

from reader.themes import (
    BODY_TEXT,
    NON_TEXT,
    THEMES,
    ContrastCheck,
    Theme,
    contrast_checks,
    contrast_ratio,
    luminance,
    parse_colour,
)


def test_contrast_ratio_matches_known_wcag_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)  # order does not matter
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    # #767676 on white is the well-known lightest grey that passes AA (4.54:1).
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    # #595959 on white is the lightest grey that passes AAA (7.0:1).
    assert contrast_ratio("#595959", "#ffffff") == pytest.approx(7.0, abs=0.01)


def test_luminance_ends_and_channels() -> None:
    assert luminance("#000000") == 0.0
    assert luminance("#ffffff") == pytest.approx(1.0)
    assert luminance("#00ff00") > luminance("#ff0000") > luminance("#0000ff")


@pytest.mark.parametrize("bad", ["", "#fff", "000000", "#gggggg", "#12345678", "red"])
def test_parse_colour_refuses_anything_but_rrggbb(bad: str) -> None:
    with pytest.raises(ValueError, match="rrggbb"):
        parse_colour(bad)


def test_parse_colour_reads_channels() -> None:
    assert parse_colour("#1d2126") == (0x1D, 0x21, 0x26)
    assert parse_colour(" #FFFFFF ") == (255, 255, 255)


def test_three_themes_and_every_colour_is_valid() -> None:
    assert set(THEMES) == {"light", "dark", "high-contrast"}
    for theme in THEMES.values():
        for field, value in theme._asdict().items():
            if field != "name":
                parse_colour(value)  # raises on a typo


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_colour_pair_meets_its_minimum(name: str) -> None:
    checks = contrast_checks(THEMES[name])
    failing = [f"{c.what}: {c.ratio:.2f} < {c.minimum}" for c in checks if not c.passes]
    assert failing == []


@pytest.mark.parametrize("name", sorted(THEMES))
def test_body_text_is_at_least_seven_to_one_everywhere_it_is_drawn(name: str) -> None:
    theme = THEMES[name]
    for ground in (theme.background, theme.surface, theme.callout):
        assert contrast_ratio(theme.text, ground) >= BODY_TEXT
        assert contrast_ratio(theme.muted, ground) >= BODY_TEXT
        assert contrast_ratio(theme.link, ground) >= BODY_TEXT


def test_checks_cover_text_outlines_and_focus() -> None:
    whats = {c.what for c in contrast_checks(THEMES["light"])}
    assert "body text on page" in whats
    assert "focus ring on page" in whats
    assert "control outline on box" in whats
    minimums = {c.minimum for c in contrast_checks(THEMES["light"])}
    assert minimums == {BODY_TEXT, NON_TEXT}


def test_a_pale_theme_fails_the_checks() -> None:
    # Negative control: the checks must catch a theme that is too faint to read.
    faint = Theme(**{**THEMES["light"]._asdict(), "name": "faint", "text": "#aaaaaa"})
    failing = [c.what for c in contrast_checks(faint) if not c.passes]
    assert "body text on page" in failing
    check = ContrastCheck("x", "#aaaaaa", "#ffffff", BODY_TEXT)
    assert not check.passes
    assert check.ratio == pytest.approx(2.32, abs=0.01)
