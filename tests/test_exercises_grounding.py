"""5-4-3-2-1 grounding steps."""

from __future__ import annotations

from reader.exercises.grounding import STEPS, GroundingWalk


def test_steps_count_down_through_the_senses() -> None:
    assert [(s.count, s.sense) for s in STEPS] == [
        (5, "see"),
        (4, "touch"),
        (3, "hear"),
        (2, "smell"),
        (1, "taste"),
    ]


def test_walk_moves_forward_to_the_finish_and_stays_there() -> None:
    walk = GroundingWalk()
    assert walk.step == STEPS[0]
    assert not walk.can_go_back
    for expected in STEPS[1:]:
        walk.next()
        assert walk.step == expected
    walk.next()
    assert walk.finished
    assert walk.step is None
    walk.next()
    assert walk.position == len(STEPS)


def test_back_stops_at_the_first_step_and_restart_returns_there() -> None:
    walk = GroundingWalk()
    walk.back()
    assert walk.position == 0
    walk.next()
    walk.next()
    assert walk.can_go_back
    walk.back()
    assert walk.step == STEPS[1]
    for _ in range(9):
        walk.next()
    assert walk.finished
    walk.restart()
    assert walk.step == STEPS[0]
    assert not walk.finished
