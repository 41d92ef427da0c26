"""Content files are read in one os.read when fstat's size is right, and whole when it is not."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from reader import content_files
from reader.content_files import ContentFileError, read_bytes, read_text


class _Os:
    """The os module as content_files sees it, with fstat's size chosen and reads counted."""

    def __init__(self, size: int | None = None) -> None:
        self.size = size
        self.reads = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def fstat(self, handle: int) -> os.stat_result:
        info = os.fstat(handle)
        if self.size is None:
            return info
        fields = list(info[:10])
        fields[6] = self.size  # st_size: as a file in /proc, or one that grew or shrank, says
        return os.stat_result(fields)

    def read(self, handle: int, count: int) -> bytes:
        self.reads += 1
        return os.read(handle, count)


def _reading(monkeypatch: pytest.MonkeyPatch, size: int | None = None) -> _Os:
    fake = _Os(size)
    monkeypatch.setattr(content_files, "os", fake)
    return fake


def test_the_usual_file_takes_one_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b'\xef\xbb\xbf+++\nid = "a"\n+++\nWords.\n')
    fake = _reading(monkeypatch)
    assert read_text(path, 1000) == '+++\nid = "a"\n+++\nWords.\n'
    assert fake.reads == 1


@pytest.mark.parametrize("size", [0, 10, 69_999, 80_000])
def test_a_file_whose_size_was_wrong_is_read_whole(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, size: int
) -> None:
    """fstat says 0 (files in /proc), too little (it grew) or too much (it shrank)."""
    data = bytes(range(256)) * 273 + b"end"  # 69,891 bytes: more than one 64 KiB read
    path = tmp_path / "a.md"
    path.write_bytes(data)
    _reading(monkeypatch, size)
    assert read_bytes(path, 100_000) == data


def test_a_file_that_grew_past_the_limit_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"x" * 5_000)
    _reading(monkeypatch, 0)
    with pytest.raises(ContentFileError, match="too big: 5,000 bytes, and the limit is 4,000"):
        read_bytes(path, 4_000)


def test_a_file_over_the_limit_by_its_size_is_refused_unread(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"x" * 5_000)
    fake = _reading(monkeypatch)
    with pytest.raises(ContentFileError, match="too big: 5,000 bytes"):
        read_bytes(path, 4_000)
    assert fake.reads == 0


def test_article_files_pair_each_path_with_its_text(tmp_path: Path) -> None:
    for name in ["b.md", "A.MD", ".draft.md", "notes.txt", "c.md"]:
        (tmp_path / name).write_text(name, encoding="utf-8")
    found = content_files.article_files(tmp_path)
    assert [path for path, _ in found] == content_files.article_paths(tmp_path)
    assert [path.name for path, _ in found] == ["A.MD", "b.md", "c.md"]
    assert all(os.path.samefile(path, text) for path, text in found)
    assert [read_text(text, 100) for _, text in found] == ["A.MD", "b.md", "c.md"]
