"""One `Briefing` model, four renderings: Markdown, JSON (`briefing/1`), HTML and PDF.

Files are written to a temporary name beside the target and renamed, so an interrupted build never
leaves a half-written briefing.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from briefing.i18n import format_date, labels
from briefing.models import Briefing, PartialDate

FORMATS = ("md", "json", "html", "pdf")


def _date_label(value: str | None, language: str = "en", short: bool = True) -> str:
    return format_date(PartialDate.parse(value) if value else None, language, short=short)


def _one_line(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("briefing", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["date_label"] = _date_label
    env.filters["one_line"] = _one_line
    return env


def _context(briefing: Briefing) -> dict[str, object]:
    return {"b": briefing, "t": labels(briefing.language), "lang": briefing.language}


def render_markdown(briefing: Briefing) -> str:
    return environment().get_template("briefing.md.j2").render(**_context(briefing))


def render_html(briefing: Briefing) -> str:
    return environment().get_template("briefing.html.j2").render(**_context(briefing))


def render_json(briefing: Briefing) -> str:
    return json.dumps(briefing.to_json_dict(), ensure_ascii=False, indent=2) + "\n"


def render_pdf(briefing: Briefing) -> bytes:
    from weasyprint import HTML

    pdf = HTML(string=render_html(briefing)).write_pdf()
    assert pdf is not None
    return bytes(pdf)


RENDERERS: dict[str, Callable[[Briefing], str | bytes]] = {
    "md": render_markdown,
    "json": render_json,
    "html": render_html,
    "pdf": render_pdf,
}


def write_atomically(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_briefing(briefing: Briefing, out: Path, name: str, formats: list[str]) -> list[Path]:
    """Render `briefing` in each format to `out/name.<ext>`; returns the paths written.

    All formats are rendered first, then written, so a failing renderer leaves nothing behind.
    """
    if Path(name).name != name or name.startswith("."):
        raise ValueError(f"unsafe output name: {name!r}")
    rendered = {fmt: RENDERERS[fmt](briefing) for fmt in formats}
    written: list[Path] = []
    for fmt, content in rendered.items():
        path = out / f"{name}.{fmt}"
        write_atomically(path, content)
        written.append(path)
    return written
