"""Everything the window needs, gathered once at start-up (no module globals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reader.articles import Library
from reader.problems import Problem
from reader.search import SearchIndex


@dataclass
class AppContext:
    """Core objects handed to the window and its screens through their constructors."""

    library: Library
    contacts: dict[str, Any] = field(default_factory=dict)
    region: str = "anywhere"
    local_services: list[Any] = field(default_factory=list)
    kiosk: bool = False
    welcome: str = ""
    clinic_name: str = ""
    start_here: tuple[str, ...] = ()
    theme: str = "system"
    zoom: int = 100
    easier_reading: bool = False
    allow_printing: bool = True
    admin_pin_hash: str = ""
    idle_timeout: int = 120
    warning_seconds: int = 30
    problems: list[Problem] = field(default_factory=list)
    _index: SearchIndex | None = None

    def search_index(self) -> SearchIndex:
        """The in-memory search index, built the first time it is needed."""
        if self._index is None:
            self._index = SearchIndex(self.library.articles.values())
        return self._index
