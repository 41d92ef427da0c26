"""Validate and normalise one setting's value, with messages a clinic's IT person can act on."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reader.articles import id_letters_problem
from reader.config.schema import CONTACT_METHODS_KEY, Kind, Setting
from reader.problems import printable

# The hash CLINICS.md shows for the PIN 2580. Anyone can read that guide, so a kiosk using
# it can be unlocked by anyone: it is refused like any other unusable hash (fails closed).
EXAMPLE_PIN_HASH = (
    "scrypt$16384$8$1$xD8RTSl61cUa/gJ93AcF6g==$d4Dxf6qDWAjWKnCwC03ik/tgkqS6x8TKC067WSQ1vN4="
)
_ARTICLE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


@dataclass(frozen=True)
class Checked:
    """A usable value plus problems with single list items that were left out."""

    value: Any
    item_errors: tuple[tuple[int, str], ...] = ()


class SettingError(ValueError):
    """A value that does not fit its setting; the message says what is wrong."""


# The one declaration of every setting. The reference table in CLINICS.md is generated from
# it (`python -m reader.config_cli`), and the Config dataclasses are checked against it.
def toml_text(value: Any, limit: int = 40) -> str:
    """A value written as it would appear in a TOML file, shortened for messages."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        import json  # only for messages about bad values; not worth importing on every start

        text = printable(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, int | float | dt.date | dt.time):
        text = value.isoformat() if isinstance(value, dt.date | dt.time) else repr(value)
    elif isinstance(value, list | tuple):
        text = "[" + ", ".join(toml_text(item, limit) for item in value) + "]"
    elif isinstance(value, Mapping):
        text = "a table"
    else:
        text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_value(setting: Setting, value: Any) -> Checked:
    """Validate and normalise a value for a setting; raise SettingError if it is unusable."""
    return _CHECKS[setting.kind](setting, value)


def _check_bool(setting: Setting, value: Any) -> Checked:
    if isinstance(value, bool):
        return Checked(value)
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        raise SettingError(f"should be true or false without quotes, not {toml_text(value)}")
    raise SettingError(f"should be true or false, not {toml_text(value)}")


def _check_int(setting: Setting, value: Any) -> Checked:
    if isinstance(value, bool) or not isinstance(value, int):
        raise SettingError(
            f"should be a whole number ({setting.allowed()}), not {toml_text(value)}"
        )
    low, high = setting.minimum, setting.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        raise SettingError(f"should be {setting.allowed()}, not {value}")
    return Checked(value)


def _check_text(setting: Setting, value: Any) -> Checked:
    if not isinstance(value, str):
        raise SettingError(f"should be text in quotes, not {toml_text(value)}")
    text = value.strip()
    if setting.maximum is not None and len(text) > setting.maximum:
        raise SettingError(f"is {len(text)} characters long; the limit is {setting.maximum}")
    return Checked(text)


def _check_choice(setting: Setting, value: Any) -> Checked:
    if isinstance(value, str) and value.strip().lower() in setting.choices:
        return Checked(value.strip().lower())
    raise SettingError(f"should be {setting.allowed()}, not {toml_text(value)}")


def _check_region(setting: Setting, value: Any) -> Checked:
    if isinstance(value, str):
        text = value.strip()
        if text == "" or text.lower() == "anywhere":
            return Checked(text.lower())
        if _COUNTRY.match(text):
            return Checked(text.upper())
    raise SettingError(f"should be {setting.allowed()}, not {toml_text(value)}")


def _check_pin_hash(setting: Setting, value: Any) -> Checked:
    from reader.pin import is_pin_hash  # hashlib and hmac only when a PIN hash is configured

    if isinstance(value, str) and value.strip() == EXAMPLE_PIN_HASH:
        raise SettingError(
            "is the example from CLINICS.md, whose PIN (2580) anyone can read; "
            "make your own with `lantern hash-pin`"
        )
    if isinstance(value, str) and (value == "" or is_pin_hash(value.strip())):
        return Checked(value.strip())
    raise SettingError(
        "is not a PIN hash made by `lantern hash-pin` (paste the whole line it prints)"
    )


def _list_items(value: Any) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise SettingError(f'should be a list like ["a", "b"], not {toml_text(value)}')
    return list(value)


def _check_text_list(setting: Setting, value: Any) -> Checked:
    kept, errors = [], []
    for index, item in enumerate(_list_items(value)):
        if isinstance(item, str) and item.strip():
            kept.append(item.strip())
        else:
            errors.append(
                (index, f"item {index + 1} should be non-empty text, not {toml_text(item)}")
            )
    return Checked(tuple(kept), tuple(errors))


def _check_id_list(setting: Setting, value: Any) -> Checked:
    kept, errors = [], []
    for index, item in enumerate(_list_items(value)):
        if isinstance(item, str) and _ARTICLE_ID.match(item):
            kept.append(item)
        else:
            message = f"item {index + 1}, {toml_text(item)}, is not an article id"
            if isinstance(item, str):  # which letters, as the checker says it for an article
                message += ": an id " + id_letters_problem(item)
            errors.append((index, message))
    return Checked(tuple(dict.fromkeys(kept)), tuple(errors))


def _check_contacts(setting: Setting, value: Any) -> Checked:
    kept, errors = [], []
    for index, entry in enumerate(_list_items(value)):
        # Only its shape here: reader.local_contacts checks each field, and reports every
        # problem (unknown keys too) that would stop the help panel showing it.
        if isinstance(entry, Mapping):
            kept.append(dict(entry))
        else:
            how = f"a [[{setting.name}]] entry with a name and {CONTACT_METHODS_KEY}"
            errors.append(
                (index, f"entry {index + 1} should be a table ({how}), not {toml_text(entry)}")
            )
    return Checked(tuple(kept), tuple(errors))


_CHECKS = {
    Kind.BOOL: _check_bool,
    Kind.INT: _check_int,
    Kind.TEXT: _check_text,
    Kind.CHOICE: _check_choice,
    Kind.REGION: _check_region,
    Kind.PIN_HASH: _check_pin_hash,
    Kind.TEXT_LIST: _check_text_list,
    Kind.ID_LIST: _check_id_list,
    Kind.CONTACTS: _check_contacts,
}
