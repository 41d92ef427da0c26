"""A plan, a note or a time, told without the words for what: help comes first.

A plan to end one's life is the first reason for urgent help in In crisis right now and in
Supporting someone; alone, "i have a plan" or "i wrote a note" is rarely anything else in a
search in this app, but each gave a list of articles and no help box.
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["i have a plan", "ive got a plan", "i've made a plan", "I HAVE A PLAN", "i have a plan now"]
    + ["i have a plan to end it", "i made a plan to do it", "my plan to end it all"]
    + ["im going to do it tonight", "i'm gonna do it tonight", "im doing it tonight"]
    + ["i have a plan and im going to do it tonight", "ill do it tonight", "i will do it today"]
    + ["ive written a note", "i wrote a note", "i have written my note", "i wrote my last letter"]
    + ["i wrote a suicide note", "ive left a final note for my family"]
    + ["i have a plan im gonna do it"],
)
def test_a_plan_a_note_or_a_time_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["i have a plan for tomorrow", "i have a safety plan", "i have a plan b", "plan to do it"]
    + ["i have a plan but cant stick to it", "i made a plan to quit smoking", "a plan"]
    + ["im going to do it", "ill do it later", "im going to do my homework tonight"]
    + ["i wrote a note to my teacher", "i wrote my final essay", "i wrote a note to myself"]
    + ["how to make a safety plan", "i sent my last message to him", "note taking"],
)
def test_their_everyday_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


# Told by a parent, partner or friend: Supporting someone, with its urgent help, comes too.
@pytest.mark.parametrize(
    "typed",
    ["my friend said she has a plan", "he told me he has a plan", "she said shes got a plan"]
    + ["my son has a plan to end it", "my friend says shes going to do it tonight"]
    + ["she left a note and isnt answering", "my dad wrote his last letter"]
    + ["he said hes going to do it tonight"],
)
def test_someone_elses_plan_note_or_time_is_a_crisis_about_them(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["she has a plan for the weekend", "my friend has a plan to start a business"]
    + ["he said he has a plan for his career", "she left a note on the fridge"]
    + ["he is going to do it tomorrow after work"],
)
def test_someone_elses_everyday_plans_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)
