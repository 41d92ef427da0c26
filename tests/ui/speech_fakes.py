"""A pretend speech engine for the read-aloud tests, and a way to find the bar it drives."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from reader.ui.article_view import ArticleView
from reader.ui.read_aloud import ReadAloudBar
from reader.ui.speech import Speech, SpeechSupport


class FakeSpeech(Speech):
    """Records what it was asked to say; the test plays the engine's part."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.spoken: list[str] = []
        self.calls: list[str] = []

    def speak(self, sentences: Sequence[str]) -> None:
        self.spoken = list(sentences)
        self.calls.append("speak")

    def pause(self) -> None:
        self.calls.append("pause")

    def resume(self) -> None:
        self.calls.append("resume")

    def stop(self) -> None:
        self.calls.append("stop")


class FakeSupport(SpeechSupport):
    """An offline voice is there; counts how often the engine was started."""

    def __init__(self) -> None:
        self.created: list[FakeSpeech] = []

    def available(self) -> bool:
        return True

    def create(self, parent: QObject) -> Speech | None:
        self.created.append(FakeSpeech(parent))
        return self.created[-1]


def bar_of(view: ArticleView) -> ReadAloudBar | None:
    """The read-aloud bar of the article on screen (not one left from an earlier article)."""
    bars = [b for b in view.findChildren(ReadAloudBar) if view.body.indexOf(b) >= 0]
    return bars[0] if bars else None
