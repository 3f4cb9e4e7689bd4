"""A briefing's PDF, laid out by WeasyPrint from the paper HTML (`render.render_html(paper=True)`).

A long briefing is laid out in two halves at once: the annexes (the further reports and the
evidence, each quote with its file and line: about half of a long PDF's layout) in a child
process, everything before them in this one. pypdf joins the two PDFs; a link from one half into
the other (a citation to its quote, a quote back to the statements citing it) is written as a
placeholder and turned into a link inside the joined file; the annexes' bookmarks go under the
briefing's title; and the pages are numbered `N / M` across both halves. The annexes start on a
page of their own, so the joined pages are the pages one document has.

The child process comes from the forkserver that `--jobs` workers come from; its environment is
the server's, so the SOURCE_DATE_EPOCH that fontTools stamps into the fonts travels with the work.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import re
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    Fit,
    IndirectObject,
    NameObject,
    TextStringObject,
)

# Below this many citations the evidence annex is a few pages, and a second process costs more
# (its start, WeasyPrint's import, a second set of fonts to subset) than it saves.
CITATIONS_TO_SPLIT = 150

# The annexes, each on pages of its own: the further reports' (when there are any), the evidence.
_ANNEX_STARTS = ('<section id="annex"', '<section id="citations"')
_PLACEHOLDER = "briefing-pdf-anchor:"
_IDS = re.compile(r' id="([^"]+)"')
_LOCAL_LINKS = re.compile(r' href="#([^"]+)"')

# Each half's pages without WeasyPrint's page number: the joined pages get theirs (`_number`).
_NO_PAGE_NUMBER = "<style>@page { @bottom-center { content: none; } }</style>"
# The annexes' first page is not the briefing's first page: it keeps the running header; and
# the first annex starts on it (its page break would otherwise leave it empty).
_ANNEX_HALF = (
    "<style>@page :first { @top-left { content: string(doctitle); } "
    "@top-right { content: string(asof); } } "
    "body > section:first-of-type { break-before: auto; }</style>"
)


def cores() -> int:
    """The cores this process may run on, counted as `--jobs` counts them."""
    from briefing.pipeline import default_jobs

    return default_jobs()


def print_pdf(html: str, citations: int, epoch: str | None) -> bytes:
    """The PDF of `html`; in two halves laid out at once when it cites `CITATIONS_TO_SPLIT` or
    more quotes and there is a second core. `epoch`: SOURCE_DATE_EPOCH for the child."""
    return start_pdf(html, citations, epoch).finish()


@dataclass(frozen=True)
class Printing:
    """A PDF begun by `start_pdf`. `finish()` lays out what is left in this process and returns the
    document; `cancel()` drops it (a build whose other formats failed)."""

    finish: Callable[[], bytes]
    cancel: Callable[[], None]


def start_pdf(html: str, citations: int, epoch: str | None) -> Printing:
    """`print_pdf`, begun: a long PDF's annexes go to the child process now, so that this process
    can render the other formats while they are laid out (the annexes take longer than the rest)."""
    halves = split_halves(html) if citations >= CITATIONS_TO_SPLIT and cores() > 1 else None
    if halves is None:
        return Printing(finish=lambda: lay_out(html), cancel=lambda: None)
    front, annexes = halves
    child = _printer or _start_child()

    def done(wait: bool = True) -> None:
        if child is not _printer:
            child.shutdown(wait=wait, cancel_futures=True)

    try:
        annexes_pdf = child.submit(_lay_out_in_child, annexes, epoch)
    except BrokenProcessPool:  # the child died (out of memory, killed): one document, here
        done()
        return Printing(finish=lambda: lay_out(html), cancel=lambda: None)

    def finish() -> bytes:
        try:
            front_pdf = lay_out(front)
            return join(front_pdf, annexes_pdf.result())
        except BrokenProcessPool:
            return lay_out(html)
        finally:
            done()

    return Printing(finish=finish, cancel=lambda: done(wait=False))


# The child that a build which will print a long PDF starts before it composes (`start_printer`).
_printer: ProcessPoolExecutor | None = None


def start_printer() -> None:
    """Start the child process that lays out a long PDF's annexes now: it imports WeasyPrint
    and loads the fonts (half a second of CPU) on a core that is free while the briefing is
    composed, not after. `stop_printer` ends it."""
    global _printer
    if _printer is None and cores() > 1:
        _printer = _start_child()


def stop_printer() -> None:
    global _printer
    if _printer is not None:
        _printer.shutdown(cancel_futures=True)
        _printer = None


def _start_child() -> ProcessPoolExecutor:
    child = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("forkserver"))
    child.submit(_warm_up)  # the process starts with its first task
    return child


def _warm_up() -> None:
    lay_out("<p>WeasyPrint, <b>its</b> <i>fonts</i></p>")


def _lay_out_in_child(html: str, epoch: str | None) -> bytes:
    """`lay_out` with the parent's SOURCE_DATE_EPOCH (or none, as the parent)."""
    if epoch is None:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
    else:
        os.environ["SOURCE_DATE_EPOCH"] = epoch
    return lay_out(html)


def lay_out(html: str) -> bytes:
    """WeasyPrint's PDF of `html`."""
    from weasyprint import HTML

    pdf = HTML(string=html).write_pdf()
    assert pdf is not None
    return bytes(pdf)


def split_halves(html: str) -> tuple[str, str] | None:
    """(everything before the annexes, the annexes and what follows them), each a whole page
    with the same style and running header; None when there is no annex."""
    start = min((found for found in map(html.find, _ANNEX_STARTS) if found >= 0), default=-1)
    head_end = html.find("<body>")
    body_end = html.rfind("</body>")
    title = re.search(r"<h1>(.*?)</h1>", html, re.DOTALL)
    as_of = re.search(r'<span class="running-date">(.*?)</span>', html, re.DOTALL)
    if min(start, head_end, body_end) < 0 or title is None or as_of is None:
        return None
    head = html[:head_end]
    # the strings the running header shows, set by elements that take no room
    strings = (
        '<div style="visibility: hidden; height: 0; overflow: hidden; margin: 0">'
        f'<p style="string-set: doctitle content()">{title.group(1)}</p>'
        f'<p style="string-set: asof content()">{as_of.group(1)}</p></div>'
    )
    front = _with_style(head, _NO_PAGE_NUMBER) + html[head_end:start] + html[body_end:]
    annex = _with_style(head, _NO_PAGE_NUMBER + _ANNEX_HALF) + "<body>" + strings + html[start:]
    return _placeholders_for_the_other_half(front), _placeholders_for_the_other_half(annex)


def _with_style(head: str, style: str) -> str:
    return head.replace("</head>", style + "</head>", 1)


def _placeholders_for_the_other_half(half: str) -> str:
    """A link to an anchor of the other half (WeasyPrint would drop it) as a placeholder URI."""
    here = set(_IDS.findall(half))
    return _LOCAL_LINKS.sub(
        lambda found: found.group(0) if found.group(1) in here else f' href="{_PLACEHOLDER}{found.group(1)}"',
        half,
    )


# Helvetica's advance widths (1/1000 em) of what a page number is written with.
_WIDTHS = {**dict.fromkeys("0123456789", 556), " ": 278, "/": 278}
_NUMBER_SIZE = 8  # pt, as the page style's bottom-center box
_NUMBER_BASELINE = 22.7  # pt above the page's bottom edge: the middle of its 18 mm margin
_NUMBER_GREY = 0.333  # #555


def join(front: bytes, annex: bytes) -> bytes:
    """One PDF of the two halves: pages in order, links across halves resolved, pages numbered,
    the front's document information and language kept."""
    first, annexes = PdfReader(io.BytesIO(front)), PdfReader(io.BytesIO(annex))
    writer = PdfWriter()
    writer.append(first)
    writer.append(annexes, import_outline=False)
    _outline_annexes(writer, annexes, offset=len(first.pages))
    _resolve_placeholders(writer)
    _number(writer)
    if first.metadata:
        writer.add_metadata(dict(first.metadata))
    language = first.root_object.get("/Lang")
    if language is not None:
        writer.root_object[NameObject("/Lang")] = language
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _outline_annexes(writer: PdfWriter, annexes: PdfReader, offset: int) -> None:
    """The annexes' headings go in the outline (bookmarks) under the briefing's title, as they
    are in one document, not beside it."""
    title = writer.get_outline_root().get("/First")

    def add(items: list[Any], parent: Any) -> None:
        last = None
        for item in items:
            if isinstance(item, list):
                add(item, last)
            else:
                page = (annexes.get_destination_page_number(item) or 0) + offset
                fit = Fit.xyz(left=item.left, top=item.top, zoom=item.zoom)
                last = writer.add_outline_item(
                    title=item.title or "", page_number=page, parent=parent, fit=fit
                )

    add(annexes.outline, title)


def _resolve_placeholders(writer: PdfWriter) -> None:
    """Each placeholder link becomes a link to the named destination (WeasyPrint names one for
    every anchor, and pypdf keeps both halves' names)."""
    for page in writer.pages:
        for reference in page.get("/Annots") or []:
            annotation = reference.get_object()
            action = annotation.get("/A")
            uri = str(action.get_object().get("/URI", "")) if action is not None else ""
            if uri.startswith(_PLACEHOLDER):
                del annotation[NameObject("/A")]
                annotation[NameObject("/Dest")] = TextStringObject(uri[len(_PLACEHOLDER) :])


def _number(writer: PdfWriter) -> None:
    """`N / M` at the foot of every page, centred, in Helvetica (a standard PDF font: nothing to
    embed), drawn after the page's own content in a graphics state of its own."""
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )

    def stream(data: str) -> IndirectObject:
        content = DecodedStreamObject()
        content.set_data(data.encode("ascii"))
        return writer._add_object(content)

    save = stream("q\n")
    total = len(writer.pages)
    for number, page in enumerate(writer.pages, start=1):
        resources = page[NameObject("/Resources")].get_object()
        assert isinstance(resources, DictionaryObject)
        fonts = resources.setdefault(NameObject("/Font"), DictionaryObject()).get_object()
        assert isinstance(fonts, DictionaryObject)
        fonts[NameObject("/FPageNumber")] = font
        text = f"{number} / {total}"
        width = sum(_WIDTHS[char] for char in text) * _NUMBER_SIZE / 1000
        x = (float(page.mediabox.width) - width) / 2
        number_stream = stream(
            f"\nQ q {_NUMBER_GREY} {_NUMBER_GREY} {_NUMBER_GREY} rg BT /FPageNumber {_NUMBER_SIZE} Tf "
            f"{x:.2f} {_NUMBER_BASELINE} Td ({text}) Tj ET Q\n"
        )
        contents = page[NameObject("/Contents")]
        streams = contents.get_object()
        own = list(streams) if isinstance(streams, ArrayObject) else [contents]
        page[NameObject("/Contents")] = ArrayObject([save, *own, number_stream])
