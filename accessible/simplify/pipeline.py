"""Run the rules over paragraphs, guarding each edit and recording it as a Change.

Rules are tried in a fixed order — word-level rewrites, then asides, then
clause splits — and every piece a split produces goes through all of them
again, so a long sentence is split as far as the rules allow. The order and
the guard make the output deterministic: the same input always gives the
same sentences and the same list of changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..sentences import split_sentences
from .abbreviations import AbbreviationState, expand_first_use
from .asides import drop_brackets, drop_dashes
from .clauses import (
    split_appositive,
    split_colon,
    split_coordination,
    split_fronted_participle,
    split_participle,
    split_reason,
    split_relative,
    split_restrictive,
    split_semicolon,
    split_subordinate,
    split_verb_phrases,
)
from .edits import Context, Edit, Rule, Sentence, accept
from .glossary import build_glossary
from .lexical import rewrite_phrases, substitute_words
from .numerals import to_digits
from .protect import protected_spans
from .records import Change, Level, Simplified
from .tidy import tidy
from .tokens import tokenize
from .voice import to_active

WORD_RULES: tuple[Rule, ...] = (rewrite_phrases, substitute_words)
ASIDE_RULES: tuple[Rule, ...] = (drop_brackets, drop_dashes)
SPLIT_RULES: tuple[Rule, ...] = (
    split_semicolon,
    split_colon,
    split_subordinate,
    split_relative,
    split_appositive,
    split_coordination,
    split_verb_phrases,
    split_participle,
    split_fronted_participle,
    split_reason,
    split_restrictive,
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


class _Run:
    """One simplification run: its level, paragraph, and the changes recorded so far."""

    def __init__(self, level: Level, text: str, paragraph: int) -> None:
        self.context = Context(level)
        self.rules = RULES[level]
        self.text = text
        self.paragraph = paragraph
        self.changes: list[Change] = []

    def record(self, edit: Edit) -> None:
        start, end = edit.span
        before = self.text[start:end]
        self.changes.append(Change(edit.kind, before, edit.after, start, end, self.paragraph))

    def simplify(self, sentence: Sentence, depth: int = 0) -> list[Sentence]:
        """Apply every rule to ``sentence``; a split recurses into its pieces."""
        for rule in self.rules:
            for _ in range(MAX_EDITS_PER_RULE):
                edit = next((e for e in rule(sentence, self.context) if accept(sentence, e)), None)
                if edit is None:
                    break
                self.record(edit)
                if len(edit.result) > 1 and depth < MAX_DEPTH:
                    return [p for piece in edit.result for p in self.simplify(piece, depth + 1)]
                sentence = edit.result[0]
        return [sentence]


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
    abbreviations = AbbreviationState()
    for text in paragraphs:
        abbreviations.learn(text)
    out: list[tuple[str, ...]] = []
    changes: list[Change] = []
    for index, text in enumerate(paragraphs):
        given = protected[index] if index < len(protected) else ()
        spans = protected_spans(text, given)
        run = _Run(level, text, index)
        sentences: list[str] = []
        for start, end in split_sentences(text):
            tokens = tuple(tokenize(text, start, end, spans))
            for piece in run.simplify(tokens):
                if level == "easy":
                    piece, expanded = expand_first_use(piece, abbreviations)
                    for token, expansion in expanded:
                        run.changes.append(
                            Change(
                                "abbreviation",
                                token.text,
                                f"{expansion} ({token.text})",
                                token.start,
                                token.end,
                                index,
                            )
                        )
                rendered = tidy(piece)
                if rendered:
                    sentences.append(rendered)
        out.append(tuple(sentences))
        changes.extend(run.changes)
    glossary: list[tuple[str, str]] = []
    if level == "easy":
        glossary = abbreviations.glossary + [
            entry
            for entry in build_glossary(s for p in out for s in p)
            if entry[0] not in {g[0] for g in abbreviations.glossary}
        ]
    return Simplified(tuple(out), tuple(changes), tuple(glossary))


def simplify_sentence(sentence: str, level: Level) -> tuple[list[str], list[Change]]:
    """Simplify one line on its own (``--each-line``, the benchmark).

    The line may hold more than one sentence; offsets in the changes are into ``sentence``.
    """
    result = simplify_paragraphs([sentence], level)
    return list(result.paragraphs[0]), list(result.changes)
