"""Promises 1 and 2, proven on the real process: no writes, no internet sockets, nothing left."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from tests.privacy.tracing import parse_trace, run_traced

pytestmark = pytest.mark.privacy

FILE_DIALOG_SCRIPT = textwrap.dedent(
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog
    app = QApplication([])
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    QTimer.singleShot(200, dialog.reject)
    dialog.exec()
    """
)


@pytest.mark.parametrize("mode", [[], ["--kiosk"]], ids=["home-use", "kiosk"])
@pytest.mark.usefixtures("tracer", "compiled_package")
def test_self_test_leaves_no_trace(tmp_path: Path, mode: list[str]) -> None:
    """The whole self-test tour writes nothing, opens no internet socket, leaves no file."""
    report = run_traced([sys.executable, "-m", "reader", "--self-test", *mode], tmp_path)
    assert report.returncode == 0, report.stdout + report.stderr
    assert "checks passed" in report.stdout
    assert report.writes == []
    assert report.sockets == []
    assert report.leftovers == []


@pytest.mark.usefixtures("tracer")
def test_checker_catches_a_file_dialog(tmp_path: Path) -> None:
    """Negative control: Qt's own file dialog writes QtProject.conf, and the checker sees it."""
    script = tmp_path / "dialog.py"
    script.write_text(FILE_DIALOG_SCRIPT, encoding="utf-8")
    report = run_traced([sys.executable, "-B", str(script)], tmp_path)
    assert report.returncode == 0, report.stderr
    assert any("QtProject.conf" in line for line in report.writes)
    assert any("QtProject.conf" in path for path in report.leftovers)
    assert not report.clean


@pytest.mark.usefixtures("tracer")
def test_checker_catches_an_internet_socket(tmp_path: Path) -> None:
    """Negative control: a process that opens an internet socket is caught."""
    code = "import socket; socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()"
    report = run_traced([sys.executable, "-B", "-c", code], tmp_path)
    assert report.sockets, "the AF_INET socket was not seen"


@pytest.mark.usefixtures("tracer")
def test_checker_catches_shared_memory_left_behind(tmp_path: Path) -> None:
    """Negative control: a file left in /dev/shm stays until the computer restarts."""
    left = Path(f"/dev/shm/lantern-proof-{tmp_path.name}")
    code = f"import os; os.close(os.open({str(left)!r}, os.O_CREAT | os.O_RDWR, 0o600))"
    try:
        report = run_traced([sys.executable, "-B", "-c", code], tmp_path)
    finally:
        left.unlink(missing_ok=True)
    assert report.returncode == 0, report.stderr
    assert any(str(left) in line for line in report.writes), report.writes


@pytest.mark.usefixtures("tracer")
@pytest.mark.parametrize(
    "make",
    [
        "import socket; socket.socket(socket.AF_UNIX).bind(PATH)",
        "import os; os.mknod(PATH)",
    ],
    ids=["socket file", "mknod"],
)
def test_checker_catches_files_made_without_open(tmp_path: Path, make: str) -> None:
    """Negative control: a socket bound to a path, or a node made, is a file left on disk.

    Made outside the watched folders, so only the trace can see it (not the leftovers).
    """
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = make.replace("PATH", repr(str(elsewhere / "made")))
    report = run_traced([sys.executable, "-B", "-c", code], tmp_path)
    assert report.returncode == 0, report.stderr
    assert (elsewhere / "made").exists()
    assert any(str(elsewhere / "made") in line for line in report.writes), report.writes


def test_parse_trace_flags_writes_and_sockets() -> None:
    """The log parser recognises each kind of trace, and ignores reads and /dev, /proc, /sys.

    Shared memory is a trace only while left there: taken away again, it is gone.
    """
    log = "\n".join(
        [
            '12 openat(AT_FDCWD, "/home/x/.config/QtProject.conf", O_WRONLY|O_CREAT, 0666) = 3',
            '12 openat(AT_FDCWD, "/usr/lib/libQt6Core.so.6", O_RDONLY|O_CLOEXEC) = 3',
            '12 openat(AT_FDCWD, "/dev/shm/x", O_RDWR|O_CREAT, 0600) = 4',
            '12 unlink("/dev/shm/x") = 0',
            '12 openat(AT_FDCWD, "/dev/shm/left", O_RDWR|O_CREAT, 0600) = 4',
            '12 bind(7, {sa_family=AF_UNIX, sun_path="/tmp/s"}, 9) = 0',
            '12 bind(7, {sa_family=AF_UNIX, sun_path=@"/tmp/.X11-unix/X0"}, 20) = 0',
            '12 mknodat(AT_FDCWD, "/tmp/n", S_IFREG|0600) = 0',
            '12 mkdir("/home/x/.cache/lantern", 0700) = 0',
            '12 unlink("/tmp/y") = 0',
            '12 rename("/tmp/a", "/tmp/b") = 0',
            "12 socket(AF_INET6, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 5",
            "12 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 6",
        ]
    )
    writes, sockets = parse_trace(log)
    assert len(writes) == 7
    assert not any("libQt6Core" in w or "/dev/shm/x" in w or "@" in w for w in writes)
    assert [w for w in writes if "shm" in w or "bind" in w or "mknod" in w] == [
        '12 openat(AT_FDCWD, "/dev/shm/left", O_RDWR|O_CREAT, 0600) = 4',
        '12 bind(7, {sa_family=AF_UNIX, sun_path="/tmp/s"}, 9) = 0',
        '12 mknodat(AT_FDCWD, "/tmp/n", S_IFREG|0600) = 0',
    ]
    assert sockets == ["12 socket(AF_INET6, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 5"]


def test_parse_trace_flags_changes_kept_with_a_file() -> None:
    """A file's permissions, owner, dates and extended attributes stay with it: a trace."""
    log = "\n".join(
        [
            '12 chmod("/home/x/plan.txt", 0600) = 0',
            '12 fchmodat(AT_FDCWD, "/home/x/plan.txt", 0777) = 0',
            '12 chown("/home/x/plan.txt", 1000, 1000) = 0',
            '12 utimensat(AT_FDCWD, "/home/x/plan.txt", NULL, 0) = 0',
            '12 setxattr("/home/x/plan.txt", "user.read", "today", 5, 0) = 0',
            '12 utimensat(AT_FDCWD, "/proc/self/x", NULL, 0) = 0',
            # Through a descriptor, naming no path: any file's, so each is a trace.
            "12 fchmod(3, 0600) = 0",
            "12 fchown(3, 1000, 1000) = 0",
            "12 utimensat(3, NULL, NULL, 0) = 0",
            '12 fsetxattr(3, "user.read", "today", 5, 0) = 0',
            '12 fremovexattr(3, "user.read") = 0',
            '12 fchownat(3, "", 1000, 1000, AT_EMPTY_PATH) = 0',
        ]
    )
    writes, _ = parse_trace(log)
    assert [w.split("(")[0] for w in writes] == [
        "12 chmod",
        "12 fchmodat",
        "12 chown",
        "12 utimensat",
        "12 setxattr",
        "12 fchmod",
        "12 fchown",
        "12 utimensat",
        "12 fsetxattr",
        "12 fremovexattr",
        "12 fchownat",
    ]


@pytest.mark.usefixtures("tracer")
@pytest.mark.parametrize(
    ("change", "call"),
    [
        ("os.chmod(fd, 0o600)", "fchmod("),
        ("os.chown(fd, -1, -1)", "fchown("),
        ("os.utime(fd)", "utimensat("),
        ("os.setxattr(fd, 'user.lantern', b'1')", "fsetxattr("),
    ],
    ids=["permissions", "owner", "dates", "extended attribute"],
)
def test_checker_catches_a_change_made_through_a_file_opened_to_read(
    tmp_path: Path, change: str, call: str
) -> None:
    """Negative control: a file opened only to read can still have its permissions, owner,
    dates or extended attributes changed through its descriptor, naming no path."""
    existing = tmp_path / "elsewhere.txt"
    existing.write_text("kept", encoding="utf-8")
    code = (
        f"import os\nfd = os.open({str(existing)!r}, os.O_RDONLY)\n"
        f"try:\n    {change}\nexcept OSError:\n    pass  # refused or not supported: still tried"
    )
    report = run_traced([sys.executable, "-B", "-c", code], tmp_path)
    assert report.returncode == 0, report.stderr
    assert any(call in line for line in report.writes), report.writes
