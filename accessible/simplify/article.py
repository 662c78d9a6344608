"""Simplify a whole article into blocks: headings, paragraphs and quotation blocks.

The article's own analysis decides what is quoted and by whom
(``Article.quotes``, ``Article.speakers``), so quotations are protected by
the spans the quote finder checked, not by a second guess. At the plain
level quotations stay inline, as the article has them. At the Easy Read
level every direct quotation becomes a block of its own, led by a short
sentence naming the speaker, because a quoted sentence must stay verbatim
and so cannot be shortened: setting it apart lets the narration around it
be short while the quote is shown as what it is. Short phrases quoted inside
narration ("fragments") stay inline at both levels.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..cues import SPEAKING_VERBS
from ..errors import LanguageError
from ..language import name as language_name
from ..model import Article, Paragraph, Quote, Span
from .attribution import (
    CLOSING_MARKS,
    OPENING_MARKS,
    SPEAKS,
    lead_in,
    said,
    speaks,
    turn_round,
)
from .blocks import Block, FactCheck, Heading, Line, PlainArticle, Prose, Quotation
from .edits import Sentence
from .facts import facts, mentions
from .pipeline import Session
from .protect import merge_spans, quote_spans
from .records import Change, Level
from .tidy import tidy
from .tokens import Token, tokenize

EASY_PARAGRAPH = 3
"""Easy Read paragraphs hold at most this many sentences."""
MAX_ATTRIBUTION = 20
"""Words after a quote within which its speech verb must come ("the bank's ... Omar said")."""
_ALSO_CUES = frozenset({"according", "quotes", "underlined"})
"""Cues a quote finder knows in other shapes: '" according to Mr Ash', '" the paper quotes'."""
NO_PARAGRAPH = -1
"""``Change.paragraph`` for the title and kicker, which are not body paragraphs."""


def _marked(text: str, quote: Quote) -> tuple[int, int]:
    """The quote's span widened to take in its quotation marks, where it has them."""
    start, end = quote.span.start, quote.span.end
    if start > 0 and text[start - 1] in OPENING_MARKS:
        start -= 1
    if end < len(text) and text[end] in CLOSING_MARKS:
        end += 1
    return start, end


def _stands_alone(text: str, span: tuple[int, int], unit: tuple[int, int]) -> bool:
    """True if the quotation is a sentence of its own, not words woven into narration.

    'He said: "We won."' and '"We won," he said.' qualify; 'He called it
    "a disgrace" and left.' does not, since taking the quote out would leave
    a broken sentence.
    """
    before = text[unit[0] : span[0]].rstrip()
    inside = text[span[0] : span[1]].rstrip("\"”»’' ")
    after = text[span[1] : unit[1]].strip()
    opens = not before or before[-1] in ":,—–" or before[-1] in CLOSING_MARKS
    closes = inside[-1:] in (".", "!", "?", "…") or after[:1] in ("", ".")
    return opens and (closes or (_pauses(inside, after) and _attribution(after)))


def _pauses(inside: str, after: str) -> bool:
    """True if a comma or dash ends the quote ('"We will act," said', '"We will act", said')."""
    return inside[-1:] in (",", ";") or after[:1] in (",", ";", "—", "–")


def _attribution(after: str) -> bool:
    """True if ``after`` (what follows a quote, up to the next one) starts with its speaker.

    '", he said.' and '" the bank's vice president Farhat Omar said' qualify;
    words that go on with the sentence instead ('terms like "digital",
    "interactive", now that ...') make the quote part of the narration, not a
    quotation to set apart.
    """
    cut = next((i for i, ch in enumerate(after) if ch in '"“„«'), len(after))  # not "bank's"
    words = [w.strip(".,;:!?—–").lower() for w in after[:cut].split()]
    if not any(words):
        return True  # another quote follows at once: its own words are checked in turn
    return any(w in SPEAKING_VERBS or w in _ALSO_CUES for w in words[:MAX_ATTRIBUTION])


def _opens_with_pronoun(piece: Sentence) -> bool:
    """True if a rule gave ``piece`` a pronoun subject ("It", "They"): its noun must come first."""
    return bool(piece) and piece[0].inserted and piece[0].text in ("It", "They", "This")


def _same_quote(first: Sentence, second: Sentence) -> bool:
    """True if one quotation runs on from ``first`` into ``second``."""
    return bool(first and second) and first[-1].protected and first[-1].quote == second[0].quote


class _Writer:
    """Builds the blocks of one article at one level."""

    def __init__(self, article: Article, level: Level) -> None:
        self.article = article
        self.text = article.text
        self.level = level
        self.session = Session(level, [p.span.of(self.text) for p in article.paragraphs])
        self.blocks: list[Block] = []
        self.fragments = [q for q in article.quotes if q.kind != "direct"]
        self.direct = [q for q in article.quotes if q.kind == "direct"]

    def protected(self, span: Span) -> list[tuple[int, int]]:
        """Spans of ``span`` no rule may touch: the article's quotes and any marks found."""
        found = [(span.start + s, span.start + e) for s, e in quote_spans(span.of(self.text))]
        given = [
            _marked(self.text, q)
            for q in self.article.quotes
            if q.span.overlaps(span) or q.span in span
        ]
        return merge_spans(found, given)

    def words_only(self, span: Span | None, paragraph: int) -> str | None:
        """A title or heading with plainer words but never split (it stays one line)."""
        if span is None:
            return None
        tokens = tuple(tokenize(self.text, span.start, span.end, self.protected(span)))
        piece = self.session.reword(tokens, self.text, paragraph)
        return tidy(self.session.explain(piece, paragraph))

    def paragraph(self, index: int, paragraph: Paragraph) -> None:
        if paragraph.heading:
            self.blocks.append(Heading(self.words_only(paragraph.span, index) or ""))
            return
        protected = self.protected(paragraph.span)
        quotes = [_marked(self.text, q) for q in self.direct if q.span.overlaps(paragraph.span)]
        if self.level == "plain" or not quotes:
            spans = [(s.start, s.end) for s in paragraph.sentences]
            self.prose(spans, self.session.simplify(self.text, spans, protected, index), quotes)
            return
        pending: list[tuple[int, int]] = []
        for unit, inside in self._units(paragraph, quotes):
            if not inside or not all(_stands_alone(self.text, q, unit) for q in inside):
                pending.append(unit)
                continue
            if pending:
                self.prose(
                    pending, self.session.simplify(self.text, pending, protected, index), quotes
                )
                pending = []
            self.quotation(index, unit, inside, protected)
        if pending:
            self.prose(pending, self.session.simplify(self.text, pending, protected, index), quotes)

    def _units(
        self, paragraph: Paragraph, quotes: Sequence[tuple[int, int]]
    ) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
        """The paragraph as units: one narration sentence, or the sentences a quote spans."""
        units: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
        for sentence in paragraph.sentences:
            inside = [q for q in quotes if q[0] < sentence.end and sentence.start < q[1]]
            previous = units[-1] if units else None
            if previous and inside and set(inside) & set(previous[1]):
                merged = sorted(set(previous[1]) | set(inside))
                units[-1] = ((previous[0][0], sentence.end), merged)
            else:
                units.append(((sentence.start, sentence.end), inside))
        return units

    def prose(
        self,
        spans: Sequence[tuple[int, int]],
        sentences: list[Sentence],
        quotes: Sequence[tuple[int, int]],
    ) -> None:
        """Add rewritten sentences as paragraphs (Easy Read: a few sentences each).

        The pieces of one original sentence stay in one paragraph ("The club
        named an auditor. ... This is until 2006."), because a reader takes a
        new paragraph for a new idea; and a quotation running over several
        sentences is never cut between two paragraphs, so it stays one verbatim
        stretch.
        """
        size = EASY_PARAGRAPH if self.level == "easy" else max(len(sentences), 1)
        groups: list[list[Line]] = []
        previous_origin = -1
        for index, sentence in enumerate(sentences):
            quoted = any(
                not t.inserted and any(a <= t.start < b for a, b in quotes) for t in sentence
            )
            origin = _origin(sentence, spans, previous_origin)
            joined = index > 0 and (
                origin == previous_origin or _same_quote(sentences[index - 1], sentence)
            )
            if not joined:
                groups.append([])
            groups[-1].append(Line(tidy(sentence), quoted))
            previous_origin = origin
        chunk: list[Line] = []
        for group in groups:
            if chunk and len(chunk) + len(group) > size:
                self.blocks.append(Prose(tuple(chunk)))
                chunk = []
            chunk.extend(group)
        if chunk:
            self.blocks.append(Prose(tuple(chunk)))

    def quotation(
        self,
        index: int,
        unit: tuple[int, int],
        inside: list[tuple[int, int]],
        protected: list[tuple[int, int]],
    ) -> None:
        """Add a quotation block: the speaker's lead-in, then the quoted words verbatim."""
        quote = next(q for q in self.direct if _marked(self.text, q) == inside[0])
        found = self.article.speaker(quote.speaker)
        name = found.name if found else None
        words = " ".join(self.text[a:b] for a, b in inside)
        remnant = []
        position = unit[0]
        for a, b in [*inside, (unit[1], unit[1])]:
            remnant.extend(tokenize(self.text, position, a, protected))
            position = b
        lead = lead_in(remnant, name)
        previous = self.blocks[-1] if self.blocks else None
        if not lead and isinstance(previous, Quotation) and previous.speaker == name:
            self.blocks[-1] = replace(previous, quotes=(*previous.quotes, words))
            return
        if not lead and name:
            lead = said(name, tokenize(self.text, unit[0], unit[1])[0])
        pieces = self._lead_pieces(
            lead, index, bool(self.text[inside[-1][1] : unit[1]].strip(' .,;:!?"”’'))
        )
        lines = [tidy(p) for p in pieces if tidy(p)]
        if lines and speaks(pieces[-1]):
            lines[-1] = lines[-1].rstrip(".:") + ":"
        if remnant and lines:
            start, end = remnant[0].start, remnant[-1].end
            after = " ".join(lines)
            self.session.changes.append(
                Change("quotation", self.text[start:end], after, start, end, index)
            )
        self.blocks.append(Quotation(name, tuple(lines), (words,)))

    def _lead_pieces(self, lead: list[Token], index: int, follows: bool) -> list[Sentence]:
        """The lead-in as short sentences, the one introducing the quote last, next to it.

        That is the speech verb nearest the quote: the last in 'X said A, but added
        that: "..."', the first in '"...", said X, who added that B' (``follows``:
        the lead comes after the quote). The other pieces (who the speaker is, what
        else they said) keep their order before it. If that would put a pronoun
        before the noun it stands for ("It attracts 12 million gamers. Geoff Graber,
        director of Yahoo Games, said:"), the lead is not split.
        """
        if not lead:
            return []
        recorded = len(self.session.changes)
        pieces = self.session.rewrite(tuple(lead), self.text, index)
        verbs = sorted(t.start for t in lead if not t.inserted and t.lower in SPEAKS)
        if verbs:
            verb = verbs[0] if follows else verbs[-1]  # by place in the article, not in pieces
            found = (
                i
                for i, p in enumerate(pieces)
                if any(t.start == verb and not t.inserted for t in p)
            )
            at = next(found, len(pieces) - 1)
            if any(_opens_with_pronoun(p) for p in pieces[at + 1 :]):
                del self.session.changes[recorded:]
                pieces = [self.session.reword(tuple(lead), self.text, index)]
            else:
                pieces.append(pieces.pop(at))
        return [turn_round(self.session.explain(p, index)) for p in pieces]

    def narration(self) -> tuple[str, ...]:
        """The original narration sentences: body sentences holding no direct quotation."""
        marked = [_marked(self.text, q) for q in self.direct]
        return tuple(
            s.of(self.text)
            for p in self.article.paragraphs
            if not p.heading
            for s in p.sentences
            if not any(a < s.end and s.start < b for a, b in marked)
        )


def _no_quotes(found: Counter[str]) -> Counter[str]:
    return Counter({k: v for k, v in found.items() if not k.startswith("quote:")})


def _check(article: Article, plain: PlainArticle) -> FactCheck:
    """Facts of the original that the output does not mention.

    Numbers, names and negations are counted part by part (title, paragraphs,
    output sentences). Quotations are checked against the article's own
    analysis: each quote, with the marks it has, must appear verbatim in one
    output part — a stricter test than pairing quotation marks again.
    """
    spans = [article.title, article.kicker, article.credit] + [p.span for p in article.paragraphs]
    wanted: Counter[str] = Counter()
    for span in spans:
        if span is not None:
            wanted += _no_quotes(facts(span.of(article.text)))
    parts = [plain.title, plain.kicker or "", plain.credit or ""]
    for block in plain.blocks:
        parts.extend(_texts(block) if not isinstance(block, Prose) else [_joined(block)])
    found: Counter[str] = Counter()
    for part in parts:
        found += _no_quotes(mentions(part))
    lost = list((wanted - found).elements())
    for quote in article.quotes:
        start, end = _marked(article.text, quote)
        verbatim = article.text[start:end]
        if not any(verbatim in part for part in parts):
            lost.append(f"quote:{verbatim}")
    total = sum(wanted.values()) + len(article.quotes)
    return FactCheck(total, tuple(sorted(lost)))


def _origin(sentence: Sentence, spans: Sequence[tuple[int, int]], default: int) -> int:
    """Which of ``spans`` (the original sentences) ``sentence`` was made from."""
    start = next((t.start for t in sentence if not t.inserted), None)
    if start is None:  # made only of inserted words: it belongs with the one before
        return default
    return next((i for i, (a, b) in enumerate(spans) if a <= start < b), default)


def _joined(block: Prose) -> str:
    return " ".join(line.text for line in block.lines)


def simplify_article(article: Article, level: Level) -> PlainArticle:
    """Rewrite ``article`` in plain language (``plain``) or Easy Read (``easy``).

    Every number, name, negation and quotation of the original is kept (the
    rules refuse edits that lose one; ``PlainArticle.facts`` measures it);
    changes point into ``article.text``. The rules are English: an article
    in another language raises :class:`~accessible.errors.LanguageError`,
    the one place that rule is kept.
    """
    if article.language != "en":
        raise LanguageError(
            f"{article.source.path}: is in {language_name(article.language)}; plain language "
            "and Easy Read rewriting is English only (scoring and narration work in any language)"
        )
    writer = _Writer(article, level)
    title = writer.words_only(article.title, NO_PARAGRAPH) or ""
    kicker = writer.words_only(article.kicker, NO_PARAGRAPH)
    for index, paragraph in enumerate(article.paragraphs):
        writer.paragraph(index, paragraph)
    blocks = tuple(writer.blocks)
    every = [title, *(s for b in blocks for s in _texts(b))]
    plain = PlainArticle(
        level=level,
        language=article.language,
        title=title,
        kicker=kicker,
        credit=article.credit_text,
        blocks=blocks,
        changes=tuple(writer.session.changes),
        glossary=tuple(writer.session.glossary(every)),
        original=writer.narration(),
        facts=FactCheck(0, ()),
    )
    return replace(plain, facts=_check(article, plain))


def _texts(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return [block.text]
    if isinstance(block, Prose):
        return [line.text for line in block.lines]
    return [*block.lead, *block.quotes]
