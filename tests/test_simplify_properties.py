"""Properties of the simplifier on any text, however odd: it never fails and never loses a fact.

The sentences are drawn from the words the rules look for (reporting verbs,
relative pronouns, conjunctions, subordinators, dashes, brackets, quotation
marks, numbers, names and negations), so most draws wake several rules at
once, in orders no hand-written test tries. A batch of a newsroom's archive
must not stop on the one sentence nobody foresaw.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accessible.model import Source
from accessible.parse import parse
from accessible.quotes import find_quotes
from accessible.simplify import Level, facts, simplify_article, simplify_sentence
from accessible.simplify.facts import mentions

_WORDS = (
    "the", "a", "minister", "company", "people", "shares", "said", "says", "told", "that",
    "which", "who", "where", "while", "although", "because", "when", "after", "if", "and",
    "but", "or", "also", "however", "not", "never", "no", "was", "were", "is", "had",
    "been", "has", "being", "by", "with", "compared", "including", "according", "to", "of",
    "in", "on", "Sarah", "Jones", "BBC", "London", "Mr", "Smith's", "15", "£2.5m", "4.7%",
    "two", "1990s", "it", "they", "he", "she", "their", "expected", "rose", "cut",
)  # fmt: skip
_MARKS = (",", ",", ";", ":", " -", " –", "(", ")", '"', "'", ".", "?")
_TOKEN = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_MARKS))
LEVELS: tuple[Level, ...] = ("plain", "easy")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    tokens = draw(st.lists(_TOKEN, min_size=1, max_size=45))
    text = " ".join(" ".join(tokens).split()).replace(" ,", ",").replace(" .", ".")
    return text[:1].upper() + text[1:]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(sentences())
def test_any_sentence_keeps_its_facts_and_comes_out_the_same_twice(sentence: str) -> None:
    for level in LEVELS:
        pieces, _ = simplify_sentence(sentence, level)
        assert all(piece.strip() for piece in pieces)
        kept = mentions(" ".join(pieces))
        assert not facts(sentence) - kept, (level, sentence, pieces)
        assert simplify_sentence(sentence, level)[0] == pieces


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(sentences(), min_size=1, max_size=6))
def test_any_article_simplifies_and_keeps_every_fact(paragraphs: list[str]) -> None:
    text = "A headline for the story\n\n" + "\n\n".join(paragraphs) + "\n"
    article = find_quotes(parse(Source(text, "<property>")))
    for level in LEVELS:
        version = simplify_article(article, level)
        assert version.facts.kept == 1.0, version.facts.lost
