"""Which region's crisis contacts to show: configuration, else the locale, else anywhere."""

from __future__ import annotations

import os
import re
from collections.abc import Container, Mapping

ANYWHERE = "anywhere"
_ALIASES = {"UK": "GB"}  # "UK" is common in locale names but is not the ISO 3166 code
_NO_COUNTRY = re.compile(r"^(?:C|POSIX)(?:[.@].*)?$", re.IGNORECASE)
_LOCALE = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z]{4})?[_-]([A-Za-z]{2}|\d{3})(?=$|[._@-])")


def _normalise(code: str) -> str:
    code = code.strip()
    if code.lower() == ANYWHERE:
        return ANYWHERE
    return _ALIASES.get(code.upper(), code.upper())


def region_from_locale(locale_name: str | None, available: Container[str]) -> str:
    """The region code for a locale like 'en_GB.UTF-8' or 'en-NZ', or 'anywhere'."""
    match = _LOCALE.match(locale_name.strip()) if locale_name else None
    code = _normalise(match.group(1)) if match else ANYWHERE
    return code if code in available else ANYWHERE


def choose_region(
    configured: str | None, locale_name: str | None, available: Container[str]
) -> str:
    """Pick the region: configuration wins, then the locale's territory, else 'anywhere'."""
    if configured and configured.strip():
        # A configured region we have no file for must not fall back to the locale: the
        # locale may name another country, and its numbers would be wrong there.
        code = _normalise(configured)
        return code if code in available else ANYWHERE
    return region_from_locale(locale_name, available)


# The country's own settings (phone numbers, addresses, money) before the language's: a reader
# in the UK with English (US) as the language and UK formats, as Ubuntu's installer and KDE
# set them, has LANG=en_US and LC_TELEPHONE=en_GB, and was shown 988 and 911. LC_TIME and
# LC_NUMERIC are left out: people set them for a date or number style (en_DK for ISO dates).
LOCALE_VARIABLES = ("LC_ALL", "LC_TELEPHONE", "LC_ADDRESS", "LC_MONETARY", "LC_MESSAGES", "LANG")


def locale_from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The POSIX locale that best names the reader's country: LC_ALL, the formats, then LANG.

    None when every one set is "C" or "POSIX", so the system's own setting is asked next.
    """
    env = os.environ if environ is None else environ
    values = [env.get(name, "").strip() for name in LOCALE_VARIABLES]
    # "C" and "POSIX" name no country: LC_ALL=C, exported for build tools, hid LANG=en_GB,
    # and, alone, the country set in Windows' or macOS's own settings. A language alone
    # ("en") still counts: Qt would make it en_US, and show 988 to a reader anywhere.
    values = [value for value in values if value and not _NO_COUNTRY.match(value)]
    named = [value for value in values if _LOCALE.match(value)]
    return (named or values)[0] if values else None
