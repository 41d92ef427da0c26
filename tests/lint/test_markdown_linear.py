"""The checker's Markdown reading is linear: long pasted lines give the same answers, quickly.

The linear scanners are checked against the regular expressions they replace, which read
normal lines the same way but took time growing with the square of a line's length.
"""

from __future__ import annotations

import json
import re
import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.lint.markdown import MAX_LINK_TEXT, read_body
from reader.lint.scan import (
    TargetReader,
    bracket_pairs,
    code_spans,
    reference_uses,
    spaced_links,
)
from tests.run_apart import run_apart

CODE_SPAN = re.compile(r"(`+)(.+?)\1")
TARGET = re.compile(r"""^\s*(<[^<>]*>|\S+)(?:\s+("[^"]*"|'[^']*'|\([^)]*\)))?\s*$""")
REF_USE = re.compile(r"(!?)\[([^\]]*)\]\[([^\]]*)\]")
SPACED = re.compile(r"\[[^\]]+\]\s+\((?:lantern:|https?:|[\w./-]+\.(?:md|png|jpe?g|gif|svg)\b)")
PIECES = [*"ab []()!<>`\"'#:/.\t\u00a0", "md", "x.md", "lantern:", "http:", "](", "``", "<a:b>"]
LINES = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def open_bracket(line: str, close: int) -> int:
    """The backward scan the checker used for each '](': nesting counted, -1 if unopened."""
    depth = 0
    for index in range(close - 1, -1, -1):
        if line[index] == "]":
            depth += 1
        elif line[index] == "[":
            if depth == 0:
                return index
            depth -= 1
    return -1


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_scanners_agree_with_the_regular_expressions(line: str) -> None:
    assert code_spans(line) == [m.span(2) for m in CODE_SPAN.finditer(line)]
    uses = [(m.start(), m.group(3) or m.group(2)) for m in REF_USE.finditer(line)]
    assert list(reference_uses(line)) == uses
    assert list(spaced_links(line)) == [m.start() for m in SPACED.finditer(line)]
    pairs = bracket_pairs(line)
    assert all(pairs[m.start()] == open_bracket(line, m.start()) for m in re.finditer("]", line))


@settings(max_examples=300, deadline=None)
@given(LINES, st.data())
def test_targets_are_read_as_the_regular_expression_reads_them(line: str, data) -> None:
    reader = TargetReader(line)
    start = data.draw(st.integers(0, len(line)))
    end = data.draw(st.integers(start, len(line)))
    match = TARGET.match(line[start:end])
    assert reader.target(start, end) == (match.group(1) if match else None)
    assert reader.blank(start, end) == (not line[start:end].strip())
    assert reader.closing(start) == (line.find(")", start) % (len(line) + 1))


def test_code_spans_take_the_widest_closing_run() -> None:
    assert code_spans("a `b` c") == [(3, 4)]
    assert code_spans("``a`b``") == [(2, 5)]
    assert code_spans("``a`") == [(1, 3)]  # the regex settles for one backtick
    assert code_spans("`````") == [(2, 3)]
    assert code_spans("``") == []


def test_a_link_inside_another_links_target_is_not_kept_twice() -> None:
    body = read_body("See [a](x[b](y) now.")
    assert [(link.target, link.text) for link in body.links] == [("x[b](y", "a")]
    assert body.syntax == []
    assert body.masked == "See [a](      ) now."


def test_nested_link_text_is_kept_up_to_a_limit() -> None:
    line = "[" * 3000 + "a" + "](b)" * 3000
    body = read_body(line)
    assert len(body.links) == 3000
    assert body.links[0].text == "a"
    assert max(len(link.text) for link in body.links) == MAX_LINK_TEXT
    assert len(body.masked) == len(line)


# Each line took minutes or never finished before; run apart, so a slip fails, not hangs.
_BIG_LINES = {
    "brackets": '"[" * 200_000',
    "image brackets": '"![" * 100_000',
    "link middles": '"](" * 100_000',
    "one long target": '"[](" * 66_000 + ")"',
    "many spaced targets": '"[](" * 66_000 + " y)"',
    "many links": '"[a](b) " * 28_000',
    "parenthesis titles": '"[a](x (" * 30_000 + ")"',
    "backticks": '"`" * 200_000 + "a"',
    "shrinking backtick runs": '"".join("`" * k + "a" for k in range(630, 0, -1))',
    "code spans": '"`a` " * 50_000',
    "autolinks": '"<a:b>" * 40_000',
    "spaced slip": '"[" * 100_000 + "]" + " " * 100_000 + "(x.md"',
    "references": '"[a][" * 50_000',
    "nested links": '"[" * 40_000 + "a" + "](b)" * 40_000',
}
_SUMMARISE = textwrap.dedent(
    """
    import json, sys
    from reader.lint.markdown import read_body
    out = {}
    for name, expression in json.load(sys.stdin).items():
        line = eval(expression)
        body = read_body("Some words.\\n" + line + "\\n")
        kinds = sorted({spot.message for spot in body.syntax})
        out[name] = [len(body.links), len(body.syntax), kinds, len(body.masked) - 13 == len(line)]
    print(json.dumps(out))
    """
)


def test_long_lines_are_read_in_linear_time() -> None:
    found = json.loads(run_apart(_SUMMARISE, stdin=json.dumps(_BIG_LINES)))
    missing_open = "link text is missing its opening '['"
    assert found == {
        "brackets": [0, 0, [], True],
        "image brackets": [0, 0, [], True],
        "link middles": [0, 100_000, [missing_open], True],
        "one long target": [1, 1, ["link target is empty"], True],
        "many spaced targets": [1, 65_999, ["link target has a space"], True],
        "many links": [28_000, 0, [], True],
        "parenthesis titles": [0, 30_000, ["link target has a space"], True],
        "backticks": [0, 0, [], True],
        "shrinking backtick runs": [0, 0, [], True],
        "code spans": [0, 0, [], True],
        "autolinks": [40_000, 0, [], True],
        "spaced slip": [0, 1, ["remove the space between ']' and '('"], True],
        "references": [0, 25_000, ["link reference [[a] is not defined"], True],
        "nested links": [40_000, 0, [], True],
    }
