"""Short hyphenated words are joined for display; numbers, long words and HTML tags are not."""

from __future__ import annotations

import pytest

from reader.breakable import joined_hyphens, joined_hyphens_html, plain_hyphens

JOINED = "\u2011"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Self-harm is common.", f"Self{JOINED}harm is common."),
        ("people who self-harming", f"people who self{JOINED}harming"),
        ("one-to-one", f"one{JOINED}to{JOINED}one"),
        ("5-4-3-2-1 grounding", "5-4-3-2-1 grounding"),  # numbers: a list, not a word
        ("self-harm-related words", "self-harm-related words"),  # too long to always fit
        ("well - being", "well - being"),
        ("a dash- like this", "a dash- like this"),
    ],
)
def test_joined_hyphens(text: str, shown: str) -> None:
    assert joined_hyphens(text) == shown
    assert plain_hyphens(joined_hyphens(text)) == text


def test_html_links_and_attributes_keep_their_hyphens() -> None:
    html = '<p><a href="lantern:article/self-harm-as-an-adult">Self-harm</a> and self-care</p>'
    assert joined_hyphens_html(html) == (
        f'<p><a href="lantern:article/self-harm-as-an-adult">Self{JOINED}harm</a>'
        f" and self{JOINED}care</p>"
    )
