"""What the frozen Lantern folder keeps: Qt plugins, translations, dictionaries and libraries.

Used by lantern.spec after PyInstaller's analysis. Pure Python (no PyInstaller import), so the
rules are unit-tested in the normal test run (tests/test_bundle_rules.py).
"""

from __future__ import annotations

import posixpath
import re
import struct
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# Languages Lantern ships (content/<lang>/). Add "es" here when the Spanish edition lands.
LANGUAGES = ("en",)

# Qt plugins Lantern uses, by plugin folder; a folder not listed here is left out entirely.
# Names are matched without the "lib"/"q" prefixes and the file suffix, so one table serves
# Linux (libqxcb.so), Windows (qwindows.dll) and macOS (libqcocoa.dylib).
QT_PLUGINS: dict[str, frozenset[str] | None] = {
    # offscreen: self-test and CI; xcb and wayland: Linux desktops; windows, cocoa: the others.
    "platforms": frozenset({"offscreen", "xcb", "wayland", "windows", "cocoa"}),
    # Image types an article may show (reader/ui/article_body.py): PNG is built into QtGui.
    "imageformats": frozenset({"jpeg", "svg", "webp"}),
    "iconengines": frozenset({"svgicon"}),
    # Typing: compose keys everywhere, ibus for input methods on Linux desktops.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    # How xcb talks to the GPU; tiny, and missing ones make Qt complain on some desktops.
    "xcbglintegrations": None,
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"bradient"}),
    # The print dialog (QtPrintSupport) and the native widget styles of Windows and macOS.
    "printsupport": None,
    "styles": None,
}
# Left out on purpose: tls and networkinformation (QtNetwork), platformthemes (GTK3 and the
# XDG portal pull in GTK, cairo and pango, and Lantern themes itself), generic (evdev, tuio),
# egldeviceintegrations, wayland-graphics-integration-*, sqldrivers, qmltooling, and the
# platforms Lantern never runs on (eglfs, linuxfb, vnc, minimal, vkkhrdisplay).

# Python modules the analysis must not follow: other Qt bindings, Qt modules Lantern never
# imports (QtNetwork above all: Promise 1), GUI toolkits and network-only standard modules.
EXCLUDED_MODULES = (
    "tkinter",
    "_tkinter",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "shiboken2",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
    "ssl",
    "_ssl",
)

# Libraries never copied into the Linux bundle; the machine's own copies are used instead.
# fontconfig and freetype must match the system's font configuration and cache format: a
# bundled, older fontconfig can rebuild its cache under ~/.cache (a trace) or fail to read
# the configuration (AppImage's exclude list leaves them out for the same reason). CUPS must
# match the machine's print server, and bundling it would add ~8 MB of TLS and Kerberos
# libraries; without it the print dialog still offers printing to a PDF file.
SYSTEM_LIBRARIES = frozenset({"libfontconfig.so.1", "libfreetype.so.6", "libcups.so.2"})
# Windows only (not verified there): Qt's 20 MB software OpenGL renderer. Lantern's widgets
# paint without OpenGL.
UNUSED_LIBRARIES = frozenset({"opengl32sw.dll"})

_PLUGIN_PATH = re.compile(r"(?:^|/)plugins/([^/]+)/([^/]+)$")
_PLUGIN_NAME = re.compile(r"^(?:lib)?(?:q(?=[a-z]))?(.+?)(?:\.so.*|\.dll|\.dylib)$")
_QT_TRANSLATION = re.compile(r"(?:^|/)translations/(\w+?)_([a-z]{2,3})(?:_[A-Za-z]+)?\.qm$")
_PYPHEN_FILE = re.compile(r"(?:^|/)pyphen/dictionaries/(?:README_)?hyph_([A-Za-z]{2,3})[^/]*$")

TocEntry = tuple[str, str, str]  # (name in the bundle, source path, PyInstaller type code)


def _posix(name: str) -> str:
    return name.replace("\\", "/")


def plugin_name(filename: str) -> str:
    """A Qt plugin's short name: 'libqxcb.so' -> 'xcb', 'qwindows.dll' -> 'windows'."""
    matched = _PLUGIN_NAME.match(filename)
    return matched.group(1) if matched else filename


def keep_qt_plugin(dest: str) -> bool:
    """True unless dest is a Qt plugin Lantern does not use (non-plugins are always kept)."""
    matched = _PLUGIN_PATH.search(_posix(dest))
    if not matched or "PySide6" not in _posix(dest):
        return True
    folder, filename = matched.groups()
    if folder not in QT_PLUGINS:
        return False
    wanted = QT_PLUGINS[folder]
    return wanted is None or plugin_name(filename) in wanted


def keep_translation(dest: str, languages: Iterable[str] = LANGUAGES) -> bool:
    """Keep Qt's own base translations (qtbase_*) only for the languages Lantern ships."""
    matched = _QT_TRANSLATION.search(_posix(dest))
    if not matched or "PySide6" not in _posix(dest):
        return True
    catalog, language = matched.groups()
    return catalog == "qtbase" and language in set(languages)


def keep_dictionary(dest: str, languages: Iterable[str] = LANGUAGES) -> bool:
    """Keep pyphen's hyphenation dictionaries (and their licence notes) for shipped languages."""
    matched = _PYPHEN_FILE.search(_posix(dest))
    return not matched or matched.group(1).lower() in set(languages)


def keep_data(dest: str) -> bool:
    """The data-file rule: shipped translations and dictionaries only."""
    return keep_translation(dest) and keep_dictionary(dest)


def keep_binary(dest: str) -> bool:
    """The binary rule: used Qt plugins only, and no library the system must provide."""
    name = PurePosixPath(_posix(dest)).name
    return keep_qt_plugin(dest) and name not in SYSTEM_LIBRARIES | UNUSED_LIBRARIES


def elf_needed(path: str | Path) -> list[str]:
    """The libraries an ELF file links to directly (its DT_NEEDED entries), in order.

    PyInstaller's own helper asks ldd, which lists the whole transitive closure as resolved on
    the build machine: a dropped library's dependencies would still look needed.
    """
    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF":
        return []
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    header = order + ("QIHHHHHH" if wide else "IIHHHHHH")  # e_shoff .. e_shstrndx
    shoff, _flags, _ehsize, _phentsize, _phnum, shentsize, shnum, _shstrndx = struct.unpack_from(
        header, data, 0x28 if wide else 0x20
    )
    section = order + ("IIQQQQIIQQ" if wide else "IIIIIIIIII")
    sections = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    dynamic_entry = order + ("qQ" if wide else "iI")
    needed = []
    for _name, kind, _flags, _addr, offset, size, link, *_rest in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strings = sections[link][4]
        for start in range(offset, offset + size, struct.calcsize(dynamic_entry)):
            tag, value = struct.unpack_from(dynamic_entry, data, start)
            if tag == 0:  # DT_NULL ends the table
                break
            if tag == 1:  # DT_NEEDED: an offset into the dynamic string table
                end = data.index(b"\0", strings + value)
                needed.append(data[strings + value : end].decode())
    return needed


def prune_unreferenced(
    binaries: list[TocEntry],
    imports_of: Callable[[str], Iterable[str]],
    always_keep: Callable[[str], bool],
) -> list[TocEntry]:
    """Drop shared libraries no kept binary links to (the leftovers of removed plugins).

    Only plain libraries (type BINARY) can go. Roots are every other entry (Python extension
    modules), Qt plugins and whatever always_keep accepts (such as libpython, which the
    bootloader loads by name); imports_of(source) lists the file names a binary links against.
    Everything reachable from a root stays.
    """
    by_name = {PurePosixPath(_posix(dest)).name: (dest, src, kind) for dest, src, kind in binaries}
    pending = [
        entry
        for entry in binaries
        if entry[2] != "BINARY" or _PLUGIN_PATH.search(_posix(entry[0])) or always_keep(entry[0])
    ]
    reached = {entry[0] for entry in pending}
    while pending:
        _dest, src, _kind = pending.pop()
        for name in imports_of(src):
            entry = by_name.get(PurePosixPath(_posix(name)).name)
            if entry and entry[0] not in reached:
                reached.add(entry[0])
                pending.append(entry)
    return [entry for entry in binaries if entry[0] in reached]


def _resolve(path: str, links: dict[str, str]) -> str | None:
    """path with every symbolic link along it followed; None for a loop or a chain too long."""
    for _ in range(40):  # Linux's own limit on links followed in one lookup
        parts = path.split("/")
        for end in range(len(parts), 0, -1):
            prefix = "/".join(parts[:end])
            if prefix in links:
                path = posixpath.normpath(posixpath.join(links[prefix], *parts[end:]))
                break
        else:
            return path
    return None


def _link_target(dest: str, target: str) -> str:
    """Where a SYMLINK entry points, as a path from the top of the bundle."""
    # PyInstaller stores the target relative to the link's own folder: building/datastruct.py
    # (os.path.relpath from the link's folder) and utils/osx.py (Versions/Current -> "A").
    return posixpath.normpath(posixpath.join(posixpath.dirname(_posix(dest)), _posix(target)))


def drop_dangling_symlinks(datas: list[TocEntry], present: Iterable[str]) -> list[TocEntry]:
    """Drop SYMLINK entries (dest, target, 'SYMLINK') whose target is no longer bundled.

    present names the kept files. A link stays when its target, followed through the other
    kept links, is one of them or a folder holding one (macOS frameworks: QtCore ->
    Versions/Current/QtCore, and Current -> A). Dropping one link can leave another dangling,
    so this repeats until nothing changes.
    """
    files = {_posix(name) for name in present}
    existing = files | {str(folder) for name in files for folder in PurePosixPath(name).parents}
    links = {_posix(dest): _link_target(dest, to) for dest, to, kind in datas if kind == "SYMLINK"}
    while dangling := {dest for dest in links if _resolve(dest, links) not in existing}:
        links = {dest: target for dest, target in links.items() if dest not in dangling}
    return [entry for entry in datas if entry[2] != "SYMLINK" or _posix(entry[0]) in links]


_RELEASE = re.compile(r"^\s*v?(\d+(?:\.\d+)*)")
_MACOS_TAG = re.compile(r"macosx_(\d+)_(\d+)_")


def file_version(version: str) -> tuple[int, int, int, int]:
    """Windows' four-part file version from a release: '1.0' -> (1, 0, 0, 0), 'dev' -> zeros."""
    # Only the release segment counts: '1.0rc1' is (1, 0, 0, 0), not (1, 0, 1, 0).
    found = _RELEASE.match(version)
    numbers = [int(part) for part in found.group(1).split(".")] if found else []
    first, second, third, fourth = (numbers + [0, 0, 0, 0])[:4]
    return first, second, third, fourth


def macos_minimum(wheel_text: str | None) -> str | None:
    """The oldest macOS a wheel supports, from its WHEEL file's Tag lines ('13.0'), or None.

    With several macOS tags the newest one counts, so the app never claims a system that
    one of its architectures cannot run on.
    """
    versions = [
        (int(found.group(1)), int(found.group(2)))
        for line in (wheel_text or "").splitlines()
        if line.startswith("Tag:")
        for found in _MACOS_TAG.finditer(line)
    ]
    if not versions:
        return None
    major, minor = max(versions)
    return f"{major}.{minor}"


# Python packages bundled beside Qt whose licence files travel with the folder.
LICENSED_PACKAGES = ("markdown", "pyphen", "segno")
_LICENCE_NAME = re.compile(r"^(?:licen[cs]e|copying)", re.IGNORECASE)


def licence_datas(root: Path, python_prefix: Path) -> list[tuple[str, str]]:
    """(file, folder in the bundle) for every licence text the standalone folder carries."""
    from importlib import metadata

    found = [(str(root / "LICENSE"), "licenses")]
    found += [(str(p), "licenses") for p in sorted((root / "packaging" / "licenses").iterdir())]
    # Windows keeps it at the top of the Python folder, Linux and macOS beside the library.
    places = (python_prefix / "LICENSE.txt", *python_prefix.glob("lib/python3*/LICENSE.txt"))
    for candidate in places:
        if candidate.is_file():
            found.append((str(candidate), "licenses/python"))
            break
    for name in LICENSED_PACKAGES:
        for file in metadata.distribution(name).files or ():
            in_dist_info = file.parts[0].endswith(".dist-info")
            if in_dist_info and _LICENCE_NAME.match(file.name):
                found.append((str(file.locate()), f"licenses/{name}"))
    return found
