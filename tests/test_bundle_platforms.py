"""The build's per-system facts: Windows versions, macOS minimum, ELF needs, licence texts."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

from tests.bundle_tools import ROOT, rules


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("1.0", (1, 0, 0, 0)),
        ("0.1.0", (0, 1, 0, 0)),
        ("2", (2, 0, 0, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
        ("1.0rc1", (1, 0, 0, 0)),
        ("1.1.dev3", (1, 1, 0, 0)),
        ("dev", (0, 0, 0, 0)),
    ],
)
def test_windows_file_version_has_exactly_four_parts(
    version: str, numbers: tuple[int, int, int, int]
) -> None:
    assert rules.file_version(version) == numbers


WHEEL_HEAD = "Wheel-Version: 1.0\nGenerator: bdist_wheel (0.45.1)\nRoot-Is-Purelib: false\n"


@pytest.mark.parametrize(
    ("wheel_text", "minimum"),
    [
        (WHEEL_HEAD + "Tag: cp39-abi3-macosx_13_0_universal2\n", "13.0"),
        (WHEEL_HEAD + "Tag: cp39-abi3-macosx_12_3_arm64\n", "12.3"),
        (
            WHEEL_HEAD + "Tag: cp39-abi3-macosx_10_9_x86_64\nTag: cp39-abi3-macosx_11_0_arm64\n",
            "11.0",
        ),
        (WHEEL_HEAD + "Tag: cp310-abi3-manylinux_2_34_x86_64\n", None),
        (WHEEL_HEAD + "Tag: cp39-abi3-win_amd64\n", None),
        (WHEEL_HEAD, None),
        ("", None),
        (None, None),
    ],
)
def test_macos_minimum_comes_from_the_wheel_tag(
    wheel_text: str | None, minimum: str | None
) -> None:
    assert rules.macos_minimum(wheel_text) == minimum


def _tiny_elf(needed: list[str]) -> bytes:
    """A minimal little-endian ELF64 file: a dynamic section and its string table."""
    strings = b"\0" + b"".join(name.encode() + b"\0" for name in needed)
    offsets = [strings.index(name.encode() + b"\0") for name in needed]
    dynamic = b"".join(struct.pack("<qQ", 1, offset) for offset in offsets) + struct.pack(
        "<qQ", 0, 0
    )
    strtab_at, dynamic_at = 64, 64 + len(strings)
    shoff = dynamic_at + len(dynamic)
    header = b"\x7fELF" + bytes([2, 1, 1]) + bytes(9)
    header += struct.pack("<HHIQQQIHHHHHH", 3, 62, 1, 0, 0, shoff, 0, 64, 0, 0, 64, 3, 0)
    null = bytes(64)
    strtab = struct.pack("<IIQQQQIIQQ", 0, 3, 0, 0, strtab_at, len(strings), 0, 0, 1, 0)
    dyn = struct.pack("<IIQQQQIIQQ", 0, 6, 0, 0, dynamic_at, len(dynamic), 1, 0, 8, 16)
    return header + strings + dynamic + null + strtab + dyn


def test_elf_needed_reads_direct_dependencies_only(tmp_path: Path) -> None:
    library = tmp_path / "libdemo.so"
    library.write_bytes(_tiny_elf(["libQt6Core.so.6", "libc.so.6"]))
    assert rules.elf_needed(library) == ["libQt6Core.so.6", "libc.so.6"]
    text = tmp_path / "notes.txt"
    text.write_text("not a library", encoding="utf-8")
    assert rules.elf_needed(text) == []


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="Qt's ELF libraries are Linux-only"
)
def test_elf_needed_on_the_real_qt_widgets_library() -> None:
    import PySide6

    widgets = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Widgets.so.6"
    needed = rules.elf_needed(widgets)
    assert "libQt6Gui.so.6" in needed
    assert "libQt6Core.so.6" in needed
    assert "libicuuc.so.73" not in needed  # only through QtCore: ldd would list it


def test_the_folder_carries_every_licence_text() -> None:
    """Lantern's MIT licence, Qt's LGPL (with the GPL it builds on), Python's, the packages'."""
    found = rules.licence_datas(ROOT, Path(sys.base_prefix))
    assert all(Path(source).is_file() for source, _ in found)
    top = {Path(source).name for source, folder in found if folder == "licenses"}
    assert {"LICENSE", "LGPL-3.0.txt", "GPL-3.0.txt", "README.md"} <= top
    lgpl = (ROOT / "packaging" / "licenses" / "LGPL-3.0.txt").read_text("utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl
    assert "Version 3, 29 June 2007" in lgpl
    assert "MIT License" in (ROOT / "LICENSE").read_text("utf-8")
    folders = {folder for _, folder in found}
    for name in rules.LICENSED_PACKAGES:
        assert f"licenses/{name}" in folders, name
    assert "licenses/python" in folders  # this Python's own licence was found
