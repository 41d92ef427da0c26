"""Region choice: from the configured region or the locale, falling back to the anywhere page."""

from __future__ import annotations

import pytest

from reader.region import (
    ANYWHERE,
    LOCALE_VARIABLES,
    choose_region,
    locale_from_environment,
    region_from_locale,
)
from tests.contacts_helpers import COUNTRIES

# --- region choice -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale_name", "expected"),
    [
        ("en_GB.UTF-8", "GB"),
        ("en-NZ", "NZ"),
        ("en_US", "US"),
        ("fr_CA.UTF-8", "CA"),
        ("en_IE@euro", "IE"),
        ("en_au.utf8", "AU"),
        ("en_UK", "GB"),
        ("zh_Hant_TW", ANYWHERE),
        ("sr-Latn-NZ", "NZ"),
        ("de_DE.UTF-8", ANYWHERE),
        ("es-419", ANYWHERE),
        ("en", ANYWHERE),
        ("C.UTF-8", ANYWHERE),
        ("POSIX", ANYWHERE),
        ("", ANYWHERE),
        (None, ANYWHERE),
    ],
)
def test_region_from_locale(locale_name: str | None, expected: str) -> None:
    assert region_from_locale(locale_name, COUNTRIES | {ANYWHERE}) == expected


@pytest.mark.parametrize(
    ("configured", "locale_name", "expected"),
    [
        ("IE", "en_GB.UTF-8", "IE"),  # configuration wins
        ("nz", None, "NZ"),
        (" UK ", "en_US", "GB"),
        ("Anywhere", "en_GB", ANYWHERE),
        ("FR", "en_GB.UTF-8", ANYWHERE),  # never the locale's numbers for a configured country
        ("", "en_AU.UTF-8", "AU"),
        (None, "en_CA", "CA"),
        (None, None, ANYWHERE),
    ],
)
def test_choose_region(configured: str | None, locale_name: str | None, expected: str) -> None:
    assert choose_region(configured, locale_name, COUNTRIES | {ANYWHERE}) == expected


def test_locale_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert locale_from_environment({"LANG": "en_NZ.UTF-8", "LC_ALL": " "}) == "en_NZ.UTF-8"
    assert locale_from_environment({"LANG": "en_US", "LC_MESSAGES": "en_IE"}) == "en_IE"
    assert locale_from_environment({}) is None
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_AU.UTF-8")
    assert locale_from_environment() == "en_AU.UTF-8"


def test_the_country_comes_from_the_formats_not_the_language() -> None:
    """English (US) as the language with UK formats, as Ubuntu's installer and KDE set them,
    showed 988 and 911 to a reader in the UK: LANG names the language, not the country."""
    uk_formats = {
        "LANG": "en_US.UTF-8",
        "LC_TELEPHONE": "en_GB.UTF-8",
        "LC_ADDRESS": "en_GB.UTF-8",
        "LC_MONETARY": "en_GB.UTF-8",
    }
    assert region_from_locale(locale_from_environment(uk_formats), COUNTRIES) == "GB"
    for name in ("LC_TELEPHONE", "LC_ADDRESS", "LC_MONETARY"):  # any one of them, alone
        alone = {"LANG": "en_US.UTF-8", "LC_MESSAGES": "en_US.UTF-8", name: "en_NZ.UTF-8"}
        assert locale_from_environment(alone) == "en_NZ.UTF-8"
    overridden = {**uk_formats, "LC_ALL": "en_IE.UTF-8"}  # LC_ALL still overrides them all
    assert locale_from_environment(overridden) == "en_IE.UTF-8"


def test_a_locale_that_names_no_country_does_not_hide_one_that_does() -> None:
    """LC_ALL=C, exported in a terminal for build tools, hid LANG=en_GB: no UK numbers."""
    assert locale_from_environment({"LC_ALL": "C.UTF-8", "LANG": "en_GB.UTF-8"}) == "en_GB.UTF-8"
    assert locale_from_environment({"LC_MONETARY": "C", "LANG": "en_NZ.UTF-8"}) == "en_NZ.UTF-8"
    # None names one: the system's own setting decides (build_context asks for it).
    assert locale_from_environment({"LC_ALL": "POSIX", "LANG": "C.UTF-8"}) is None
    assert locale_from_environment({"LC_ALL": "C", "LANG": "en"}) == "en"  # not Qt's en_US
    # A country with no contacts still counts: its reader must not get another country's.
    assert locale_from_environment({"LC_ALL": "de_DE.UTF-8", "LANG": "en_GB.UTF-8"}) == (
        "de_DE.UTF-8"
    )


# --- the system's own locale, where no variable names one -----------------------------------


@pytest.mark.parametrize(
    ("variables", "configured", "expected"),
    [
        ({}, None, "NZ"),  # Windows, or macOS from Finder: the system's setting decides
        # LC_ALL=C exported for build tools, or a service's LANG=C.UTF-8: no country named
        ({"LC_ALL": "C", "LANG": "C.UTF-8"}, None, "NZ"),
        ({"LANG": "en_IE.UTF-8"}, None, "IE"),  # a variable that names one still wins
        ({}, "AU", "AU"),  # and the configuration wins over both
    ],
)
def test_the_region_follows_the_system_locale_when_no_variable_names_one(
    monkeypatch: pytest.MonkeyPatch,
    variables: dict[str, str],
    configured: str | None,
    expected: str,
) -> None:
    import argparse

    from reader.startup import build_context

    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    args = argparse.Namespace(config=None, region=configured, kiosk=False)
    context = build_context(args, env={}, system_locale=lambda: "en_NZ")
    context.ensure_contacts()
    assert context.region == expected


@pytest.mark.parametrize("configured", ["DE", "xx"])
def test_a_region_with_no_contacts_is_named_at_start_up(configured: str) -> None:
    """`lantern --region DE` showed the general page without a word, unlike check-config."""
    import argparse

    from reader.startup import build_context

    args = argparse.Namespace(config=None, region=configured, kiosk=False)
    context = build_context(args, env={})
    [problem] = context.ensure_contacts()
    assert context.region == ANYWHERE
    assert problem.severity == "warning"
    assert problem.path == "command line"
    assert problem.message.startswith(f"region {configured.upper()} has no bundled contacts")
