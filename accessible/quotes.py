"""Find direct quotations and attribute each to its speaker.

The quotation marks are paired first (:mod:`accessible.marks`); everything after
that reads the narration only, with the quoted words masked out, so nothing a
speaker says is taken for a cue or a name. The article is then read once, in
order: names, speech cues (:mod:`accessible.cues`) and quotations as they come,
so a pronoun is resolved against what a reader has seen so far.

A quotation takes its speaker from, in order: a cue right after it ('...," said
Mr Blair'), a cue leading into it ('Mr Abbas said: "..."', which also serves the
second half of a split quote), a cue elsewhere in its sentence, and finally the
speaker the text is still with (the last one who spoke, in this paragraph or
the two before). Each step is less certain, and the confidence says so; past
that the speaker is None rather than a guess.

A quotation is ``direct`` when it is speech in its own right: it opens a
sentence, follows a colon, or follows its speech verb and runs to the end of
its sentence. Anything else is a ``fragment`` quoted inside narration.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from . import cues, marks, names, phrases, wordlists
from .cues import Cue
from .marks import Segment
from .model import Article, Quote, QuoteKind, Span, Speaker
from .names import Registry, Where
from .sentences import split_sentences

_VERB_GAP = re.compile(r"\s*[,:]?\s*(?:that\s*)?")
_OBJECT_GAP = re.compile(r"[^.!?;\ue000\"“”]{0,60}?[:,]?\s*(?:that\s*)?")
_ADJACENT = re.compile(r"[\s,;:!?\-–—'’\"”]*")
_CUE_TAIL = wordlists.TIME_WORDS | {"in", "a", "an", "the", "statement", "interview", "on", "at"}
"""Words that may follow a cue that stands as a sentence of its own ('Mr Dean said on Monday.')."""
_LOOK_BACK = 2
"""How many paragraphs back the last speaker still carries an unattributed quote."""


@dataclass
class _Found:
    """A quotation being attributed."""

    segment: Segment
    kind: QuoteKind
    where: Where
    key: str | None = None
    confidence: float = 0.0


@dataclass
class _Paragraph:
    """What the reader knows about the paragraph it is reading."""

    index: int
    sentences: list[tuple[int, int]]
    first_sentence: int
    cues: list[Cue]
    keys: dict[int, str | None] = field(default_factory=dict)
    starts: list[int] = field(init=False)
    leads: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = [start for start, _ in self.sentences]
        self.cues.sort(key=lambda c: c.lead)
        self.leads = [c.lead for c in self.cues]

    def where(self, position: int) -> Where:
        number = max(0, bisect.bisect_right(self.starts, position) - 1)
        return Where(position, self.first_sentence + number, self.index)

    def sentence_of(self, position: int) -> tuple[int, int]:
        number = bisect.bisect_right(self.starts, position) - 1
        if number >= 0 and position < self.sentences[number][1]:
            return self.sentences[number]
        return (position, position)

    def cues_from(self, low: int, high: int) -> list[Cue]:
        """The cues whose words begin in ``[low, high)``, in text order."""
        return self.cues[bisect.bisect_left(self.leads, low) : bisect.bisect_left(self.leads, high)]


def find_quotes(article: Article) -> Article:
    """Return ``article`` with its quotes and speakers filled in."""
    text = article.text
    regions = [(p.span, list(p.sentences)) for p in article.paragraphs]
    if article.title is not None:
        regions.append((article.title, [article.title]))
    segments = marks.find_segments(text, regions, cues.follows_cue)
    reader = _Reader(text, _mask(text, segments), _mask(text, segments, keep_first=True))
    for index, paragraph in enumerate(article.paragraphs):
        reader.read(index, paragraph.span, [s for s in segments if s.region == index])
    if article.title is not None:
        headline = [s for s in segments if s.region == len(article.paragraphs)]
        reader.headline(article.title, headline)
    found = sorted(reader.found, key=lambda f: f.segment.span.start)
    speakers = reader.registry.speakers({f.key for f in found if f.key})
    quotes = tuple(
        Quote(
            id=f"q{number}",
            span=f.segment.span,
            speaker=speakers[f.key].id if f.key else None,
            confidence=round(f.confidence if f.key else 0.0, 2),
            kind=f.kind,
        )
        for number, f in enumerate(found, start=1)
    )
    ordered: dict[str, Speaker] = {}
    for f in found:
        if f.key is not None:
            ordered.setdefault(f.key, speakers[f.key])
    return article.with_quotes(quotes, tuple(ordered.values()))


def _mask(text: str, segments: list[Segment], keep_first: bool = False) -> str:
    """``text`` with each quotation's words blanked out, keeping its final punctuation.

    Offsets are unchanged; keeping a closing full stop lets sentences still end
    where a quotation ends them. With ``keep_first`` the first quoted character
    stays too, so a quotation with no opening mark still starts a sentence.
    """
    chars = list(text)
    for seg in segments:
        start, end = seg.span.start + keep_first, seg.span.end
        while end > start and text[end - 1] in ".!?…":
            end -= 1
        chars[start:end] = phrases.FILL * max(0, end - start)
    return "".join(chars)


class _Reader:
    """Reads the article in order, keeping who has been mentioned and who spoke last."""

    def __init__(self, text: str, masked: str, splittable: str) -> None:
        self.text = text
        self.masked = masked
        self._splittable = splittable
        self.registry = Registry()
        self.found: list[_Found] = []
        self._sentences = 0
        self._known = frozenset(re.findall(r"(?<=[a-z,;] )[A-Z][\w'’\-]*", masked))
        self._lede: str | None = None

    def read(self, index: int, span: Span, segments: list[Segment]) -> None:
        """Read one paragraph: its names, cues and quotations, in text order."""
        sentences = split_sentences(self._splittable, span.start, span.end)
        para = _Paragraph(index, sentences, self._sentences, cues.find_cues(self.masked, sentences))
        self._sentences += len(sentences)
        taken = {c.subject.start for c in para.cues}
        events: list[tuple[int, int, Segment | Cue | tuple[phrases.Phrase, float]]] = []
        for sentence in sentences:
            events += [(p.start, 0, (p, w)) for p, w in self._names(sentence, taken)]
        events += [(c.lead, 1, c) for c in para.cues]
        events += [(s.opener if s.opener is not None else s.span.start, 2, s) for s in segments]
        for _, _, item in sorted(events, key=lambda e: (e[0], e[1])):
            if isinstance(item, Segment):
                self._quote(item, para)
            elif isinstance(item, Cue):
                self._resolve(item, para)
            else:
                phrase, weight = item
                self.registry.note(phrase, para.where(phrase.start), weight)

    def headline(self, title: Span, segments: list[Segment]) -> None:
        """Headline quotes: scare quotes whose source, if any, is the lede's first speaker."""
        for seg in segments:
            before = self.text[title.start : seg.opener or seg.span.start].rstrip()
            after = self.text[(seg.closer or seg.span.end) + 1 : title.end]
            direct = before.endswith(":") or cues.follows_cue(after, 0)
            kind: QuoteKind = "direct" if direct else "fragment"
            self.found.append(_Found(seg, kind, Where(seg.span.start, 0, 0), self._lede, 0.4))

    def _names(
        self, sentence: tuple[int, int], taken: set[int]
    ) -> list[tuple[phrases.Phrase, float]]:
        result: list[tuple[phrases.Phrase, float]] = []
        lead = cues.leading_subject(self.masked, *sentence)
        if lead is not None and lead.kind == "pronoun" and lead.start not in taken:
            result.append((lead, names.SUBJECT))
        for phrase in phrases.names_in(self.masked, *sentence, self._known):
            if phrase.start in taken:
                continue
            if lead is not None and lead.start == phrase.start:
                result.append((lead if lead.kind == "name" else phrase, names.SUBJECT))
            else:
                result.append((phrase, names.MENTION))
        return result

    def _resolve(self, cue: Cue, para: _Paragraph) -> str | None:
        if id(cue) not in para.keys:
            weight = names.SPEAKER if cue.strength == "strong" else names.SUBJECT
            key = self.registry.note(cue.subject, para.where(cue.subject.start), weight)
            para.keys[id(cue)] = key
            lede = para.index <= 1 and cue.strength == "strong"
            if key is not None and self._lede is None and lede:
                self._lede = key
        return para.keys[id(cue)]

    # -- one quotation ----------------------------------------------------------------

    def _quote(self, seg: Segment, para: _Paragraph) -> None:
        opener = seg.opener if seg.opener is not None else seg.span.start
        close = seg.closer + 1 if seg.closer is not None else seg.span.end
        sentence = para.sentence_of(opener)
        previous = self._previous_in(sentence, opener)
        start = max(sentence[0], previous)
        after = self._after_cue(seg, close, sentence, para)
        before = self._before_cue(start, opener, para)
        kind = self._kind(seg, start, opener, close, sentence, after, before)
        found = _Found(seg, kind, para.where(opener))
        allowed = {"strong", "weak"} if kind == "direct" else {"strong", "weak", "fragment"}
        for cue, confidence in ((after, 0.95), (before, 0.9)):
            if cue is not None and cue.strength in allowed and found.key is None:
                found.key = self._resolve(cue, para)
                found.confidence = confidence - (0.1 if cue.subject.kind == "pronoun" else 0)
        if found.key is None:
            nearby = self._sentence_cue(seg, sentence, opener, para, allowed - {"weak"}, kind)
            if nearby is not None:
                found.key = self._resolve(nearby, para)
                found.confidence = 0.7 - (0.1 if nearby.subject.kind == "pronoun" else 0)
        if found.key is None and kind == "direct":
            found.key, found.confidence = self._carried(found, opener)
        if found.key is not None:
            self.registry.mention(found.key, found.where, names.SPEAKER)
        self.found.append(found)

    def _previous_in(self, sentence: tuple[int, int], opener: int) -> int:
        """Where the last quotation before ``opener`` in the same sentence closes."""
        for earlier in reversed(self.found):
            if earlier.segment.span.start < sentence[0]:
                break
            if earlier.segment.span.start < opener:
                closer = earlier.segment.closer
                return closer if closer is not None else earlier.segment.span.end
        return sentence[0]

    def _after_cue(
        self, seg: Segment, close: int, sentence: tuple[int, int], para: _Paragraph
    ) -> Cue | None:
        """A cue touching the end of the quote ('...," he said').

        After a quote that ends its own sentence, a capitalised cue starts a new
        sentence; it still belongs to the quote when it is only a cue ('..." Mr
        Dean said.'), not when it goes on to report more ('..." Mr Dean said the
        ...') or leads into the next quote ('Ms Walker said:').
        """
        ended = seg.span.of(self.text).rstrip()[-1:] in {".", "!", "?"}
        for cue in para.cues_from(close, sentence[1] + 2):
            first = min(cue.lead, cue.subject.start)
            if _ADJACENT.fullmatch(self.masked[close:first]) is None:
                continue
            if not cue.inverted and re.search(r"[,;:]", self.masked[first : cue.subject.start]):
                continue  # '..." Half a world away, Mr X read ...': not a cue for the quote
            if ended and self.masked[first].isupper():
                rest = self.masked[cue.tail : para.sentence_of(cue.tail)[1]]
                words = re.findall(r"[\w'’]+|[:\ue000]", rest.lower())
                told = cue.verb in {"told", "tells", "asked"} and len(words) <= 5
                if not (told or set(words) <= _CUE_TAIL) or cue.strength != "strong":
                    return None
            return cue
        return None

    def _before_cue(self, start: int, opener: int, para: _Paragraph) -> Cue | None:
        best: Cue | None = None
        for cue in para.cues_from(start, opener):
            if cue.tail <= opener:
                gap = self.masked[cue.tail : opener]
                if _OBJECT_GAP.fullmatch(gap) is not None:
                    best = cue
        return best

    def _sentence_cue(
        self,
        seg: Segment,
        sentence: tuple[int, int],
        opener: int,
        para: _Paragraph,
        allowed: set[str],
        kind: QuoteKind,
    ) -> Cue | None:
        """The cue elsewhere in the sentence: the nearest one before the quote, else after it.

        A direct quote takes a later cue only when it hands the sentence on with a
        comma ('"...," Reuters reports a union source as saying').
        """
        inside = [c for c in para.cues_from(*sentence) if c.strength in allowed]
        before = [c for c in inside if c.tail <= opener]
        if before:
            return before[-1]
        after = [c for c in inside if c.lead > opener]
        continues = self.text[seg.span.end - 1 : seg.span.end] in {",", "?", "!"}
        return after[0] if after and (kind == "fragment" or continues) else None

    def _carried(self, found: _Found, opener: int) -> tuple[str | None, float]:
        """The speaker the text is still with: the last one who spoke before this quote."""
        last = self.registry.last_speaker(found.where, _LOOK_BACK)
        if last is None:
            return None, 0.0
        key, where = last
        previous = next((f for f in reversed(self.found) if f.kind == "direct"), None)
        if (
            previous is not None
            and previous.key == key
            and previous.segment.closer is None
            and previous.where.paragraph == found.where.paragraph - 1
        ):
            return key, 0.9  # the quotation runs on from the paragraph before
        distance = found.where.paragraph - where.paragraph
        return key, (0.8, 0.7, 0.5)[min(distance, 2)]

    # -- direct or fragment -------------------------------------------------------------

    def _kind(
        self,
        seg: Segment,
        start: int,
        opener: int,
        close: int,
        sentence: tuple[int, int],
        after: Cue | None,
        before: Cue | None,
    ) -> QuoteKind:
        lead = self.masked[start:opener].rstrip(" \"“'‘(")
        quoted = seg.span.of(self.text)
        following = self.masked[close : sentence[1]]
        if not lead.strip(" ,;:\"”’'"):
            short = len(quoted.split()) <= 6 and quoted[-1:] not in ".!?,;:"
            continues = bool(re.match(r"\s*[a-z]", following)) and after is None
            return "fragment" if short and continues else "direct"
        if lead.endswith(":"):
            return "direct"
        if before is not None and before.strength != "fragment":
            gap = self.masked[before.tail : opener]
            adjacent = _VERB_GAP.fullmatch(gap) is not None or (
                before.verb in {"told", "tells", "tell"} and gap.rstrip().endswith((":", ","))
            )
            ends = not following.strip(" .!?,;\"”’'\n") or after is not None
            if adjacent and ends:
                return "direct"
        return "fragment"
