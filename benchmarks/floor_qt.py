"""The floor for Lantern's first screen: its widgets and style sheet, built without its code.

A QMainWindow with Lantern's toolbar row, welcome text, coping buttons and twelve cards (what
Lantern builds before its first paint on an 800-pixel screen), styled with Lantern's style
sheet (passed in LANTERN_FLOOR_QSS by the parent), shown, painted once, then quit. Nothing
from `reader` is imported but the clock the bare window uses too, so the time between this
and the bare window is what the look itself costs in PySide6, before any of Lantern's logic.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from benchmarks.first_paint import FirstPaint

CARD_ROWS = 6  # two cards a row: twelve cards, as Lantern builds before its first paint
TOOLS = (
    "Slow breathing",
    "5-4-3-2-1 grounding",
    "Ride out an urge",
    "My safety plan",
    "My reflections",
)


def _label(text: str, role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName(role)
    return label


def _toolbar() -> QWidget:
    bar = QWidget()
    bar.setObjectName("mainToolbar")
    row = QHBoxLayout(bar)
    for text in ("←  Back", "Forward  →", "Home"):
        row.addWidget(_tool_button(text))
    row.addStretch(1)
    row.addWidget(QLineEdit())
    for text in ("Reading settings", "Leave quickly", "Get help now"):
        row.addWidget(_tool_button(text))
    return bar


def _tool_button(text: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


def _card() -> QFrame:
    card = QFrame()
    card.setObjectName("card")
    card.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    layout = QVBoxLayout(card)
    layout.addWidget(_label("Understanding self-harm", "cardTitle"))
    layout.addWidget(_label("What self-harm is and is not, and some common myths.", "muted"))
    layout.addWidget(_label("5 min read", "muted"))
    return card


def _home() -> QScrollArea:
    page = QWidget()
    body = QVBoxLayout(page)
    body.setAlignment(Qt.AlignmentFlag.AlignTop)
    body.addWidget(_label("Welcome to Lantern", "pageTitle"))
    body.addWidget(_label("Calm, plain information about self-harm and getting help.", "muted"))
    body.addWidget(_label("Try something now", "sectionTitle"))
    tools = QWidget()
    grid = QGridLayout(tools)
    for index, text in enumerate(TOOLS):
        grid.addWidget(QPushButton(text), index // 3, index % 3)
    body.addWidget(tools)
    cards = QWidget()
    grid = QGridLayout(cards)
    for index in range(CARD_ROWS * 2):
        grid.addWidget(_card(), index // 2, index % 2)
    body.addWidget(_label("Start here", "sectionTitle"))
    body.addWidget(cards)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area


def main() -> int:
    """Show the floor window, print first-paint-ms N after its first paint, exit."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    # As Lantern's window: its usual size, but never larger than the screen.
    window.resize(QSize(1100, 780).boundedTo(window.screen().availableGeometry().size() * 0.95))
    window.setMenuWidget(_toolbar())
    window.setCentralWidget(_home())
    window.setStyleSheet(os.environ.get("LANTERN_FLOOR_QSS", ""))
    probe = FirstPaint()
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
