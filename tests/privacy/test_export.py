"""Exporting writes exactly one file: the one the reader chose."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from tests.privacy.tracing import run_traced

pytestmark = pytest.mark.privacy

EXPORT_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from reader import privacy
    from reader.ui.export import SaveChooser, write_export
    privacy.apply_environment()
    privacy.install_guards()
    app = QApplication([])
    chooser = SaveChooser("my-safety-plan", start=Path(sys.argv[1]))
    chooser.format.setCurrentIndex(int(sys.argv[2]))
    chooser.show()
    # Shown and drawn, as the reader sees it before pressing Save: what that writes counts.
    if not QTest.qWaitForWindowExposed(chooser):
        sys.exit("the save dialog never showed")
    path = chooser.chosen_path()
    write_export(path, "My safety plan", "1. Warning signs: tired, alone.")
    chooser.close()
    print(path)
    """
)


@pytest.mark.parametrize(("format_index", "suffix"), [(0, ".txt"), (1, ".pdf")])
@pytest.mark.usefixtures("tracer", "compiled_package")
def test_export_writes_only_the_chosen_file(tmp_path: Path, format_index: int, suffix: str) -> None:
    """Under strace, the only write of the whole process is the chosen file."""
    script = tmp_path / "export.py"
    script.write_text(EXPORT_SCRIPT, encoding="utf-8")
    target_folder = tmp_path / "sandbox" / "home" / "Documents"
    target_folder.mkdir(parents=True)
    report = run_traced(
        [sys.executable, str(script), str(target_folder), str(format_index)], tmp_path
    )
    assert report.returncode == 0, report.stderr
    chosen = target_folder / f"my-safety-plan{suffix}"
    assert report.stdout.strip() == str(chosen)
    assert chosen.stat().st_size > 0
    assert len(report.writes) == 1, report.writes
    assert str(chosen) in report.writes[0]
    assert report.sockets == []
    assert report.leftovers == ["home/Documents", f"home/Documents/my-safety-plan{suffix}"]


def test_write_export_outside_the_guard_is_refused(tmp_path: Path) -> None:
    """With the guards on, a write to any other path is refused."""
    from reader import privacy

    privacy.install_guards()
    try:
        with pytest.raises(privacy.PrivacyViolation):
            (tmp_path / "other.txt").write_text("x")
        from reader.ui.export import write_export

        chosen = tmp_path / "chosen.txt"
        write_export(chosen, "Title", "Body")
    finally:
        privacy.suspend_guards()
    assert chosen.read_text(encoding="utf-8").startswith("Title")
    assert not (tmp_path / "other.txt").exists()
