"""Back/forward history of the screens visited in this session (memory only)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class History:
    """A browser-style history of locations such as 'home' or 'article:some-id'."""

    _entries: list[str] = field(default_factory=lambda: ["home"])
    _index: int = 0

    @property
    def current(self) -> str:
        """Where the reader is now."""
        return self._entries[self._index]

    def visit(self, location: str) -> None:
        """Go somewhere new; forward history is dropped, like in a browser."""
        if location == self.current:
            return
        del self._entries[self._index + 1 :]
        self._entries.append(location)
        self._index += 1

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
