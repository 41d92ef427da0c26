"""In-process privacy guards: no writes, no internet sockets, one explicit export.

The audit hook is process-wide and can never be removed, so every test that turns the
guards on turns them off again in a fixture teardown, even when the test fails.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.privacy import (
    PrivacyViolation,
    allow_export,
    guards_active,
    install_guards,
    suspend_guards,
)


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """A temporary folder with one existing file, then guards on until the test ends."""
    (tmp_path / "existing.txt").write_text("already here", encoding="utf-8")
    (tmp_path / "subfolder").mkdir()
    install_guards()
    try:
        yield tmp_path
    finally:
        suspend_guards()


def listing(path: Path) -> list[str]:
    return sorted(os.listdir(path))


BEFORE = ["existing.txt", "subfolder"]


def test_guards_turn_on_and_off(tmp_path: Path) -> None:
    assert not guards_active()
    install_guards()
    try:
        assert guards_active()
        install_guards()  # a second call is harmless
        assert guards_active()
    finally:
        suspend_guards()
    assert not guards_active()
    (tmp_path / "after.txt").write_text("writes work again", encoding="utf-8")
    assert (tmp_path / "after.txt").read_text(encoding="utf-8") == "writes work again"


def test_violation_is_a_permission_error() -> None:
    assert issubclass(PrivacyViolation, PermissionError)


# --- writes are refused -------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["w", "wb", "a", "ab", "x", "r+", "rb+", "w+"])
def test_open_for_write_is_refused(folder: Path, mode: str) -> None:
    with pytest.raises(PrivacyViolation, match="writes no files"):
        open(folder / "new.txt", mode)  # noqa: SIM115 - the open itself must fail
    with pytest.raises(PrivacyViolation):
        open(folder / "existing.txt", mode)  # noqa: SIM115
    assert listing(folder) == BEFORE
    assert (folder / "existing.txt").read_text(encoding="utf-8") == "already here"


def test_pathlib_writes_are_refused(folder: Path) -> None:
    with pytest.raises(PrivacyViolation):
        (folder / "new.txt").write_text("secret", encoding="utf-8")
    with pytest.raises(PrivacyViolation):
        (folder / "existing.txt").write_bytes(b"secret")
    assert listing(folder) == BEFORE


@pytest.mark.parametrize(
    "flags",
    [
        os.O_WRONLY,
        os.O_RDWR,
        os.O_WRONLY | os.O_CREAT,
        os.O_RDONLY | os.O_CREAT,
        os.O_RDONLY | os.O_TRUNC,
        os.O_WRONLY | os.O_APPEND,
    ],
)
def test_os_open_with_write_flags_is_refused(folder: Path, flags: int) -> None:
    for name in ("existing.txt", "new.txt"):
        with pytest.raises(PrivacyViolation):
            os.open(folder / name, flags)
    assert listing(folder) == BEFORE


def test_mkdir_is_refused(folder: Path) -> None:
    with pytest.raises(PrivacyViolation, match="os.mkdir"):
        (folder / "new-folder").mkdir()
    with pytest.raises(PrivacyViolation):
        os.makedirs(folder / "a" / "b")
    assert listing(folder) == BEFORE


def test_rename_and_replace_are_refused(folder: Path) -> None:
    with pytest.raises(PrivacyViolation, match="os.rename"):
        os.rename(folder / "existing.txt", folder / "moved.txt")
    with pytest.raises(PrivacyViolation):
        os.replace(folder / "existing.txt", folder / "moved.txt")
    with pytest.raises(PrivacyViolation):
        (folder / "existing.txt").rename(folder / "moved.txt")
    assert listing(folder) == BEFORE


def test_remove_is_refused(folder: Path) -> None:
    with pytest.raises(PrivacyViolation, match="os.remove"):
        os.remove(folder / "existing.txt")
    with pytest.raises(PrivacyViolation):
        (folder / "existing.txt").unlink()
    assert listing(folder) == BEFORE


def test_removing_a_folder_is_refused(folder: Path) -> None:
    with pytest.raises(PrivacyViolation, match="os.rmdir"):
        (folder / "subfolder").rmdir()
    assert listing(folder) == BEFORE


def test_truncate_link_and_symlink_are_refused(folder: Path) -> None:
    existing = folder / "existing.txt"
    with pytest.raises(PrivacyViolation, match="os.truncate"):
        os.truncate(existing, 0)
    with pytest.raises(PrivacyViolation, match="os.link"):
        os.link(existing, folder / "hard-link")
    with pytest.raises(PrivacyViolation, match="os.symlink"):
        os.symlink(existing, folder / "soft-link")
    assert listing(folder) == BEFORE
    assert existing.read_text(encoding="utf-8") == "already here"


def test_sqlite_file_databases_are_refused(folder: Path) -> None:
    with pytest.raises(PrivacyViolation, match="in memory only"):
        sqlite3.connect(folder / "cache.db")
    with pytest.raises(PrivacyViolation):
        sqlite3.connect("")  # an anonymous on-disk temporary database
    assert listing(folder) == BEFORE


def test_sqlite_in_memory_is_allowed(folder: Path) -> None:
    connection = sqlite3.connect(":memory:")
    assert connection.execute("SELECT 1 + 1").fetchone() == (2,)
    connection.close()


# --- reading stays allowed ----------------------------------------------------------------


def test_reading_is_allowed(folder: Path) -> None:
    existing = folder / "existing.txt"
    assert existing.read_text(encoding="utf-8") == "already here"
    assert existing.read_bytes() == b"already here"
    with open(existing, encoding="utf-8") as handle:
        assert handle.read() == "already here"
    descriptor = os.open(existing, os.O_RDONLY)
    try:
        assert os.read(descriptor, 7) == b"already"
    finally:
        os.close(descriptor)
    assert listing(folder) == BEFORE
    assert existing.stat().st_size == len("already here")


def test_the_null_device_may_be_opened_for_writing(folder: Path) -> None:
    """A tool silences a closed pipe by pointing it there; nothing is kept."""
    descriptor = os.open(os.devnull, os.O_WRONLY)
    os.close(descriptor)
    with open(os.devnull, "w", encoding="utf-8") as sink:
        sink.write("gone")
    assert listing(folder) == BEFORE


def test_writing_to_an_already_open_descriptor_is_not_a_new_file(folder: Path) -> None:
    # Standard output and pipes are opened before the guards; they must keep working.
    read_end, write_end = os.pipe()
    try:
        with open(write_end, "w", closefd=False) as pipe:
            pipe.write("ok")
        assert os.read(read_end, 2) == b"ok"
    finally:
        os.close(read_end)
        os.close(write_end)


# --- sockets ------------------------------------------------------------------------------


@pytest.mark.parametrize("family", [socket.AF_INET, socket.AF_INET6])
def test_internet_sockets_are_refused(folder: Path, family: socket.AddressFamily) -> None:
    with pytest.raises(PrivacyViolation, match="internet sockets"):
        socket.socket(family, socket.SOCK_STREAM)
    with pytest.raises(PrivacyViolation):
        socket.socket(family, socket.SOCK_DGRAM)


def test_default_socket_is_refused(folder: Path) -> None:
    with pytest.raises(PrivacyViolation):
        socket.socket()  # AF_INET by default


def test_connecting_out_is_refused(folder: Path) -> None:
    with pytest.raises(PrivacyViolation):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no AF_UNIX on this platform")
def test_local_unix_sockets_are_allowed(folder: Path) -> None:
    unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    unix.close()
    first, second = socket.socketpair()
    try:
        first.sendall(b"hi")
        assert second.recv(2) == b"hi"
    finally:
        first.close()
        second.close()


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no AF_UNIX on this platform")
@pytest.mark.parametrize("kind", [str, bytes, bytearray, memoryview])
def test_a_socket_file_is_refused(folder: Path, kind: type) -> None:
    """A socket bound to a path makes a file there, left after Lantern closes (the path given
    in any form bind takes)."""
    path = str(folder / "lantern.sock")
    address = path if kind is str else kind(os.fsencode(path))
    with socket.socket(socket.AF_UNIX) as unix, pytest.raises(PrivacyViolation, match="bind"):
        unix.bind(address)
    assert listing(folder) == BEFORE


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="an abstract name is Linux's")
def test_an_abstract_socket_name_is_allowed(folder: Path) -> None:
    """A name in Linux's abstract namespace is no file; it goes with the socket."""
    with socket.socket(socket.AF_UNIX) as unix:
        unix.bind(f"\0lantern-test-{os.getpid()}")
    assert listing(folder) == BEFORE


@pytest.mark.skipif(not hasattr(os, "setxattr"), reason="no extended attributes here")
def test_extended_attributes_are_refused(folder: Path) -> None:
    """An extended attribute is data written onto a file, kept with it."""
    existing = folder / "existing.txt"
    with pytest.raises(PrivacyViolation, match="os.setxattr"):
        os.setxattr(existing, "user.lantern", b"read today")
    with pytest.raises(PrivacyViolation, match="os.removexattr"):
        os.removexattr(existing, "user.lantern")


def test_permissions_owners_and_dates_are_refused(folder: Path) -> None:
    """A file's permissions, owner and dates are kept with it: changing them leaves a trace
    ("changed today" on a file someone else owns)."""
    existing = folder / "existing.txt"
    before = existing.stat()
    with pytest.raises(PrivacyViolation, match="os.chmod"):
        existing.chmod(0o600)
    with pytest.raises(PrivacyViolation, match="os.chown"):
        os.chown(existing, before.st_uid, before.st_gid)
    with pytest.raises(PrivacyViolation, match="os.utime"):
        os.utime(existing)
    after = existing.stat()
    assert (after.st_mode, after.st_mtime_ns) == (before.st_mode, before.st_mtime_ns)


def test_the_chosen_file_may_get_its_own_date_back(folder: Path) -> None:
    """A failed save puts the chosen file's old date back (reader/chosen_file.py); only it."""
    chosen = folder / "plan.txt"
    with allow_export(chosen):
        chosen.write_text("kept", encoding="utf-8")
        os.utime(chosen, ns=(1, 2))
        with pytest.raises(PrivacyViolation, match="os.utime"):
            os.utime(folder / "existing.txt", ns=(1, 2))
        with pytest.raises(PrivacyViolation, match="os.chmod"):
            chosen.chmod(0o777)
    assert chosen.stat().st_mtime_ns == 2


# --- the one allowed export ---------------------------------------------------------------


def test_allow_export_permits_exactly_one_path(folder: Path) -> None:
    chosen = folder / "my-reflections.txt"
    with allow_export(chosen) as allowed:
        assert allowed == chosen.resolve()
        chosen.write_text("kept on purpose", encoding="utf-8")
        with pytest.raises(PrivacyViolation):
            (folder / "other.txt").write_text("not chosen", encoding="utf-8")
        with pytest.raises(PrivacyViolation):
            (folder / "existing.txt").write_text("not chosen", encoding="utf-8")
        with pytest.raises(PrivacyViolation):
            (folder / "my-reflections.txt.tmp").write_text("no temp files", encoding="utf-8")
        with pytest.raises(PrivacyViolation):
            (folder / "new-folder").mkdir()
        with pytest.raises(PrivacyViolation):
            os.rename(chosen, folder / "renamed.txt")
    assert chosen.read_text(encoding="utf-8") == "kept on purpose"
    assert listing(folder) == sorted([*BEFORE, "my-reflections.txt"])


def test_allow_export_ends_with_the_block(folder: Path) -> None:
    chosen = folder / "export.txt"
    with allow_export(chosen):
        chosen.write_text("once", encoding="utf-8")
    with pytest.raises(PrivacyViolation):
        chosen.write_text("twice", encoding="utf-8")
    assert chosen.read_text(encoding="utf-8") == "once"


def test_allow_export_ends_even_after_an_error(folder: Path) -> None:
    chosen = folder / "export.txt"
    with pytest.raises(RuntimeError), allow_export(chosen):
        raise RuntimeError("export failed half way")
    with pytest.raises(PrivacyViolation):
        chosen.write_text("later", encoding="utf-8")


def test_allow_export_matches_relative_and_absolute_spellings(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(folder / "subfolder")
    with (
        allow_export(Path("..") / "export.txt"),
        open(folder / "export.txt", "w", encoding="utf-8") as handle,
    ):
        handle.write("same file")
    assert (folder / "export.txt").read_text(encoding="utf-8") == "same file"
