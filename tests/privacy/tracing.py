"""Run a command under strace, without a network, in an empty home; report every trace it leaves."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

# The tree under test, not whichever one is installed (a worktree's own code, say).
REPO = Path(__file__).resolve().parents[2]

TRACED_CALLS = (
    "open,openat,openat2,creat,mkdir,mkdirat,rename,renameat,renameat2,link,linkat,"
    "symlink,symlinkat,unlink,unlinkat,rmdir,truncate,mknod,mknodat,bind,socket,"
    # What is kept with a file: its permissions, owner, dates and extended attributes.
    "chmod,fchmodat,chown,lchown,fchownat,utime,utimes,utimensat,futimesat,"
    "setxattr,lsetxattr,removexattr,lremovexattr,"
    # The same through a descriptor: a file opened only to read can be changed so.
    "fchmod,fchown,fsetxattr,fremovexattr"
)
PRIVATE_DIRS = ("home", "config", "cache", "data", "state", "runtime", "tmp")
_ALLOWED_PREFIXES = ("/dev/", "/proc/", "/sys/")
# Shared memory is a folder in memory, kept until the computer restarts: what a process
# leaves there is a trace; what it takes away again is not (Qt, Mesa and sound do so).
_SHARED_MEMORY = "/dev/shm/"
_WRITE_FLAGS = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_TMPFILE|O_APPEND")
_OPEN = re.compile(r'\b(?:open|openat|openat2|creat)\((?:[^,]*, )?"([^"]*)", ([^)]*)\)')
_PATH_CALL = re.compile(
    r"\b(mkdir|mkdirat|rename|renameat2?|link|linkat|symlink|symlinkat|unlink|unlinkat|rmdir|truncate"
    r"|mknod|mknodat|chmod|fchmodat|chown|lchown|fchownat|utime|utimes|utimensat|futimesat"
    r'|setxattr|lsetxattr|removexattr|lremovexattr)\((?:AT_FDCWD|\d+)?,? ?"([^"]*)"'
)
# Those changes made through a descriptor name no path (fchmod(3, 0600), utimensat(3, NULL,
# ...), fchownat(3, "", ..., AT_EMPTY_PATH)): whichever file it is, each is a trace.
_FD_CHANGE = re.compile(
    r"\b(?:fchmod|fchown|fsetxattr|fremovexattr)\(\d+,"
    r'|\b(?:utimensat|futimesat)\(\d+, NULL,|\b(?:fchmodat|fchownat)\(\d+, "",'
)
# A socket bound to a path is a file on disk, left after the process ends (not so a name
# in the abstract namespace, shown as sun_path=@"...").
_SOCKET_FILE = re.compile(r'\bbind\(\d+, \{sa_family=AF_(?:UNIX|LOCAL), sun_path="([^"]*)"')
_INTERNET_SOCKET = re.compile(r"\bsocket\((AF_INET6?|PF_INET6?)\b")


def tools_available() -> bool:
    """Whether strace and a working `unshare -rn` exist on this machine."""
    if not (shutil.which("strace") and shutil.which("unshare")):
        return False
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True, check=False)
    return probe.returncode == 0


@dataclass
class TraceReport:
    """What a traced run did that Lantern promises never to do."""

    returncode: int
    stdout: str
    stderr: str
    writes: list[str] = field(default_factory=list)
    sockets: list[str] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """True when nothing was written, no internet socket opened and nothing left behind."""
        return not (self.writes or self.sockets or self.leftovers)


def private_environment(root: Path) -> dict[str, str]:
    """An environment whose home, XDG folders and temp folder are empty folders under root."""
    dirs = {name: root / name for name in PRIVATE_DIRS}
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    dirs["runtime"].chmod(0o700)
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(dirs["home"]),
        "XDG_CONFIG_HOME": str(dirs["config"]),
        "XDG_CACHE_HOME": str(dirs["cache"]),
        "XDG_DATA_HOME": str(dirs["data"]),
        "XDG_STATE_HOME": str(dirs["state"]),
        "XDG_RUNTIME_DIR": str(dirs["runtime"]),
        "TMPDIR": str(dirs["tmp"]),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "PYTHONPATH": str(REPO),
    }


def _outside_allowed(path: str, taken_away: set[str]) -> bool:
    if path.startswith(_SHARED_MEMORY):
        return path not in taken_away
    return not path.startswith(_ALLOWED_PREFIXES) and path not in ("/dev/null", "")


def _shared_memory_taken_away(lines: list[str]) -> set[str]:
    """Paths in /dev/shm the process removed (the logs of its threads are not in time order)."""
    removed = (_PATH_CALL.search(line) for line in lines)
    return {m.group(2) for m in removed if m and m.group(1).startswith("unlink")}


def parse_trace(text: str) -> tuple[list[str], list[str]]:
    """Lines of a strace log that write to the file system, and that open internet sockets."""
    writes, sockets = [], []
    lines = text.splitlines()
    taken_away = _shared_memory_taken_away(lines)
    for line in lines:
        opened = _OPEN.search(line)
        if opened and _WRITE_FLAGS.search(opened.group(2)):
            if _outside_allowed(opened.group(1), taken_away):
                writes.append(line.strip())
            continue
        changed = _PATH_CALL.search(line) or _SOCKET_FILE.search(line)
        named = changed and _outside_allowed(changed.group(changed.lastindex or 0), taken_away)
        if named or _FD_CHANGE.search(line):
            writes.append(line.strip())
        if _INTERNET_SOCKET.search(line):
            sockets.append(line.strip())
    return writes, sockets


def leftovers(root: Path) -> list[str]:
    """Every file or folder found inside the private folders after the run."""
    return sorted(
        str(p.relative_to(root)) for name in PRIVATE_DIRS for p in (root / name).rglob("*")
    )


def run_traced(command: list[str], root: Path, timeout: int = 240) -> TraceReport:
    """Run command with no network, under strace, in private empty folders under root."""
    env = private_environment(root / "sandbox")
    logs = root / "strace"  # outside the watched folders
    logs.mkdir()
    # -ff gives every thread its own log, so no call is split into "unfinished" and "resumed"
    # halves by another thread's output (with -f alone a write could go unseen).
    traced = [
        "unshare",
        "-rn",
        "strace",
        "-ff",
        "-qq",
        "-e",
        f"trace={TRACED_CALLS}",
        "-o",
        str(logs / "task"),
    ]
    result = subprocess.run(
        traced + command,
        env=env,
        cwd=env["HOME"],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    text = "\n".join(
        path.read_text(encoding="utf-8", errors="replace") for path in sorted(logs.iterdir())
    )
    if not text.strip():
        raise RuntimeError("strace wrote no log: the trace did not run")
    writes, sockets = parse_trace(text)
    return TraceReport(
        returncode=result.returncode,
        stdout=result.stdout,
        stderr=result.stderr,
        writes=writes,
        sockets=sockets,
        leftovers=leftovers(root / "sandbox"),
    )
