"""The pipeline: read → parse → quotes → scores → cast → script → speech → audio → outputs.

Each stage is a plain function from values to values; this module only
composes them. Everything that can fail on bad input (reading, parsing,
loading the voice profile) runs before anything is written, so a failure
leaves no partial output behind.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .casting import cast
from .config import Profile, load_profile
from .corrections import apply_corrections, load_corrections
from .engines import Engine, create_engine
from .errors import LanguageError
from .ingest import from_source, load_article, load_bytes
from .language import name as language_name
from .loudness import Level
from .model import Article, Source
from .quotes import find_quotes
from .read import decode_source
from .readability import report
from .script import Script, build_script
from .speech import load_lexicon

if TYPE_CHECKING:
    from .simplify import Level as TextLevel
    from .simplify import PlainArticle

AudioFormat = Literal["mp3", "wav"]
LEVELS: tuple[TextLevel, ...] = ("plain", "easy")
"""The rewritten versions; the outputs made from one are named after it ("easy-html")."""


@dataclass(frozen=True, slots=True)
class RenderOptions:
    profile: str | Path = "default"
    engine: str | None = None
    """Engine name; ``None`` uses the profile's."""
    rate: int | None = None
    """Words per minute; ``None`` uses the profile's."""
    audio: AudioFormat = "mp3"
    loudness: float = -16.0
    """Integrated loudness target in LUFS: -16 for speech on phones, -23 for EBU R128."""
    easy: bool = False
    """Narrate the Easy Read version instead of the original."""
    texts: tuple[str, ...] = field(
        default=(
            "vtt", "srt", "transcript", "report", "analysis", "quotes",
            "plain", "easy", "plain-html", "easy-html", "html",
        )
    )  # fmt: skip


def analyze_source(source: Source) -> Article:
    """Parse ``source``, tell its language, and find its quotes and speakers."""
    return find_quotes(from_source(source))


def analyze_path(path: str | Path) -> Article:
    """Analyse the article at ``path``: .txt, .md, .html, .docx, or an http(s) URL."""
    return find_quotes(load_article(path))


def analyze_bytes(data: bytes, name: str) -> Article:
    """Analyse an article given as bytes; the suffix of ``name`` tells the format."""
    return find_quotes(load_bytes(data, name))


def analyze_text(text: str, name: str = "<text>") -> Article:
    return analyze_source(decode_source(text.encode("utf-8"), name))


def analysis(article: Article) -> dict[str, Any]:
    """The analysis JSON: a contract other tools read (see the README)."""
    text = article.text
    data: dict[str, Any] = {
        "source": article.source.path,
        "encoding": article.source.encoding,
        "language": article.language,
        "title": article.title_text,
    }
    for name in ("kicker", "credit"):
        value = article.string(getattr(article, name))
        if value is not None:
            data[name] = value
    if article.metadata:
        data["metadata"] = dict(article.metadata)
    if article.source.encoding not in {"utf-8", "utf-8-sig"}:
        data["notes"] = [f"decoded as {article.source.encoding} (not UTF-8)"]
    if article.source.format != "text":
        data["text"] = text
    data["speakers"] = [
        {"id": s.id, "name": s.name, "description": s.description, "gender": s.gender}
        for s in article.speakers
    ]
    data["quotes"] = [
        {"id": q.id, "start": q.span.start, "end": q.span.end, "text": q.span.of(text),
         "speaker": q.speaker, "confidence": q.confidence, "kind": q.kind}
        for q in article.quotes
    ]  # fmt: skip
    data["paragraphs"] = [
        {
            "start": p.span.start,
            "end": p.span.end,
            "text": p.span.of(text),
            "heading": p.heading,
            "sentences": [
                {"start": s.start, "end": s.end, "text": s.of(text)} for s in p.sentences
            ],
        }
        for p in article.paragraphs
    ]
    return data


def output_stem(path: str | Path) -> str:
    return Path(path).name.split(".")[0] or "article"


def render_article(
    article: Article,
    out_dir: Path,
    profile: Profile,
    engine: Engine,
    options: RenderOptions,
    stem: str | None = None,
) -> dict[str, Path]:
    """Narrate ``article`` with ``engine`` and write the chosen outputs into ``out_dir``.

    Outputs are named ``stem`` plus their suffix; a batch passes the unique
    stem it chose, otherwise it comes from the article's file name.

    Readability is scored in a second thread while speech is produced: the
    engine's child process works on one core while this process scores,
    levels and encodes on the other.
    """
    from .audio import TrackWriter
    from .outputs import AUDIO, TEXT, Rendering
    from .outputs.files import atomic_path

    stem = stem or output_stem(article.source.path)
    article, chosen_voices = prepare(article, out_dir / f"{stem}.quotes.json", options)
    rate = options.rate or profile.rate
    casting = cast(
        article, profile, chosen_voices, () if article.language == "en" else engine.voices()
    )
    lexicon = load_lexicon(profile.lexicon) if profile.lexicon else None
    script = build_script(article, profile, lexicon)
    audio = AUDIO[options.audio]
    target = out_dir / f"{stem}{audio.suffix}"
    written: dict[str, Path] = {}
    texts = options.texts
    if options.easy:  # the versions and the page describe the original, not this retelling
        texts = tuple(n for n in texts if not n.startswith(LEVELS) and n != "html")
    levels = tuple(
        level for level in LEVELS if any(n == "html" or n.startswith(level) for n in texts)
    )
    with ThreadPoolExecutor(max_workers=1) as pool:
        scoring = pool.submit(_text_work, article, levels)
        with atomic_path(target) as tmp:
            writer = TrackWriter(audio.open(tmp), options.loudness)
            lines = ((line.spoken, casting.voice_for(line.speaker), rate) for line in script.lines)
            for line, clip in zip(script.lines, engine.synthesize_all(lines), strict=True):
                writer.add(clip, line.pause_ms)
            level = writer.close()
            scores, versions = scoring.result()
            scores["audio"] = audio_report(script, writer.duration_ms, level, options)
            rendering = Rendering(
                article, analysis(article), scores, script, casting,
                tuple(writer.cues), level, writer.duration_ms, versions,
            )  # fmt: skip
            audio.finish(rendering, tmp)
    written[options.audio] = target
    for name in texts:
        if name.startswith(LEVELS) and name.split("-")[0] not in versions:
            continue  # not written for an article in a language the rules do not cover
        output = TEXT[name]
        path = out_dir / f"{stem}{output.suffix}"
        output.write(rendering, path)
        written[name] = path
    return written


def _text_work(
    article: Article, levels: tuple[TextLevel, ...]
) -> tuple[dict[str, Any], dict[str, PlainArticle]]:
    """Readability and the plain-language versions: the text work done while speech is made."""
    from .simplify import simplify_article

    scores = report(article)
    versions: dict[str, PlainArticle]
    try:
        versions = {level: simplify_article(article, level) for level in levels}
    except LanguageError:
        versions = {}
        scores.setdefault("notes", []).append(
            "no plain-language or Easy Read version: the rewriting rules are for English, "
            f"and this article is in {language_name(article.language)}"
        )
    summaries = {level: version.summary() for level, version in versions.items()}
    scores["simplified"] = {
        level: {
            "before": asdict(summary.before),
            "after": asdict(summary.after),
            "longest_sentence_after": summary.longest_after,
            "quoted_words_kept_verbatim": summary.quoted_words,
            "facts_kept": round(summary.facts.kept, 4),
            "facts_lost": list(summary.facts.lost),
        }
        for level, summary in summaries.items()
    }
    return scores, versions


def preload() -> None:
    """Load the word data the text work reads lazily (pronunciations, word forms, lexicons).

    It takes about 0.4 s, once per process. A batch calls this before forking
    its workers, so they share one copy instead of each loading its own.
    """
    article = analyze_text('A test headline\n\nThe minister said it was "a good day".\n')
    _text_work(article, LEVELS)


def audio_report(
    script: Script, duration_ms: int, level: Level, options: RenderOptions
) -> dict[str, Any]:
    """What a listener or producer checks about the audio: length, loudness, peak, pace."""
    words = sum(len(line.spoken.split()) for line in script.lines)
    minutes = duration_ms / 60_000
    return {
        "duration_s": round(duration_ms / 1000, 2),
        "integrated_lufs": level.integrated_lufs,
        "target_lufs": options.loudness,
        "true_peak_dbtp": level.true_peak_dbtp,
        "words": words,
        "words_per_minute": round(words / minutes, 1) if minutes else 0.0,
    }


def render_path(
    path: str | Path, out_dir: str | Path = "out", options: RenderOptions | None = None
) -> dict[str, Path]:
    """Render one article file into ``out_dir``; return the written paths by output name."""
    options = options or RenderOptions()
    article = analyze_path(path)
    profile = load_profile(options.profile)
    engine = create_engine(options.engine or profile.engine)
    try:
        return render_article(article, Path(out_dir), profile, engine, options)
    finally:
        engine.close()


def prepare(
    article: Article, sidecar: Path, options: RenderOptions
) -> tuple[Article, dict[str, str]]:
    """The article to narrate: the user's corrections applied, or its Easy Read version.

    Returns it with the voices the user chose for speakers in the quotes
    sidecar (``<stem>.quotes.json`` from an earlier render, edited).
    """
    chosen: dict[str, str] = {}
    if sidecar.is_file():
        corrections = load_corrections(sidecar)
        article = apply_corrections(article, corrections)
        chosen = corrections.voices()
    if options.easy:
        from .retell import easy_read_article

        try:
            article = find_quotes(easy_read_article(article))
        except LanguageError as exc:
            raise LanguageError(f"{exc}; render it without --easy") from None
    return article, chosen
