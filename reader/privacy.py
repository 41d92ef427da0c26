"""Process-wide privacy guards: no bytecode, no Qt disk caches, no sockets, no stray writes."""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

# Qt reads these before it starts; each one turns off a cache Qt would write to disk.
QT_ENVIRONMENT = {
    "QML_DISABLE_DISK_CACHE": "1",
    "QT_DISABLE_SHADER_DISK_CACHE": "1",
    "QSG_RHI_DISABLE_DISK_CACHE": "1",
    "QT_SPEECH_NO_DISK_LOG": "1",
}
CUPS_SOCKET = "/run/cups/cups.sock"  # where CUPS listens on Linux (/var/run links to /run)
_DEVNULL = Path(os.devnull).resolve()
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


class PrivacyViolation(PermissionError):
    """Raised when code tries to write a file or open an internet socket."""


class _Guard:
    """State behind the audit hook (an audit hook can never be removed, only told to relax)."""

    def __init__(self) -> None:
        self.active = False
        self.allowed_writes: set[Path] = set()


_guard = _Guard()


def apply_environment(env: MutableMapping[str, str] = os.environ) -> None:
    """Turn off bytecode writing, Qt's disk caches and a message bus started just for Lantern."""
    sys.dont_write_bytecode = True
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    for key, value in QT_ENVIRONMENT.items():
        env[key] = value
    if sys.platform.startswith("linux"):
        _print_system_on_this_computer(env)
        if not _session_bus(env):
            # Otherwise Qt's accessibility bridge has libdbus start a bus of its own, which
            # leaves ~/.dbus/session-bus/ with the time of use, and two processes running.
            env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"


def _print_system_on_this_computer(env: MutableMapping[str, str]) -> None:
    """Printing goes through this computer's print service (CUPS) by its local socket only.

    Otherwise opening the print dialog made Lantern itself open internet sockets: to port 631
    on this computer when no print service runs, or to a print server the system names. The
    local service can still print to shared printers; Lantern never talks to the network.
    (A web browser Lantern opens inherits this too, and prints the same way.)
    """
    if not env.get("CUPS_SERVER", "").startswith("/"):
        env["CUPS_SERVER"] = CUPS_SOCKET


def _session_bus(env: MutableMapping[str, str]) -> bool:
    """Whether the desktop session has a message bus (a bare X session or a service has not)."""
    if env.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = env.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and Path(runtime, "bus").exists()


def no_crash_dumps() -> None:
    """A crash leaves no copy of memory, with what was read and typed, on the disk.

    A core file in the working folder, or one kept by systemd-coredump or Apport, held every
    word typed into Lantern. The limit stops core files; on Linux the process is also made
    non-dumpable, which crash handlers fed through a pipe (not bound by the limit) respect.
    """
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, OSError, ValueError):  # Windows has no such limit
        pass
    if sys.platform.startswith("linux"):
        import ctypes  # about 2 ms, so it is done after the first paint

        set_dumpable = 4  # PR_SET_DUMPABLE from <linux/prctl.h>
        ctypes.CDLL(None, use_errno=True).prctl(set_dumpable, 0, 0, 0, 0)


def _is_write(mode: object, flags: object) -> bool:
    if isinstance(mode, str) and any(c in mode for c in "wax+"):
        return True
    return isinstance(flags, int) and bool(flags & _WRITE_FLAGS)


def _names_chosen(path: object, dir_fd: object) -> bool:
    """Whether a path (with its dir_fd) names the one file the reader chose, just now."""
    if not isinstance(path, str | bytes) or dir_fd not in (None, -1):  # -1: no dir_fd given
        return False  # a name under another folder (dir_fd) is not the path it reads as here
    # The file itself: a link itself, not what it leads to (the chosen file, perhaps).
    named = Path(os.fsdecode(path))  # not abspath: "link/../x" is not "x" if link is a link
    return named.parent.resolve() / named.name in _guard.allowed_writes


def _check_open(args: tuple[object, ...]) -> None:
    path, mode, flags = (tuple(args) + (None, None, None))[:3]
    if not _is_write(mode, flags) or isinstance(path, int):
        return
    target = Path(os.fsdecode(path)).resolve() if isinstance(path, str | bytes) else None
    if target is not None and target in _guard.allowed_writes:
        return
    if target == _DEVNULL:  # what is written there is gone (a tool silencing a closed pipe)
        return
    raise PrivacyViolation(f"Lantern writes no files (refused: {path})")


def _check_socket(args: tuple[object, ...]) -> None:
    # Imported here, not at start-up (it costs about 5 ms there): a socket is being made,
    # so the module is almost always loaded already.
    import socket

    family = args[1] if len(args) > 1 else None
    if family in (socket.AF_INET, socket.AF_INET6):
        raise PrivacyViolation("Lantern never opens internet sockets")


def _check_sqlite(args: tuple[object, ...]) -> None:
    # SQLite creates its files in C, so no "open" event would ever be seen for them.
    database = args[0] if args else None
    if database not in (":memory:", b":memory:"):
        raise PrivacyViolation(f"Lantern keeps databases in memory only (refused: {database})")


def _check_bind(args: tuple[object, ...]) -> None:
    # A Unix socket bound to a path is a file there, left after Lantern closes. A name in
    # Linux's abstract namespace (a leading NUL) is no file, and goes with the socket.
    address = args[1] if len(args) > 1 else None
    if isinstance(address, bytearray | memoryview):  # bind takes any bytes-like path
        address = bytes(address)
    if isinstance(address, str | bytes | os.PathLike):
        name = os.fsencode(address)
        if name and not name.startswith(b"\0"):
            raise PrivacyViolation(f"Lantern makes no socket files (refused: bind {address!r})")


# What would change the files and folders on disk (a file's own writes are "open" events);
# an extended attribute is data written onto a file, kept with it, and so are its
# permissions, owner and dates ("changed today").
_CHANGES = frozenset(
    "os.mkdir os.rmdir os.rename os.remove os.truncate os.link os.symlink "  # noqa: SIM905
    "os.setxattr os.removexattr os.chmod os.chown os.chflags os.utime".split()
)


def _audit(event: str, args: tuple[object, ...]) -> None:
    if not _guard.active:
        return
    if event == "open":
        _check_open(args)
    elif event == "socket.__new__":
        _check_socket(args)
    elif event == "socket.bind":
        _check_bind(args)
    elif event == "sqlite3.connect":
        _check_sqlite(args)
    elif event == "os.remove" and _names_chosen(*(tuple(args) + (None, None))[:2]):
        return  # a failed export's new, half-written file, taken away (reader/chosen_file.py)
    elif event == "os.utime" and _names_chosen(args[0], args[-1]):
        return  # a failed export puts the chosen file's old date back (path, times, ns, dir_fd)
    elif event in _CHANGES:
        raise PrivacyViolation(f"Lantern changes no files (refused: {event})")


_hook_installed = False


def install_guards() -> None:
    """Refuse internet sockets, file writes and on-disk databases from Python code."""
    global _hook_installed
    if not _hook_installed:
        sys.addaudithook(_audit)
        _hook_installed = True
    _guard.active = True


def suspend_guards() -> None:
    """Let Python write again (for tests that need their own temporary files)."""
    _guard.active = False


def guards_active() -> bool:
    """Whether the audit-hook guards are currently refusing writes and sockets."""
    return _guard.active


class allow_export:  # noqa: N801 - used like a function in a with statement
    """Permit writing exactly one file the reader chose, for the duration of a with block."""

    def __init__(self, path: Path) -> None:
        self._path = Path(path).resolve()

    def __enter__(self) -> Path:
        _guard.allowed_writes.add(self._path)
        return self._path

    def __exit__(self, *exc: object) -> None:
        _guard.allowed_writes.discard(self._path)
