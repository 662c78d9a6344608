"""Spoken forms: what a good newsreader would say for the written text of one line.

espeak-ng already reads plain numbers, decimals and most abbreviations well;
these rules fix what it gets wrong in news copy ("£1.5m" is not "pound one
point five m", "7/7" is not "seven slash seven", "1990" is "nineteen
ninety") and remove what engines read aloud (quotation marks, brackets).
A user lexicon (``voices/lexicon.toml``) adds whole words and regular
expressions. Only the script's spoken text changes; the article text and its
offsets stay as they were, so transcripts show what was written.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError

Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]

_CURRENCY = {"£": ("pound", "pounds"), "$": ("dollar", "dollars"), "€": ("euro", "euros"),
             "¥": ("yen", "yen")}  # fmt: skip
_MULTIPLIER = {"bn": "billion", "billion": "billion", "m": "million", "million": "million",
               "k": "thousand", "tn": "trillion", "trillion": "trillion"}  # fmt: skip
_UNITS = {"km": "kilometres", "kg": "kilograms", "mph": "miles per hour", "cm": "centimetres",
          "mm": "millimetres", "ft": "feet", "lb": "pounds", "lbs": "pounds", "ml": "millilitres",
          "kmh": "kilometres per hour", "km/h": "kilometres per hour", "mb": "megabytes",
          "gb": "gigabytes", "ghz": "gigahertz", "mhz": "megahertz", "kw": "kilowatts"}  # fmt: skip
_FRACTIONS = {"1/2": "a half", "1/3": "a third", "2/3": "two thirds", "1/4": "a quarter",
              "3/4": "three quarters", "½": "a half", "¼": "a quarter", "¾": "three quarters",
              "⅓": "a third", "⅔": "two thirds"}  # fmt: skip
_ABBREVIATIONS = {"Mr": "Mister", "Mrs": "Missus", "Dr": "Doctor", "Prof": "Professor",
                  "Gen": "General", "Sgt": "Sergeant", "Capt": "Captain", "Lt": "Lieutenant",
                  "Col": "Colonel", "Rev": "Reverend", "Sen": "Senator", "Gov": "Governor",
                  "Jr": "Junior", "Sr": "Senior", "Mt": "Mount", "Ft": "Fort",
                  "vs": "versus", "etc": "et cetera", "approx": "approximately",
                  "Jan": "January", "Feb": "February", "Aug": "August", "Sept": "September",
                  "Oct": "October", "Nov": "November", "Dec": "December"}  # fmt: skip
ACRONYM_WORDS = frozenset(
    "NATO UNESCO UNICEF NASA AIDS OPEC OFSTED OFCOM OFWAT OFGEM FIFA UEFA ASEAN SARS COVID "
    "NAFTA NICE ISA ISIS LASER RADAR SCUBA SWAT PIN GIF JPEG WAP DAB IKEA ASDA ACAS".split()
)
"""Capitalised abbreviations said as a word; all others of two to five capitals are spelt out."""

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|"
           "November|December")  # fmt: skip


def _money(match: re.Match[str]) -> str:
    low, high = match.group("num"), match.group("high")
    mult = _MULTIPLIER.get((match.group("mult") or "").lower())
    singular, plural = _CURRENCY[match.group("cur")]
    unit = singular if low == "1" and not high and not mult else plural
    amount = f"{low} to {high}" if high else low
    return " ".join(part for part in (amount, mult, unit) if part)


def _year(match: re.Match[str]) -> str:
    year, suffix = match.group("year"), match.group("s") or ""
    century, rest = year[:2], year[2:]
    if century == "20" and rest[0] == "0":
        return year + suffix  # "2004": espeak says "two thousand and four", as the BBC does
    if rest == "00":
        return f"{century} hundred{suffix}"
    if rest[0] == "0":
        return f"{century} oh {rest[1]}{suffix}"
    return f"{century} {rest}{suffix}"


def _range_years(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    return f"{first} to {first[:2]}{second}" if len(second) == 2 else f"{first} to {second}"


def _letters(match: re.Match[str]) -> str:
    word = match.group(0)
    if word.upper() in ACRONYM_WORDS:
        return word.capitalize()
    plural = word.endswith("s") and word[:-1].isupper()
    letters = word[:-1] if plural else word
    spoken = " ".join(letters.upper())
    return f"{spoken}'s" if plural else spoken


def _url(match: re.Match[str]) -> str:
    text = re.sub(r"^https?://", "", match.group(0)).rstrip("/")
    parts = re.split(r"([./@:_-])", text)
    names = {".": "dot", "/": "slash", "@": "at", ":": "colon", "_": "underscore", "-": "dash"}
    spoken = [names.get(p, p) for p in parts if p]
    return " ".join("w w w" if p == "www" else p for p in spoken)


_MARKS: Rule = (re.compile(r"[\"“”„«»‹›]|(?<![\w])['‘’]|['‘’](?![\w])"), "")
_ENGLISH: list[Rule] = [
    (
        re.compile(r"\b(?:https?://|www\.)[^\s,;]+[^\s,;.!?)]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
        _url,
    ),
    (
        re.compile(
            r"(?P<cur>[£$€¥])(?P<num>\d[\d,]*(?:\.\d+)?)"
            r"(?:\s?(?:-|–|to)\s?[£$€¥]?(?P<high>\d[\d,]*(?:\.\d+)?))?"
            r"(?:\s?(?P<mult>bn|billion|m|million|k|tn|trillion))?\b"
        ),
        _money,
    ),
    (re.compile(r"\b(\d+)p\b"), r"\1 pence"),
    (re.compile(r"(\d)\s?%"), r"\1 percent"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b"), r"\1 \2 \3"),
    (
        re.compile(r"(?<![\d/])(\d)/(\d{1,2})(?![\d/])"),
        lambda m: _FRACTIONS.get(m.group(0), f"{m.group(1)} {m.group(2)}"),
    ),  # "7/7", "9/11"
    (re.compile("[½¼¾⅓⅔]"), lambda m: _FRACTIONS[m.group(0)]),
    (re.compile(r"\b(1[1-9]\d\d|20\d\d)\s?[-–/]\s?(\d{2}|\d{4})\b"), _range_years),
    (
        re.compile(r"(?<![\d,.£$€])\b(\d+(?:\.\d+)?)\s?[-–]\s?(\d+(?:\.\d+)?)\b(?![,.]\d)"),
        r"\1 to \2",
    ),
    (
        re.compile(r"(?<![\d,.£$€])\b(?P<year>1[1-9]\d\d|20\d\d)(?P<s>s|'s)?\b(?![,.]\d|\s?%)"),
        _year,
    ),
    (re.compile(r"\b(\d{1,2})[:.](\d{2})\s?([ap])\.?m\b\.?(?=\s[a-z])", re.I), r"\1 \2 \3 m"),
    (re.compile(r"\b(\d{1,2})[:.](\d{2})\s?([ap])\.?m\b", re.I), r"\1 \2 \3 m"),
    (re.compile(r"\b(\d{1,2})\s?([ap])\.?m\b\.?(?=\s[a-z])", re.I), r"\1 \2 m"),
    (re.compile(r"\b(\d{1,2})\s?([ap])\.?m\b", re.I), r"\1 \2 m"),
    (re.compile(r"\b(\d{1,2}):(\d{2})\b"), r"\1 \2"),
    (re.compile(r"\bNo\.?\s?(?=\d)"), "number "),
    (re.compile(r"\bSt\.?(?= [A-Z])"), "Saint"),
    (re.compile(r"(?<=[A-Za-z] )St\b"), "Street"),
    (re.compile(r"\be\.g\.?(?=\W|$)"), "for example"),
    (re.compile(r"\bi\.e\.?(?=\W|$)"), "that is"),
    (
        re.compile(r"\b(" + "|".join(_ABBREVIATIONS) + r")\b\.?(?=\s)"),
        lambda m: _ABBREVIATIONS[m.group(1)],
    ),
    (
        re.compile(r"(\d)\s?(" + "|".join(map(re.escape, _UNITS)) + r")\b", re.I),
        lambda m: f"{m.group(1)} {_UNITS[m.group(2).lower()]}",
    ),
    (re.compile(r"°\s?C\b"), " degrees Celsius"),
    (re.compile(r"°\s?F\b"), " degrees Fahrenheit"),
    (re.compile(r"\b(?:[A-Z]\.){2,}"), lambda m: m.group(0).replace(".", " ").strip()),
    (re.compile(r"\b(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{1,5}\b|\b[A-Z]{2,6}s?\b"), _letters),
    (re.compile(r"\s*&\s*"), " and "),
    (re.compile(r"\s*\+\s*(?=\d)"), " plus "),
]
_TIDY: list[Rule] = [
    (re.compile(r"[()\[\]]"), ", "),
    (re.compile(r"\s+[-–—]+\s+|\s*—\s*"), ", "),
    (re.compile(r"[*#~^|<>]"), " "),
    (re.compile(r"\s*,(\s*,)+"), ","),
    (re.compile(r"\s+(?=[,.;:!?])"), ""),
    (re.compile(r",(?=[.;:!?])"), ""),
]
_RULES = [_MARKS, *_ENGLISH, *_TIDY]
_NEUTRAL = [_MARKS, *_TIDY]
"""Rules for any language: the marks and brackets engines would read out, and stray commas."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """User pronunciations: whole words (case-sensitive) and regular expressions."""

    words: dict[str, str] = field(default_factory=dict)
    patterns: tuple[tuple[re.Pattern[str], str], ...] = ()

    def apply(self, text: str) -> str:
        for pattern, replacement in self.patterns:
            text = pattern.sub(replacement, text)
        if self.words:
            alternation = "|".join(re.escape(w) for w in sorted(self.words, key=len, reverse=True))
            text = re.sub(rf"\b(?:{alternation})\b", lambda m: self.words[m.group(0)], text)
        return text


def load_lexicon(path: Path) -> Lexicon:
    """Read a lexicon TOML: ``[words]`` "written" = "spoken", ``[patterns]`` "regex" = "spoken"."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        words = {str(k): str(v) for k, v in data.get("words", {}).items()}
        patterns = tuple((re.compile(k), str(v)) for k, v in data.get("patterns", {}).items())
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, re.error) as exc:
        raise ConfigError(f"{path}: invalid pronunciation lexicon ({exc}); fix the file") from None
    return Lexicon(words, patterns)


def spoken(text: str, lexicon: Lexicon | None = None, language: str = "en") -> str:
    """The text to send to the engine for ``text``.

    The rules for numbers, money, dates and abbreviations are English ("£5m"
    is "5 million pounds"); in another language only marks and brackets are
    tidied and the engine's voice for that language reads the rest.
    """
    if lexicon is not None:
        text = lexicon.apply(text)
    for pattern, replacement in _RULES if language == "en" else _NEUTRAL:
        text = pattern.sub(replacement, text)
    return " ".join(text.split()).strip(" ,")
