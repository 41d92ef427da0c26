"""Layout as it will be drawn: every posted layout request delivered, however many rounds."""

from __future__ import annotations

from reader.ui import in_view


def settle_layout() -> None:
    """Deliver posted layout requests until a round delivers none, so geometry is final.

    The app's own settle_layout, with a layout that never settles failing the test.
    """
    assert in_view.settle_layout(), f"the layout still changed after {in_view.MOST_ROUNDS} rounds"
