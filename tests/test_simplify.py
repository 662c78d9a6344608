"""Tests for the rule-based simplifier (accessible.simplify) and its SARI metric.

Fast and offline: no benchmark data is needed (the ASSET run lives in
bench/simplify/evaluate.py).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from accessible.simplify import (
    Change,
    Level,
    Simplified,
    facts,
    facts_kept,
    simplify_paragraphs,
    simplify_sentence,
)
from accessible.simplify.lexicon import word_entries
from accessible.simplify.protect import quote_spans

ROOT = Path(__file__).resolve().parents[1]

NEWS = [
    "Court backlog reaches record high",
    "The Ministry of Justice (MoJ) said approximately 62,000 cases were waiting to be heard "
    "in March, and officials expect the figure to rise. The backlog, which has grown since "
    "2019, is not expected to fall before 2026.",
    'Dr Amira Khan, a researcher at the University of Leeds, said: "The delays are not '
    'acceptable, which is why we are calling for change." She added that the MoJ had failed '
    "to commence reforms.",
    "A spokesman for the MoJ said it was investing £220m in order to reduce waiting times.",
]


def _load_sari() -> ModuleType:
    """Load bench/simplify/sari.py by path, so the test runs whatever the working directory."""
    name = "bench_simplify_sari"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "simplify" / "sari.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def _words(sentence: str) -> int:
    return len(re.findall(r"[\w£$%.,'’-]*\w[\w£$%.,'’-]*", sentence))


def test_sari_matches_the_easse_readme_example() -> None:
    sari = _load_sari()
    score = sari.corpus_sari(
        ["About 95 species are currently accepted.", "The cat perched on the mat."],
        ["About 95 you now get in.", "Cat on mat."],
        [
            ["About 95 species are currently known.", "The cat sat on the mat."],
            ["About 95 species are now accepted.", "The cat is on the mat."],
            ["95 species are now accepted.", "The cat sat."],
        ],
    )
    assert score.sari == pytest.approx(33.1747, abs=1e-4)


def test_sari_of_a_copy_has_no_add_and_no_delete() -> None:
    sari = _load_sari()
    lines = ["The cat perched on the mat.", "About 95 species are currently accepted."]
    score = sari.corpus_sari(lines, lines, [["The cat sat on the mat.", "95 species exist."]])
    assert score.add == 0.0 and score.delete == 0.0 and score.keep > 0


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The council approved the plan last week, but residents said they would appeal.",
            ["The council approved the plan last week.", "But residents said they would appeal."],
        ),
        (
            "The bridge, which was built in 1890, will close for repairs in May.",
            ["The bridge will close for repairs in May.", "It was built in 1890."],
        ),
        (
            "Marcel Junod, a doctor from Geneva, visited the camp in 1945.",
            ["Marcel Junod visited the camp in 1945.", "Marcel Junod was a doctor from Geneva."],
        ),
        (
            "The company cut 300 jobs; its shares fell by 4% on Monday.",
            ["The company cut 300 jobs.", "Its shares fell by 4% on Monday."],
        ),
    ],
    ids=["coordination", "relative-clause", "appositive", "semicolon"],
)
def test_clause_splits(sentence: str, expected: list[str]) -> None:
    sentences, changes = simplify_sentence(sentence, "plain")
    assert sentences == expected
    assert any(c.kind.startswith("split-") for c in changes)


def test_lexicon_substitution_records_changes_against_the_input() -> None:
    text = "Work will commence in approximately two weeks in order to assist residents."
    sentences, changes = simplify_sentence(text, "plain")
    assert sentences == ["Work will start in about two weeks to help residents."]
    by_kind = {(c.kind, c.before, c.after) for c in changes}
    assert ("lexicon", "commence", "start") in by_kind
    assert ("lexicon", "approximately", "about") in by_kind
    assert ("phrase", "in order to", "to") in by_kind
    for change in changes:
        assert text[change.start : change.end] == change.before


def test_verbs_keep_their_form() -> None:
    sentences, _ = simplify_sentence("The firm commenced talks and purchased a rival.", "plain")
    assert sentences == ["The firm started talks and bought a rival."]
    # "purchase" is also a noun: left alone where it is one.
    sentences, _ = simplify_sentence("The purchase was approved.", "plain")
    assert sentences == ["The purchase was approved."]


def test_abbreviation_expanded_on_first_use_only() -> None:
    result = simplify_paragraphs(
        ["The MoJ said the NHS must act.", "Later the MoJ added more detail."], "easy"
    )
    text = result.text()
    assert text.count("Ministry of Justice (MoJ)") == 1
    assert "National Health Service (NHS)" in text
    assert "Later the MoJ added more detail." in text
    expansions = [c for c in result.changes if c.kind == "abbreviation"]
    assert {c.before for c in expansions} == {"MoJ", "NHS"}
    assert all(c.paragraph == 0 for c in expansions)


def test_abbreviation_the_text_explains_is_left_alone() -> None:
    result = simplify_paragraphs(["The Ministry of Justice (MoJ) said the MoJ was ready."], "easy")
    assert "Ministry of Justice (Ministry" not in result.text()
    assert result.text().count("Ministry of Justice") == 1


def test_quotes_are_never_rewritten() -> None:
    quote = (
        '"We will commence approximately 40 projects, which will assist residents '
        'in order to cut delays," she said.'
    )
    levels: tuple[Level, ...] = ("plain", "easy")
    for level in levels:
        sentences, changes = simplify_sentence(quote, level)
        joined = " ".join(sentences)
        start, end = quote_spans(quote)[0]
        assert quote[start:end] in joined
        assert all(c.end <= start or c.start >= end for c in changes)


def test_protected_spans_from_the_caller_are_respected() -> None:
    paragraph = "Officials will commence work and the board will commence talks."
    start = paragraph.index("commence talks")
    result = simplify_paragraphs(
        [paragraph], "plain", protected=[[(start, start + len("commence talks"))]]
    )
    assert "start work" in result.text()
    assert "commence talks" in result.text()


@pytest.mark.parametrize("level", ["plain", "easy"])
def test_facts_are_kept_on_a_news_article(level: Level) -> None:
    result = simplify_paragraphs(NEWS, level)
    assert isinstance(result, Simplified)
    assert len(result.paragraphs) == len(NEWS)
    for source, sentences in zip(NEWS, result.paragraphs, strict=True):
        assert facts_kept(source, " ".join(sentences)) == 1.0
    assert result.paragraphs[0] == ("Court backlog reaches record high",)  # headings kept


def test_facts_counts_numbers_names_negations_and_quotes() -> None:
    found = facts('Rollins didn\'t retire in 1962, the BBC said: "never".')
    assert found["num:1962"] == 1
    assert found["name:Rollins"] == 1 and found["name:BBC"] == 1
    assert found["neg:not"] == 1 and found["neg:never"] == 1
    assert found['quote:"never"'] == 1
    assert "name:The" not in facts("The cat sat.")  # sentence-initial ordinary word
    assert facts_kept("Three people died.", "3 people died.") == 1.0
    assert facts_kept("It did not rain in 2004.", "It rained in 2004.") < 1.0


def test_a_rule_that_would_lose_a_fact_is_not_applied() -> None:
    sentences, changes = simplify_sentence(
        "Marcel Junod (1904 - 1961) met the mayor (and his wife) in Geneva.", "plain"
    )
    assert sentences == ["Marcel Junod (1904 - 1961) met the mayor in Geneva."]
    assert [c.before for c in changes if c.kind == "aside"] == ["(and his wife)"]


def test_easy_read_sentences_are_short() -> None:
    paragraph = (
        "The council, which runs 40 schools in the city, said on Monday that it would close "
        "three libraries. Tracking the budget closely, officials found a gap of £5m, and they "
        "warned that more cuts were likely. The plan was approved by the cabinet. Residents "
        "protested outside the town hall, and some carried banners."
    )
    result = simplify_paragraphs([paragraph], "easy")
    sentences = result.paragraphs[0]
    assert len(sentences) >= 7
    assert all(_words(s) <= 15 for s in sentences), sentences
    assert "The cabinet approved the plan." in sentences  # active voice
    assert any("3 libraries" in s for s in sentences)  # numbers as digits
    assert facts_kept(paragraph, " ".join(sentences)) == 1.0


def test_easy_read_glossary_explains_hard_words_it_keeps() -> None:
    result = simplify_paragraphs(["The inquest heard that the mortgage was unpaid."], "easy")
    terms = [term for term, _ in result.glossary]
    assert terms == ["inquest", "mortgage"]
    assert simplify_paragraphs(["The inquest opened."], "plain").glossary == ()


def test_deterministic() -> None:
    first = simplify_paragraphs(NEWS, "easy")
    second = simplify_paragraphs(NEWS, "easy")
    assert first == second
    assert all(isinstance(c, Change) for c in first.changes)


def test_change_offsets_point_into_their_paragraph() -> None:
    result = simplify_paragraphs(NEWS, "easy")
    assert result.changes
    for change in result.changes:
        assert NEWS[change.paragraph][change.start : change.end] == change.before


def test_each_line_gives_one_output_line() -> None:
    lines = [
        "Rollins retired in 1962 and opted to become a coach.",
        "It is particularly famous for the cultivation of kiwifruit.",
    ]
    outputs = [" ".join(simplify_sentence(line, "easy")[0]) for line in lines]
    assert len(outputs) == len(lines)
    assert all("\n" not in line for line in outputs)
    assert outputs[1] == "It is famous for the growing of kiwifruit."


def test_lexicon_replacements_are_more_common_words() -> None:
    wordfreq = pytest.importorskip("wordfreq")
    for entry in word_entries():
        before = wordfreq.zipf_frequency(entry.word, "en")
        after = min(wordfreq.zipf_frequency(w, "en") for w in entry.replacement.split())
        assert after >= before - 0.05, entry
