"""Goodbyes, last days and endings: warning signs of suicide (Samaritans, the NHS and the
pack's Supporting someone list talking of not being around and saying goodbye).

Each gave a list of articles and no help box (found by the crisis hunt, round four).
"""

from __future__ import annotations

import pytest

from reader.crisis_words import about_someone_else, suggests_crisis


@pytest.mark.parametrize(
    "typed",
    ["i cant wait to die", "i can't wait to die", "I CANT WAIT TO DIE", "cant wait till im dead"]
    + ["i wont be here tomorrow", "i won't be here tomorrow", "i wont be around by tomorrow"]
    + ["i might not be here tomorrow", "i wont be here after tonight", "i wont be alive tomorrow"]
    + ["this is my last day", "today is my last day", "tonight is my last night"]
    + ["this is my last day on earth", "my last day alive", "its my last night on this earth"]
    + ["i have said goodbye", "ive said my goodbyes", "i said goodbye", "i already said goodbye"]
    + ["i wrote letters and said all my goodbyes", "tonight is the night i do it"]
    + ["i want to end everything", "im ready to end everything"],
)
def test_saying_one_will_not_be_here_is_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["my friend said she wont be here tomorrow", "he texted me that he wont be alive tomorrow"]
    + ["my son said this is his last day", "she posted that tonight is her last night"]
    + ["my mum says she wont be around by the morning"],
)
def test_someone_else_saying_so_is_a_crisis_about_them(typed: str) -> None:
    assert suggests_crisis(typed)
    assert about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["i cant wait to die my hair", "i cant wait to dye my hair", "i can't wait to go home"]
    + ["i wont be here tomorrow afternoon", "my therapist wont be here tomorrow"]
    + ["i wont be at school tomorrow", "will i be here tomorrow for the appointment"]
    + ["this is my last day at work", "today is my last day of school", "my last day at college"]
    + ["my last day of term", "last day of my holiday", "i said goodbye to my dad before he died"]
    + ["how to say goodbye to a friend who is moving", "i said goodbye to my dog at the vet"]
    + ["tonight is the night", "tonight is the night of the party", "i want to end things with him"]
    + ["i want to end everything with my ex", "my son said today is his last day of school"],
)
def test_their_everyday_neighbours_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


# Last words typed alone: each gave no help box (found by the crisis hunt, round eleven).
@pytest.mark.parametrize(
    "typed",
    ["i love you all goodbye", "i love you all. goodbye", "sorry for everything goodbye"]
    + ["bye everyone i love you", "thank you for everything, goodbye", "im sorry. goodbye"]
    + ["goodbye forever, i love you all", "forgive me. goodbye", "this is my last message"]
    + ["this is my final post", "tell my mum i love her", "please tell my dad im sorry"],
)
def test_last_words_typed_alone_are_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["goodbye to my old job", "i love you all see you tomorrow", "say goodbye to stress"]
    + ["sorry for everything i said yesterday", "thanks bye", "sorry bye", "goodbye", "bye"]
    + ["thank you for everything you do", "how to tell my mum i love her"]
    + ["tell my mum i love her cooking", "this is my last message before the exam"],
)
def test_goodbyes_and_love_said_in_everyday_life_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)


# A goodbye note's words typed alone: each gave no help box (found by the crisis hunt, round
# eleven). Said with what or when, they are searches.
@pytest.mark.parametrize(
    "typed",
    ["goodbye cruel world", "goodbye all", "farewell everyone", "goodnight forever"]
    + ["these are my last words", "this is my final goodbye", "it was nice knowing you all"]
    + ["i just wanted to say goodbye", "i wanted to say goodbye to everyone"]
    + ["by the time you read this", "by the time you read this ill be gone"]
    + ["if youre reading this im gone", "if you're reading this, i'm already gone"]
    + ["you wont have to worry about me anymore", "you wont hear from me again"]
    + ["nobody will have to deal with me anymore", "i wont be a problem anymore"]
    + ["i wont be a burden much longer", "i wont bother anyone anymore"]
    + ["this is the last time youll hear from me", "i love you all so much im sorry"]
    + ["im sorry. i love you all", "sorry for everything i love you all"],
)
def test_a_goodbye_notes_words_typed_alone_are_the_readers_crisis(typed: str) -> None:
    assert suggests_crisis(typed)
    assert not about_someone_else(typed)


@pytest.mark.parametrize(
    "typed",
    ["goodbye my lover", "you wont hear from me till monday", "by the time you read this book"]
    + ["i wont be a problem anymore if i get a bigger flat", "if youre reading this, hi"]
    + ["if you are reading this you are awesome", "sorry i love you", "i love you all so much"]
    + ["bye all see you monday", "i want to say goodbye to my dog", "it was nice knowing you"]
    + ["nobody will see me again at that gym", "when you read this message please call me"],
)
def test_a_goodbye_notes_words_said_with_what_or_when_are_searches(typed: str) -> None:
    assert not suggests_crisis(typed)
