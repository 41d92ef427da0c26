"""The environment Lantern sets itself: no bytecode or Qt disk caches, no bus or print server."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reader.privacy import apply_environment


def test_apply_environment_turns_off_bytecode_and_qt_caches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    env: dict[str, str] = {"HOME": "/home/someone"}
    apply_environment(env)
    assert sys.dont_write_bytecode is True
    assert env["PYTHONDONTWRITEBYTECODE"] == "1"
    # Named here, not read back from QT_ENVIRONMENT, so that emptying it fails this test.
    for key in (
        "QML_DISABLE_DISK_CACHE",
        "QT_DISABLE_SHADER_DISK_CACHE",
        "QSG_RHI_DISABLE_DISK_CACHE",
        "QT_SPEECH_NO_DISK_LOG",
    ):
        assert env[key] == "1", key
    assert env["HOME"] == "/home/someone"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="D-Bus sessions are Linux's")
def test_without_a_session_bus_lantern_starts_none_of_its_own(tmp_path: Path) -> None:
    """libdbus would start one for Qt's accessibility bridge, leaving files and processes."""
    bare_x: dict[str, str] = {"HOME": "/home/someone"}
    apply_environment(bare_x)
    assert bare_x["DBUS_SESSION_BUS_ADDRESS"] == "disabled:"
    runtime_without_bus = {"XDG_RUNTIME_DIR": str(tmp_path)}
    apply_environment(runtime_without_bus)
    assert runtime_without_bus["DBUS_SESSION_BUS_ADDRESS"] == "disabled:"
    (tmp_path / "bus").touch()  # the systemd user bus: used as it is
    desktop = {"XDG_RUNTIME_DIR": str(tmp_path)}
    apply_environment(desktop)
    assert "DBUS_SESSION_BUS_ADDRESS" not in desktop
    named = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    apply_environment(named)
    assert named["DBUS_SESSION_BUS_ADDRESS"] == "unix:path=/run/user/1000/bus"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CUPS on Linux")
def test_printing_goes_only_to_this_computers_print_service() -> None:
    """A print server by name or address would be an internet socket from Lantern itself."""
    unset: dict[str, str] = {}
    apply_environment(unset)
    assert unset["CUPS_SERVER"] == "/run/cups/cups.sock"
    remote = {"CUPS_SERVER": "printserver.example.org:631"}
    apply_environment(remote)
    assert remote["CUPS_SERVER"] == "/run/cups/cups.sock"
    local = {"CUPS_SERVER": "/var/run/cups/cups.sock"}  # a local socket is kept as given
    apply_environment(local)
    assert local["CUPS_SERVER"] == "/var/run/cups/cups.sock"
