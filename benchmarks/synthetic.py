"""A synthetic content pack of many articles, generated from a fixed seed into a folder."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from collections import Counter
from pathlib import Path

from reader import paths

SEED = 20261126
ARTICLES = 2000
COLLECTION_SIZE = 50
MODEL_SHARE = 0.8  # share of phrases drawn from the model article rather than the whole pack
_WORD = re.compile(r"[a-z][a-z'’-]*")
_FENCE = re.compile(r"^\+\+\+\n.*?\n\+\+\+\n", re.S)


def bundled_bodies() -> list[str]:
    """The bodies of the bundled articles (front matter removed)."""
    return [
        _FENCE.sub("", path.read_text(encoding="utf-8"))
        for path in sorted(paths.content_dir().glob("*.md"))
    ]


class _Vocabulary:
    """Words and cumulative weights for drawing words with their observed frequencies."""

    def __init__(self, counts: Counter[str]) -> None:
        self.words = sorted(counts)  # sorted, so the same seed gives the same pack
        self.cumulative = list(itertools.accumulate(counts[w] for w in self.words))


class Writer:
    """Writes Markdown prose whose words and lengths follow the bundled articles.

    Each synthetic article takes one bundled article as its model and draws most of its words
    from that article's own word frequencies (the rest from the whole pack), so a topical word
    turns up in about as many synthetic articles as bundled ones, as in a real collection.
    """

    def __init__(self, bodies: list[str], seed: int) -> None:
        per_body = [Counter(_WORD.findall(body.lower())) for body in bodies]
        self.models = [_Vocabulary(counts) for counts in per_body]
        self.everything = _Vocabulary(sum(per_body, Counter()))
        self.lengths = [sum(counts.values()) for counts in per_body]
        self.rng = random.Random(seed)
        self.model = self.models[0]
        self.length = self.lengths[0]

    def choose_model(self) -> None:
        """Pick the bundled article the next synthetic one is modelled on."""
        index = self.rng.randrange(len(self.models))
        self.model, self.length = self.models[index], self.lengths[index]

    def phrase(self, low: int, high: int) -> str:
        """Between low and high words drawn with the model's (or the pack's) frequencies."""
        count = self.rng.randint(low, high)
        own = self.rng.random() < MODEL_SHARE
        source = self.model if own else self.everything
        return " ".join(self.rng.choices(source.words, cum_weights=source.cumulative, k=count))

    def sentence(self) -> str:
        """One sentence of 6 to 22 words."""
        text = self.phrase(6, 22)
        return text[0].upper() + text[1:] + "."

    def paragraph(self) -> str:
        """Two to five sentences."""
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 5)))

    def body(self, others: list[str]) -> str:
        """A body about as long as a bundled article, with headings, lists, links and a note."""
        target = round(self.length * self.rng.uniform(0.75, 1.25))
        blocks: list[str] = [self.paragraph()]
        words = len(blocks[0].split())
        while words < target:
            block = self._block(others)
            blocks.append(block)
            words += len(block.split())
        return "\n\n".join(blocks) + "\n"

    def _block(self, others: list[str]) -> str:
        roll = self.rng.random()
        if roll < 0.15:
            return "## " + self.phrase(2, 5).capitalize()
        if roll < 0.25:
            return "\n".join("- " + self.phrase(3, 10) for _ in range(self.rng.randint(3, 6)))
        if roll < 0.3:
            return f'!!! note "{self.phrase(2, 4).capitalize()}"\n    {self.paragraph()}'
        if roll < 0.4 and others:
            link = f"[{self.phrase(2, 4)}](lantern:article/{self.rng.choice(others)})"
            return f"{self.paragraph()} See {link}, or [get help now](lantern:help)."
        return self.paragraph()


def _quoted(items: list[str]) -> str:
    return "[" + ", ".join(f'"{item}"' for item in items) + "]"


def _article(writer: Writer, article_id: str, ids: list[str]) -> str:
    rng = writer.rng
    writer.choose_model()
    related = rng.sample(ids, 3)
    reviewed = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    prompts = [writer.sentence()[:-1] + "?" for _ in range(rng.randint(0, 3))]
    front = [
        f'id = "{article_id}"',
        f'title = "{writer.phrase(2, 6).capitalize()}"',
        f'summary = "{writer.sentence()}"',
        f"topics = {_quoted([writer.phrase(1, 1) for _ in range(rng.randint(1, 4))])}",
        f'content_note = "{writer.sentence()}"',
        f"reviewed = {reviewed.isoformat()}",
        f"sources = {_quoted([writer.phrase(3, 8).title() + ' (2024)'])}",
        f"related = {_quoted(related)}",
        f"prompts = {_quoted(prompts)}",
    ]
    return "+++\n" + "\n".join(front) + "\n+++\n" + writer.body(related)


def _manifest(ids: list[str]) -> str:
    lines = ['[pack]\ntitle = "Synthetic"\nlanguage = "en"\n']
    for number, start in enumerate(range(0, len(ids), COLLECTION_SIZE), start=1):
        chunk = ids[start : start + COLLECTION_SIZE]
        lines.append(
            f'[[collections]]\nid = "collection-{number}"\ntitle = "Collection {number}"\n'
            f'description = "Synthetic articles {start + 1} to {start + len(chunk)}."\n'
            f"articles = {_quoted(chunk)}\n"
        )
    return "\n".join(lines)


def generate_pack(folder: Path, count: int = ARTICLES, seed: int = SEED) -> Path:
    """Write `count` articles and a pack.toml into folder; the same seed gives the same pack."""
    writer = Writer(bundled_bodies(), seed)
    ids = [f"synthetic-{n:04d}" for n in range(1, count + 1)]
    folder.mkdir(parents=True, exist_ok=True)
    for article_id in ids:
        text = _article(writer, article_id, ids)
        (folder / f"{article_id}.md").write_text(text, encoding="utf-8")
    (folder / "pack.toml").write_text(_manifest(ids), encoding="utf-8")
    return folder
