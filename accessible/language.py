"""Which language an article is in, from its commonest words (no model, no download).

Function words are the most reliable cue in running text: a few hundred words
of news in one of these languages contain dozens of them. Text too short or
too mixed to tell is taken as English, the language of the default voices.

A language the document declares (``<html lang>``, front matter, Word's
proofing language) is trusted over the guess, because it also covers
languages the guess does not know; but templates often declare ``en`` for
every page, so a confident guess overrules a declaration it could have
confirmed.
"""

from __future__ import annotations

import re
from collections import Counter

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that it was for on are with as his they be at by this "
                    "had not but from have he she which were said would their there been".split()),
    "fr": frozenset("le la les de des et est un une du que qui dans pour pas sur au avec il elle "
                    "ce sont par plus ont été mais aux ses cette".split()),
    "de": frozenset("der die das und ist nicht ein eine zu den von mit sich des auf für im dem "
                    "auch es an werden aus er sie wird bei hat wurde".split()),
    "es": frozenset("el la los las de y que en un una es por con para del se no al lo su como "
                    "más pero sus le ha fue este está".split()),
    "it": frozenset("il la di che e un una per non del della sono con si le gli da nel al è dei "
                    "delle alla anche come più ha".split()),
    "nl": frozenset("de het een en van in is dat op te zijn met voor niet aan er ook als bij door "
                    "maar om wordt werd nog heeft".split()),
    "pt": frozenset("o a os as de e que em um uma do da para com não por se no na dos das ao mais "
                    "como foi mas ele ela".split()),
}  # fmt: skip
NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
         "nl": "Dutch", "pt": "Portuguese"}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_HITS = 5
"""Fewer function words than this is too little text to tell."""
MARGIN = 1.2
"""The best language must beat the runner-up by this factor: shared words ("de", "la") are many."""


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text``, or None when the text does not say clearly."""
    words = Counter(w.lower() for w in _WORD.findall(text[:20_000]))
    scores = {
        lang: sum(count for word, count in words.items() if word in stop)
        for lang, stop in STOPWORDS.items()
    }
    best, runner_up = sorted(scores.values(), reverse=True)[:2]
    if best < MIN_HITS or best <= MARGIN * runner_up:
        return None
    return max(scores, key=lambda lang: scores[lang])


def primary(tag: str | None) -> str | None:
    """The language of a BCP 47 tag without region or script: ``"fr-CA"`` → ``"fr"``."""
    code = (tag or "").replace("_", "-").split("-")[0].strip().lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def article_language(declared: str | None, text: str) -> str:
    """The article's language: the declared one unless the text clearly says otherwise."""
    stated = primary(declared)
    guessed = guess_language(text)
    if stated is None:
        return guessed or "en"
    if guessed is not None and stated in STOPWORDS and guessed != stated:
        return guessed
    return stated


def name(code: str) -> str:
    """The English name of a language, for messages ("French"); the code when unknown."""
    return NAMES.get(code, code)
