"""Quote finding and attribution: every requirement as a small table of cases.

Each case is a few paragraphs of news-style text; the expectations are the
quoted words, their kind and who says them. The property tests at the end
check what must hold for any text at all.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accessible.config import load_profile
from accessible.model import Article, Source
from accessible.parse import parse
from accessible.pipeline import analyze_path
from accessible.quotes import find_quotes
from accessible.script import build_script


def analyse(*paragraphs: str, title: str = "Headline") -> Article:
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return find_quotes(parse(Source(text, "<test>")))


def found(article: Article) -> list[tuple[str, str | None, str]]:
    """(quoted words, speaker name, kind) for each quote, in order."""
    result: list[tuple[str, str | None, str]] = []
    for quote in article.quotes:
        speaker = article.speaker(quote.speaker)
        result.append((quote.span.of(article.text), speaker.name if speaker else None, quote.kind))
    return result


def texts(article: Article) -> list[str]:
    return [q.span.of(article.text) for q in article.quotes]


# -- the sample --------------------------------------------------------------------------


def test_sample_speakers_descriptions_and_genders(sample: Path) -> None:
    article = analyze_path(sample)
    by_name = {s.name: s for s in article.speakers}
    assert set(by_name) == {"Ghaffar Hussain", "Ministry of Justice spokesman"}
    hussain = by_name["Ghaffar Hussain"]
    assert hussain.description == "Quilliam's head of research"
    assert hussain.gender == "male"
    said = [article.speaker(q.speaker) for q in article.quotes]
    assert [s.name if s else None for s in said] == ["Ghaffar Hussain"] * 5 + [
        "Ministry of Justice spokesman"
    ] * 4
    assert all(q.kind == "direct" for q in article.quotes)


def test_sample_unclosed_nested_quote_swallows_nothing(sample: Path) -> None:
    article = analyze_path(sample)
    for quote in article.quotes:
        paragraph = next(p for p in article.paragraphs if quote.span in p.span)
        assert quote.span.end <= paragraph.span.end
        assert "said:" not in quote.span.of(article.text)
    second = article.quotes[1].span.of(article.text)
    assert second.startswith("The challenge") and second.endswith("discuss it?")


# -- quotation marks ---------------------------------------------------------------------

MARKS = [
    ('Mr Smith said: "It is over."', ["It is over."]),
    ("Mr Smith said: “It is over.”", ["It is over."]),
    ("Mr Smith said: 'It is over.'", ["It is over."]),
    ("Mr Smith said: «It is over.»", ["It is over."]),
    ("Mr Smith said: ‘It is over.’", ["It is over."]),
    ('"We don\'t agree," Mr Smith said.', ["We don't agree,"]),
    ("The convicted terrorists' views are 'deeply held', Mr Smith said.", ["deeply held"]),
    ("Sales in the '90s were 'very strong', Ms Jones said.", ["very strong"]),
    ("Hackers use 'bot nets to send spam, and the terrorists' aims are unclear.", []),
    ("\"He called it 'a disgrace' today,\" she said.", ["He called it 'a disgrace' today,"]),
    ('"He called it "rubbish" and left," she said.', ['He called it "rubbish" and left,']),
]


@pytest.mark.parametrize(("paragraph", "expected"), MARKS)
def test_quotation_marks(paragraph: str, expected: list[str]) -> None:
    assert texts(analyse(paragraph)) == expected


def test_quotation_over_several_paragraphs() -> None:
    article = analyse(
        'Mr Smith said: "The first part goes on.',
        '"The second part goes on.',
        '"The third part ends here," he added.',
        "Then the narrator speaks again.",
    )
    assert found(article) == [
        ("The first part goes on.", "Mr Smith", "direct"),
        ("The second part goes on.", "Mr Smith", "direct"),
        ("The third part ends here,", "Mr Smith", "direct"),
    ]


def test_reopened_quotation_in_one_paragraph_gives_two_entries() -> None:
    article = analyse('Jo Green told the BBC: "First we wait. "Then we act."')
    assert texts(article) == ["First we wait.", "Then we act."]
    assert {name for _, name, _ in found(article)} == {"Jo Green"}


def test_unbalanced_mark_does_not_swallow_the_article() -> None:
    article = analyse(
        "Mr Smith said: \"This never closes, and an 'inner one never does.",
        "The narrator carries on here.",
        "And here.",
    )
    assert texts(article) == ["This never closes, and an 'inner one never does."]


OTHER_STYLES = [
    # German and Czech „…“: the closing “ is the English opening mark.
    ("„Wir sind bereit“, sagte er. „Das ist gut.“", ["Wir sind bereit", "Das ist gut."]),
    ("„Jsme připraveni“, řekl. „To je dobře.“", ["Jsme připraveni", "To je dobře."]),
    (
        "„Er nannte es ‚eine Schande‘ und ging“, sagte sie. „Gut.“",
        ["Er nannte es ‚eine Schande‘ und ging", "Gut."],
    ),
    (
        "Er sagte: „Die Häuser‘ Dächer sind ‚neu‘.“ Dann ging er.",
        ["Die Häuser‘ Dächer sind ‚neu‘."],
    ),
    # Polish „…”, with «…» nested inside.
    ("„Jesteśmy gotowi” – powiedział. „To dobrze.”", ["Jesteśmy gotowi", "To dobrze."]),
    (
        "Powiedział: „To jest «dobre» rozwiązanie”. Potem wyszedł.",
        ["To jest «dobre» rozwiązanie"],
    ),
    # French « … », spaces inside, ordinary and no-break.
    (
        "Il a dit : « Nous sommes prêts », a-t-il ajouté. « C’est bon. »",
        ["Nous sommes prêts", "C’est bon."],
    ),
    ("Elle a dit\u00a0: «\u00a0Non\u00a0», puis elle est partie.", ["Non"]),
    # Swiss «…» with ‹…› nested inside.
    (
        "«Wir sind ‹sehr› bereit», sagte er. «Das ist gut.»",
        ["Wir sind ‹sehr› bereit", "Das ist gut."],
    ),
    # German and Danish books: »…« with ›…‹ nested inside.
    (
        "»Er sagte ›nein‹ und ging«, sagte sie. »Gut.«",
        ["Er sagte ›nein‹ und ging", "Gut."],
    ),
    ("»Vi er klar«, sagde han. »Det er godt.«", ["Vi er klar", "Det er godt."]),
    # Unbalanced: a mismatched closing mark still closes; a new opening mark reopens.
    ("„Wir sind bereit», sagte er. Das ist gut.", ["Wir sind bereit"]),
    ('„Wir sind bereit", sagte er. „Gut.“', ["Wir sind bereit", "Gut."]),
    ("„Wir sind bereit, sagte er. „Das ist gut.“", ["Wir sind bereit, sagte er.", "Das ist gut."]),
    ("„Wir sind bereit, sagte er, „das ist gut.“", ["Wir sind bereit, sagte er,", "das ist gut."]),
]


@pytest.mark.parametrize(("paragraph", "expected"), OTHER_STYLES)
def test_quotation_marks_of_other_languages(paragraph: str, expected: list[str]) -> None:
    assert texts(analyse(paragraph)) == expected


def test_english_marks_beside_german_ones_keep_their_roles() -> None:
    article = analyse(
        "„Wir sind bereit“, sagte er.",
        "Mr Smith said: “It is over.” Then he left.",
    )
    assert texts(article) == ["Wir sind bereit", "It is over."]


def test_unclosed_german_quote_ends_with_its_paragraph() -> None:
    article = analyse("Er sagte: „Das hört nie auf.", "Der Erzähler spricht weiter.")
    assert texts(article) == ["Das hört nie auf."]


def test_missing_opening_mark_before_a_cue() -> None:
    article = analyse('It was a surprise. It came out of the blue," Mr Lee said.')
    assert texts(article) == ["It came out of the blue,"]


# -- fragments ---------------------------------------------------------------------------

FRAGMENTS = [
    ('Critics called it a "continuing stream" of leaks.', "continuing stream", "critics"),
    ('The firm had "fooled" the market, analysts said.', "fooled", "analysts"),
    ('Mr Brown said the summit was "a breakthrough" for Africa.', "a breakthrough", "Mr Brown"),
    ('The word "blog" was chosen this year.', "blog", None),
]


@pytest.mark.parametrize(("paragraph", "words", "speaker"), FRAGMENTS)
def test_fragments(paragraph: str, words: str, speaker: str | None) -> None:
    assert found(analyse(paragraph)) == [(words, speaker, "fragment")]


def test_headline_scare_quotes_are_fragments() -> None:
    article = analyse("Millions of workers will lose their jobs, a charity has warned.",
                      title="Millions 'to lose textile jobs'")  # fmt: skip
    assert found(article) == [("to lose textile jobs", "charity", "fragment")]


def test_fragments_stay_with_the_narrator_unless_the_profile_voices_them() -> None:
    article = analyse('Mr Brown said the summit was "a breakthrough" for Africa.')
    profile = load_profile("default")
    assert all(line.kind == "narration" for line in build_script(article, profile).lines[1:])
    voiced = build_script(article, replace(profile, voice_fragments=True))
    assert [line.text for line in voiced.lines if line.kind == "quote"] == ["a breakthrough"]


# -- where the cue stands ----------------------------------------------------------------

POSITIONS = [
    ('"It is a disgrace," said Mr Blair.', ["Mr Blair"]),
    ('"It is a disgrace," Mr Blair said.', ["Mr Blair"]),
    ('Tony Blair spoke. "It is," he said, "a disgrace."', ["Tony Blair", "Tony Blair"]),
    ('Mr Abbas said: "We want peace."', ["Mr Abbas"]),
    ('Mr Abbas told reporters: "We want peace."', ["Mr Abbas"]),
    ('According to Mr Abbas, "peace is near."', ["Mr Abbas"]),
]


@pytest.mark.parametrize(("paragraph", "speakers"), POSITIONS)
def test_cue_after_between_and_before(paragraph: str, speakers: list[str]) -> None:
    article = analyse(paragraph)
    assert [name for _, name, _ in found(article)] == speakers
    assert all(kind == "direct" for _, _, kind in found(article))


VERBS = ["said", "says", "added", "warned", "insisted", "argued", "explained", "has said",
         "will say", "claimed", "admitted", "wrote", "told the BBC"]  # fmt: skip


@pytest.mark.parametrize("verb", VERBS)
def test_speech_verbs_in_both_orders(verb: str) -> None:
    after = analyse(f'"The plan will work," Ms Jane Doe {verb}.')
    before = analyse(f'Ms Jane Doe {verb}: "The plan will work."')
    assert found(after) == [("The plan will work,", "Jane Doe", "direct")]
    assert found(before) == [("The plan will work.", "Jane Doe", "direct")]


# -- who: pronouns, one speaker per person, unnamed speakers -----------------------------


def test_pronoun_resolves_to_the_earlier_person_with_gender() -> None:
    article = analyse(
        "Ghaffar Hussain, Quilliam's head of research, praised the steps taken.",
        'He told IBTimes UK: "More has to be done."',
    )
    assert found(article) == [("More has to be done.", "Ghaffar Hussain", "direct")]
    assert article.speakers[0].gender == "male"
    assert article.speakers[0].description == "Quilliam's head of research"


def test_pronouns_with_several_people_in_play() -> None:
    article = analyse(
        "Mary Jones met Peter Brown, the chairman of the club, on Monday.",
        '"We agreed a deal," she said.',
        '"It was hard work," he said. "But it was worth it."',
    )
    assert [name for _, name, _ in found(article)] == ["Mary Jones", "Peter Brown", "Peter Brown"]
    genders = {s.name: s.gender for s in article.speakers}
    assert genders == {"Mary Jones": "female", "Peter Brown": "male"}


def test_one_speaker_across_full_name_title_and_surname() -> None:
    article = analyse(
        'Palestinian leader Mahmoud Abbas said: "We want peace."',
        '"We will talk," Mr Abbas said.',
        '"Soon," Abbas added.',
    )
    assert len(article.speakers) == 1
    speaker = article.speakers[0]
    assert (speaker.name, speaker.description, speaker.gender) == (
        "Mahmoud Abbas",
        "Palestinian leader",
        "male",
    )


def test_role_before_the_name_is_the_description() -> None:
    article = analyse('"Profits rose," said chief executive Jeroen van der Veer.')
    speaker = article.speakers[0]
    assert (speaker.name, speaker.description) == ("Jeroen van der Veer", "chief executive")


UNNAMED = [
    ('A Ministry of Justice spokesman said: "No comment."', "Ministry of Justice spokesman"),
    ('"It will fail," critics said.', "critics"),
    ('The government said: "It will work."', "the government"),
    ('"Sales were weak," one dealer told Reuters.', "one dealer"),
    ('A spokeswoman for the club said: "No comment."', "spokeswoman for the club"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), UNNAMED)
def test_unnamed_and_collective_speakers(paragraph: str, speaker: str) -> None:
    assert [name for _, name, _ in found(analyse(paragraph))] == [speaker]


def test_no_plausible_speaker_gives_none_with_no_confidence() -> None:
    article = analyse('"Nobody knows what happens next."', "The weather was cold.")
    assert [(q.speaker, q.confidence) for q in article.quotes] == [(None, 0.0)]


def test_every_quote_has_a_confidence_and_continuations_are_less_certain() -> None:
    article = analyse('"It is a disgrace," said Mr Blair. "It must stop."')
    first, second = article.quotes
    assert first.speaker == second.speaker
    assert 0 < second.confidence < first.confidence <= 1


# -- properties --------------------------------------------------------------------------

_ALPHABET = st.sampled_from([*"ab cd Ef.,:!?'\"“”‘’«»\n-", "said", " he ", "Mr X"])
_WORD = re.compile(r"\w+")


@st.composite
def articles(draw: st.DrawFn) -> Article:
    body = "".join(draw(st.lists(_ALPHABET, max_size=60)))
    text = "Title\n\n" + body.replace("\n", "\n\n") + " end\n"
    return find_quotes(parse(Source(text, "<prop>")))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(articles())
def test_quote_spans_are_inside_one_paragraph_and_never_overlap(article: Article) -> None:
    regions = [p.span for p in article.paragraphs] + ([article.title] if article.title else [])
    spans = sorted((q.span.start, q.span.end) for q in article.quotes)
    for quote in article.quotes:
        assert 0 <= quote.span.start < quote.span.end <= len(article.text)
        assert any(quote.span in region for region in regions)
        assert 0.0 <= quote.confidence <= 1.0
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(articles())
def test_narration_and_quotes_cover_every_word_once(article: Article) -> None:
    profile = replace(load_profile("default"), voice_fragments=True)
    spoken: list[int] = []
    for line in build_script(article, profile).lines:
        spoken += [m.start() for m in _WORD.finditer(article.text, line.span.start, line.span.end)]
    regions = [p.span for p in article.paragraphs] + ([article.title] if article.title else [])
    words = sorted(m.start() for r in regions for m in _WORD.finditer(article.text, r.start, r.end))
    assert sorted(spoken) == words
