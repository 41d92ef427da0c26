"""Rows of buttons that wrap onto more rows, rather than cut their labels, at large text sizes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget


class _Reflowing(QWidget):
    """Calls reflow() when the width or the text size changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Re-flow for the new width."""
        self.reflow()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Re-flow for the new text size."""
        if event.type() == QEvent.Type.FontChange:
            self.reflow()
        super().changeEvent(event)

    def reflow(self) -> None:
        """Arrange the items for the current width (subclasses)."""


class ButtonGrid(_Reflowing):
    """Buttons in equal columns, up to `columns` a row, fewer when their labels would not fit."""

    def __init__(self, buttons: list[QWidget], columns: int, spacing: int = 8) -> None:
        super().__init__()
        self._buttons = buttons
        self._most = columns
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(spacing)
        self._keepers = [_column_keeper() for _ in range(columns)]
        self._arrange(columns)

    def reflow(self) -> None:
        """As many columns as the widest label allows."""
        widest = max((self._width_of(button) for button in self._buttons), default=0)
        spacing = self._grid.spacing()
        self._arrange(max(1, min(self._most, (self.width() + spacing) // (widest + spacing))))

    def _width_of(self, button: QWidget) -> int:
        return button.sizeHint().width()

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for button in self._buttons:
            self._grid.removeWidget(button)
        for index, button in enumerate(self._buttons):
            self._grid.addWidget(button, index // columns, index % columns)
        # Equal columns, and none left over from a wider arrangement.
        for column, keeper in enumerate(self._keepers):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
            self._grid.removeWidget(keeper)
            if column < columns:
                self._grid.addWidget(keeper, 0, column)


def _column_keeper() -> QWidget:
    """An unseen widget that keeps a grid column from counting as empty.

    A grid leaves out the spacing beside an empty column: a lone card under "More to read"
    was half that spacing wider than every card in a full row.
    """
    keeper = QWidget()
    policy = keeper.sizePolicy()
    policy.setRetainSizeWhenHidden(True)  # hidden, yet it still holds its column
    keeper.setSizePolicy(policy)
    keeper.hide()
    return keeper


# A card narrower than this many average characters of its text reads as a list of words.
LEAST_CARD_CHARACTERS = 30


class CardGrid(ButtonGrid):
    """Cards in two equal columns, or in one when two would make the page wider than the window
    or leave each card too few characters a line.

    Cards wrap their words, so each can be as narrow as its longest word; at 200% text two of
    them side by side were still wider than a narrow window, and the page scrolled sideways.
    Two that fitted could still be about 15 characters wide: two or three words a line, eight
    lines a card, and "self-" at the end of one line with "harm" on the next.
    """

    def __init__(self, columns: int = 2, spacing: int = 12) -> None:
        super().__init__([], columns, spacing)
        # The grid may be narrower than its columns' least widths: it re-flows (see above).
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def add(self, card: QWidget) -> None:
        """Put a card after the others."""
        self._buttons.append(card)
        index = len(self._buttons) - 1
        self._grid.addWidget(card, index // self._columns, index % self._columns)
        # Once shown, a card too wide for the columns re-flows them; before that, the first
        # resize does (measuring every card at each of the first screen's adds cost ~1%).
        if self.isVisible() and self._columns > 1:
            spacing = self._grid.spacing()
            if (self.width() + spacing) // (self._width_of(card) + spacing) < self._columns:
                self.reflow()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the widest card, in one column; its height comes from its width.

        Not the grid's least height: that stacks each card at its least width, a word or two a
        line, and home scrolled on through 7,000 pixels of empty page after its footer (a
        scrolling page is at least as tall as its content's least height). The column it is in
        gives it the height its cards need at the width it gets (heightForWidth).
        """
        widest = max((card.minimumSizeHint().width() for card in self._buttons), default=0)
        return QSize(widest, 0)

    def _width_of(self, button: QWidget) -> int:
        """The least width a card shares a row at: its longest word, and a readable line."""
        readable = button.fontMetrics().averageCharWidth() * LEAST_CARD_CHARACTERS
        return max(button.minimumSizeHint().width(), readable)


def _least_width(item: QWidget) -> int:
    return min(item.sizeHint().width(), item.minimumSizeHint().width())


class FlowRow(_Reflowing):
    """Widgets side by side at their natural widths, going on to a new row when one is full."""

    def __init__(
        self, items: list[QWidget], *, spacing: int = 10, centred: bool = False, margin: int = 4
    ) -> None:
        super().__init__()
        self.setObjectName("buttonRow")  # callouts make button rows transparent by this name
        self._items = items
        self._spacing = spacing
        self._column = QVBoxLayout(self)
        # The row may be narrower than its items side by side: it wraps them (see below).
        self._column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._column.setContentsMargins(0, margin, 0, margin)
        self._column.setSpacing(spacing)
        # One row for each item at most; rows left empty take no room.
        self._rows = [self._new_row(centred) for _ in items]
        self._counts: tuple[int, ...] = ()
        self._place((len(items),))

    def _new_row(self, centred: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(self._spacing)
        if centred:
            row.addStretch(1)
        row.addStretch(1)
        self._column.addLayout(row)
        return row

    def event(self, event: QEvent) -> bool:
        """Re-flow when an item is shown or hidden (Qt then asks this row to lay out again)."""
        if event.type() == QEvent.Type.LayoutRequest:
            self.reflow()
        return super().event(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as its widest item, one to a row; as tall as its rows are now."""
        # An item that wraps its words (a WrappingButton) may be narrower than its one line.
        widths = [_least_width(item) for item in self._items if not item.isHidden()]
        return QSize(max(widths, default=0), self._column.minimumSize().height())

    def reflow(self) -> None:
        """Fill each row from the left until the next item would not fit."""
        counts: list[int] = []
        used = count = 0
        for item in self._items:
            width = 0 if item.isHidden() else item.sizeHint().width()
            if count and used + self._spacing + width > self.width():
                counts.append(count)
                used = count = 0
            used += (self._spacing if count else 0) + width
            count += 1
        self._place(tuple(counts + [count] if count else counts))

    def _place(self, counts: tuple[int, ...]) -> None:
        if counts == self._counts:
            return
        self._counts = counts
        for row in self._rows:
            for item in self._items:
                row.removeWidget(item)
        start = 0
        for row, count in zip(self._rows, counts, strict=False):
            for item in self._items[start : start + count]:
                row.insertWidget(row.count() - 1, item)  # before the closing stretch
            start += count


class LabelledRows(_Reflowing):
    """Rows of a label and its choices: the labels in a column beside the choices when every
    row fits, each label above its choices when one does not, all rows alike. A label's words
    stand level with its first choice's.

    A QFormLayout put "Motion" alone above its check box at 200% in a narrow window, while
    Rhythm and Length stayed beside theirs, and its labels stood 3 to 10 pixels below the words
    of the first radio button beside them.
    """

    def __init__(
        self, rows: Sequence[tuple[QLabel, QWidget, Sequence[QWidget]]], spacing: int = 16
    ) -> None:
        """Each row: its label, the widget holding its choices, and those choices, in order
        (the widest decides whether the rows fit side by side)."""
        super().__init__()
        self.rows = rows
        self.stacked: bool | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(spacing)
        # Narrower than its rows side by side, it stacks them (see reflow), as CardGrid does.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for label, _, _ in rows:
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._arrange(stacked=False)

    def event(self, event: QEvent) -> bool:
        """Re-flow when a choice changes size (new text size: Qt asks for a new layout)."""
        if event.type() == QEvent.Type.LayoutRequest:
            self.reflow()
        return super().event(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the widest choice, labels above; as tall as the rows are now."""
        return QSize(self._widest_choice(), self._grid.minimumSize().height())

    def reflow(self) -> None:
        """Side by side when the labels and the widest choice fit the width together."""
        labels = max(label.fontMetrics().horizontalAdvance(label.text()) for label, *_ in self.rows)
        needed = labels + 1 + self._grid.horizontalSpacing() + self._widest_choice()
        self._arrange(stacked=needed > self.width())

    def _widest_choice(self) -> int:
        return max(choice.sizeHint().width() for *_, choices in self.rows for choice in choices)

    def _arrange(self, *, stacked: bool) -> None:
        self._lift_labels(stacked)
        if stacked == self.stacked:
            return
        self.stacked = stacked
        grid = self._grid
        # Stacked, a label sits close above its choices and the space goes between rows.
        grid.setVerticalSpacing(4 if stacked else 10)
        top = Qt.AlignmentFlag.AlignTop
        for row, (label, field, _) in enumerate(self.rows):
            grid.removeWidget(label)
            grid.removeWidget(field)
            if stacked:
                grid.addWidget(label, 2 * row, 0, top)
                grid.addWidget(field, 2 * row + 1, 0)
            else:
                grid.addWidget(label, row, 0, top)
                grid.addWidget(field, row, 1)
        grid.setColumnStretch(0, 1 if stacked else 0)
        grid.setColumnStretch(1, 0 if stacked else 1)

    def _lift_labels(self, stacked: bool) -> None:
        """Beside its choices, a label starts as far down as the first choice's words do."""
        for row, (label, _, choices) in enumerate(self.rows):
            first = choices[0]
            # A check box or radio button centres its words in its height (the style sheet's
            # border and padding are the same above and below).
            words = (first.sizeHint().height() - first.fontMetrics().height()) // 2
            gap = 10 if stacked and row else 0
            label.setContentsMargins(0, gap if stacked else words, 0, 0)
