"""Every configuration setting, declared once: name, type, default, allowed values, description."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, NamedTuple

CONTACT_METHODS_KEY = "contact"  # as in resources/contacts/*.toml services


class Kind(enum.Enum):
    """The type of a setting; the value is how the reference table names it."""

    BOOL = "true or false"
    INT = "whole number"
    TEXT = "text"
    CHOICE = "choice"
    TEXT_LIST = "list of text"
    ID_LIST = "list of article ids"
    REGION = "region code"
    PIN_HASH = "PIN hash"
    CONTACTS = "list of tables"


# A named tuple, not a frozen dataclass: as read-only, and made at every start without compiling
# six methods from source (about 3 million instructions).
class Setting(NamedTuple):
    """One declared setting."""

    name: str
    kind: Kind
    default: Any
    description: str
    minimum: int | None = None
    maximum: int | None = None  # for TEXT, the longest allowed length
    choices: tuple[str, ...] = ()
    unit: str = ""
    # When set, an invalid value is replaced by this instead of the earlier value: these
    # settings fail closed so a mistake never unlocks a kiosk.
    safe: Any = None

    @property
    def section(self) -> str:
        """The TOML table the setting lives in ("" for top-level settings)."""
        return self.name.rpartition(".")[0]

    @property
    def leaf(self) -> str:
        """The key as written inside its table."""
        return self.name.rpartition(".")[2]

    def allowed(self) -> str:
        """The allowed values in words, for messages and the reference table."""
        return _ALLOWED[self.kind](self)


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "clinic.name", Kind.TEXT, "",
        "Clinic name shown on the home screen and above its own contacts.",
        maximum=80,
    ),
    Setting(
        "clinic.welcome", Kind.TEXT, "",
        "A short welcome shown on the home screen.",
        maximum=600,
    ),
    Setting(
        "kiosk.enabled", Kind.BOOL, False,
        "Run full screen as a kiosk that readers cannot leave (same as `lantern --kiosk`).",
        safe=True,
    ),
    Setting(
        "kiosk.idle_timeout", Kind.INT, 120,
        'Seconds without input before the "Are you still here?" notice appears.',
        minimum=30, maximum=3600, unit="seconds",
    ),
    Setting(
        "kiosk.warning_seconds", Kind.INT, 30,
        "Seconds the notice counts down before everything is reset.",
        minimum=10, maximum=300, unit="seconds",
    ),
    Setting(
        "kiosk.admin_pin_hash", Kind.PIN_HASH, "",
        "Admin PIN hash from `lantern hash-pin`; empty means no exit from inside the app.",
        safe="",
    ),
    Setting(
        "kiosk.allow_printing", Kind.BOOL, False,
        "Let readers print articles in kiosk mode.",
        safe=False,
    ),
    Setting(
        "region", Kind.REGION, "",
        'Whose crisis services to show: a country code such as "GB", "anywhere", '
        "or empty for the computer's region. A value that is none of these (a mistyped "
        '"GBR") shows the general guidance, never the computer\'s region.',
        # Not the computer's region: a mistyped "GBR" on a machine set to en_US showed the
        # US lines to a reader in the UK. The general guidance is wrong for nobody.
        safe="anywhere",
    ),
    Setting(
        "contacts.local", Kind.CONTACTS, (),
        "The clinic's own contacts, shown first in the help panel (`[[contacts.local]]`).",
    ),
    Setting(
        "content.extra_folders", Kind.TEXT_LIST, (),
        "Folders of extra articles; articles with errors are not shown.",
    ),
    Setting(
        "content.hidden", Kind.ID_LIST, (),
        "Ids of articles not to show.",
    ),
    Setting(
        "content.start_here", Kind.ID_LIST, (),
        'Ids of articles shown in order as a "Start here" reading path.',
    ),
    Setting(
        "display.zoom", Kind.INT, 100,
        "Text size; a kiosk reset returns to it.",
        minimum=80, maximum=200, unit="percent",
    ),
    Setting(
        "display.theme", Kind.CHOICE, "system",
        "Colour theme; a kiosk reset returns to it.",
        choices=("system", "light", "dark", "high-contrast"),
    ),
    Setting(
        "display.easier_reading", Kind.BOOL, False,
        "Start with easier reading turned on; a kiosk reset returns to it.",
    ),
)  # fmt: skip
BY_NAME: Mapping[str, Setting] = {setting.name: setting for setting in SETTINGS}
SECTIONS: tuple[str, ...] = tuple(dict.fromkeys(s.section for s in SETTINGS if s.section))


def suggest(key: str) -> str | None:
    """The setting (or "[section]") a mistyped or misplaced key most likely meant, if any."""
    import difflib  # only for an unknown key; most starts never need it

    key = key.lower()  # TOML keys are case-sensitive, and "[Kiosk]" is an easy mistake
    names = [setting.name for setting in SETTINGS]
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.75)
    if close:
        return close[0]
    if "." not in key:
        close = difflib.get_close_matches(key, SECTIONS, n=1, cutoff=0.75)
        if close:
            return f"[{close[0]}]"
    leaf = key.rpartition(".")[2]
    same_leaf = [s.name for s in SETTINGS if s.leaf == leaf]
    if same_leaf:
        return same_leaf[0]
    leaves = {s.leaf: s.name for s in SETTINGS}
    close = difflib.get_close_matches(leaf, list(leaves), n=1, cutoff=0.75)
    return leaves[close[0]] if close else None


def _allowed_int(setting: Setting) -> str:
    unit = f" {setting.unit}" if setting.unit else ""
    return f"from {setting.minimum} to {setting.maximum}{unit}"


_ALLOWED = {
    Kind.BOOL: lambda s: "true or false",
    Kind.INT: _allowed_int,
    Kind.TEXT: lambda s: f"up to {s.maximum} characters",
    Kind.CHOICE: lambda s: "one of " + ", ".join(f'"{c}"' for c in s.choices),
    Kind.REGION: lambda s: 'a two-letter country code, "anywhere", or ""',
    Kind.PIN_HASH: lambda s: 'output of `lantern hash-pin`, or ""',
    Kind.TEXT_LIST: lambda s: "list of text",
    Kind.ID_LIST: lambda s: "list of article ids",
    Kind.CONTACTS: lambda s: 'tables with the fields listed under "The clinic\'s own contacts"',
}
