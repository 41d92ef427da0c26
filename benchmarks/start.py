"""Start-up benchmarks: time to first paint and peak memory against a bare Qt window."""

from __future__ import annotations

from pathlib import Path

from benchmarks.harness import ChildRun, Result, alternate, median, rotate, run_child
from reader import paths

PROBE = "first-paint-ms"
BARE = ["benchmarks/bare_qt.py"]
LANTERN = ["-m", "reader", "--startup-probe"]
FLOOR = ["benchmarks/floor_qt.py"]
PEAK = "peak-rss-mib"
SETTLED = "settled-rss-mib"
PEAK_LANTERN = ["-m", "benchmarks.peak_memory", "lantern"]
PEAK_BARE = ["-m", "benchmarks.peak_memory", "bare"]
PAINT_RATIO = 1.3
MEMORY_MIB = 25.0
PACK_RATIO = 1.5


def _paint_ms(run: ChildRun) -> float:
    # The parent's clock (spawn to the printed line) has microsecond resolution; the probe's own
    # number comes from /proc's process start time, which counts in 10 ms ticks.
    return run.line_ms[PROBE]


def _ms(values: list[float]) -> str:
    return f"{median(values):.0f} ms"


def floor_env() -> dict[str, str]:
    """Lantern's style sheet in the default theme, for the floor window (not timed here)."""
    from reader.themes import LIGHT
    from reader.ui.style import window_style

    return {"LANTERN_FLOOR_QSS": window_style(LIGHT)}


def first_paint_and_memory(runs: int) -> list[Result]:
    """Lantern's --startup-probe, the bare window and the floor, in turn; time and memory."""
    style = floor_env()
    lantern, bare, floor = rotate(
        runs,
        lambda: run_child(LANTERN),
        lambda: run_child(BARE),
        lambda: run_child(FLOOR, env=style),
    )
    paint_l = [_paint_ms(r) for r in lantern]
    paint_b = [_paint_ms(r) for r in bare]
    ratio = median(paint_l) / median(paint_b)
    floor_ms = median([_paint_ms(r) for r in floor])
    probe_l = median([r.value(PROBE) for r in lantern])
    probe_b = median([r.value(PROBE) for r in bare])
    # Peak memory up to the first paint, in runs of their own (the report adds one line).
    peak_l, peak_b = alternate(
        max(3, runs // 2), lambda: run_child(PEAK_LANTERN), lambda: run_child(PEAK_BARE)
    )
    rss_l = median([r.value(PEAK) for r in peak_l])
    rss_b = median([r.value(PEAK) for r in peak_b])
    # And once the work that waited for the first paint (index, contacts, reading view) is done.
    settled_l = median([r.value(SETTLED) for r in peak_l])
    settled_b = median([r.value(SETTLED) for r in peak_b])
    cpu_l = median([r.cpu_seconds * 1000 for r in lantern])
    cpu_b = median([r.cpu_seconds * 1000 for r in bare])
    return [
        Result(
            "start to first paint",
            _ms(paint_l),
            _ms(paint_b),
            f"{ratio:.2f}×",
            f"≤ {PAINT_RATIO}×",
            ratio <= PAINT_RATIO,
            f"{runs} runs each, spawn to the printed line; the processes' own first-paint-ms "
            f"medians {probe_l:.0f} and {probe_b:.0f}; whole-process CPU {cpu_l:.0f} ms and "
            f"{cpu_b:.0f} ms; the floor (benchmarks/floor_qt.py: Lantern's first screen and "
            f"style sheet built directly, none of its code) {floor_ms:.0f} ms, "
            f"{floor_ms / median(paint_b):.2f}× the bare window",
        ),
        Result(
            "peak memory of that start",
            f"{rss_l:.1f} MiB",
            f"{rss_b:.1f} MiB",
            f"+{rss_l - rss_b:.1f} MiB",
            f"≤ +{MEMORY_MIB:.0f} MiB",
            rss_l - rss_b <= MEMORY_MIB,
            "peak resident memory up to the first paint (ru_maxrss, printed with the probe's "
            f"report); 1.5 s later, with the work deferred past the first paint done too: "
            f"{settled_l:.1f} MiB against {settled_b:.1f} MiB (+{settled_l - settled_b:.1f} MiB)",
        ),
    ]


def pack_starts(pack: Path) -> tuple[list[str], list[str]]:
    """The probe's start with `pack` and with the bundled pack, both through with_pack.py."""
    big = ["benchmarks/with_pack.py", str(pack), "--startup-probe"]
    bundled = ["benchmarks/with_pack.py", str(paths.content_dir()), "--startup-probe"]
    return big, bundled


def synthetic_pack_start(runs: int, pack: Path) -> Result:
    """Start with the synthetic pack against start with the bundled pack, alternately."""
    big, bundled = pack_starts(pack)
    many, few = alternate(runs, lambda: run_child(big), lambda: run_child(bundled))
    paint_m = [_paint_ms(r) for r in many]
    paint_f = [_paint_ms(r) for r in few]
    ratio = median(paint_m) / median(paint_f)
    rss = median([r.max_rss_mib for r in many]) - median([r.max_rss_mib for r in few])
    return Result(
        "start with 2,000 synthetic articles",
        _ms(paint_m),
        _ms(paint_f),
        f"{ratio:.2f}×",
        f"≤ {PACK_RATIO}×",
        ratio <= PACK_RATIO,
        f"{runs} runs each; baseline is the bundled pack through the same entry point; "
        f"peak memory +{rss:.1f} MiB over the bundled start",
    )
