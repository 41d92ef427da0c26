"""What check-config prints: problems in order, the files read, effective settings, a verdict."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reader.config import ENV_VAR, SETTINGS, Config, Kind, Setting, config_files
from reader.config.checks import toml_text
from reader.problems import Problem, printable

Source = tuple[Path, bool, str]  # (path, required, named_by), as config_files gives them
_SOURCE_NAMES = {"system-wide": "the system-wide file", f"named by {ENV_VAR}": ENV_VAR}


def _same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except (OSError, ValueError):
        return False


def sources(file: str | None, env: Mapping[str, str]) -> list[Source]:
    """The files Lantern reads, in order, with FILE last as `--config FILE`.

    A FILE that is already one of them (the system-wide file itself, say) keeps its own place.
    """
    files = config_files(None, env)
    if file is None or any(_same_file(Path(file), path) for path, _, _ in files):
        return files
    return [*files, (Path(file), True, "named by --config")]


def _render_sources(files: list[Source], added: bool, name: str) -> str:
    """Which files were read, in order, so the "from" column can be followed."""
    who = f"lantern --config {printable(name)}" if added else "Lantern"
    lines = [
        f"{who} on this computer reads, in this order (a later one wins):",
        "  built-in defaults",
    ]
    for path, required, named_by in files:
        label = _SOURCE_NAMES.get(named_by, named_by.removeprefix("named by "))
        absent = "" if required or os.path.lexists(path) else ": not there"
        lines.append(f"  {printable(str(path))} ({label}){absent}")
    return "\n".join(lines) + "\n"


def _in_order(found: list[Problem], files: list[Source]) -> list[Problem]:
    """Problems by file (the configuration files in the order read, then others), then line."""
    rank: dict[str, int] = {}
    for where in [str(path) for path, _, _ in files] + [str(p.path) for p in found]:
        rank.setdefault(where, len(rank))
    return sorted(found, key=lambda problem: (rank[str(problem.path)], problem.line))


def _tally(problems: list[Problem], noun: str = "problem") -> str:
    return f"{len(problems)} {noun}" + ("s" if len(problems) != 1 else "")


def _verdict(name: str, found: list[Problem], others: set[str], added: bool) -> str:
    """The last line: is FILE valid, are the other files Lantern reads, and what that means."""
    own = [problem for problem in found if str(problem.path) not in others]
    theirs = [problem for problem in found if str(problem.path) in others]
    if any(problem.severity != "warning" for problem in own):
        text = f"{printable(name)}: {_tally(own)}"
    elif own:
        text = f"{printable(name)}: valid, with {_tally(own, 'warning')}"
    else:
        text = f"{printable(name)}: valid"
    if theirs:
        text += f"; the other files read with it have {_tally(theirs)} (listed above)"
    if any(problem.severity != "warning" for problem in found):
        who = f"lantern --config {printable(name)}" if added else "Lantern"
        text += f"; {who} would start with the settings above"
    return text + ".\n"


def report(file: str | None, config: Config, found: list[Problem], files: list[Source]) -> str:
    """check-config's whole output: problems, sources, effective settings, verdict."""
    name = file if file is not None else "this computer's configuration"
    added = files[-1][2] == "named by --config"
    ordered = _in_order(found, files)
    text = "\n".join(printable(str(problem)) for problem in ordered)
    text += "\n\n" if ordered else ""
    text += _render_sources(files, added, name)
    text += "\nEffective settings:\n" + render_effective(config)
    # With FILE, problems in the other files Lantern reads are counted apart from its own.
    others = {str(p) for p, _, _ in files if file is not None and not _same_file(p, Path(file))}
    return text + "\n" + _verdict(name, ordered, others, added)


def _effective_text(setting: Setting, value: Any) -> str:
    """A value as check-config shows it; the PIN hash itself is never printed."""
    if setting.kind is Kind.PIN_HASH:
        return "set" if value else "not set (no exit from inside the app)"
    if setting.kind is Kind.CONTACTS:
        from reader.local_contacts import shown_entries  # the app leaves out the others

        value = shown_entries(value)
        names = ", ".join(str(entry.get("name", "")) for entry in value)
        return f"{len(value)}: {names}" if value else "none"
    return toml_text(value, limit=50)


def render_effective(config: Config) -> str:
    """The effective settings as an aligned plain-text table: setting, value, where from."""
    rows = [("setting", "value", "from")]
    for setting in SETTINGS:
        value = _effective_text(setting, config.get(setting.name))
        origin = config.origins.get(setting.name, "")
        rows.append((setting.name, printable(value), printable(origin)))
    widths = [max(len(row[column]) for row in rows) for column in range(2)]
    lines = [f"  {a:<{widths[0]}}  {b:<{widths[1]}}  {c}".rstrip() for a, b, c in rows]
    return "\n".join(lines) + "\n"
