"""Tests for the rule-based simplifier (accessible.simplify) and its SARI metric.

Fast and offline: no benchmark data is needed (the ASSET run lives in
bench/simplify/evaluate.py, the news-dev run in bench/simplify/news.py).
The sample article's targets are the issue's: plain language at grade 8 or
below with at most 20 words per sentence on average; Easy Read with every
narration sentence at most 15 words; every fact kept at both levels.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from html import escape
from pathlib import Path
from types import ModuleType

import pytest

from accessible.model import Article
from accessible.pipeline import analyze_path, analyze_text
from accessible.readability import words
from accessible.simplify import (
    Change,
    Level,
    PlainArticle,
    Prose,
    Quotation,
    Simplified,
    facts,
    facts_kept,
    simplify_article,
    simplify_paragraphs,
    simplify_sentence,
    to_html,
    to_json,
    to_markdown,
    to_text,
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


NEWS_SPLITS: list[tuple[str, Level, list[str]]] = [
    (
        "Experts said that terror convicts differ from other prisoners in many ways.",
        "easy",
        ["Experts said:", "Terror convicts differ from other prisoners in many ways."],
    ),
    (
        "Three quarters of prisoners reject the scheme and not a single convict has joined it.",
        "plain",
        ["Three quarters of prisoners reject the scheme.", "Not one convict has joined it."],
    ),
    (
        "Officials said they would close the old bridge over the river next spring, "
        "the council said.",
        "plain",
        [
            "The council said:",
            "Officials said they would close the old bridge over the river next spring.",
        ],
    ),
    (
        "They planned a repeat attack in the city two weeks after the bombings.",
        "easy",
        ["They planned a repeat attack in the city.", "This was 2 weeks after the bombings."],
    ),
    (
        "Two men were among four people jailed for 40 years each for the plot.",
        "easy",
        ["2 men were among 4 people.", "The 4 people were jailed for 40 years each for the plot."],
    ),
    (
        "Only 40 people have joined the Contest programme, the government's main scheme.",
        "plain",
        [
            "Only 40 people have joined the Contest programme.",
            "The Contest programme is the government's main scheme.",
        ],
    ),
    (
        "Quilliam Foundation – which was set up by former extremists - said more was needed.",
        "plain",
        [
            "Quilliam Foundation was set up by former extremists.",
            "Quilliam Foundation said more was needed.",
        ],
    ),
    (
        "Sales of the new phone rose by 8% in the last quarter, according to the Office for "
        "Statistics.",
        "plain",
        [
            "Sales of the new phone rose by 8% in the last quarter.",
            "This is according to the Office for Statistics.",
        ],
    ),
]
"""General news constructions, each with the sentences the rules should make of it."""


@pytest.mark.parametrize(
    ("sentence", "level", "expected"),
    NEWS_SPLITS,
    ids=[
        "said-that",
        "and-not",
        "trailing-speaker",
        "time-phrase",
        "reduced-relative",
        "final-appositive",
        "dash-relative",
        "according-to",
    ],
)
def test_news_splits(sentence: str, level: Level, expected: list[str]) -> None:
    sentences, changes = simplify_sentence(sentence, level)
    assert sentences == expected
    assert facts_kept(sentence, " ".join(sentences)) == 1.0
    assert any(c.kind.startswith("split-") for c in changes)


def test_empty_phrases_go_and_hard_words_get_plainer() -> None:
    text = "Efforts to get convicted terrorists to drop their ideology are failing, it has emerged."
    sentences, _ = simplify_sentence(text, "plain")
    assert sentences == ["Efforts to get convicted terrorists to drop their beliefs are failing."]
    sentences, _ = simplify_sentence(
        "Only 40 people have engaged with the so-called scheme.", "plain"
    )
    assert sentences == ["Only 40 people have joined the so-called scheme."]


def test_easy_read_replaces_glossed_nouns_only_where_the_phrase_fits() -> None:
    cases = {
        "Most prisoners reject rehabilitation.": "Most prisoners reject help to change.",
        "Extremism is rising.": "Extreme thinking is rising.",
        "Their beliefs are deeply ingrained.": "Their beliefs are deeply rooted.",
        "The group shares extremist views.": "The group shares extreme views.",
        # a phrase cannot modify a noun or take an "of" after it
        "They meet the rehabilitation needs.": "They meet the rehabilitation needs.",
        "The rehabilitation of offenders is slow.": "The rehabilitation of offenders is slow.",
    }
    for sentence, expected in cases.items():
        assert simplify_sentence(sentence, "easy")[0] == [expected]
    assert simplify_sentence("Extremism is rising.", "plain")[0] == ["Extremism is rising."]


def test_verbs_used_as_adjectives_are_left_alone() -> None:
    sentences, _ = simplify_sentence("Convicted terrorists were convicted of crimes.", "easy")
    assert sentences == ["Convicted terrorists were found guilty of crimes."]


SAMPLE = ROOT / "samples" / "scales-of-justice.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    return analyze_path(SAMPLE)


@pytest.fixture(scope="module")
def rewritten(article: Article) -> dict[str, PlainArticle]:
    return {level: simplify_article(article, level) for level in ("plain", "easy")}


def test_sample_plain_meets_its_targets(rewritten: dict[str, PlainArticle]) -> None:
    summary = rewritten["plain"].summary()
    assert summary.after.flesch_kincaid_grade <= 8.0
    assert summary.after.words / summary.after.sentences <= 20.0
    assert summary.before.flesch_kincaid_grade > 12.0  # the original is hard: this is progress
    assert summary.facts.kept == 1.0 and summary.facts.total > 40


def test_sample_easy_read_sentences_are_short(rewritten: dict[str, PlainArticle]) -> None:
    plain = rewritten["easy"]
    narration = plain.narration_sentences()
    assert all(len(words(s)) <= 15 for s in narration), narration
    summary = plain.summary()
    assert summary.after.flesch_kincaid_grade <= 7.0
    assert summary.facts.kept == 1.0
    assert any("3 in 4" in s for s in narration)  # numbers as digits


@pytest.mark.xfail(
    strict=True,
    reason="grade 6.2: the speaker now comes first ('Quilliam Foundation said:') and a "
    "description of the speaker is put before it with the name repeated, not after the "
    "claim as 'it', where it read as part of what was said",
)
def test_sample_easy_read_reaches_grade_six(rewritten: dict[str, PlainArticle]) -> None:
    assert rewritten["easy"].summary().after.flesch_kincaid_grade <= 6.0


def test_easy_read_quotations_are_verbatim_blocks_naming_the_speaker(
    article: Article, rewritten: dict[str, PlainArticle]
) -> None:
    blocks = [b for b in rewritten["easy"].blocks if isinstance(b, Quotation)]
    assert [b.speaker for b in blocks] == ["Ghaffar Hussain", "Ministry of Justice spokesman"]
    assert blocks[0].lead == ("Ghaffar Hussain told IBTimes UK:",)
    assert blocks[1].lead == ("A Ministry of Justice spokesman said:",)
    assert [len(b.quotes) for b in blocks] == [5, 4]  # continuation paragraphs join their block
    quoted = "\n".join(q for b in blocks for q in b.quotes)
    for quote in article.quotes:
        assert f'"{quote.span.of(article.text)}' in quoted
    kept = rewritten["easy"].summary()
    assert kept.quoted_sentences == 12 and kept.quoted_words > 200


def test_plain_keeps_quotations_inline(rewritten: dict[str, PlainArticle]) -> None:
    plain = rewritten["plain"]
    assert not any(isinstance(b, Quotation) for b in plain.blocks)
    quoted = plain.quoted_sentences()
    assert quoted[0].startswith('He told IBTimes UK: "Often the more hardcore')
    assert not set(quoted) & set(plain.narration_sentences())


def test_article_changes_point_into_the_article_text(
    article: Article, rewritten: dict[str, PlainArticle]
) -> None:
    for plain in rewritten.values():
        assert plain.changes
        for change in plain.changes:
            assert article.text[change.start : change.end] == change.before


def test_abbreviations_are_expanded_once_per_article() -> None:
    article = analyze_text(
        "Court delays\n\nThe MoJ said the NHS would act.\n\nLater the MoJ added more.\n"
    )
    text = to_text(simplify_article(article, "easy"))
    assert text.count("Ministry of Justice (MoJ)") == 1
    assert "National Health Service (NHS)" in text
    assert "Later the MoJ added more." in text


def test_glossary_explains_the_hard_words_easy_read_keeps(
    rewritten: dict[str, PlainArticle],
) -> None:
    terms = dict(rewritten["easy"].glossary)
    assert {"de-radicalisation", "spokesman"} <= terms.keys()
    # a term with a plain equivalent is replaced in the text, so needs no explanation
    assert not {"rehabilitation", "extremism"} & terms.keys()
    assert any("reject help to change" in s for s in rewritten["easy"].narration_sentences())
    assert rewritten["plain"].glossary == ()


def test_attribution_after_the_quote_becomes_the_lead() -> None:
    article = analyze_text(
        'Court delays\n\n"We will act," said Jane Smith, the minister. "It is not acceptable."\n'
    )
    blocks = simplify_article(article, "easy").blocks
    assert blocks == (
        Quotation(
            "Jane Smith",
            ("Jane Smith was the minister.", "Jane Smith said:"),
            ('"We will act,"', '"It is not acceptable."'),
        ),
    )


@pytest.mark.parametrize("level", ["plain", "easy"])
def test_every_format_renders_with_the_summary(
    rewritten: dict[str, PlainArticle], level: Level
) -> None:
    plain = rewritten[level]
    summary = plain.summary().sentence()
    assert summary.startswith("Reading grade 12.7 before")
    for render in (to_markdown, to_text):
        out = render(plain)
        assert plain.title in out and summary in out
    assert escape(plain.title) in to_html(plain) and escape(summary) in to_html(plain)
    markdown = to_markdown(plain)
    assert markdown.startswith("*Scales of justice*\n\n# Efforts to change")
    html = to_html(plain)
    assert '<html lang="en">' in html and "<h1>" in html
    assert "http" not in html  # self-contained: nothing fetched from elsewhere
    data = json.loads(to_json(plain))
    assert data["level"] == level and data["blocks"] and data["changes"]
    assert data["readability"]["facts"]["kept"] == 1.0
    before = data["readability"]["before"]["flesch_kincaid_grade"]
    assert data["readability"]["after"]["flesch_kincaid_grade"] < before


def test_easy_html_sets_quotations_apart(rewritten: dict[str, PlainArticle]) -> None:
    html = to_html(rewritten["easy"])
    assert html.count("<blockquote>") == 2
    assert "<cite>Ghaffar Hussain</cite>" in html
    assert "<dl>" in html and "<dt>de-radicalisation</dt>" in html
    assert "&quot;Often the more hardcore prisoners" in html


def test_easy_read_paragraphs_are_short(rewritten: dict[str, PlainArticle]) -> None:
    prose = [b for b in rewritten["easy"].blocks if isinstance(b, Prose)]
    assert prose and all(len(b.lines) <= 3 for b in prose)


def test_article_simplification_is_deterministic(article: Article) -> None:
    assert simplify_article(article, "easy") == simplify_article(article, "easy")


def test_every_exported_name_resolves() -> None:
    import accessible.simplify as package

    exported = {name: getattr(package, name) for name in package.__all__}
    assert exported["simplify_article"].__module__ == "accessible.simplify.article"
    assert callable(exported["facts"]) and callable(exported["to_markdown"])


def test_summary_sentence_counts_quotations_in_plain_grammar() -> None:
    one = analyze_text(
        'Rates rise\n\nThe bank raised rates on Monday.\n\n"We had no choice," the governor said.\n'
    )
    none = analyze_text(
        "Rates rise\n\nThe bank raised rates on Monday. Shops expect a slow year.\n"
    )
    said = simplify_article(one, "easy").summary().sentence()
    assert said.endswith("1 quoted sentence (4 words) is kept word for word.")
    assert "quoted" not in simplify_article(none, "easy").summary().sentence()


def test_easy_read_keeps_quoted_words_woven_into_a_sentence_inline() -> None:
    article = analyze_text(
        "TV over broadband\n\nIt helps, said Mr Burke, that people know terms like "
        '"digital", "interactive", now that digital TV reaches 56% of UK homes.\n\n'
        '"We will act," the bank\'s vice president Farhat Omar Ben Gadaravice said.\n'
    )
    easy = simplify_article(article, "easy")
    blocks = [b for b in easy.blocks if isinstance(b, Quotation)]
    assert [b.quotes for b in blocks] == [('"We will act,"',)]  # a long speaker still leads
    woven = [line.text for b in easy.blocks if isinstance(b, Prose) for line in b.lines]
    assert any('"digital", "interactive", now that' in line for line in woven)


def test_summary_of_quotations_alone_gives_no_grade() -> None:
    article = analyze_text('Quotes only\n\n"We will win," he said.\n')
    said = simplify_article(article, "easy").summary().sentence()
    assert said == "1 quoted sentence (3 words) is kept word for word."


def test_glossary_explains_a_word_only_in_the_sense_it_gives() -> None:
    def terms(text: str) -> list[str]:
        return [term for term, _ in simplify_paragraphs([text], "easy").glossary]

    assert terms("Neither country is interested in raising tensions.") == []
    assert terms("The bank raised interest rates again.") == ["interest"]
    assert terms("The games appeal to older players.") == []
    assert terms("He will appeal against the ruling.") == ["appeal"]
    assert terms("The state may have to bail out the bank.") == []
    assert terms("The mortgages were unpaid.") == ["mortgage"]  # a noun's plural still counts


def test_easy_read_quote_lead_puts_any_speaking_verb_after_its_speaker() -> None:
    article = analyze_text(
        "Karachi stocks rise\n\nThe market rose again on Tuesday.\n\n"
        '"You can call it a peace dividend," smiles one broker.\n'
    )
    blocks = [b for b in simplify_article(article, "easy").blocks if isinstance(b, Quotation)]
    assert blocks[0].lead == ("One broker smiles:",)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A lot of Arab money, he says, has already gone to Malaysia and Indonesia.",
            ["He says:", "A lot of Arab money has already gone to Malaysia and Indonesia."],
        ),
        (
            "Locally, too, say analysts, recent political developments have worked to the "
            "market's advantage.",
            [
                "Analysts say:",
                "Locally, too, recent political developments have worked to the market's "
                "advantage.",
            ],
        ),
        (
            "By contrast, says Mr Cox, the Mac mini is almost disposable for most buyers.",
            ["Mr Cox says:", "By contrast, the Mac mini is almost disposable for most buyers."],
        ),
        (  # the words after the speaker describe the speaker: left whole
            "What this means, said Stacey Jolna, senior vice president of TV Guide, is that "
            "the way people find content has to be simplified.",
            None,
        ),
    ],
)
def test_easy_read_names_a_speaker_set_inside_the_claim_first(
    sentence: str, expected: list[str] | None
) -> None:
    result = simplify_paragraphs([sentence], "easy").paragraphs[0]
    if expected is None:
        assert not any(s.endswith(":") for s in result)
    else:
        assert list(result[: len(expected)]) == expected


def test_a_fronted_clause_is_not_dated_as_a_phrase() -> None:
    since = (
        "Since it uses internet technology, IPTV could mean more choice of programmes and "
        "more local content outside of conventional broadcasts."
    )
    result = simplify_paragraphs([since], "easy").paragraphs[0]
    assert not any(s.startswith("This was since") for s in result), result


def test_the_time_of_a_modal_main_clause_is_not_put_in_the_past() -> None:
    row = (
        "A row over the colour orange could hit the courts after mobile phone giant Orange "
        "launched action against a new mobile venture."
    )
    result = simplify_paragraphs([row], "easy").paragraphs[0]
    assert result[1].startswith("This is after mobile phone giant Orange"), result


def test_an_inverted_lead_in_names_its_speaker_first() -> None:
    article = analyze_text(
        "Games\n\nYahoo runs a games site.\n\n"
        "Said Geoff Graber, director of Yahoo Games, which attracts about 12 million gamers "
        'a month: "Casual games are the big growth area for us."\n'
    )
    blocks = [b for b in simplify_article(article, "easy").blocks if isinstance(b, Quotation)]
    # Split, "It attracts ..." would come before the name it stands for: kept whole instead.
    assert blocks[0].lead == (
        "Geoff Graber, director of Yahoo Games, which attracts about 12 million gamers a month, "
        "said:",
    )


def test_a_quote_lead_gives_no_pronoun_before_its_noun() -> None:
    article = analyze_text(
        "Games\n\nThe firm makes games.\n\n"
        '"We will act soon," said Gary Dunn, development director at Codemasters, which '
        "develops games in house.\n"
    )
    blocks = [b for b in simplify_article(article, "easy").blocks if isinstance(b, Quotation)]
    assert not any(line.startswith(("They ", "It ")) for line in blocks[0].lead), blocks[0].lead
    assert blocks[0].lead[-1].endswith("said:")


def test_a_second_speech_verb_stays_with_the_speaker() -> None:
    sentence = (
        "The WTO said many developing countries support the end of quotas and stressed "
        "funding was available to countries like Bangladesh to help them make the transition."
    )
    result = simplify_paragraphs([sentence], "easy").paragraphs[0]
    assert not any(s.endswith("and stressed:") for s in result), result
    assert not any(
        s.startswith("Many developing countries support the end of quotas and") for s in result
    )


def test_a_relative_clause_after_a_list_is_not_given_to_its_last_member() -> None:
    sentence = (
        "Sony, IBM and Toshiba, who have been working on the Cell processor for three years, "
        "will show the chip at a technology conference."
    )
    result = simplify_paragraphs([sentence], "easy").paragraphs[0]
    assert not any(s.startswith("Toshiba have") for s in result), result


def test_which_means_after_a_claim_is_about_the_claim() -> None:
    sentence = (
        "The chip also uses much less power than conventional chips, said Texas, which means "
        "less strain on mobile battery life."
    )
    result = simplify_paragraphs([sentence], "easy").paragraphs[0]
    assert not any(s.startswith(("Texas means", "They means", "It means")) for s in result)


def test_a_reduced_clause_after_those_is_not_given_a_subject() -> None:
    sentence = (
        "IBM said Cell would support multiple operating systems but designers would not "
        "confirm if Microsoft's Windows was among those tested with the chip."
    )
    result = simplify_paragraphs([sentence], "easy").paragraphs[0]
    assert not any(s.startswith("Those") for s in result), result
