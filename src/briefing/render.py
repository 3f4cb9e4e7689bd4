"""One `Briefing` model, four renderings: Markdown, JSON (`briefing/1`, ARCHITECTURE.md "Contract 1"),
HTML and PDF.

Files are written to a temporary name beside the target and renamed, so an interrupted build never
leaves a half-written briefing.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from itertools import groupby
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

import pydantic_core
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from pydantic import BaseModel

from briefing.chart import source_map_layout, source_map_svg, timeline_svg
from briefing.errors import BriefingError
from briefing.i18n import format_span, labels
from briefing.models import INDEX_SCHEMA, Briefing, PartialDate, SourceInfo, Statement

if TYPE_CHECKING:
    from briefing.paper import Printing


def _date_label(value: str | None, language: str = "en", short: bool = True, end: str | None = None) -> str:
    """A statement's date as printed: its span where it has a last day (`date_end`)."""
    first = PartialDate.parse(value) if value else None
    return format_span(first, PartialDate.parse(end) if end else None, language, short=short)


# Bidirectional overrides and isolates (which can make `txt.exe` read `exe.txt`) and control
# characters other than white space: shown as their code (`<U+202E>`) wherever a value is rendered.
_INVISIBLE = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def _neutral(text: str) -> str:
    return _INVISIBLE.sub(lambda found: f"<U+{ord(found.group()):04X}>", text)


def _finalize(value: object) -> object:
    """Every `{{ value }}` of every template goes through here before it is escaped."""
    if isinstance(value, Markup):
        return Markup(_neutral(str(value))) if _INVISIBLE.search(value) else value
    return _neutral(value) if isinstance(value, str) else value


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _truncate_quote(text: str, limit: int = 400) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# What a Markdown renderer (CommonMark, GitHub's) would read as syntax in running text: emphasis,
# code, links and images, footnote references, tables, strikethrough, headings, and the `://` and
# `www.` it turns into links. Each such character gets a backslash (shown as itself by renderers).
# An underscore between two letters or digits (`002_b8.txt`) starts no emphasis and stays bare, and
# so does `!`: it opens an image only before a `[`, which gets its backslash ("NATO!" stays "NATO!").
_MD_ACTIVE = re.compile(r"([\\`*\[\]|~^#]|(?<!\w)_|_(?!\w))|(?<=:)(//)|(?<=www)(\.)", re.IGNORECASE)


# An ampersand that a Markdown renderer would read as a character reference (`&copy;`, `&#169;`):
# one written bare anywhere else (`sangue & petrolio`, `Dolce&Gabbana`) is shown as itself, so the
# Markdown file reads as its text, not as `&amp;`.
_MD_REFERENCE = re.compile(r"&(?=[A-Za-z][A-Za-z0-9]{0,31};|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)")


def _md_text(text: str) -> str:
    """One line, with everything a Markdown renderer would take for markup or HTML made inert."""
    text = _MD_REFERENCE.sub("&amp;", _neutral(_one_line(text))).replace("<", "&lt;").replace(">", "&gt;")
    return _MD_ACTIVE.sub(lambda found: "".join("\\" + char for char in found.group()), text)


def _md_cell(text: str) -> str:
    return _md_text(text)


def _md_code(text: str) -> str:
    """A code span (a file name): a fence longer than any run of backticks inside, so none ends it."""
    text = _neutral(text).replace("\n", "<U+000A>").replace("\r", "<U+000D>").replace("\t", "<U+0009>")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def _groupby_actor(statements: list[Statement]) -> list[tuple[str, list[Statement]]]:
    """Consecutive statements of the same actor, in order (compose writes them grouped)."""
    return [(actor or "", list(items)) for actor, items in groupby(statements, key=lambda s: s.actor)]


def _groupby_group(statements: list[Statement]) -> list[tuple[str, list[Statement]]]:
    """Consecutive statements under the same `group` heading, in order."""
    return [(group or "", list(items)) for group, items in groupby(statements, key=lambda s: s.group)]


@lru_cache(maxsize=2)
def environment(markdown: bool = False) -> Environment:
    """Templates autoescape HTML (`*.html.j2`); the Markdown environment escapes what a Markdown
    renderer would take for HTML instead."""
    env = Environment(
        loader=PackageLoader("briefing", "templates"),
        autoescape=select_autoescape(
            enabled_extensions=("html", "html.j2", "svg", "xml"), default_for_string=True, default=False
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize,
    )
    env.filters["date_label"] = _date_label
    env.filters["one_line"] = _md_text if markdown else _one_line
    env.filters["truncate_quote"] = _truncate_quote
    env.filters["md_cell"] = _md_cell
    env.filters["md_code"] = _md_code
    env.filters["groupby_actor"] = _groupby_actor
    env.filters["groupby_group"] = _groupby_group
    return env


def _window_note(briefing: Briefing) -> str:
    """`Articles published since 1 April 2025 until 30 April 2025; …` when a window was asked for."""
    if briefing.window is None:
        return ""
    words = labels(briefing.language)
    bounds = [
        words[key].format(date=_date_label(value, briefing.language, short=False))
        for key, value in (("since", briefing.window.start), ("until", briefing.window.end))
        if value
    ]
    return words["window_note"].format(window=" ".join(bounds)) if bounds else ""


# Up to this many sources, the sources table gives each one a full row. Beyond it, only the
# sources that some statement cites get a full row, and the others follow as a compact run of
# numbers and file names (a 1,000-article briefing's full table was 94 of its 129 PDF pages).
SOURCES_IN_FULL = 30


class SourceListing(BaseModel):
    """Every source read, numbered 1..N in the order of the JSON's `sources`, so that no number is
    missing and every source can be found: `rows` in full, `compact` as (folder, [(number, file
    name)]) runs of consecutive sources in one folder."""

    rows: list[tuple[int, SourceInfo]]
    compact: list[tuple[str, list[tuple[int, str]]]]
    compact_count: int
    # the rows again, by folder, for paper: (folder, [(number, file name, source)])
    rows_by_folder: list[tuple[str, list[tuple[int, str, SourceInfo]]]] = []


def source_listing(briefing: Briefing) -> SourceListing:
    numbered = list(enumerate(briefing.sources, start=1))
    if len(numbered) <= SOURCES_IN_FULL:
        return SourceListing(rows=numbered, compact=[], compact_count=0)
    cited = {citation.source for citation in briefing.citations.values()}
    rows = [(number, source) for number, source in numbered if source.source in cited]
    others = [(number, PurePath(source.source)) for number, source in numbered if source.source not in cited]
    compact = [
        (_folder(folder), [(number, path.name) for number, path in run])
        for folder, run in groupby(others, key=lambda item: item[1].parent)
    ]
    by_folder = [
        (_folder(folder), [(number, PurePath(source.source).name, source) for number, source in run])
        for folder, run in groupby(rows, key=lambda item: PurePath(item[1].source).parent)
    ]
    return SourceListing(rows=rows, compact=compact, compact_count=len(others), rows_by_folder=by_folder)


def _folder(path: PurePath) -> str:
    """`corpus/`, `/data/news/`; nothing for a file named without its folder."""
    text = str(path)
    return "" if text == "." else text.rstrip("/") + "/"


def _cited_by(briefing: Briefing) -> dict[str, list[str]]:
    """Citation id → the ids of the statements citing it (a series' points included), in
    reading order: the evidence annex links back to them."""
    found: dict[str, list[str]] = {}
    for section in briefing.sections:
        for statement in section.statements:
            ids = list(statement.citations) + [c for p in statement.points or [] for c in p.citations]
            for cid in dict.fromkeys(ids):
                if statement.id:
                    found.setdefault(cid, []).append(statement.id)
    return found


def _about_note(briefing: Briefing) -> str:
    about = briefing.about
    if about is None:
        return ""
    words = labels(briefing.language)
    return words["about_note"].format(
        query=about.query,
        kept=about.kept,
        total=about.total,
        left=len(about.left_out),
        reason=words["about_reason"].format(cut=f"{about.cut:.0%}"),
    )


def _quoted_note(briefing: Briefing) -> str:
    """Offline, statements are the sources' own sentences: the header says so."""
    return labels(briefing.language)["quoted_note"] if briefing.engine == "extractive" else ""


def _first_with_same_quote(briefing: Briefing) -> dict[str, str]:
    """Citation id → the id of the first citation whose quote reads the same (white space aside),
    for each citation that repeats an earlier one's quote: on paper, each quote is printed once."""
    first: dict[str, str] = {}
    same: dict[str, str] = {}
    for cid, citation in briefing.citations.items():
        same_as = first.setdefault(_one_line(citation.quote), cid)
        if same_as != cid:
            same[cid] = same_as
    return same


def _file_names(briefing: Briefing) -> dict[str, str]:
    """Source → how the evidence annex on paper names it: by its file name, which the sources list
    shows with its folder (a 1,000-article annex printed the same long folder hundreds of times);
    by its whole path where two sources share a file name."""
    names = Counter(PurePath(source.source).name for source in briefing.sources)
    return {
        source.source: name if names[name] == 1 else source.source
        for source in briefing.sources
        for name in [PurePath(source.source).name]
    }


def _context(briefing: Briefing, paper: bool = False) -> dict[str, object]:
    """What the templates see. `paper`: the page WeasyPrint prints (`render_pdf`), where no citation
    can be followed, so each distinct quote is printed once and without its hidden passage."""
    words = labels(briefing.language)
    lead_ids = {s.storyline for s in briefing.sections if s.storyline}
    return {
        "lead_storylines": [s for s in briefing.storylines if s.id in lead_ids],
        "quoted_note": _quoted_note(briefing),
        "about_note": _about_note(briefing),
        "b": briefing,
        "t": words,
        "lang": briefing.language,
        "window_note": _window_note(briefing),
        "listing": source_listing(briefing),
        "cited_by": _cited_by(briefing),
        "paper": paper,
        "story_reports": _story_reports(briefing),
        "same_quote": _first_with_same_quote(briefing) if paper else {},
        "file_names": _file_names(briefing) if paper else {},
    }


def _story_reports(briefing: Briefing) -> Callable[[list[Statement]], str]:
    """For a group of statements under one storyline's heading (Background, further reports),
    when its articles were published: `reported 4 Feb – 19 Dec 2011`, or "" where they carry no
    date. An undated statement under it (context, a plan) then does not read as today's news."""
    words = labels(briefing.language)
    spans = {
        story.id: _span(PartialDate.parse(story.first), PartialDate.parse(story.last), briefing.language)
        for story in briefing.storylines
        if story.first and story.last
    }

    def note(items: list[Statement]) -> str:
        span = spans.get(items[0].storyline or "") if items else None
        return words["story_reported"].format(span=span) if span else ""

    return note


def _span(first: PartialDate, last: PartialDate, language: str) -> str:
    """`4 Feb – 19 Dec 2011`; ends of two precisions each as they are (`Nov 2024 – 3 Apr 2026`)."""
    if first.precision != last.precision and first != last:
        return f"{format_span(first, None, language, True)} – {format_span(last, None, language, True)}"
    return format_span(first, last, language, True)


def render_markdown(briefing: Briefing) -> str:
    return environment(markdown=True).get_template("briefing.md.j2").render(**_context(briefing))


def render_html(briefing: Briefing, paper: bool = False) -> str:
    """A self-contained page: inline CSS, inline SVG figures, no script, no external asset.
    `paper=True`: the page `render_pdf` prints (see `_context`)."""
    words = labels(briefing.language)
    source_map = source_map_layout(briefing)
    note = (
        words["source_map_note"].format(single=len(source_map.single_source), total=len(source_map.columns))
        if source_map
        else ""
    )
    # The SVGs are built with every text escaped (chart.py); they are trusted markup here.
    return (
        environment()
        .get_template("briefing.html.j2")
        .render(
            **_context(briefing, paper),
            chart=Markup(timeline_svg(briefing, tooltips=not paper)),
            source_map=Markup(source_map_svg(briefing, tooltips=not paper)),
            source_map_note=note,
        )
    )


def render_json(briefing: Briefing) -> str:
    # pydantic-core writes the same indented UTF-8 JSON as `json.dumps(ensure_ascii=False,
    # indent=2)`, in Rust: the stdlib's indenting encoder is pure Python (6 s on 10,000 articles).
    return pydantic_core.to_json(briefing.to_json_dict(), indent=2).decode("utf-8") + "\n"


@contextmanager
def _source_date_epoch(as_of: str) -> Iterator[None]:
    """Pin the time that font subsetting stamps into the PDF to the briefing's as-of date.

    Without HarfBuzz-subset (an optional system library), weasyprint subsets fonts with fontTools,
    which writes the current time into each subset's `head` table unless `SOURCE_DATE_EPOCH` is set
    (the reproducible-builds convention). A user's own `SOURCE_DATE_EPOCH` wins.
    """
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    day = PartialDate.parse(as_of)
    moment = datetime(day.year, day.month or 1, day.day or 1, tzinfo=UTC)
    os.environ["SOURCE_DATE_EPOCH"] = str(int(moment.timestamp()))
    try:
        yield
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


def render_pdf(briefing: Briefing) -> bytes:
    """WeasyPrint's PDF of the paper page; a long one in two halves at once (`briefing.paper`)."""
    return start_pdf(briefing).finish()


def start_pdf(briefing: Briefing) -> Printing:
    """`render_pdf`, begun: a long PDF's annexes are laid out in the child process while this one
    renders the other formats; `finish()` lays out the rest and returns the PDF."""
    from briefing import paper

    with _source_date_epoch(briefing.as_of):
        html = render_html(briefing, paper=True)
        printing = paper.start_pdf(html, len(briefing.citations), os.environ["SOURCE_DATE_EPOCH"])

    def finish() -> bytes:
        with _source_date_epoch(briefing.as_of):  # fontTools stamps the fonts it embeds with it
            return printing.finish()

    return paper.Printing(finish=finish, cancel=printing.cancel)


RENDERERS: dict[str, Callable[[Briefing], str | bytes]] = {
    "md": render_markdown,
    "json": render_json,
    "html": render_html,
    "pdf": render_pdf,
}


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


_FILE_MODE = 0o666 & ~_umask()  # what open() would give a new file


def _write_temporary(path: Path, data: bytes) -> str:
    """`data` in a new temporary file beside `path`, on disk (fsync), readable as a briefing is."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _FILE_MODE)  # mkstemp makes it private (0600); a briefing is not
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


# What `_write_temporary` names its files: `.briefing-2025-06-10.md.k2j4h1.tmp`, `.index.json.….tmp`.
_OUR_TEMPORARY = re.compile(r"\.(?:briefing-[0-9W-]+|index)\.(?:md|json|html|pdf)\.[A-Za-z0-9_]+\.tmp")


def clean_stray_temporaries(out: Path) -> list[Path]:
    """Remove the temporary files an interrupted write left in `out` (ours only, by their names)."""
    removed = []
    if out.is_dir():
        for path in out.iterdir():
            if _OUR_TEMPORARY.fullmatch(path.name) and path.is_file() and not path.is_symlink():
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def write_together(files: dict[Path, str | bytes]) -> None:
    """Replace a set of files together or not at all: every new file is written in full to a
    temporary file first, and only then are they renamed into place, one after the other. A
    failure while writing (a full disk) leaves every old file as it was and no temporary file."""
    temporaries: dict[Path, str] = {}
    path = next(iter(files), Path("."))
    try:
        for path, content in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            data = content.encode("utf-8") if isinstance(content, str) else content
            temporaries[path] = _write_temporary(path, data)
        for path, temporary in temporaries.items():
            os.replace(temporary, path)
    except OSError as error:
        raise BriefingError(
            f"cannot write {path}: {error.strerror or error}; no file of this briefing was replaced",
            "free some space or choose another --out, and run again",
        ) from error
    finally:
        for temporary in temporaries.values():
            Path(temporary).unlink(missing_ok=True)


def write_atomically(path: Path, content: str | bytes) -> None:
    write_together({path: content})


def _render_all(briefing: Briefing, formats: list[str]) -> dict[str, str | bytes]:
    """Each format's rendering, in the order of `formats`; the PDF begun first, so that a long
    one's annexes are laid out on the second core while the other formats are rendered here."""
    printing = start_pdf(briefing) if "pdf" in formats else None
    try:
        rendered = {fmt: RENDERERS[fmt](briefing) for fmt in formats if fmt != "pdf"}
    except BaseException:
        if printing is not None:
            printing.cancel()
        raise
    if printing is not None:
        rendered["pdf"] = printing.finish()
    return {fmt: rendered[fmt] for fmt in formats}


def write_briefing(briefing: Briefing, out: Path, name: str, formats: list[str]) -> list[Path]:
    """Render `briefing` in each format to `out/name.<ext>`; returns the paths written.

    All formats are rendered first, then written together (`write_together`), so a failing
    renderer or a full disk leaves the previous set of files as it was.
    """
    if Path(name).name != name or name.startswith("."):
        raise ValueError(f"unsafe output name: {name!r}")
    rendered = _render_all(briefing, formats)
    clean_stray_temporaries(out)
    files = {out / f"{name}.{fmt}": content for fmt, content in rendered.items()}
    write_together(files)
    return list(files)


# --- the index of an `--every` series ----------------------------------------------------------


class IndexEntry(BaseModel):
    name: str
    label: str
    briefing: Briefing
    files: list[str]


def _index_data(entries: list[IndexEntry], every: str, language: str, undated: int) -> dict[str, object]:
    rows = []
    for entry in entries:
        b = entry.briefing
        key_points = next((s for s in b.sections if s.key == "key_points"), None)
        rows.append(
            {
                "name": entry.name,
                "label": entry.label,
                "title": b.title,
                "as_of": b.as_of,
                "window": b.window.model_dump() if b.window else None,
                "articles": len(b.sources),
                "undated_articles": sum(1 for s in b.sources if not s.published),
                "statements": sum(len(s.statements) for s in b.sections),
                "bottom_line": key_points.statements[0].text
                if key_points and key_points.statements
                else None,
                "files": {Path(f).suffix.lstrip("."): f for f in entry.files},
            }
        )
    return {
        "schema": INDEX_SCHEMA,
        "every": every,
        "language": language,
        "undated_articles": undated,
        "briefings": rows,
    }


def write_index(
    entries: list[IndexEntry], out: Path, formats: list[str], every: str, language: str, undated: int
) -> list[Path]:
    """`index.md` always, `index.json` and `index.html` with those formats; returns the paths."""
    data = _index_data(entries, every, language, undated)
    context = {"index": data, "t": labels(language), "lang": language, "every": every}
    rendered = {"md": environment(markdown=True).get_template("index.md.j2").render(**context)}
    if "json" in formats:
        rendered["json"] = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if "html" in formats:
        rendered["html"] = environment().get_template("index.html.j2").render(**context)
    files: dict[Path, str | bytes] = {out / f"index.{fmt}": content for fmt, content in rendered.items()}
    write_together(files)
    return list(files)
