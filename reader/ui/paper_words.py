"""What printing says once a print went to the printer, apart from paper.py's Qt printing.

A screen compares its last print's result with it to tell whether the copy on paper is out of
date; importing paper for that would load Qt's printing before any print was asked for.
"""

from __future__ import annotations

from reader.ui.translation import QT_TRANSLATE_NOOP

SENT_TO_PRINTER = QT_TRANSLATE_NOOP("Paper", "Sent to the printer.")
