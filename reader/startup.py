"""Start-up: gather configuration, content and contacts into one AppContext (no Qt here)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from reader import paths
from reader.config import Config, ConfigProblem, load_config
from reader.config.loader import COMMAND_LINE, setting_line
from reader.context import AppContext
from reader.packs import MANIFEST, listed_offset, manifest_offset, parse_toml
from reader.problems import Problem

SystemLocale = Callable[[], str | None]  # the system's locale name, when the UI can tell


def report_problems(problems: list[Problem]) -> None:
    """Tell the person (on standard error) about files that could not be used."""
    from reader.problems import printable  # escapes as check-config does

    for problem in problems:
        try:
            # A control character from a file (ESC, say) would act on the terminal.
            print(f"lantern: {printable(str(problem))}", file=sys.stderr)
        except (OSError, ValueError):  # standard error closed or gone: the app goes on
            return


def flag_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """Command-line flags as configuration overrides (the last and strongest source)."""
    overrides: dict[str, Any] = {}
    if getattr(args, "kiosk", False):
        overrides["kiosk.enabled"] = True
    if getattr(args, "region", None):
        overrides["region"] = args.region
    return overrides


def _local_services(config: Config, problems: list[Problem]) -> list[Any]:
    from reader.local_contacts import local_services

    origin = config.origins.get("contacts.local", "configuration")
    services, found = local_services(config.contacts.local, origin)
    problems.extend(found)
    return services


def _contacts(
    config: Config, problems: list[Problem], system_locale: SystemLocale
) -> tuple[dict[str, Any], str, list[Any]]:
    from reader.contacts import load_all
    from reader.region import choose_region, locale_from_environment

    regions, contact_problems = load_all(paths.contacts_dir())
    problems.extend(contact_problems)
    # Windows never sets LANG, nor does macOS for an app opened from Finder: there the
    # system's own setting names the country, or a reader there saw no local lines at all.
    locale_name = locale_from_environment() or system_locale()
    region = choose_region(config.region or None, locale_name, regions)
    unknown = region_problem(config, regions)  # else --region XX showed general lines, unsaid
    problems.extend([unknown] if unknown else [])
    return regions, region, _local_services(config, problems)


def region_problem(config: Config, regions: Mapping[str, Any] | None = None) -> Problem | None:
    """A warning when the configured region has no bundled contacts file."""
    from reader.region import ANYWHERE, choose_region

    if not config.region or config.region == ANYWHERE:
        return None  # automatic, or general guidance on purpose
    if regions is None:
        from reader.contacts import load_all

        regions, _ = load_all(paths.contacts_dir())
    if choose_region(config.region, None, regions) != ANYWHERE:
        return None
    known = ", ".join(sorted(code for code in regions if code != ANYWHERE))
    message = (
        f"region {config.region} has no bundled contacts; the help panel will show general "
        f"guidance (regions: {known})"
    )
    origin = config.origins.get("region", "")
    line = setting_line(Path(origin), "region") if origin not in ("", COMMAND_LINE) else 0
    return ConfigProblem(origin, line, message, key="region", severity="warning")


def _library(config: Config, problems: list[Problem]) -> tuple[Any, tuple[str, ...]]:
    """The library to show and its "Start here" ids; what cannot be used goes to problems."""
    from reader.clinic_content import (
        extra_folders,
        refuse_unsafe,
        refuse_unsafe_collections,
        unknown_ids,
    )
    from reader.packs import load_library

    # Each extra folder is checked first: one that cannot be used is named as written in
    # the configuration and skipped, never a traceback.
    folders, folder_problems = extra_folders(config)
    problems.extend(folder_problems)
    library = load_library([paths.content_dir(), *folders])
    loaded = set(library.articles)
    refused: set[str] = set()
    if folders:
        refused.update(refuse_unsafe(library, folders))
        refuse_unsafe_collections(library, folders)
    library.hide(config.content.hidden)
    problems.extend(library.problems)
    # A clinic article the checker refused is not there to hide: hiding it says so.
    problems.extend(unknown_ids(config, loaded - refused, library.articles))
    start = config.content.start_here or _start_here(folders, loaded, library, problems)
    return library, tuple(start)


def clinic_problems(config: Config) -> list[Problem]:
    """What `check-config` adds to the file checks: the clinic's contacts and extra articles."""
    problems: list[Problem] = []
    _local_services(config, problems)
    content = config.content
    if content.extra_folders or content.hidden or content.start_here:
        _library(config, problems)  # also the start_here of the clinic's pack.toml files
    return problems


def pack_start_here(manifest: Path) -> tuple[str, ...]:
    """The pack's own "start here" reading path from pack.toml, if any."""
    return _read_start_here(manifest)[0]


def _read_start_here(manifest: Path) -> tuple[tuple[str, ...], str]:
    """A pack.toml's start_here ids and its text; none if it has none or cannot be read."""
    # A manifest that cannot be read is reported once, by load_library.
    from reader import content_files

    try:
        text = content_files.read_text(manifest, content_files.MAX_MANIFEST_BYTES)
        data = parse_toml(text)
    except (OSError, ValueError):
        return (), ""
    pack = data.get("pack", {})
    start = pack.get("start_here", []) if isinstance(pack, dict) else []
    ids = [i for i in start if isinstance(i, str)] if isinstance(start, list) else []
    return tuple(dict.fromkeys(ids)), text


def _start_here(
    folders: list[Path], loaded: set[str], library: Any, problems: list[Problem]
) -> tuple[str, ...]:
    """The first clinic pack's start_here that names an article shown, else Lantern's own.

    CONTENT.md lets a clinic's pack.toml set what "Start here" shows; content.start_here in
    the configuration (the caller's) wins over every pack.
    """
    for folder in folders:  # in the configuration's order
        manifest = folder / MANIFEST
        ids, text = _read_start_here(manifest)
        start_at = manifest_offset(text, "start_here")
        for missing in (i for i in ids if i not in loaded):  # a hidden one is left out unsaid
            line = text.count("\n", 0, listed_offset(text, missing, start_at)) + 1
            message = f"start_here lists '{missing}', which did not load; left out"
            problems.append(Problem(manifest, line, message, severity="warning"))
        shown = tuple(i for i in ids if library.get(i) is not None)
        if shown:
            return shown
    return pack_start_here(paths.content_dir() / MANIFEST)


def build_context(
    args: argparse.Namespace,
    env: dict[str, str] | None = None,
    system_locale: SystemLocale = lambda: None,
) -> AppContext:
    """Load configuration, content and contacts; problems are collected, never raised."""
    # system_locale names the system's locale ("en_NZ") when no LANG-like variable does.
    import os

    config, config_problems = load_config(
        getattr(args, "config", None), os.environ if env is None else env, flag_overrides(args)
    )
    problems: list[Problem] = list(config_problems)
    library, start = _library(config, problems)
    return AppContext(
        library=library,
        # The help panel is not on the first screen: its contacts load after the first paint.
        contacts_loader=lambda found: _contacts(config, found, system_locale),
        kiosk=config.kiosk.enabled,
        welcome=config.clinic.welcome,
        clinic_name=config.clinic.name,
        start_here=start,
        theme=config.display.theme,
        zoom=config.display.zoom,
        easier_reading=config.display.easier_reading,
        allow_printing=config.kiosk.allow_printing or not config.kiosk.enabled,
        admin_pin_hash=config.kiosk.admin_pin_hash,
        idle_timeout=config.kiosk.idle_timeout,
        warning_seconds=config.kiosk.warning_seconds,
        problems=problems,
    )
