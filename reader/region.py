"""Which region's crisis contacts to show: configuration, else the locale, else anywhere."""

from __future__ import annotations

import os
import re
from collections.abc import Container, Mapping

ANYWHERE = "anywhere"
_ALIASES = {"UK": "GB"}  # "UK" is common in locale names but is not the ISO 3166 code
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


def locale_from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The POSIX locale name from LC_ALL, LC_MESSAGES or LANG, if any is set."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name, "").strip():
            return env[name].strip()
    return None
