"""Configuration: random text, tables and overrides never crash the loader (hypothesis)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.config import BY_NAME, SETTINGS, Config, ConfigProblem, load_files
from reader.config.checks import SettingError, check_value

# --- nothing crashes -------------------------------------------------------------------------


# Runs of TOML's own pieces as well as random text: random text alone never says "kiosk", so
# the fail-closed check below never ran.
TOML_PIECES = st.sampled_from(
    ["[kiosk]", "kiosk", "enabled", "pin_hash", " = ", "true", '"', "[", "]", ".", "\n", "#"]
)
TEXTS = st.text(max_size=400) | st.lists(TOML_PIECES | st.text(max_size=3), max_size=40).map(
    "".join
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXTS)
def test_random_text_never_crashes(tmp_path: Path, text: str) -> None:
    path = tmp_path / "random.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    config, problems = load_files([(path, True, "given")])
    assert isinstance(config, Config)
    assert all(isinstance(p, ConfigProblem) for p in problems)
    if "kiosk" in text.lower() and any("not valid TOML" in p.message for p in problems):
        assert config.kiosk.enabled is True


def toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes, plus DEL, which TOML also wants escaped."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_inline(value: Any) -> str:
    """Write a value as inline TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_inline(v) for v in value) + "]"
    return "{" + ", ".join(f"{toml_string(k)} = {toml_inline(v)}" for k, v in value.items()) + "}"


KEYS = st.sampled_from(
    ["kiosk", "display", "clinic", "content", "contacts", "region", "enabled", "local", "zoom"]
    + [s.leaf for s in SETTINGS]
) | st.text(min_size=1, max_size=8)
SCALARS = (
    st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=12,
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.dictionaries(KEYS, VALUES, max_size=6))
def test_random_tables_never_crash(tmp_path: Path, data: dict[str, Any]) -> None:
    text = "".join(f"{toml_string(k)} = {toml_inline(v)}\n" for k, v in data.items())
    path = tmp_path / "random.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    config, problems = load_files([(path, True, "given")])
    assert not any("not valid TOML" in p.message for p in problems), text
    for setting in SETTINGS:
        check_value(setting, config.get(setting.name))  # whatever came in, the result is valid
    kiosk = data.get("kiosk")
    if kiosk is not None and not isinstance(kiosk, dict):
        assert config.kiosk.enabled is True


@given(value=VALUES)
def test_check_value_only_raises_setting_error(value: Any) -> None:
    messages = []
    for setting in SETTINGS:
        try:
            check_value(setting, value)
        except SettingError as error:
            messages.append(str(error))
    assert all(messages)  # every refusal says what is wrong


@given(overrides=st.dictionaries(KEYS | st.sampled_from(list(BY_NAME)), VALUES, max_size=5))
def test_random_overrides_never_crash(overrides: dict[str, Any]) -> None:
    config, problems = load_files([], overrides)
    assert isinstance(config, Config)
    assert all(p.path == "command line" for p in problems)
