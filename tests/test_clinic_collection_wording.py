"""A clinic collection whose title or description fails the content checker is not shown."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from reader.startup import build_context

MANIFEST = """[[collections]]
id = "ours"
title = "Our services"
description = "What the clinic offers."
articles = ["our-drop-in"]

[[collections]]
id = "unsafe"
title = "When it feels like the only way out"
description = "Ways through."
articles = ["our-groups"]
"""


def test_an_unsafe_clinic_collection_is_dropped_with_its_line(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    extra = tmp_path / "extra"
    write_article("our-drop-in", title="Our drop-in", folder=extra)
    write_article("our-groups", title="Our groups", folder=extra)
    (extra / "pack.toml").write_text(MANIFEST, encoding="utf-8")
    config = tmp_path / "clinic.toml"
    config.write_text(f'[content]\nextra_folders = ["{extra.as_posix()}"]\n', encoding="utf-8")
    args = argparse.Namespace(config=str(config), region="GB", kiosk=False)
    context = build_context(args, env={})
    shown = [c.id for c in context.library.collections]
    assert "ours" in shown
    assert "unsafe" not in shown
    assert "understanding" in shown  # the bundled collections stay
    problems = [str(p) for p in context.problems]
    assert any(
        p.startswith(f"{extra / 'pack.toml'}:9:") and "collection 'unsafe' not shown" in p
        for p in problems
    ), problems
    assert "our-groups" in context.library.articles  # the article itself is fine, and found
