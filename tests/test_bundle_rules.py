"""The standalone build's slimming rules (packaging/bundle_rules.py), checked without building."""

from __future__ import annotations

import pytest

from tests.bundle_tools import rules

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
