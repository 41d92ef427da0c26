"""A clinic's pack in another language: the checker does not refuse good text it cannot read."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.lint import Finding
from tests.lint.helpers import CLEAN_BODY

Check = Callable[..., list[Finding]]


@pytest.mark.parametrize(
    "heading",
    ["Що може допомогти", "ما الذي قد يساعد", "什么可能有帮助", "Qué puede ayudar", "Ar gân"],
)
def test_an_anchor_spelled_as_content_md_says_finds_a_heading_in_any_script(
    check_one: Check, heading: str
) -> None:
    # CONTENT.md: the heading in lower case, hyphens for spaces. The toc kept only ASCII
    # letters, so '#що-може-допомогти' was an M6 error and the article was not shown.
    anchor = heading.lower().replace(" ", "-")
    body = CLEAN_BODY + f"\n[Go there](#{anchor}).\n\n## {heading}\n\nText.\n"
    assert check_one(body) == []
