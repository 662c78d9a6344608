"""The command line: a thin wrapper over the library (typer lives here only).

Every expected failure is an :class:`AccessibleError`; it is printed here, in
one place, as one line on standard error with exit code 1 — never a traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from . import __version__
from .errors import AccessibleError

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


@app.command()
def render(
    articles: Annotated[list[Path], typer.Argument(help="Article files (.txt) to render.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output folder.")] = Path("out"),
    voices: Annotated[
        str, typer.Option("--voices", help="Voice profile: a name in voices/ or a .toml path.")
    ] = "default",
    engine: Annotated[
        str | None, typer.Option("--engine", help="Speech engine (default: the profile's).")
    ] = None,
) -> None:
    """Narrate articles to MP3 with a speaker-labelled transcript and readability report.

    Example: accessible render samples/scales-of-justice.txt -o out/
    """
    from .pipeline import RenderOptions, render_path

    options = RenderOptions(profile=voices, engine=engine)
    failed = 0
    for article in articles:
        try:
            written = _run(lambda a=article: render_path(a, out, options))  # type: ignore[misc]
        except typer.Exit as stop:
            if stop.exit_code == 130:
                raise
            failed += 1
            continue
        for path in written.values():
            typer.echo(str(path))
    if failed:
        typer.echo(f"{failed} of {len(articles)} articles failed", err=True)
        raise typer.Exit(1)


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


def main() -> None:
    app()
