"""Run the rules over a text, guarding each edit and recording it as a Change.

Rules are tried in a fixed order — word-level rewrites, then asides, then
clause splits — and every piece a split produces goes through all of them
again, so a long sentence is split as far as the rules allow. The order and
the guard make the output deterministic: the same input always gives the
same sentences and the same list of changes.

A :class:`Session` carries what must persist across one document — which
abbreviations the reader has had explained, the changes so far — so the
paragraph API and the article API (:mod:`.article`) share one engine.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..sentences import split_sentences
from .abbreviations import AbbreviationState, expand_first_use
from .adjuncts import (
    split_according,
    split_dash,
    split_fronted,
    split_time,
    split_trailing,
)
from .asides import drop_brackets, drop_dashes
from .clauses import (
    split_colon,
    split_coordination,
    split_reason,
    split_semicolon,
    split_subordinate,
    split_verb_phrases,
)
from .compounds import unpack_against
from .edits import Context, Edit, Rule, Sentence, accept
from .glossary import build_glossary
from .lexical import rewrite_phrases, substitute_words
from .numerals import to_digits
from .participles import split_fronted_participle, split_participle, split_with_absolute
from .protect import protected_spans
from .records import Change, Level, Simplified
from .relatives import (
    split_appositive,
    split_reduced,
    split_relative,
    split_restrictive,
    split_titled_name,
)
from .reported import split_and_that, split_parenthetical, split_reported, split_said_that
from .tidy import tidy
from .tokens import tokenize
from .voice import to_active

WORD_RULES: tuple[Rule, ...] = (rewrite_phrases, unpack_against, substitute_words)
ASIDE_RULES: tuple[Rule, ...] = (drop_brackets, drop_dashes)
SPLIT_RULES: tuple[Rule, ...] = (
    split_semicolon,
    split_colon,
    split_titled_name,
    split_reported,
    split_parenthetical,
    split_and_that,
    split_said_that,
    split_subordinate,
    split_relative,
    split_appositive,
    split_coordination,
    split_verb_phrases,
    split_participle,
    split_fronted_participle,
    split_with_absolute,
    split_reason,
    split_restrictive,
    split_dash,
    split_according,
    split_trailing,
    split_fronted,
    split_time,
    split_reduced,
)
EASY_RULES: tuple[Rule, ...] = (to_digits, to_active)

RULES: dict[Level, tuple[Rule, ...]] = {
    "plain": WORD_RULES + ASIDE_RULES + SPLIT_RULES,
    "easy": WORD_RULES + ASIDE_RULES + SPLIT_RULES + EASY_RULES,
}
MAX_EDITS_PER_RULE = 40
"""Bound on edits one rule may make to one sentence (a safety net; real text needs few)."""
MAX_DEPTH = 8
"""Bound on how many times a sentence's pieces may be split again."""


class Session:
    """One document's simplification: its level, the changes so far, what was explained.

    ``texts`` are read first so an abbreviation the document explains itself
    ("the Ministry of Justice (MoJ)") is never expanded again.
    """

    def __init__(self, level: Level, texts: Iterable[str] = ()) -> None:
        self.level = level
        self.context = Context(level)
        self.rules = RULES[level]
        self.abbreviations = AbbreviationState()
        for text in texts:
            self.abbreviations.learn(text)
        self.changes: list[Change] = []

    def _record(self, edit: Edit, text: str, paragraph: int) -> None:
        start, end = edit.span
        self.changes.append(Change(edit.kind, text[start:end], edit.after, start, end, paragraph))

    def rewrite(
        self, sentence: Sentence, text: str, paragraph: int = 0, depth: int = 0
    ) -> list[Sentence]:
        """Apply every rule to ``sentence`` (tokens of ``text``); a split recurses into pieces."""
        for rule in self.rules:
            sentence, pieces = self._apply(rule, sentence, text, paragraph, depth < MAX_DEPTH)
            if pieces:
                return [
                    p for piece in pieces for p in self.rewrite(piece, text, paragraph, depth + 1)
                ]
        return [sentence]

    def reword(self, sentence: Sentence, text: str, paragraph: int = 0) -> Sentence:
        """Word-level rules only, for a title or heading, which must stay one line."""
        for rule in (*WORD_RULES, *(r for r in EASY_RULES if r in self.rules)):
            sentence, _ = self._apply(rule, sentence, text, paragraph, split=False)
        return sentence

    def _apply(
        self, rule: Rule, sentence: Sentence, text: str, paragraph: int, split: bool = True
    ) -> tuple[Sentence, tuple[Sentence, ...]]:
        """Apply ``rule`` until it has nothing more to do; a split returns its pieces."""
        for _ in range(MAX_EDITS_PER_RULE):
            edit = next(
                (
                    e
                    for e in rule(sentence, self.context)
                    if (split or len(e.result) == 1) and accept(sentence, e)
                ),
                None,
            )
            if edit is None:
                break
            self._record(edit, text, paragraph)
            if len(edit.result) > 1:
                return sentence, edit.result
            sentence = edit.result[0]
        return sentence, ()

    def explain(self, sentence: Sentence, paragraph: int = 0) -> Sentence:
        """Easy Read: expand the first use of each abbreviation in ``sentence``."""
        if self.level != "easy":
            return sentence
        result, expanded = expand_first_use(sentence, self.abbreviations)
        for token, expansion in expanded:
            self.changes.append(
                Change(
                    "abbreviation",
                    token.text,
                    f"{expansion} ({token.text})",
                    token.start,
                    token.end,
                    paragraph,
                )
            )
        return result

    def simplify(
        self,
        text: str,
        spans: Iterable[tuple[int, int]],
        protected: Sequence[tuple[int, int]] = (),
        paragraph: int = 0,
    ) -> list[Sentence]:
        """The simplified token sentences of the sentences at ``spans`` of ``text``."""
        out: list[Sentence] = []
        for start, end in spans:
            tokens = tuple(tokenize(text, start, end, protected))
            for piece in self.rewrite(tokens, text, paragraph):
                piece = self.explain(piece, paragraph)
                if tidy(piece):
                    out.append(piece)
        return out

    def glossary(self, sentences: Iterable[str]) -> list[tuple[str, str]]:
        """Easy Read's glossary: abbreviations met inside quotes, then hard words kept."""
        if self.level != "easy":
            return []
        known = {term for term, _ in self.abbreviations.glossary}
        return self.abbreviations.glossary + [
            entry for entry in build_glossary(sentences) if entry[0] not in known
        ]


def simplify_paragraphs(
    paragraphs: Sequence[str],
    level: Level,
    *,
    protected: Sequence[Sequence[tuple[int, int]]] = (),
) -> Simplified:
    """Simplify ``paragraphs`` to ``level``.

    ``protected[i]`` lists character spans of ``paragraphs[i]`` (quotes) that
    must be kept verbatim; quotation marks the simplifier finds itself are
    protected too. Each input paragraph yields one tuple of output sentences.
    """
    session = Session(level, paragraphs)
    out: list[tuple[str, ...]] = []
    for index, text in enumerate(paragraphs):
        given = protected[index] if index < len(protected) else ()
        spans = protected_spans(text, given)
        pieces = session.simplify(text, split_sentences(text), spans, index)
        out.append(tuple(tidy(piece) for piece in pieces))
    glossary = session.glossary(s for p in out for s in p)
    return Simplified(tuple(out), tuple(session.changes), tuple(glossary))


def simplify_sentence(sentence: str, level: Level) -> tuple[list[str], list[Change]]:
    """Simplify one line on its own (``--each-line``, the benchmark).

    The line may hold more than one sentence; offsets in the changes are into ``sentence``.
    """
    result = simplify_paragraphs([sentence], level)
    return list(result.paragraphs[0]), list(result.changes)
