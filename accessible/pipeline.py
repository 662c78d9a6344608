"""The pipeline: read → parse → quotes → scores → cast → script → speech → audio → outputs.

Each stage is a plain function from values to values; this module only
composes them. Everything that can fail on bad input (reading, parsing,
loading the voice profile) runs before anything is written, so a failure
leaves no partial output behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .casting import cast
from .config import Profile, load_profile
from .engines import Engine, create_engine
from .model import Article, Source
from .parse import parse
from .quotes import find_quotes
from .read import decode_source, read_source
from .readability import report
from .script import build_script


@dataclass(frozen=True, slots=True)
class RenderOptions:
    profile: str | Path = "default"
    engine: str | None = None
    """Engine name; ``None`` uses the profile's."""
    formats: tuple[str, ...] = field(default=("mp3", "vtt", "report", "analysis"))


def analyze_source(source: Source) -> Article:
    """Parse ``source`` and find its quotes and speakers."""
    return find_quotes(parse(source))


def analyze_path(path: str | Path) -> Article:
    return analyze_source(read_source(path))


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
    article: Article, out_dir: Path, profile: Profile, engine: Engine, formats: tuple[str, ...]
) -> dict[str, Path]:
    """Narrate ``article`` with ``engine`` and write the chosen outputs into ``out_dir``."""
    from .audio import assemble
    from .outputs import OUTPUTS, Rendering

    casting = cast(article, profile)
    script = build_script(article, profile)
    parts = (
        (
            engine.synthesize(line.spoken, casting.voice_for(line.speaker), profile.rate),
            line.pause_ms,
        )
        for line in script.lines
    )
    track = assemble(parts)
    rendering = Rendering(article, analysis(article), report(article), script, casting, track)
    stem = output_stem(article.source.path)
    written: dict[str, Path] = {}
    for name in formats:
        output = OUTPUTS[name]
        target = out_dir / f"{stem}{output.suffix}"
        output.write(rendering, target)
        written[name] = target
    return written


def render_path(
    path: str | Path, out_dir: str | Path = "out", options: RenderOptions | None = None
) -> dict[str, Path]:
    """Render one article file into ``out_dir``; return the written paths by output name."""
    options = options or RenderOptions()
    article = analyze_path(path)
    profile = load_profile(options.profile)
    engine = create_engine(options.engine or profile.engine)
    try:
        return render_article(article, Path(out_dir), profile, engine, options.formats)
    finally:
        engine.close()
