"""Warning signs typed short, with the small words left out, as a Deaf reader whose first
language is BSL may write English, or a reader with a learning disability: "me life finish",
"me kill self", "me sad want go", "i take pills die".

Each gave a list of articles and no help box (found by the crisis hunt, round six, the day the
page for Deaf readers landed), where "me want die" and "hurt me self" had one.
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["me life finish", "me life no good want finish", "i want finish me"]
    + ["i want finish me life", "me want end life", "i want end life", "life no point"]
    + ["me life no point", "my life over", "no point live", "what point live", "why me live"]
    + ["me want stop live", "i want to stop breathing", "me no want life"]
    + ["i dont want my life anymore", "me want dead", "me want sleep not wake up"]
    + ["me want sleep never wake", "me want disappear", "me kill self", "me hurt self again"]
    + ["i want hurt self", "kill self", "me cut arm", "me cut arm again", "i cut legs again"]
    + ["me cut again", "i want hang me", "i want hang me self", "me want jump bridge"]
    + ["i want jump off bridge", "i take pills die", "me pills die", "take pills to die"]
    + ["i want to take pills and die", "me tired life", "me sad want go"]
    + ["i am sad i want to go away", "me lonely want go forever", "better me die"]
    + ["me die better", "better if i die", "everyone better me die", "me ready die"]
    + ["me plan die", "tonight me die", "me die tonight", "i want die no one sign with me"]
    + ["hurt me self"],
)
def test_short_words_with_the_small_words_left_out_bring_help_first(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed


# "me" for "my" is how many English speakers talk, and the short words are everyday ones too.
@pytest.mark.parametrize(
    "typed",
    ["life over 40", "my life over the years", "i want to end life support"]
    + ["end of life care", "i want to hang me washing out", "i want to hang me coat up"]
    + ["how to kill self doubt", "how to cut self raising flour", "me cut finger"]
    + ["i cut arm hair", "me sad want go home", "im sad i want to go to the party"]
    + ["my friend is sad and wants to go", "im lonely i want to go out"]
    + ["i want to jump in the sea", "i want to jump on the trampoline", "i want jump"]
    + ["do my pills dye my pee", "i take many pills", "i take my pills"]
    + ["i dont want life insurance", "i dont want this life for my kids", "me tired"]
    + ["im tired of my life admin", "better me than you", "is it better if i dye my hair"]
    + ["i die laughing", "me die laughing", "i want to stop breathing through my mouth"]
    + ["why me", "why i live in london", "what point is the bus", "me want go home"]
    + ["me want sleep", "i want to finish my homework", "i want to finish it"]
    + ["i want to stop my meds", "me ready", "i plan to diet"],
)
def test_their_everyday_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed), typed


# Someone else's words, as a Deaf family tells them ("signed to me"), are theirs, as "told me"
# is read: the reader's "me" made each the reader's own crisis, and the page on supporting
# someone was left out (found by the crisis hunt, round six).
@pytest.mark.parametrize(
    "typed",
    ["my deaf son signed to me that he wants to die", "my son signed to me he wants to die"]
    + ["my daughter signs to me she wants to die", "my deaf son sign me he want die"],
)
def test_someone_elses_crisis_signed_to_the_reader_is_theirs(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert about_someone_else(typed), typed


@pytest.mark.parametrize(
    "typed",
    ["no one sign with me i want die", "my mum signed to me that i should go and i want to die"],
)
def test_the_readers_own_crisis_beside_signing_stays_theirs(typed: str) -> None:
    assert suggests_crisis(typed), typed
    assert not about_someone_else(typed), typed
