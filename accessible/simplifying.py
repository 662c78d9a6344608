"""The ``simplify`` command's work: an article (or a file of lines) to a rewritten text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from .pipeline import analyze_path
from .read import decode_source, read_bytes


def simplify_file(
    path: Path, level: Literal["plain", "easy"], output_format: str, each_line: bool
) -> str:
    """The plain or Easy Read rewrite of ``path`` in ``output_format`` (md, txt, html, json)."""
    from .simplify import (
        simplify_article,
        simplify_sentence,
        to_html,
        to_json,
        to_markdown,
        to_text,
    )

    if each_line:
        source = decode_source(read_bytes(path), str(path))
        rows = []
        for line in source.text.splitlines():
            sentences, changes = simplify_sentence(line, level) if line.strip() else ([], [])
            rows.append((line, " ".join(sentences) if sentences else line, changes))
        if output_format == "json":
            data = [
                {
                    "input": line,
                    "output": output,
                    "changes": [
                        {"kind": c.kind, "before": c.before, "after": c.after} for c in changes
                    ],
                }
                for line, output, changes in rows
            ]
            return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        return "".join(output + "\n" for _, output, _ in rows)
    article = analyze_path(path)
    writer = {"md": to_markdown, "txt": to_text, "html": to_html, "json": to_json}[output_format]
    return writer(simplify_article(article, level))
