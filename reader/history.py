"""Back/forward history of the screens visited in this session (memory only)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class History:
    """A browser-style history of locations such as 'home' or 'article:some-id'."""

    _entries: list[str] = field(default_factory=lambda: ["home"])
    _index: int = 0
    # What the interface asked to keep about an entry (where the reader was in it), by index.
    _kept: dict[int, object] = field(default_factory=dict)

    @property
    def current(self) -> str:
        """Where the reader is now."""
        return self._entries[self._index]

    def visit(self, location: str) -> None:
        """Go somewhere new; forward history is dropped, like in a browser."""
        if location == self.current:
            return
        del self._entries[self._index + 1 :]
        self._kept = {i: kept for i, kept in self._kept.items() if i <= self._index}
        self._entries.append(location)
        self._index += 1

    def keep(self, value: object) -> None:
        """Keep something about the current entry (the reading place) for coming back to it."""
        self._kept[self._index] = value

    def kept(self) -> object | None:
        """What was kept about the current entry, if anything."""
        return self._kept.get(self._index)

    def can_go_back(self) -> bool:
        """Whether there is somewhere to go back to."""
        return self._index > 0

    def can_go_forward(self) -> bool:
        """Whether there is somewhere to go forward to."""
        return self._index < len(self._entries) - 1

    def back(self) -> str:
        """Step back and return the new location."""
        if self.can_go_back():
            self._index -= 1
        return self.current

    def forward(self) -> str:
        """Step forward and return the new location."""
        if self.can_go_forward():
            self._index += 1
        return self.current

    def clear(self) -> None:
        """Forget everything and start again at home."""
        self._entries = ["home"]
        self._index = 0
        self._kept = {}
