"""accessible: make news articles accessible.

The public API (the CLI only wraps it)::

    import accessible
    data = accessible.analyze_text(text)              # the analysis JSON as a dict
    paths = accessible.render("article.txt", "out")   # {"mp3": Path, "vtt": Path, ...}
    scores = accessible.score_text(text)              # readability report as a dict
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from .errors import AccessibleError, ConfigError, EngineError, InputError

__version__ = "0.1.0"
__all__ = [
    "AccessibleError",
    "ConfigError",
    "EngineError",
    "InputError",
    "analyze_file",
    "analyze_text",
    "render",
    "score_text",
]


def analyze_text(text: str) -> dict[str, Any]:
    """Parse ``text`` (headline line, blank line, paragraphs) and return the analysis JSON."""
    from .pipeline import analysis
    from .pipeline import analyze_text as _analyze

    return analysis(_analyze(text))


def analyze_file(path: str | Path) -> dict[str, Any]:
    """Read and analyse an article file; raises :class:`InputError` on unreadable input."""
    from .pipeline import analysis, analyze_path

    return analysis(analyze_path(path))


def score_text(text: str) -> dict[str, Any]:
    """Readability of ``text``: article, paragraph and hard-sentence figures."""
    from .pipeline import analyze_text as _analyze
    from .readability import report

    return report(_analyze(text))


def render(
    path: str | Path,
    out_dir: str | Path = "out",
    *,
    voices: str | Path = "default",
    engine: str | None = None,
    rate: int | None = None,
    audio: Literal["mp3", "wav"] = "mp3",
    loudness: float = -16.0,
) -> dict[str, Path]:
    """Render an article file to audio, transcripts and JSON reports in ``out_dir``.

    ``voices`` is a profile name or .toml path, ``rate`` overrides its words per
    minute, ``loudness`` is the integrated loudness target (-16 LUFS, or -23 for
    EBU R128).
    """
    from .pipeline import RenderOptions, render_path

    options = RenderOptions(
        profile=voices, engine=engine, rate=rate, audio=audio, loudness=loudness
    )
    return render_path(path, out_dir, options)
