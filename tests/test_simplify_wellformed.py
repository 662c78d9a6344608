"""Every sentence the simplifier writes reads as a sentence, or the original stays.

Each case is a real BBC sentence on which a clause or word rule once wrote a
broken sentence; the guard in :mod:`accessible.simplify.wellformed` refuses
such edits whatever rule proposes them.
"""

from __future__ import annotations

import pytest

from accessible.simplify import simplify_sentence
from accessible.simplify.tokens import tokenize
from accessible.simplify.wellformed import (
    dangling_end,
    doubled_words,
    missing_subject,
    said_without_claim,
    verb_only_in_subclause,
)


def tokens(text: str) -> tuple:  # type: ignore[type-arg]
    return tuple(tokenize(text, 0, len(text), ()))


@pytest.mark.parametrize(
    ("piece", "broken"),
    [
        ("The Jamaican government is regaining control of Air Jamaica in an.", True),
        ("The luxury carmaker saw strong sales in Asia last.", True),
        ("It expects a charge to pay for the.", True),
        ("Prices went up.", False),
        ("Staff were told the cuts would save the firm from going under.", False),
        ("The minister said this.", False),
    ],
)
def test_a_sentence_cannot_stop_on_a_word_that_needs_another(piece: str, broken: bool) -> None:
    assert dangling_end(tokens(piece)) is broken


@pytest.mark.parametrize(
    ("piece", "broken"),
    [
        ("But said it had yet to make a final decision.", True),
        ("But shares fell.", False),
        ("Thinks Indians will rent the units.", True),
        ("Convicted terrorists include the plotters.", False),
        ("And it rose.", False),
        ("But substantially revised upwards years later.", True),
        ("But now prices are falling again.", False),
        ("But heavily infected networks could slow down.", False),
    ],
)
def test_a_sentence_needs_someone_doing_the_verb(piece: str, broken: bool) -> None:
    assert missing_subject(tokens(piece)) is broken


@pytest.mark.parametrize(
    ("piece", "broken"),
    [
        ("Audio wherever they are.", True),
        ("The notion of entrepreneurs in jail while their companies are sold.", True),
        ("Shares fell while the market rose.", False),
        ("Terror convicts differ from other prisoners because their beliefs are rooted.", False),
        ("While the market rose, shares fell.", False),
    ],
)
def test_a_sentence_needs_a_verb_outside_its_while_clause(piece: str, broken: bool) -> None:
    assert verb_only_in_subclause(tokens(piece)) is broken


def test_doubled_words_are_found() -> None:
    assert doubled_words(tokens("Staff go to to the problems.")) == {"to"}
    assert doubled_words(tokens("He had had enough.")) == {"had"}


@pytest.mark.parametrize(
    ("sentence", "bad"),
    [
        (
            "The Jamaican government is regaining control of Air Jamaica in an bid to help the "
            "ailing company out of its financial difficulties.",
            " an.",
        ),
        (
            "Volkswagen is considering building a car factory in India, but said it had yet to "
            "make a final decision.",
            "But said",
        ),
        (
            "Their popularity will be driven by more multimedia content and services which will "
            "let people watch and listen to films, TV, and audio wherever they are.",
            "Audio wherever",
        ),
        (
            "The project is still at the pilot stage and EduVision staff are on the ground to "
            "attend to teething problems with the Linux-based system.",
            " to to ",
        ),
    ],
)
@pytest.mark.parametrize("level", ["plain", "easy"])
def test_real_sentences_never_come_out_broken(sentence: str, bad: str, level: str) -> None:
    pieces, _ = simplify_sentence(sentence, level)  # type: ignore[arg-type]
    assert bad not in " ".join(pieces), pieces


def test_an_attribution_line_is_never_cut() -> None:
    from accessible.simplify.wellformed import readable

    line = tokens("The Commission for Latin America and the Caribbean said:")
    halves = (tokens("The Commission for Latin America."), tokens("The Caribbean said."))
    assert not readable(line, halves)


@pytest.mark.parametrize(
    ("piece", "broken"),
    [
        ("GM said higher healthcare costs in North America.", True),
        ("Google said none of the companies.", True),
        ("US officials have said that other economies need to grow.", False),
        ("South Korea said it plans instead to raise holdings of dollars.", False),
        ("Thomas Dawson said earlier this month.", False),
        ("Ms Lomax said in a speech to the North Wales Business Club.", False),
        ('The trough "might be contributing to risk", said the committee (FOMC).', False),
    ],
)
def test_what_someone_said_has_a_verb(piece: str, broken: bool) -> None:
    assert said_without_claim(tokens(piece)) is broken


def test_a_compound_subject_of_a_claim_is_not_cut_at_and() -> None:
    sentence = (
        "GM said higher healthcare costs in North America, and lower profits at its financial "
        "services subsidiary would hurt its performance in 2005."
    )
    pieces, _ = simplify_sentence(sentence, "easy")
    assert pieces == [sentence]
