"""Word-level simplification: plainer words, empty words dropped, compounds unpacked."""

from __future__ import annotations

import pytest

from accessible.simplify import Level, simplify_sentence

CASES: list[tuple[str, Level, str]] = [
    # Plain-language substitutions keep the verb's form.
    ("The name derives from a Latin word.", "plain", "The name comes from a Latin word."),
    ("The name is derived from a Latin word.", "plain", "The name comes from a Latin word."),
    ("The comet was discovered in 1846.", "plain", "The comet was found in 1846."),
    ("The comet was observed in 1846.", "plain", "The comet was seen in 1846."),
    ("The two towns merged in 1994.", "plain", "The two towns joined in 1994."),
    ("Trains are operated by a firm.", "plain", "Trains are run by a firm."),
    ("The bridge was completed in 1910.", "plain", "The bridge was finished in 1910."),
    ("It is mainly found in Peru.", "plain", "It is mostly found in Peru."),
    ("It is adjacent to the school.", "plain", "It is next to the school."),
    ("They chose trains rather than buses.", "plain", "They chose trains instead of buses."),
    # Empty words go; meaning words stay.
    ("Smith also wrote two novels.", "plain", "Smith wrote two novels."),
    ("The plan was simply ignored.", "plain", "The plan was ignored."),
    ("It was caught and then sold.", "plain", "It was caught and sold."),
    ("Not a single guard saw him.", "plain", "Not one guard saw him."),
    # Intensifiers and hedges go only in Easy Read.
    ("The town was completely rebuilt.", "plain", "The town was completely rebuilt."),
    ("The town was completely rebuilt.", "easy", "The town was rebuilt."),
    ("The town was almost entirely rebuilt.", "easy", "The town was almost entirely rebuilt."),
    # "anti-"/"counter-" compounds before a noun are unpacked in Easy Read.
    (
        "The council backed the counter-terrorism scheme.",
        "easy",
        "The council backed the scheme against terrorism.",
    ),
    (
        "The council backed the counter-terrorism scheme.",
        "plain",
        "The council backed the counter-terrorism scheme.",
    ),
    ("Police met the anti-war protesters.", "easy", "Police met the protesters against war."),
]


@pytest.mark.parametrize(("text", "level", "expected"), CASES)
def test_word_level_rewrites(text: str, level: Level, expected: str) -> None:
    sentences, _ = simplify_sentence(text, level)
    assert " ".join(sentences) == expected


def test_a_compound_inside_a_longer_noun_phrase_is_kept() -> None:
    text = "The counter-terrorism police officers arrived."
    sentences, _ = simplify_sentence(text, "easy")
    assert sentences == ["The counter-terrorism police officers arrived."]


def test_a_verb_is_checked_against_the_writer_s_words_not_a_replacement() -> None:
    # "extremism" becomes "extreme thinking"; "required" still follows its subject.
    sentences, _ = simplify_sentence("Defeating extremism required focus.", "easy")
    assert sentences == ["Defeating extreme thinking needed focus."]


def test_a_quoted_also_is_kept() -> None:
    sentences, _ = simplify_sentence('He said: "We also need help."', "plain")
    assert " ".join(sentences) == 'He said: "We also need help."'
