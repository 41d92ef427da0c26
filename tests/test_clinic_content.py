"""A clinic's extra articles and contacts are checked at load time and by check-config."""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable
from pathlib import Path

from reader.config_cli import check_config_main
from reader.startup import build_context

UNSAFE = "Some people committed suicide."


def _clinic(tmp_path: Path, write_article: Callable[..., Path], contact: str) -> Path:
    extra = tmp_path / "extra"
    write_article("clinic-welcome", title="Welcome to the clinic", folder=extra)
    write_article("clinic-unsafe", title="A careless page", body=UNSAFE, folder=extra)
    config = tmp_path / "clinic.toml"
    config.write_text(
        f'[content]\nextra_folders = ["{extra.as_posix()}"]\n'
        "[[contacts.local]]\n"
        'name = "Front desk"\ndescription = "Ask us."\naudience = "Anyone"\n'
        'languages = ["English"]\nsource = "Clinic"\nhours = { always_open = true }\n'
        f'[[contacts.local.contact]]\ntype = "phone"\nvalue = "{contact}"\n',
        encoding="utf-8",
    )
    return config


def _args(config: Path) -> argparse.Namespace:
    return argparse.Namespace(config=str(config), region="GB", kiosk=False)


def test_unsafe_clinic_article_is_not_shown_and_the_reason_is_given(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    """An extra article with a content error is left out; the safe one is shown."""
    context = build_context(_args(_clinic(tmp_path, write_article, "0100 000 000")), env={})
    assert context.library.get("clinic-welcome") is not None
    assert context.library.get("clinic-unsafe") is None
    reasons = [str(p) for p in context.problems if "clinic-unsafe.md" in str(p.path)]
    assert reasons
    assert "L1" in reasons[0]
    assert "not shown" in reasons[0]


def test_clinic_contacts_come_first(tmp_path: Path, write_article: Callable[..., Path]) -> None:
    """A valid clinic contact is loaded as a service shown before the region's."""
    context = build_context(_args(_clinic(tmp_path, write_article, "0100 000 000")), env={})
    context.ensure_contacts()  # contacts load after the first paint
    assert [s.name for s in context.local_services] == ["Front desk"]


def test_a_broken_clinic_contact_is_reported_not_raised(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    """A contact with an unusable number is left out with a message naming the key."""
    context = build_context(_args(_clinic(tmp_path, write_article, "not a number")), env={})
    found = context.ensure_contacts()
    assert context.local_services == []
    assert any("contacts.local[1]" in str(p) for p in found)
    assert any("contacts.local[1]" in str(p) for p in context.problems)


def test_check_config_reports_clinic_content_and_contacts(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    """check-config also checks the clinic's articles and contacts, and fails on them."""
    out = io.StringIO()
    config = _clinic(tmp_path, write_article, "not a number")
    assert check_config_main([str(config)], stdout=out) == 1
    text = out.getvalue()
    assert "clinic-unsafe.md" in text
    assert "contacts.local[1]" in text
