"""python -m benchmarks --count: reading callgrind's totals, the table, and the command line."""

from __future__ import annotations

import pytest

from benchmarks import __main__ as cli
from benchmarks import counting
from benchmarks.counting import Count, Program, callgrind_total, count_table

# The head and the end of a callgrind output file, as valgrind 3.19 writes them.
OUT_FILE = """\
# callgrind format
version: 1
creator: callgrind-3.19.0
pid: 7621
cmd:  /work/venv/bin/python benchmarks/bare_qt.py
part: 1

desc: I1 cache:
positions: line
events: Ir
summary: 677988981

ob=(1) /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
fn=(1) QWidget::show()
0 12

totals: 677988981
"""
STDERR = """\
==7621== Callgrind, a call-graph generating cache profiler
==7621== For interactive control, run 'callgrind_control -h'.
==7621== Events    : Ir
==7621== Collected : 677988981
==7621==
==7621== I   refs:      677,988,981
"""


def test_total_is_read_from_the_summary_line() -> None:
    assert callgrind_total(OUT_FILE.splitlines()) == 677_988_981


def test_total_is_read_from_the_totals_line_when_there_is_no_summary() -> None:
    lines = [line for line in OUT_FILE.splitlines() if not line.startswith("summary")]
    assert callgrind_total(["totals: 12 34"] + lines) == 12


def test_total_is_read_from_valgrinds_stderr() -> None:
    assert callgrind_total(STDERR.splitlines()) == 677_988_981


def test_output_without_a_total_is_an_error() -> None:
    with pytest.raises(ValueError, match="summary"):
        callgrind_total(["events: Ir", "fn=(1) main", "0 12"])


def test_table_gives_millions_and_the_ratio_to_the_baseline() -> None:
    bare = Program("start", "bare", ["bare_qt.py"])
    lantern = Program("start", "Lantern", ["-m", "reader"], baseline="bare")
    table = count_table(
        [Count(bare, [600_000_000]), Count(lantern, [1_380_000_000, 1_400_000_000])]
    )
    rows = table.splitlines()
    assert rows[2] == "| start | bare | 600.0 | baseline |"
    assert rows[3] == "| start | Lantern | 1,390.0 | 2.32× bare |"


def test_missing_valgrind_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(counting, "valgrind", lambda: None)
    assert cli.main(["--count"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == counting.MISSING + "\n"


@pytest.mark.parametrize("argv", [["--count", "--check"], ["--count", "--only", "search"]])
def test_count_refuses_budgets_and_benchmarks_it_does_not_count(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    assert exit_.value.code == 2
