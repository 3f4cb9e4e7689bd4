"""A long briefing's PDF is laid out in two halves at once and joined (`briefing.paper`): the
joined file has the pages, page numbers, links and bookmarks that one document has. Checked on
the seeds' briefing with the split forced, against the same briefing printed in one piece
(pages compared by their text and links, never by their bytes: those depend on the fonts)."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pypdf import PdfReader

from briefing import paper, render
from briefing.compose import ComposeOptions, compose
from briefing.models import Briefing
from briefing.render import render_html, render_pdf
from seed_facts import articles, seed_facts

T = TypeVar("T")


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return compose(articles(), seed_facts(), ComposeOptions())


def printed(briefing: Briefing, split: bool) -> bytes:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paper, "CITATIONS_TO_SPLIT", 0 if split else 10**9)
        patch.setattr(paper, "cores", lambda: 2)
        return render_pdf(briefing)


@pytest.fixture(scope="module")
def whole(briefing: Briefing) -> PdfReader:
    return PdfReader(io.BytesIO(printed(briefing, split=False)))


@pytest.fixture(scope="module")
def joined_bytes(briefing: Briefing) -> bytes:
    return printed(briefing, split=True)


@pytest.fixture(scope="module")
def joined(joined_bytes: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(joined_bytes))


def page_texts(reader: PdfReader) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def links(reader: PdfReader) -> list[list[tuple[str, int]]]:
    """Per page, each link's destination name and the page (0-based) that name leads to."""
    names = reader.named_destinations
    where = {name: reader.get_destination_page_number(dest) for name, dest in names.items()}
    found = []
    for page in reader.pages:
        on_page = []
        for reference in page.get("/Annots") or []:
            annotation = reference.get_object()
            assert "/A" not in annotation, f"a link left as a URI: {annotation['/A']}"
            name = str(annotation["/Dest"])
            page_number = where[name]
            assert page_number is not None, f"link {name} points at no page"
            on_page.append((name, page_number))
        found.append(on_page)
    return found


def outline(items: list[Any], depth: int = 0) -> list[tuple[int, str]]:
    flat: list[tuple[int, str]] = []
    for item in items:
        flat += outline(item, depth + 1) if isinstance(item, list) else [(depth, item.title)]
    return flat


def test_the_split_is_at_the_annexes_and_each_half_keeps_the_running_header(briefing: Briefing) -> None:
    halves = paper.split_halves(render_html(briefing, paper=True))
    assert halves is not None
    front, annexes = halves
    assert '<section id="citations"' not in front and '<section id="citations"' in annexes
    assert "string-set: doctitle" in annexes and briefing.title in annexes
    # a citation in the body points at the other half: a placeholder until the halves are joined
    assert 'href="briefing-pdf-anchor:c' in front and 'href="#c' not in front


def test_the_joined_pdf_has_the_pages_and_page_numbers_of_one_document(
    whole: PdfReader, joined: PdfReader
) -> None:
    assert len(whole.pages) >= 3
    texts = page_texts(joined)
    assert texts == page_texts(whole)
    assert all(text.endswith(f"{n} / {len(texts)}") for n, text in enumerate(texts, start=1))


def test_every_link_leads_where_it_leads_in_one_document(whole: PdfReader, joined: PdfReader) -> None:
    expected = links(whole)
    assert sum(map(len, expected)) > 10
    assert links(joined) == expected
    first_annex_page = next(i for i, text in enumerate(page_texts(whole)) if "ANNEX" in text.upper())
    body_links = [target for page in expected[:first_annex_page] for _, target in page]
    assert body_links and all(target >= first_annex_page for target in body_links)  # citations → quotes


def test_the_annexes_bookmarks_stay_under_the_title(whole: PdfReader, joined: PdfReader) -> None:
    assert outline(joined.outline) == outline(whole.outline)
    assert [depth for depth, _ in outline(whole.outline)].count(0) == 1


def test_the_joined_pdf_keeps_the_document_information_and_is_reproducible(
    briefing: Briefing, whole: PdfReader, joined: PdfReader, joined_bytes: bytes
) -> None:
    assert joined.metadata is not None and whole.metadata is not None
    assert joined.metadata.title == whole.metadata.title == briefing.title
    assert joined.root_object.get("/Lang") == whole.root_object.get("/Lang")
    assert printed(briefing, split=True) == joined_bytes


def test_a_printer_started_ahead_prints_the_same_pdf(
    briefing: Briefing, joined_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paper, "cores", lambda: 2)
    paper.start_printer()
    try:
        assert paper._printer is not None
        assert printed(briefing, split=True) == joined_bytes
    finally:
        paper.stop_printer()
    assert paper._printer is None


def test_when_the_child_dies_the_pdf_is_printed_here_in_one_piece(
    briefing: Briefing, whole: PdfReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paper, "cores", lambda: 2)
    paper.start_printer()
    try:
        assert paper._printer is not None
        with pytest.raises(BrokenProcessPool):
            paper._printer.submit(os._exit, 1).result()
        pdf = PdfReader(io.BytesIO(printed(briefing, split=True)))
    finally:
        paper.stop_printer()
    assert page_texts(pdf) == page_texts(whole)


def test_a_build_lays_out_the_annexes_while_it_renders_the_other_formats(
    briefing: Briefing, joined_bytes: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The annexes take longer to lay out than the rest of a long PDF: they go to the child before
    the Markdown, JSON and HTML are rendered here, and the halves are joined after them."""
    events: list[str] = []
    monkeypatch.setattr(paper, "CITATIONS_TO_SPLIT", 0)
    monkeypatch.setattr(paper, "cores", lambda: 2)
    for fmt in ("md", "json", "html"):
        monkeypatch.setitem(render.RENDERERS, fmt, recorded(events, fmt, render.RENDERERS[fmt]))
    monkeypatch.setattr(paper, "split_halves", recorded(events, "annexes to the child", paper.split_halves))
    monkeypatch.setattr(paper, "join", recorded(events, "halves joined", paper.join))

    written = render.write_briefing(briefing, tmp_path, "b", ["md", "json", "html", "pdf"])

    assert events == ["annexes to the child", "md", "json", "html", "halves joined"]
    assert [path.name for path in written] == ["b.md", "b.json", "b.html", "b.pdf"]
    assert (tmp_path / "b.pdf").read_bytes() == joined_bytes


def test_when_another_format_fails_the_pdf_begun_is_dropped_and_nothing_is_written(
    briefing: Briefing, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    children: list[Any] = []
    start_child = paper._start_child

    def child() -> Any:
        children.append(start_child())
        return children[-1]

    monkeypatch.setattr(paper, "CITATIONS_TO_SPLIT", 0)
    monkeypatch.setattr(paper, "cores", lambda: 2)
    monkeypatch.setattr(paper, "_start_child", child)

    def broken(_briefing: Briefing) -> str:
        raise ValueError("a renderer's bug")

    def not_joined(_front: bytes, _annexes: bytes) -> bytes:
        raise AssertionError("the rest of the PDF is laid out and joined after the other formats")

    monkeypatch.setitem(render.RENDERERS, "md", broken)
    monkeypatch.setattr(paper, "join", not_joined)
    with pytest.raises(ValueError, match="a renderer's bug"):
        render.write_briefing(briefing, tmp_path, "b", ["pdf", "md"])
    assert list(tmp_path.iterdir()) == []
    assert len(children) == 1
    with pytest.raises(RuntimeError, match="shutdown"):  # the child is let go
        children[0].submit(int)


def recorded(events: list[str], name: str, function: Callable[..., T]) -> Callable[..., T]:
    def call(*args: Any) -> T:
        events.append(name)
        return function(*args)

    return call
