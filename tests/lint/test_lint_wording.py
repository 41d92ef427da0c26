"""Safe-messaging wording rules: each trips on a fixture and passes on a safe variant."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.lint import Finding
from reader.lint.language import find_hits
from reader.lint.rules import LANGUAGE_RULES, RULES
from tests.lint.helpers import CLEAN_BODY, rule_ids, rules

Check = Callable[..., list[Finding]]

# (rule, severity, text that trips it, safe text that does not)
WORDING = [
    (
        "L1",
        "error",
        "Her uncle committed suicide last year.",
        "Her uncle died by suicide last year.",
    ),
    ("L1", "error", "Some people commit self-harm.", "Some people self-harm."),
    (
        "L2",
        "error",
        "He lived after a failed suicide attempt.",
        "He lived after a suicide attempt.",
    ),
    ("L2", "error", "The paper called it a suicide bid.", "The paper called it a suicide attempt."),
    ("L2", "error", "It was an unsuccessful suicide.", "It was a non-fatal attempt."),
    (
        "L3",
        "warning",
        "They counted each completed suicide.",
        "They counted each death by suicide.",
    ),
    ("L4", "error", "Some call self-harm an epidemic.", "Rates of self-harm are higher now."),
    ("L4", "error", "Self-harm is skyrocketing.", "Self-harm rates are rising."),
    ("L4", "error", "There was a surge in self-harm rates.", "You may feel a surge of anger."),
    ("L4", "error", "The town is a suicide hotspot.", "The town has higher rates."),
    ("L5", "warning", "Quitting would be career suicide.", "Quitting would hurt my career."),
    ("L5", "warning", "I'd kill myself if I failed.", "I would feel awful if I failed."),
    ("L5", "warning", "It was a suicide mission.", "It was a very risky plan."),
    ("L6", "error", "Suicide can seem like the only way out.", "Suicide thoughts can pass."),
    (
        "L6",
        "error",
        "Some say that after suicide a person is at peace.",
        "Notice how it feels to be at peace for a moment.",
    ),
    ("L6", "error", "Some think dying would be painless.", "A first therapy visit is painless."),
    ("L6", "error", "They think a death is peaceful.", "Picture a peaceful beach."),
    (
        "L6",
        "error",
        "People say that after suicide they are in a better place.",
        "After a good sleep you may be in a better place.",
    ),
    ("L7", "warning", "He died by suicide because of the exam.", "Many factors led to his death."),
    ("L7", "warning", "Her suicide came out of the blue.", "An idea came out of the blue."),
    ("L7", "warning", "He self-harmed for no reason.", "Self-harm has many reasons."),
    (
        "L7",
        "warning",
        "She died by suicide without warning.",
        "People self-harm because of many different things.",
    ),
    ("L8", "error", "People who self-harm are attention-seeking.", "Self-harm is a way to cope."),
    ("L8", "error", "They self-harm just for attention.", "Pay attention to your breath."),
    ("L8", "error", "That is manipulative.", "That is a sign of distress."),
    ("L8", "warning", "Old books call it self-mutilation.", "Old books use other words."),
    ("L12", "error", "Her suicide note said sorry.", "She left nothing we need to repeat."),
    (
        "L12",
        "error",
        "After his suicide, his final message was read out.",
        "Send a final message to your friend to say good night.",
    ),
]

# (rule, text that needs review, a term that accepts it)
REVIEW = [
    ("L9", "Some people turn to cutting.", "cutting"),
    ("L9", "Some people overdosed.", "overdose"),
    ("L9", "She took 20 mg more.", "20 mg"),
    ("L9", "He took 30 tablets.", "30 tablets"),
    ("L9", "He took paracetamol.", "paracetamol"),
    ("L9", "Search for how to kill yourself.", "how to kill"),
    ("L9", "They went to the bridge.", "bridge"),
    ("L9", "A ligature is a risk.", "ligature"),
    ("L9", "It was a lethal amount.", "lethal"),
    ("L9", "Keep away from the railway.", "railway"),
    ("L17", "Snap a rubber band on your wrist.", "rubber band"),
    ("L17", "Hold an ice cube until it melts.", "ice cube"),
    ("L17", "Draw on your arm with a red pen.", "red pen"),
    ("L17", "Draw lines where it hurts.", "draw lines"),
    ("L18", "Clean the wound with care.", "wound"),
    ("L18", "Scars can fade.", "scars"),
    ("L6", "Self-harm can bring relief for a short time.", "relief"),
    ("L6", "Suicide can feel like an escape.", "escape"),
]

# Everyday words and topic words that must not be flagged as method or means detail.
SAFE = [
    "Cut down on coffee late at night.",
    "Hang out with a friend after school.",
    "Try ten jumping jacks, then jump up and down.",
    "Learn how to stop self-harm and how to talk about suicide.",
    "Self-harm, self-injury, suicide and suicidal thoughts are hard to talk about.",
    "Burn off some energy with a fast walk.",
    "Keep track of your mood.",
    "Your blood pressure may drop.",
    "You may feel scared or wound up.",
    "Breathing can bring relief when you feel tense.",
    "Escape into a good book for a while.",
    "Things can feel cut off and far away.",
]


def _body(text: str) -> str:
    return CLEAN_BODY + "\n" + text + "\n"


@pytest.mark.parametrize(("rule", "severity", "bad", "good"), WORDING)
def test_wording_rule_trips_and_safe_wording_passes(
    check_one: Check, rule: str, severity: str, bad: str, good: str
) -> None:
    tripped = [f for f in check_one(_body(bad)) if f.rule == rule]
    assert [f.severity for f in tripped] == [severity]
    assert RULES[rule].preferred in tripped[0].message
    assert rule not in rule_ids(check_one(_body(good)))


@pytest.mark.parametrize(("rule", "text", "accepted"), REVIEW)
def test_review_terms_are_errors_until_accepted(
    check_one: Check, rule: str, text: str, accepted: str
) -> None:
    found = [f for f in check_one(_body(text)) if f.rule == rule]
    assert [f.severity for f in found] == ["error"]
    assert "accepted_terms" in found[0].message
    assert check_one(_body(text), accepted_terms=[accepted.upper()]) == []


@pytest.mark.parametrize("text", SAFE)
def test_everyday_and_topic_words_are_not_flagged(check_one: Check, text: str) -> None:
    assert check_one(_body(text)) == []


def test_finding_is_placed_at_the_real_line_and_column(check_one: Check) -> None:
    body = CLEAN_BODY + "\nFirst line.\nShe said he committed suicide.\n"
    findings = check_one(body)
    assert len(findings) == 1
    written = findings[0].path
    lines = Path(written).read_text(encoding="utf-8").splitlines()
    row = next(i for i, line in enumerate(lines) if "committed" in line)
    assert (findings[0].line, findings[0].column) == (row + 1, lines[row].index("committed") + 1)


def test_accepting_the_base_term_covers_its_inflections(check_one: Check) -> None:
    body = _body("Some people overdose. Others overdosed. Overdoses happen.")
    assert check_one(body, accepted_terms=["Overdose"]) == []


def test_unused_accepted_term_is_a_warning_on_its_line(check_one: Check) -> None:
    findings = check_one(accepted_terms=["bridge"])
    assert rules(findings) == {("A1", "warning")}
    lines = Path(findings[0].path).read_text(encoding="utf-8").splitlines()
    assert lines[findings[0].line - 1].startswith("accepted_terms")


def test_accepting_cannot_silence_an_error_rule(check_one: Check) -> None:
    findings = check_one(_body("He committed suicide."), accepted_terms=["committed suicide"])
    assert rules(findings) == {("L1", "error"), ("A1", "warning")}


def test_front_matter_text_is_checked_where_it_is_written(check_one: Check) -> None:
    findings = check_one(
        summary="What to do after someone committed suicide.",
        prompts=["Did you ever think dying would be painless?"],
    )
    assert rules(findings) == {("L1", "error"), ("L6", "error")}
    lines = Path(findings[0].path).read_text(encoding="utf-8").splitlines()
    for finding in findings:
        assert lines[finding.line - 1].startswith(("summary", "prompts"))


def test_curly_apostrophes_and_odd_dashes_are_matched() -> None:
    hits = find_hits("I\u2019d kill myself if I failed. It is attention\u2011seeking.")
    assert [hit.rule.id for hit in hits] == ["L5", "L8"]
    assert hits[1].matched == "attention\u2011seeking"


@pytest.mark.parametrize(
    ("title", "flagged"),
    [
        ("A tragic loss", True),
        ("Help now!", True),
        ("SHOUTING about feelings", True),
        ("Suicidal thoughts and what helps", False),
        ("Self-harm: what the NHS says", False),
    ],
)
def test_sensational_titles_warn_but_topic_words_do_not(
    check_one: Check, title: str, flagged: bool
) -> None:
    found = rules(check_one(title=title))
    assert (("L16", "warning") in found) is flagged
    assert found <= {("L16", "warning")}


def test_title_rules_apply_only_to_titles(check_one: Check) -> None:
    assert check_one(_body("It was a tragic day, but help came.")) == []


def test_every_language_rule_has_terms_a_source_and_preferred_wording() -> None:
    for rule in LANGUAGE_RULES:
        assert rule.terms
        assert rule.source
        assert rule.preferred
        assert rule.reason


def test_a_line_separator_in_the_front_matter_does_not_move_later_findings(
    check_one: Check,
) -> None:
    # U+2028 and U+0085 are line breaks to str.splitlines() but not to TOML or to the file.
    findings = check_one(
        summary="Small steps\u2028that can\u0085help.",
        prompts=["Did you ever think dying would be painless?"],
    )
    assert rules(findings) == {("L6", "error")}
    lines = Path(findings[0].path).read_text(encoding="utf-8").split("\n")
    assert lines[findings[0].line - 1].startswith("prompts")
