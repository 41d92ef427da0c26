"""Memory growth over 2,000 article opens and 200 kiosk resets in one process.

The parent runs `python -m benchmarks.growth` as a child, which drives a kiosk window
offscreen the way a day in a waiting room would and prints JSON with its resident memory.
"""

from __future__ import annotations

import gc
import json
import os
from typing import Any

from benchmarks.harness import Result, run_child

BUDGET_MIB = 15.0
OPENS = 2000
RESET_EVERY = 10  # 200 resets in 2,000 opens
WARM_UP_STEPS = 3  # of 200 opens each, exactly like the measured ones
STEPS = 10


def _resident_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def _child() -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from reader import app as cli
    from reader import privacy
    from reader.startup import build_context
    from reader.ui.launch import make_application
    from reader.ui.main_window import MainWindow

    privacy.apply_environment()
    make_application(offscreen=True)
    window = MainWindow(build_context(cli.build_parser().parse_args(["--kiosk"])))
    window.show()
    ids = [a.id for a in window.context.library.in_order()]

    def settle() -> float:
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        gc.collect()
        return _resident_mib()

    def session(opens: int, start: int) -> None:
        for number in range(start, start + opens):
            window.open_article(ids[number % len(ids)])
            QApplication.processEvents()
            view = window.article_view
            if view.prompt_boxes and number % 3 == 0:
                view.prompt_boxes[0].setPlainText("Something private typed into a prompt.")
            if number % 7 == 0:
                window.search(ids[number % len(ids)].split("-")[0])
            if (number + 1) % RESET_EVERY == 0:
                window.kiosk_guard.finish_session()
                QApplication.processEvents()
            if number % 50 == 0:
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    per_step = OPENS // STEPS
    warm_up = []
    for step in range(WARM_UP_STEPS):  # every article, screen and cache built and filled
        session(per_step, step * per_step)
        warm_up.append(round(settle(), 1))
    before = warm_up[-1]
    samples = []
    for step in range(STEPS):
        session(per_step, (WARM_UP_STEPS + step) * per_step)
        samples.append(round(settle(), 1))
    return {"before": before, "after": samples[-1], "samples": samples, "warm_up": warm_up}


def growth() -> Result:
    """Run the child and judge the growth after warm-up."""
    data = json.loads(run_child(["-m", "benchmarks.growth"], timeout=900).stdout)
    grown = data["after"] - data["before"]
    return Result(
        f"{OPENS:,} article opens and {OPENS // RESET_EVERY} kiosk resets",
        f"+{grown:.1f} MiB",
        f"{data['before']:.1f} MiB after warm-up",
        f"+{grown:.1f} MiB",
        f"≤ +{BUDGET_MIB:.0f} MiB",
        grown <= BUDGET_MIB,
        f"resident memory (/proc/self/statm) after each {OPENS // STEPS} opens: "
        + ", ".join(f"{s:.1f}" for s in data["samples"])
        + " MiB (warm-up: "
        + ", ".join(f"{s:.1f}" for s in data["warm_up"])
        + " MiB); prompts typed into and searches made along the way",
    )


if __name__ == "__main__":
    print(json.dumps(_child()))
