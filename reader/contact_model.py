"""Crisis contacts as data: services, how to reach them, and what each region shows."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.hours import OpeningHours
from reader.region import ANYWHERE

CONTACT_TYPES = ("phone", "text", "chat", "email", "web")
TEXT_OR_ONLINE = frozenset({"text", "chat", "email"})  # ways to reach a person without a call
MAX_DESCRIPTION = 140
FALLBACK_GUIDANCE = (
    "Lantern could not load its list of help for your area.\n\n"
    "If you are in danger, call your local emergency number. In many countries, 112 works "
    "from a mobile phone. You can also talk to a doctor or to someone you trust."
)


@dataclass(frozen=True)
class ContactMethod:
    """One way to reach a service: call, text, chat, email or a web page."""

    type: str
    value: str
    label: str = ""
    instructions: str = ""  # e.g. "Text SHOUT to 85258"


@dataclass(frozen=True)
class Service:
    """A crisis or support service and how to reach it."""

    name: str
    description: str
    audience: str
    languages: tuple[str, ...]
    source: str
    contact: tuple[ContactMethod, ...]
    hours: OpeningHours
    cost: str = ""  # empty when the source does not say

    def is_open(self, at: dt.datetime) -> bool | None:
        """Whether it answers at this aware moment; None when its hours are not known."""
        return self.hours.is_open(at)

    @property
    def has_text_or_online(self) -> bool:
        """True when it can be reached without a phone call."""
        return any(method.type in TEXT_OR_ONLINE for method in self.contact)


@dataclass(frozen=True)
class RegionContacts:
    """Everything the help panel shows for one region (or the 'anywhere' page)."""

    code: str
    country: str
    verified: dt.date
    emergency: tuple[str, ...] = ()
    emergency_note: str = ""
    emergency_source: str = ""
    services: tuple[Service, ...] = ()
    guidance: str = ""
    path: Path | None = None
    # Lines for someone hurt or controlled at home (domestic abuse), shown after the crisis
    # lines under a heading of their own; rule L13 counts only the crisis lines.
    home_services: tuple[Service, ...] = ()

    @property
    def guidance_paragraphs(self) -> list[str]:
        """The guidance split into paragraphs at blank lines, each on one line."""
        blocks = re.split(r"\n\s*\n", self.guidance.strip())
        return [" ".join(block.split()) for block in blocks if block.strip()]


FALLBACK_ANYWHERE = RegionContacts(
    ANYWHERE, "Anywhere else", dt.date(2026, 11, 26), guidance=FALLBACK_GUIDANCE
)


def services_for_display(
    region: RegionContacts, local_services: Iterable[Service] = ()
) -> list[Service]:
    """Services in the order the panel shows them: the clinic's own first, then the region's."""
    return [*local_services, *region.services]


def open_first(
    services: Iterable[Service], now: dt.datetime
) -> tuple[list[Service], list[Service]]:
    """The services that answer now (or may: hours not known), then those closed now."""
    services = list(services)
    closed = [s for s in services if s.is_open(now) is False]
    return [s for s in services if s not in closed], closed


def l13_shortfalls(region: RegionContacts) -> list[str]:
    """What the region lacks for rule L13 (2 services open 24/7, 1 text or online); [] if met."""
    always_open = [s.name for s in region.services if s.hours.always_open]
    gaps = [] if len(always_open) >= 2 else [f"{len(always_open)} service(s) open 24/7, not 2"]
    if not any(s.has_text_or_online for s in region.services):
        gaps.append("no text or online option")
    return gaps
