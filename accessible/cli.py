"""The command line: a thin wrapper over the library (typer lives here only).

Every expected failure is an :class:`AccessibleError`; it is printed here, in
one place, as one line on standard error with exit code 1 — never a traceback.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from . import __version__
from .errors import AccessibleError, InputError

app = typer.Typer(
    help="Make news articles accessible: readability, plain language and multi-voice narration.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

T = TypeVar("T")


def _run(action: Callable[[], T]) -> T:
    try:
        return action()
    except AccessibleError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        raise typer.Exit(130) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"accessible {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Make news articles accessible: readability, plain language and multi-voice narration."""


def _print_outputs(value: bool) -> None:
    if value:
        from .outputs import AUDIO, TEXT

        rows = [(n, o.suffix, o.description) for n, o in AUDIO.items()]
        rows += [(n, o.suffix, o.description) for n, o in TEXT.items()]
        for name, suffix, description in rows:
            typer.echo(f"{name:<12} <stem>{suffix:<18} {description}")
        raise typer.Exit()


class AudioChoice(StrEnum):
    mp3 = "mp3"
    wav = "wav"


@app.command()
def render(
    articles: Annotated[
        list[str],
        typer.Argument(
            help="Article files, folders (searched recursively) or - for standard input.",
            show_default=False,
        ),
    ],
    out: Annotated[
        str,
        typer.Option(
            "-o",
            "--out",
            help="Output folder, or an object-store URL (s3://bucket/path); mirrors the input "
            "folders, holds manifest.jsonl.",
        ),
    ] = "out",
    voices: Annotated[
        str | None,
        typer.Option(
            "--voices",
            help="Voice profile: standard, easy, or a .toml path (default: standard; easy "
            "with --easy).",
        ),
    ] = None,
    engine: Annotated[
        str | None, typer.Option("--engine", help="Speech engine (default: the profile's).")
    ] = None,
    easy: Annotated[
        bool,
        typer.Option(
            "--easy", help="Narrate the Easy Read version (short sentences, slower pace)."
        ),
    ] = False,
    rate: Annotated[
        int | None,
        typer.Option("--rate", min=60, max=400, help="Words per minute (default: the profile's)."),
    ] = None,
    audio: Annotated[
        AudioChoice, typer.Option("--audio", help="Audio format: mp3, or wav (uncompressed).")
    ] = AudioChoice.mp3,
    loudness: Annotated[
        float,
        typer.Option(
            "--loudness",
            min=-40,
            max=-10,
            help="Integrated loudness target in LUFS: -16 (speech, phones) or -23 (EBU R128).",
        ),
    ] = -16.0,
    outputs: Annotated[
        str | None,
        typer.Option(
            "--outputs",
            help="Only these outputs besides the audio, comma-separated, e.g. vtt,report "
            "(default: all; names as in `accessible render --list-outputs`).",
        ),
    ] = None,
    list_outputs: Annotated[
        bool,
        typer.Option(
            "--list-outputs",
            callback=_print_outputs,
            is_eager=True,
            help="List the outputs render can write, and exit.",
        ),
    ] = False,
    glob: Annotated[
        list[str] | None,
        typer.Option(
            "--glob",
            help="Which files to take from folders, matched against the path inside the folder "
            "(repeatable; default: *.txt, *.md, *.html and the same gzip-compressed, *.html.gz).",
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "-j", "--jobs", min=1, help="Articles rendered at once (default: the number of cores)."
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Render again even articles that are up to date.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("-q", "--quiet", help="Print only errors and, on failure, the summary.")
    ] = False,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Dask scheduler address (tcp://host:8786): render on that cluster instead; "
            "-o must be a folder every worker shares. Needs accessible\\[cluster].",
        ),
    ] = None,
) -> None:
    """Narrate articles to MP3 with a speaker-labelled transcript and readability report.

    Renders many articles in parallel, records each in OUT/manifest.jsonl and,
    run again, skips those already done. Exit code 1 if any article failed.

    Example: accessible render articles/ samples/scales-of-justice.txt -o out/
    """
    if engine in (None, "pyttsx3") and len(articles) == 1 and os.path.isfile(articles[0]):
        from .engines.pyttsx3_engine import prestart

        prestart()  # one article, rendered here: its speech child starts while we import
    from .batch import DEFAULT_GLOBS, discover, run_batch
    from .batch.destination import is_url
    from .pipeline import RenderOptions

    texts = _chosen_outputs(outputs)

    def batch() -> int:
        items = discover(
            articles, glob or DEFAULT_GLOBS, exclude=None if is_url(out) else Path(out)
        )
        if not items:
            raise InputError(
                f"no articles found in {', '.join(articles)} matching "
                f"{', '.join(glob or DEFAULT_GLOBS)}; check the paths or --glob"
            )
        summary = run_batch(
            items,
            out,
            RenderOptions(
                profile=voices or ("easy" if easy else "default"),
                engine=engine,
                easy=easy,
                rate=rate,
                audio=audio.value,
                loudness=loudness,
                **({"texts": texts} if texts is not None else {}),
            ),
            jobs=jobs or _cores(),
            scheduler=scheduler,
            force=force,
            quiet=quiet,
        )
        return summary.exit_code

    code = _run(batch)
    if code:
        raise typer.Exit(code)


def _chosen_outputs(outputs: str | None) -> tuple[str, ...] | None:
    """The text outputs named in ``--outputs``; a clear error lists the valid names."""
    if outputs is None:
        return None
    from .outputs import TEXT

    names = tuple(dict.fromkeys(n.strip() for n in outputs.split(",") if n.strip()))
    unknown = [n for n in names if n not in TEXT]
    if unknown:
        typer.echo(
            f"error: unknown output {', '.join(unknown)}; choose from {', '.join(TEXT)}", err=True
        )
        raise typer.Exit(2)
    return names


def _cores() -> int:
    """Cores this process may use (fewer than the machine has under a CPU quota or taskset)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@app.command()
def analyze(
    article: Annotated[Path, typer.Argument(help="Article file to analyse.")],
) -> None:
    """Print the analysis JSON (title, paragraphs, sentences, quotes, speakers) of an article.

    Example: accessible analyze samples/scales-of-justice.txt
    """
    from .pipeline import analysis, analyze_path

    data = _run(lambda: analysis(analyze_path(article)))
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


class ScoreFormat(StrEnum):
    table = "table"
    json = "json"
    md = "md"


@app.command()
def score(
    article: Annotated[Path, typer.Argument(help="Article file to score.")],
    output_format: Annotated[
        ScoreFormat, typer.Option("--format", "-f", help="table, json or md.")
    ] = ScoreFormat.table,
) -> None:
    """Score readability: all formulas per article and paragraph, hard sentences, passives.

    Example: accessible score samples/scales-of-justice.txt --format md
    """
    from .pipeline import analyze_path
    from .readability import report
    from .scorecard import to_markdown, to_table

    loaded = _run(lambda: analyze_path(article))
    data = report(loaded)
    if output_format is ScoreFormat.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif output_format is ScoreFormat.md:
        sys.stdout.write(to_markdown(data, loaded))
    else:
        sys.stdout.write(to_table(data, loaded))


class SimplifyLevel(StrEnum):
    plain = "plain"
    easy = "easy"


class SimplifyFormat(StrEnum):
    md = "md"
    txt = "txt"
    html = "html"
    json = "json"


@app.command()
def simplify(
    article: Annotated[Path, typer.Argument(help="Article file (or a list of lines).")],
    level: Annotated[
        SimplifyLevel, typer.Option("--level", "-l", help="plain, or easy for Easy Read.")
    ] = SimplifyLevel.plain,
    output_format: Annotated[
        SimplifyFormat, typer.Option("--format", "-f", help="md, txt, html or json.")
    ] = SimplifyFormat.md,
    out: Annotated[
        Path | None, typer.Option("-o", "--out", help="Write to this file (default: stdout).")
    ] = None,
    each_line: Annotated[
        bool,
        typer.Option("--each-line", help="Each input line is its own text; one output line each."),
    ] = False,
) -> None:
    """Rewrite an article in plain language or Easy Read, keeping every fact and quote.

    Example: accessible simplify samples/scales-of-justice.txt --level easy -o easy.md
    """
    from .simplifying import simplify_file

    text = _run(lambda: simplify_file(article, level.value, output_format.value, each_line))
    if out is None:
        sys.stdout.write(text)
    else:
        from .outputs.files import write_atomic

        _run(lambda: write_atomic(out, text))


@app.command()
def voices(
    all_languages: Annotated[
        bool, typer.Option("--all", help="List every language, not only English.")
    ] = False,
    sample: Annotated[
        Path | None,
        typer.Option(
            "--sample", help="Speak a short sample of each profile voice into this folder."
        ),
    ] = None,
    profile: Annotated[
        str | None, typer.Option("--voices", help="Only this profile (name or .toml path).")
    ] = None,
    engine: Annotated[str, typer.Option("--engine", help="Speech engine.")] = "pyttsx3",
) -> None:
    """List the engine's voices and the voice profiles; optionally speak a sample of each.

    Example: accessible voices --sample out/voices
    """
    from .auditions import engine_voices, roles, speak_samples
    from .config import list_profiles, load_profile

    found = _run(lambda: engine_voices(engine))
    typer.echo("Engine voices (use the id in a profile; add +f1..+f5 for a female variant):")
    for available in found:
        if all_languages or available.language.startswith("en"):
            typer.echo(f"  {available.id:<28} {available.name} [{available.language}]")
    names = [profile] if profile else sorted({str(load_profile(n).name) for n in list_profiles()})
    for name in names:
        loaded = _run(lambda n=name: load_profile(n))  # type: ignore[misc]
        typer.echo(
            f"\nProfile {loaded.name} ({loaded.rate} words per minute): {loaded.description}"
        )
        for role, voice in roles(loaded):
            typer.echo(f"  {role:<10} {voice.voice:<28} pitch {voice.pitch:<3} {voice.label}")
        if sample is not None:
            for path in _run(lambda p=loaded: speak_samples(p, sample, engine)):  # type: ignore[misc]
                typer.echo(f"  wrote {path}")


def main() -> None:
    # Work is spread over processes (one per article); BLAS threads on top only spin.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    app()
