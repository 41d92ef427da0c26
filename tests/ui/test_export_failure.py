"""A copy that fails part-way (a full memory stick) leaves the chosen file as it was."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader import privacy
from reader.ui.export import write_export

_REAL_WRITE = Path.write_bytes


@pytest.fixture
def stick_fills_up(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """The next write gets a few bytes onto the file, then the stick is full."""

    def arm() -> None:
        def full(self: Path, data: bytes) -> int:
            monkeypatch.setattr(Path, "write_bytes", _REAL_WRITE)  # only this once
            with open(self, "wb") as file:
                file.write(data[:5])
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(Path, "write_bytes", full)

    return arm


@pytest.fixture(params=[False, True], ids=["guards off", "guards on"])
def guards(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[None]:
    """With the app's privacy guards on too: putting the file back is allowed, nothing else."""
    if request.param:  # after tmp_path is made, which the guards would refuse
        privacy.install_guards()
    yield
    privacy.suspend_guards()


@pytest.mark.usefixtures("guards")
def test_a_plan_saved_there_before_is_kept_when_replacing_it_fails(
    tmp_path: Path, stick_fills_up: Callable[[], None]
) -> None:
    chosen = tmp_path / "my plan.txt"
    with privacy.allow_export(chosen):
        chosen.write_text("My safety plan\n\nThe one from last week.\n", encoding="utf-8")
    stick_fills_up()
    with pytest.raises(OSError, match="No space"):
        write_export(chosen, "My safety plan", "Today's, much longer. " * 50)
    assert chosen.read_text(encoding="utf-8") == "My safety plan\n\nThe one from last week.\n"


@pytest.mark.usefixtures("guards")
def test_a_plan_put_back_keeps_the_date_it_was_saved(
    tmp_path: Path, stick_fills_up: Callable[[], None]
) -> None:
    """The plan put back still says when it was saved, not that it was changed today."""
    chosen = tmp_path / "my plan.txt"
    last_month = 1_790_000_000_000_000_000  # in nanoseconds, as the file system keeps it
    with privacy.allow_export(chosen):  # last month's save, allowed as Lantern's own
        chosen.write_text("My safety plan\n\nThe one from last month.\n", encoding="utf-8")
        os.utime(chosen, ns=(last_month, last_month))
    stick_fills_up()
    with pytest.raises(OSError, match="No space"):
        write_export(chosen, "My safety plan", "Today's, much longer. " * 50)
    assert chosen.stat().st_mtime_ns == last_month


@pytest.mark.usefixtures("guards")
def test_a_new_copy_that_fails_leaves_no_half_written_file(
    tmp_path: Path, stick_fills_up: Callable[[], None]
) -> None:
    chosen = tmp_path / "my plan.txt"
    stick_fills_up()
    with pytest.raises(OSError, match="No space"):
        write_export(chosen, "My safety plan", "Warning signs: tired, alone.")
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def link_to_nothing(tmp_path: Path) -> Path:
    """A link the reader chose, which leads to no file yet (made before the guards are on)."""
    link = tmp_path / "my plan.txt"
    link.symlink_to(tmp_path / "kept in here.txt")
    return link


def test_a_new_copy_through_a_link_that_fails_leaves_the_link_as_it_was(
    link_to_nothing: Path, guards: None, stick_fills_up: Callable[[], None]
) -> None:
    """The half-written file the link led to goes, not the link (which was there before)."""
    stick_fills_up()
    with pytest.raises(OSError, match="No space"):
        write_export(link_to_nothing, "My safety plan", "Warning signs: tired, alone.")
    assert link_to_nothing.is_symlink()
    assert not link_to_nothing.exists()  # what it leads to is gone again


def test_the_guards_still_refuse_removing_any_other_file(tmp_path: Path) -> None:
    other = tmp_path / "someone else's.txt"
    other.write_text("keep me", encoding="utf-8")
    privacy.install_guards()
    try:
        with privacy.allow_export(tmp_path / "chosen.txt"), pytest.raises(privacy.PrivacyViolation):
            other.unlink()
    finally:
        privacy.suspend_guards()
    assert other.read_text(encoding="utf-8") == "keep me"


def test_the_guards_refuse_removing_a_file_of_the_same_name_in_another_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name relative to another folder (dir_fd) is not the chosen file, though it reads so."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "chosen.txt").write_text("keep me", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    folder = os.open(elsewhere, os.O_RDONLY)
    privacy.install_guards()
    try:
        with privacy.allow_export(tmp_path / "chosen.txt"), pytest.raises(privacy.PrivacyViolation):
            os.remove("chosen.txt", dir_fd=folder)
    finally:
        privacy.suspend_guards()
        os.close(folder)
    assert (elsewhere / "chosen.txt").read_text(encoding="utf-8") == "keep me"


def test_the_guards_refuse_removing_a_link_to_the_chosen_file(tmp_path: Path) -> None:
    """Removing a link takes the link away, not the file it leads to: another file."""
    chosen = tmp_path / "chosen.txt"
    chosen.write_text("the plan", encoding="utf-8")
    link = tmp_path / "shortcut.txt"
    link.symlink_to(chosen)
    privacy.install_guards()
    try:
        with privacy.allow_export(chosen), pytest.raises(privacy.PrivacyViolation):
            link.unlink()
    finally:
        privacy.suspend_guards()
    assert link.is_symlink()


@pytest.mark.parametrize("guarded", [False, True], ids=["guards off", "guards on"])
def test_a_name_that_is_a_loop_of_links_is_not_saved_and_says_so(
    tmp_path: Path, guarded: bool
) -> None:
    # Path.resolve() raised RuntimeError there (Python 3.11), which "Not saved" did not catch.
    loop = tmp_path / "my plan.txt"
    loop.symlink_to(tmp_path / "other.txt")
    (tmp_path / "other.txt").symlink_to(loop)
    if guarded:
        privacy.install_guards()
    try:
        with pytest.raises(OSError, match="symbolic links"):
            write_export(loop, "My safety plan", "Warning signs: tired, alone.")
    finally:
        privacy.suspend_guards()
