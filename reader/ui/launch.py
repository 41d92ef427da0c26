"""Create the Qt application and window, then run the reader, the self-test or the probe."""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import signal
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from reader import privacy
from reader.startup import build_context, report_problems
from reader.ui.first_paint import AfterFirstPaint


def set_window_icon(app: QApplication) -> None:
    """Lantern's own icon for its windows and the taskbar (after the first paint: SVG is slow)."""
    from PySide6.QtGui import QIcon

    from reader.paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "io.github.lantern.Reader.svg")))


def _install_translator(app: QApplication) -> None:
    """Use the interface translation for the system language, if one is bundled."""
    from PySide6.QtCore import QLocale, QTranslator

    from reader.paths import resources_dir

    translator = QTranslator(app)
    if translator.load(QLocale.system(), "lantern", "_", str(resources_dir() / "translations")):
        app.installTranslator(translator)


# The offscreen platform cannot resize real windows and says so; that is not a problem.
_OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints()",)


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message not in _OFFSCREEN_NOISE:
        print(message, file=sys.stderr)


NO_DISPLAY = (
    "lantern: could not open a window: no display could be used. Start Lantern from a "
    "desktop; on Linux, DISPLAY or WAYLAND_DISPLAY names the display. (check-content, "
    "check-config and hash-pin need none.)"
)


def _drop_unusable_scale() -> None:
    """Forget a QT_SCALE_FACTOR Qt cannot use: below 0.25, or not a finite number.

    Qt hung on -1 (or crashed, or drew nothing) where it could have shown the window at its
    own size; text it cannot read as a number, it already ignores.
    """
    value = os.environ.get("QT_SCALE_FACTOR", "")
    try:
        scale = float(value)
    except ValueError:
        return
    if not (math.isfinite(scale) and scale >= 0.25):
        del os.environ["QT_SCALE_FACTOR"]


def _new_application() -> QApplication:
    """The QApplication; where Qt can open no display, a plain message and exit 1."""
    _drop_unusable_scale()
    said: list[str] = []

    def hear(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category if context.category not in (None, "default") else ""
        said.append(f"{category}: {message}" if category else message)
        if kind == QtMsgType.QtFatalMsg:
            # Qt would abort next: exit 134, perhaps a core dump recording that Lantern ran.
            details = "".join(f"\n  {line}" for line in "\n".join(said).splitlines() if line)
            _say(f"{NO_DISPLAY}\nWhat Qt said:{details}")
            os._exit(1)

    earlier = qInstallMessageHandler(hear)
    try:
        app = QApplication([sys.argv[0]])
    finally:
        qInstallMessageHandler(earlier)
    for line in said:  # what Qt said on a start that worked, said as it would have been
        if line not in _OFFSCREEN_NOISE:
            _say(line)
    return app


def _say(text: str) -> None:
    # Standard error closed or full: there is nowhere to say it.
    with contextlib.suppress(OSError, ValueError):
        print(text, file=sys.stderr, flush=True)


def make_application(offscreen: bool = False) -> QApplication:
    """Create the QApplication (offscreen for the self-test)."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        qInstallMessageHandler(_quiet_offscreen)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else _new_application()
    _install_translator(app)
    app.setApplicationName("Lantern")
    app.setDesktopFileName("io.github.lantern.Reader")  # matches packaging/linux on Wayland
    app.setApplicationDisplayName("Lantern")
    return app


def system_locale_name() -> str:
    """The system's locale as Qt reads it: Windows' and macOS's own settings, LANG on Linux."""
    from PySide6.QtCore import QLocale

    return QLocale.system().name()


def _after_first_paint(app: QApplication) -> None:
    set_window_icon(app)
    privacy.no_crash_dumps()


def run(args: argparse.Namespace) -> int:
    """Run the reader, the self-test or the start-up probe."""
    # Ctrl+C in a terminal ends Lantern at once. Python's own handler waits for Python code
    # to run, which Qt's event loop seldom does, so Ctrl+C seemed ignored: a locked-out kiosk
    # (a mistyped --config) could then only be killed. Nothing is written either way.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    app = make_application(offscreen=args.self_test)
    context = build_context(args, system_locale=system_locale_name)
    report_problems(context.problems)
    from reader.ui.main_window import MainWindow

    window = MainWindow(context)
    # Nothing is typed before the first paint; these can wait until just after it.
    later = AfterFirstPaint(window, lambda: _after_first_paint(app))  # noqa: F841 - kept alive
    if args.self_test:
        from reader.ui.self_test import run_self_test

        return run_self_test(app, window)
    if args.startup_probe:
        from reader.ui.probe import report_first_paint

        probe = report_first_paint(window)  # noqa: F841 - kept alive until quit
    if context.kiosk:
        from reader.ui.kiosk_screen import show_kiosk_window

        show_kiosk_window(window)  # the whole screen, even with no window manager
    else:
        window.show()
    return app.exec()
