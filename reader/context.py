"""Everything the window needs, gathered once at start-up (no module globals)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader.articles import Library
from reader.problems import Problem

if TYPE_CHECKING:
    from reader.search import SearchIndex

# What loading the crisis contacts gives: every region, the one to show, the clinic's services.
Contacts = tuple[dict[str, Any], str, list[Any]]
INDEX_BATCH = 100  # articles indexed per step when the index is built in the background


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
    # Set at start-up so the contacts load after the first paint (or when help first opens).
    contacts_loader: Callable[[list[Problem]], Contacts] | None = None
    _index: SearchIndex | None = None
    _unindexed: list[Any] | None = None

    def ensure_contacts(self) -> list[Problem]:
        """Load the crisis contacts if that was deferred; returns the problems it found."""
        loader, self.contacts_loader = self.contacts_loader, None
        if loader is None:
            return []
        found: list[Problem] = []
        self.contacts, self.region, self.local_services = loader(found)
        self.problems.extend(found)
        return found

    def index_step(self, batch: int = INDEX_BATCH) -> bool:
        """Add the next few articles to the search index; True once every article is in it."""
        if self._index is None:
            from reader.search import SearchIndex

            self._index = SearchIndex()
            self._unindexed = list(self.library.articles.values())
        pending = self._unindexed or []
        if pending:
            self._index.add(pending[:batch])
            del pending[:batch]
        return not pending

    def search_index(self) -> SearchIndex:
        """The in-memory search index, completed now if it is not built yet."""
        while not self.index_step(len(self.library.articles) or 1):
            pass
        assert self._index is not None
        return self._index
