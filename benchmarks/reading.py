"""Opening the longest bundled article against QTextBrowser.setHtml of the same final HTML.

The parent runs `python -m benchmarks.reading RUNS` as a child, so Qt starts fresh; the child
alternates Lantern's open (render, show, layout, paint) with the baseline and prints JSON.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from benchmarks.harness import Result, median, run_child

RATIO = 2.0


def _uncached(module: Any) -> None:
    """Forget rendered articles, so every measured open renders again."""
    for value in vars(module).values():
        clear = getattr(value, "cache_clear", None)
        if callable(clear):
            clear()


def _child(runs: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from reader import app as cli
    from reader import privacy
    from reader.startup import build_context
    from reader.ui.launch import make_application
    from reader.ui.main_window import MainWindow

    privacy.apply_environment()
    qt = make_application(offscreen=True)
    window = MainWindow(build_context(cli.build_parser().parse_args([])))
    window.show()
    library = window.context.library
    longest = max(library.articles.values(), key=lambda a: len(a.body))
    other = next(a for a in library.articles.values() if a.id != longest.id)
    window.open_article(other.id)  # warm-up: the first open imports Markdown and the view
    QApplication.processEvents()
    from reader import render
    from reader.ui import article_view

    rendered = render.render_markdown(longest.body)
    css = window.theming.article_css()
    browser = QTextBrowser()
    browser.resize(window.size())
    browser.show()

    def lantern() -> float:
        window.go_home()
        QApplication.processEvents()
        _uncached(article_view)
        _uncached(render)
        start = time.perf_counter()
        window.open_article(longest.id)
        QApplication.processEvents()
        return (time.perf_counter() - start) * 1000

    def reopen() -> float:
        window.go_home()
        QApplication.processEvents()
        start = time.perf_counter()
        window.open_article(longest.id)
        QApplication.processEvents()
        return (time.perf_counter() - start) * 1000

    def baseline() -> float:
        browser.clear()
        QApplication.processEvents()
        start = time.perf_counter()
        browser.document().setDefaultStyleSheet(css)
        browser.setHtml(rendered.html)
        QApplication.processEvents()
        return (time.perf_counter() - start) * 1000

    times: dict[str, list[float]] = {"lantern": [], "baseline": [], "reopen": []}
    for index in range(runs):
        order = [("lantern", lantern), ("baseline", baseline), ("reopen", reopen)]
        for name, measure in order if index % 2 else reversed(order):
            times[name].append(measure())
    words = longest.word_count
    qt.quit()
    return {"article": longest.id, "words": words, **times}


def article_open(runs: int) -> Result:
    """Run the child and judge its medians."""
    data = json.loads(run_child(["-m", "benchmarks.reading", str(runs)]).stdout)
    lantern, baseline = median(data["lantern"]), median(data["baseline"])
    ratio = lantern / baseline
    return Result(
        "open the longest bundled article",
        f"{lantern:.1f} ms",
        f"{baseline:.1f} ms",
        f"{ratio:.2f}×",
        f"≤ {RATIO}×",
        ratio <= RATIO,
        f"'{data['article']}' ({data['words']} words), {runs} runs each, Markdown rendered "
        f"every time; opening it again (rendered once per session) {median(data['reopen']):.1f} ms",
    )


if __name__ == "__main__":
    print(json.dumps(_child(int(sys.argv[1]))))
