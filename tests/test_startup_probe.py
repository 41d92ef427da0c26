"""`lantern --startup-probe` works, and the first screen imports only what it shows (not timed)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Needed only later (reading, searching, help, tools, checking content) or never on screen.
NOT_ON_THE_FIRST_SCREEN = (
    "markdown",
    "sqlite3",
    "zoneinfo",
    "reader.render",
    "reader.search",
    "reader.lint",
    "reader.contacts",
    "reader.config.merging",  # checking a configuration file's values: only when there is one
    "reader.config.keylines",
    "reader.toml_lines",
    "reader.simple_toml_any",  # front matter in an unusual form; the bundled pack has none
    "reader.contact_model",
    "reader.pin",
    "reader.crisis_words",  # its patterns are for search, long after the first paint
    "reader.crisis_phrases",
    "reader.crisis_terms",
    "reader.crisis_loss",
    "reader.crisis_weary",
    "reader.crisis_typed",
    "reader.crisis_farewell",
    "reader.crisis_doses",
    "reader.crisis_hurt",
    "reader.crisis_lives",
    "reader.crisis_means",
    "reader.crisis_later",
    "reader.crisis_plain",
    "reader.crisis_short",
    "reader.crisis_skin",
    "reader.crisis_slips",
    "reader.crisis_tails",
    "reader.crisis_wishes",
    "reader.crisis_unsafe",
    "reader.crisis_urgent",
    "reader.crisis_cared",
    "reader.pack_crisis",  # only for a pack whose manifest names crisis words
    "reader.synonym_table",
    "reader.synonym_feelings",
    "reader.search_stopping",  # wanting to stop self-harm: read only when someone searches
    "reader.search_hiding",
    "reader.search_named",
    "reader.search_later_life",
    "reader.search_stopped",
    "reader.search_siblings",
    "reader.search_men",
    "reader.search_panic",
    "reader.synonym_picking",
    "reader.synonym_deaf",
    "reader.exercises",
    "reader.ui.article_view",
    "reader.ui.article_body",
    "reader.ui.article_place",  # kept the focus in view at start-up, with an early layout
    "reader.ui.search_view",
    "reader.ui.help_panel",
    "reader.ui.screens",
    "reader.ui.exercises",
    "reader.ui.kiosk_guard",
    "reader.ui.indicator_style",
    "reader.ui.read_aloud",
    "reader.ui.wrapping_button",  # Qt's style classes: about 8 ms, for the footer after it
    "PySide6.QtNetwork",
    "PySide6.QtTextToSpeech",
    "socket",  # reader.privacy imports it only when a socket is being made
)
# Runs the real start-up path and lists the loaded modules at the moment the probe reports.
AT_FIRST_PAINT = """
import json, sys
import reader.ui.probe as probe
report = probe.print_first_paint
def listing():
    print("modules " + json.dumps(sorted(sys.modules)), flush=True)
    report()
probe.print_first_paint = listing
from reader import app
sys.exit(app.main(["--startup-probe"]))
"""
# Prepared after the first paint: reading, search, help contacts and the indicator style.
WAITED = (
    "reader.ui.article_view",
    "markdown",
    "sqlite3",
    "reader.contacts",
    "reader.ui.indicator_style",
    "reader.search",  # the last step: it indexes for search
)
# Builds the window as a start does, lets the event loop run, then lists the modules.
AFTER_SETTLING = f"""
import json, sys, time
from PySide6.QtCore import QTimer
from reader import app, privacy
from reader.startup import build_context
from reader.ui.launch import make_application
from reader.ui.main_window import MainWindow
privacy.apply_environment()
qt = make_application(offscreen=True)
window = MainWindow(build_context(app.build_parser().parse_args([])))
window.show()
# Until what waits for the first paint has all loaded, not a fixed time: a busy machine may
# need longer. The deadline only stops a broken start from hanging.
deadline = time.monotonic() + 30
def loaded(name):
    return any(m == name or m.startswith(name + ".") for m in sys.modules)
def settled():
    # The search index is made by the last waited step, so it exists once reader.search is in.
    waited = all(map(loaded, {WAITED!r}))
    return waited and window.home.complete and window.context.index_step(0)
def check():
    if settled() or time.monotonic() > deadline:
        qt.quit()
    else:
        QTimer.singleShot(50, check)
QTimer.singleShot(50, check)
qt.exec()
print("modules " + json.dumps(sorted(sys.modules)), flush=True)
"""


def _env(home: Path) -> dict[str, str]:
    """The environment of a run of this tree: offscreen, with a home of its own, no config."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    env.pop("LANTERN_CONFIG", None)
    return env


def _run(args: list[str], cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _modules(stdout: str) -> set[str]:
    line = next(x for x in stdout.splitlines() if x.startswith("modules "))
    return set(json.loads(line.removeprefix("modules ")))


def _loaded(modules: set[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*"))


def test_probe_prints_first_paint_and_exits_0(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = _run(["-m", "reader", "--startup-probe"], cwd=tmp_path, home=home)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("first-paint-ms")]
    assert len(lines) == 1
    assert re.fullmatch(r"first-paint-ms \d+", lines[0])
    assert 0 < int(lines[0].split()[1]) < 120_000
    assert _files(tmp_path) == [home]  # it wrote nothing, not even in the home folder


def test_probe_exits_in_kiosk_mode_too(tmp_path: Path) -> None:
    # A kiosk window refuses to close, which once kept the probe waiting for ever.
    result = _run(["-m", "reader", "--kiosk", "--startup-probe"], cwd=tmp_path, home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^first-paint-ms \d+$", result.stdout, re.M)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_probe_that_cannot_write_says_so_and_exits_1(tmp_path: Path) -> None:
    # Its print raised inside Qt's event loop: a traceback, then no exit, waiting for ever.
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "reader", "--startup-probe"],
            cwd=tmp_path,
            env=_env(tmp_path),
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert result.stderr == "lantern: could not write the output: No space left on device\n"


@pytest.fixture(scope="module")
def at_first_paint(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The modules loaded when the real start-up path has painted the home screen."""
    folder = tmp_path_factory.mktemp("probe")
    result = _run(["-c", AT_FIRST_PAINT], cwd=folder, home=folder)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^first-paint-ms \d+$", result.stdout, re.M)
    return _modules(result.stdout)


@pytest.mark.parametrize("name", NOT_ON_THE_FIRST_SCREEN)
def test_the_first_screen_does_not_import(at_first_paint: set[str], name: str) -> None:
    assert not _loaded(at_first_paint, name)


def test_the_first_screen_does_import_what_it_shows(at_first_paint: set[str]) -> None:
    # The check above means something only if this listing is of a real start.
    for name in ("reader.ui.main_window", "reader.ui.home", "reader.articles", "PySide6.QtWidgets"):
        assert _loaded(at_first_paint, name)


def test_what_waited_is_ready_soon_after_the_first_paint(tmp_path: Path) -> None:
    result = _run(["-c", AFTER_SETTLING], cwd=tmp_path, home=tmp_path)
    assert result.returncode == 0, result.stderr
    loaded = _modules(result.stdout)
    # Reading, search, help contacts and the indicator style were prepared after the paint;
    # the exercises, the content checker and the network never were.
    for name in WAITED:
        assert _loaded(loaded, name), name
    for name in ("reader.lint", "reader.ui.exercises", "PySide6.QtNetwork"):
        assert not _loaded(loaded, name), name
