"""Command line entry point: parse arguments, apply privacy guards, run the reader or a tool."""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import signal
import sys
from collections.abc import Callable, Sequence

from reader import __version__, privacy


def _check_content(argv: list[str]) -> int:
    from reader.lint.cli import main as lint_main

    return lint_main(argv)


def _check_config(argv: list[str]) -> int:
    from reader.config_cli import check_config_main

    return check_config_main(argv)


def _hash_pin(argv: list[str]) -> int:
    from reader.config_cli import hash_pin_main

    return hash_pin_main(argv)


SUBCOMMANDS: dict[str, Callable[[list[str]], int]] = {
    "check-content": _check_content,
    "check-config": _check_config,
    "hash-pin": _hash_pin,
}


def _run_tool(tool: Callable[[list[str]], int], argv: list[str]) -> int:
    """Run a tool, then write its report; a write that fails ends it with a line, not a trace."""
    report = io.StringIO()
    with contextlib.redirect_stdout(report):
        code = tool(argv)
    if sys.stdout is None or not report.getvalue():  # closed (`>&-`), or nothing to say
        return code
    from reader.tool_output import write_report

    # A reader that stops early (`| head`) leaves the tool's own verdict; a full disk fails.
    return code if write_report(report.getvalue(), sys.stdout, sys.stderr) else 1


def build_parser() -> argparse.ArgumentParser:
    """The reader's own options (tools such as check-content parse theirs)."""
    parser = argparse.ArgumentParser(
        prog="lantern",
        description="Lantern: a private, offline reader about self-harm, hard feelings and help.",
        epilog="Tools: lantern check-content DIR, lantern check-config FILE, lantern hash-pin",
    )
    parser.add_argument("--version", action="version", version=f"Lantern {__version__}")
    parser.add_argument("--kiosk", action="store_true", help="run in clinic kiosk mode")
    parser.add_argument("--config", metavar="FILE", help="use this configuration file")
    parser.add_argument("--region", metavar="CODE", help="show crisis contacts for this region")
    parser.add_argument("--self-test", action="store_true", help="offscreen tour of every screen")
    parser.add_argument(
        "--startup-probe", action="store_true", help="print first-paint-ms N after the first paint"
    )
    return parser


def _parse(args_list: list[str]) -> argparse.Namespace | int:
    """The reader's options, or the exit code once --help, --version or a mistake is said."""
    parsed: list[argparse.Namespace] = []

    def parse(argv: list[str]) -> int:
        try:
            parsed.append(build_parser().parse_args(argv))
        except SystemExit as stop:
            return stop.code if isinstance(stop.code, int) else 2
        return 0

    # As a tool's report: argparse drops a write that fails (`--version > /dev/full` said
    # nothing and exited 0).
    code = _run_tool(parse, args_list)
    return parsed[0] if parsed else code


def main(argv: Sequence[str] | None = None) -> int:
    """Run Lantern; returns the process exit code."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        # Ctrl+C while a tool works or Lantern starts (the window's own is in launch.run).
        return _end_as_interrupted()


def _end_as_interrupted() -> int:
    """End as Ctrl+C ends any program, without Python's traceback; a shell's loop stops too."""
    if sys.platform != "win32":
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    return 130  # 128 + SIGINT, what a shell reports, where a signal cannot end the process


def _main(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if sys.stderr is None:
        # Windows' windowed lantern.exe has no console: a tool's complaint then goes nowhere
        # (lantern-cli.exe shows it), instead of raising into PyInstaller's crash dialog.
        sys.stderr = io.StringIO()
    privacy.apply_environment()
    # From here on Python code cannot write a file (but an export the reader chose), open an
    # internet socket or put a database on disk; the strace proof covers Qt's C++ as well.
    privacy.install_guards()
    if args_list and args_list[0] in SUBCOMMANDS:
        return _run_tool(SUBCOMMANDS[args_list[0]], args_list[1:])
    args = _parse(args_list)
    if isinstance(args, int):
        return args
    from reader.ui.launch import run

    return run(args)
