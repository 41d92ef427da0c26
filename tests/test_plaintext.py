"""Markdown to plain prose: what search, word counts and reading level see."""

from __future__ import annotations

import pytest

from reader.plaintext import paragraphs, plain_text


def test_lines_of_one_paragraph_are_joined() -> None:
    assert paragraphs("First line\nsecond line.\n\nNext paragraph.") == [
        "First line second line.",
        "Next paragraph.",
    ]


def test_headings_are_dropped_by_default() -> None:
    assert paragraphs("# Title\n\n## Part\nText.\n") == ["Text."]


def test_headings_can_be_kept_as_their_own_paragraphs() -> None:
    assert paragraphs("# Title\nText under it.\n### Small *part*\n", keep_headings=True) == [
        "Title",
        "Text under it.",
        "Small part",
    ]


def test_hash_without_a_space_is_not_a_heading() -> None:
    assert paragraphs("#hashtag words") == ["#hashtag words"]


@pytest.mark.parametrize("marker", ["-", "*", "+", "1.", "2)", "10."])
def test_list_items_are_their_own_paragraphs(marker: str) -> None:
    markdown = f"Intro line.\n{marker} first item\n{marker} second item\n"
    assert paragraphs(markdown) == ["Intro line.", "first item", "second item"]


def test_list_item_continuation_lines_join_the_item() -> None:
    assert paragraphs("- a long item\n  that wraps\n- next") == ["a long item that wraps", "next"]


def test_links_keep_their_text_and_lose_their_target() -> None:
    text = plain_text("Read [the guide](https://example.org/guide) or [help](lantern:help).")
    assert text == "Read the guide or help."


def test_images_and_autolinks_are_removed() -> None:
    text = plain_text("A lake ![a calm lake](lake.png) and <https://example.org> here.")
    assert "lake.png" not in text
    assert "example.org" not in text
    assert "calm lake" not in text
    assert text.startswith("A lake")
    assert text.endswith("here.")


def test_emphasis_and_code_marks_are_removed() -> None:
    assert plain_text("Some **strong**, __also__, *soft*, _too_ and `code`.") == (
        "Some strong, also, soft, too and code."
    )


def test_admonition_line_is_dropped_and_its_text_kept() -> None:
    markdown = 'Before.\n\n!!! note "Remember"\n    You are not alone.\n\nAfter.'
    assert paragraphs(markdown) == ["Before.", "You are not alone.", "After."]


def test_table_rule_is_dropped_and_pipes_become_spaces() -> None:
    result = paragraphs("| Feeling | Helps |\n|---|:---:|\n| Tired | Rest |\n")
    assert [" ".join(p.split()) for p in result] == ["Feeling Helps", "Tired Rest"]
    assert not any("|" in p or "---" in p for p in result)


def test_plain_text_is_one_paragraph_per_line() -> None:
    assert plain_text("One.\n\nTwo.\n\n- Three") == "One.\nTwo.\nThree"


@pytest.mark.parametrize("markdown", ["", "\n\n", "   \n", "## Only a heading\n"])
def test_nothing_to_read_gives_empty_text(markdown: str) -> None:
    assert plain_text(markdown) == ""
    assert paragraphs(markdown) == []


def test_a_line_that_is_only_an_image_adds_nothing() -> None:
    assert paragraphs("Text.\n![picture](a.png)\nMore.") == ["Text. More."]


def test_a_long_run_of_spaces_is_read_in_one_pass() -> None:
    """The table-rule pattern backtracked over spaces: 16,000 of them took 2.6 s."""
    assert paragraphs(" " * 40_000 + "text") == ["text"]
    assert paragraphs("| a |\n|  :---  |\n| b |") == ["a", "b"]
