"""The standalone build's slimming rules (packaging/bundle_rules.py), checked without building."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_rules() -> ModuleType:
    """packaging/ is not a package (the name would shadow PyPI's "packaging"): load by path."""
    path = ROOT / "packaging" / "bundle_rules.py"
    spec = importlib.util.spec_from_file_location("bundle_rules", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rules = _load_rules()

QT = "PySide6/Qt/plugins"


@pytest.mark.parametrize(
    ("filename", "name"),
    [
        ("libqxcb.so", "xcb"),
        ("qwindows.dll", "windows"),
        ("libqcocoa.dylib", "cocoa"),
        ("libcomposeplatforminputcontextplugin.so", "composeplatforminputcontextplugin"),
        ("libxdg-shell.so", "xdg-shell"),
        ("libqsvgicon.so", "svgicon"),
    ],
)
def test_plugin_names_are_the_same_on_every_system(filename: str, name: str) -> None:
    assert rules.plugin_name(filename) == name


@pytest.mark.parametrize(
    "dest",
    [
        f"{QT}/platforms/libqxcb.so",
        f"{QT}/platforms/libqoffscreen.so",
        f"{QT}/platforms/libqwayland.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        f"{QT}/imageformats/libqjpeg.so",
        f"{QT}/imageformats/libqsvg.so",
        f"{QT}/printsupport/libcupsprintersupport.so",
        f"{QT}/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "libpython3.11.so.1.0",
    ],
)
def test_used_plugins_and_ordinary_libraries_stay(dest: str) -> None:
    assert rules.keep_binary(dest)


@pytest.mark.parametrize(
    "dest",
    [
        f"{QT}/tls/libqopensslbackend.so",
        f"{QT}/networkinformation/libqnetworkmanager.so",
        f"{QT}/platformthemes/libqgtk3.so",
        f"{QT}/platforms/libqvnc.so",
        f"{QT}/platforms/libqeglfs.so",
        f"{QT}/generic/libqtuiotouchplugin.so",
        f"{QT}/imageformats/libqtiff.so",
        f"{QT}/imageformats/libqgif.so",
        f"{QT}/egldeviceintegrations/libqeglfs-x11-integration.so",
        "libfontconfig.so.1",
        "libcups.so.2",
        "PySide6\\opengl32sw.dll",
    ],
)
def test_unused_plugins_and_system_libraries_go(dest: str) -> None:
    assert not rules.keep_binary(dest)


def test_only_shipped_languages_keep_qt_translations() -> None:
    assert rules.keep_data("PySide6/Qt/translations/qtbase_en.qm")
    assert not rules.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not rules.keep_data("PySide6/Qt/translations/qt_help_en.qm")
    assert not rules.keep_data("PySide6/Qt/translations/qtdeclarative_en.qm")
    assert rules.keep_translation("PySide6/translations/qtbase_es.qm", languages=("en", "es"))
    # Lantern's own files are never touched by the Qt rule.
    assert rules.keep_data("resources/translations/lantern_de.qm")


def test_only_shipped_languages_keep_hyphenation_dictionaries() -> None:
    base = "pyphen/dictionaries"
    assert rules.keep_data(f"{base}/hyph_en_US.dic")
    assert rules.keep_data(f"{base}/README_hyph_en_GB.txt")
    assert not rules.keep_data(f"{base}/hyph_de_DE.dic")
    assert not rules.keep_data(f"{base}/README_hyph_NO.txt")
    assert rules.keep_data("content/en/pack.toml")


def test_pruning_keeps_what_is_linked_and_drops_orphans() -> None:
    binaries = [
        ("PySide6/QtCore.abi3.so", "/src/QtCore.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("libicuuc.so.73", "/src/libicuuc.so.73", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY"),
        ("libgssapi_krb5.so.2", "/src/libgssapi_krb5.so.2", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        (f"{QT}/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
    ]
    links = {
        "/src/QtCore.abi3.so": ["libQt6Core.so.6", "libc.so.6"],
        "/src/libQt6Core.so.6": ["libicuuc.so.73"],
        "/src/libQt6Network.so.6": ["libgssapi_krb5.so.2", "libQt6Core.so.6"],
        "/src/libqxcb.so": ["libxcb-cursor.so.0"],
    }
    kept = rules.prune_unreferenced(
        binaries,
        imports_of=lambda src: links.get(src, []),
        always_keep=lambda dest: dest.startswith("libpython"),
    )
    names = [dest for dest, _, _ in kept]
    assert "PySide6/Qt/lib/libQt6Network.so.6" not in names
    assert "libgssapi_krb5.so.2" not in names
    assert len(names) == len(binaries) - 2


def test_symlinks_to_dropped_libraries_go() -> None:
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("content/en/pack.toml", "/src/pack.toml", "DATA"),
    ]
    kept = rules.drop_dangling_symlinks(datas, ["PySide6/Qt/lib/libQt6Core.so.6"])
    assert [dest for dest, _, _ in kept] == ["libQt6Core.so.6", "content/en/pack.toml"]


FRAMEWORKS = "PySide6/Qt/lib"


def _framework(name: str) -> tuple[list[str], list[tuple[str, str, str]]]:
    """A macOS Qt framework as PyInstaller's utils/osx.py lays it out: files, then links."""
    top = f"{FRAMEWORKS}/{name}.framework"
    files = [f"{top}/Versions/A/{name}", f"{top}/Versions/A/Resources/Info.plist"]
    links = [
        (f"{top}/Versions/Current", "A", "SYMLINK"),
        (f"{top}/{name}", f"Versions/Current/{name}", "SYMLINK"),
        (f"{top}/Resources", "Versions/Current/Resources", "SYMLINK"),
    ]
    return files, links


def _kept_links(datas: list[tuple[str, str, str]], present: list[str]) -> list[str]:
    kept = rules.drop_dangling_symlinks(datas, present)
    return [dest for dest, _, kind in kept if kind == "SYMLINK"]


def test_macos_framework_links_stay_when_their_targets_are_bundled() -> None:
    """Targets are relative to the link's folder, and links chain: QtCore -> Current -> A."""
    files, links = _framework("QtCore")
    assert _kept_links(links, files) == [dest for dest, _, _ in links]


def test_macos_framework_links_to_dropped_files_go() -> None:
    files, links = _framework("QtNetwork")
    assert _kept_links(links, []) == []
    # Only the library gone: Current and Resources still lead somewhere, the library link not.
    kept = _kept_links(links, [name for name in files if name.endswith("Info.plist")])
    assert kept == [f"{FRAMEWORKS}/QtNetwork.framework/Versions/Current"] + [
        f"{FRAMEWORKS}/QtNetwork.framework/Resources"
    ]


def test_a_link_through_a_dropped_link_goes() -> None:
    files, links = _framework("QtGui")
    without_current = [entry for entry in links if not entry[0].endswith("/Current")]
    assert _kept_links(without_current, files) == []


def test_link_targets_are_relative_to_the_links_folder() -> None:
    """A versioned library linked from its own folder, in either kind of separator."""
    datas = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "libQt6Core.so.6.11.3", "SYMLINK"),
        ("PySide6\\Qt\\lib\\libQt6Gui.so.6", "libQt6Gui.so.6.11.3", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "libQt6Network.so.6.11.3", "SYMLINK"),
        ("PySide6/Qt/plugins/libQt6Core.so.6", "../lib/libQt6Core.so.6.11.3", "SYMLINK"),
    ]
    present = ["PySide6/Qt/lib/libQt6Core.so.6.11.3", "PySide6\\Qt\\lib\\libQt6Gui.so.6.11.3"]
    assert _kept_links(datas, present) == [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6\\Qt\\lib\\libQt6Gui.so.6",
        "PySide6/Qt/plugins/libQt6Core.so.6",
    ]


def test_links_in_a_loop_go() -> None:
    datas = [("a", "b", "SYMLINK"), ("b", "a", "SYMLINK"), ("c", "c", "SYMLINK")]
    assert _kept_links(datas, ["d"]) == []


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


# --- licence texts --------------------------------------------------------------------------


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
