"""Clinic and user configuration: declared settings, read-only TOML sources, clear problems.

Sources merge in this order, later winning: built-in defaults, the system-wide file,
LANTERN_CONFIG, --config FILE, then command-line flags. Nothing here ever writes a file.
"""

from reader.config.loader import COMMAND_LINE, ENV_VAR, config_files, load_config, load_files
from reader.config.model import (
    ClinicSettings,
    Config,
    ConfigProblem,
    ContactSettings,
    ContentSettings,
    DisplaySettings,
    KioskSettings,
    system_config_path,
)
from reader.config.schema import BY_NAME, SETTINGS, Kind, Setting

__all__ = [
    "BY_NAME",
    "COMMAND_LINE",
    "ENV_VAR",
    "SETTINGS",
    "ClinicSettings",
    "Config",
    "ConfigProblem",
    "ContactSettings",
    "ContentSettings",
    "DisplaySettings",
    "Kind",
    "KioskSettings",
    "Setting",
    "config_files",
    "load_config",
    "load_files",
    "system_config_path",
]
