"""Evidence one click away: every citation in the HTML leads to its quote in the annex, where
following it shows the quote highlighted in its paragraph; no script; the PDF keeps the annex;
everything from a source stays escaped (hand-written articles)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path

from pypdf import PdfReader

from briefing.compose import ComposeOptions, compose
from briefing.compose.citations import passage
from briefing.ingest import SourceFile, read_article
from briefing.models import Article, Briefing, Evidence, Fact, PartialDate
from briefing.render import render_html, render_json, render_pdf

BEFORE = "Roma, 3 aprile. La notte di trattative è stata <i>tese</i> & difficili."
QUOTE = "Il governo ha approvato il decreto sull'energia."
AFTER = "Il testo passa ora alla Camera, che lo esaminerà la prossima settimana."
ARTICLE = f"date 2026-04-03\nTitolo del giorno\n{BEFORE} {QUOTE} {AFTER}\nUn altro paragrafo, non citato.\n"


def briefing_of(tmp_path: Path) -> Briefing:
    path = tmp_path / "energia.txt"
    path.write_text(ARTICLE, "utf-8")
    article = read_article(SourceFile(str(path), path))
    start = ARTICLE.index(QUOTE)
    fact = Fact(
        id="e1",
        kind="event",
        statement=QUOTE,
        when=PartialDate.parse("2026-04-03"),
        when_basis="explicit",
        evidence=[Evidence(source=str(path), start=start, end=start + len(QUOTE), quote=QUOTE)],
        salience=1.0,
    )
    return compose([article], [fact], ComposeOptions())


class Anchors(HTMLParser):
    """Every `href="#…"` and every element `id`, and the annex entries' marked text by id."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.scripts = 0
        self._entry: str | None = None
        self._in_mark = False
        self.marked: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if found.get("href", "") and (found["href"] or "").startswith("#"):
            self.hrefs.append((found["href"] or "")[1:])
        if found.get("id"):
            self.ids.add(found["id"] or "")
            if tag == "li" and re.fullmatch(r"c\d+", found["id"] or ""):
                self._entry = found["id"]
        if tag == "mark":
            self._in_mark = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._in_mark = False

    def handle_data(self, data: str) -> None:
        if self._in_mark and self._entry:
            self.marked[self._entry] = self.marked.get(self._entry, "") + data


def test_the_passage_is_the_quotes_paragraph_cut_at_a_word_with_an_ellipsis() -> None:
    start = ARTICLE.index(QUOTE)
    assert passage(ARTICLE, start, start + len(QUOTE)) == (BEFORE + " ", " " + AFTER)
    before, after = passage(ARTICLE, start, start + len(QUOTE), limit=20)
    assert before == "…& difficili. "  # the last 20 characters, from the first word boundary
    assert after == " Il testo passa ora…"


def test_every_citation_links_to_its_quote_highlighted_in_its_paragraph(tmp_path: Path) -> None:
    briefing = briefing_of(tmp_path)
    html = render_html(briefing)
    anchors = Anchors()
    anchors.feed(html)
    cited = [cid for s in briefing.sections for st in s.statements for cid in st.citations]
    assert cited and all(cid in anchors.hrefs and cid in anchors.ids for cid in cited)
    assert all(href in anchors.ids for href in anchors.hrefs)  # no link leads nowhere
    assert anchors.marked == {cid: QUOTE for cid in dict.fromkeys(cited)}
    entry = html[html.index('<li id="c1"') :]
    entry = entry[: entry.index("</li>")]
    assert "La notte di trattative" in entry and "passa ora alla Camera" in entry
    assert "Un altro paragrafo" not in entry  # the quote's own paragraph, not the next
    assert 'href="#K1"' in entry or 'href="#T1"' in entry  # and back to a statement citing it
    assert anchors.scripts == 0 and "li:target .context" in html


def test_source_text_around_the_quote_stays_escaped(tmp_path: Path) -> None:
    html = render_html(briefing_of(tmp_path))
    assert "<i>tese</i>" not in html and "&lt;i&gt;tese&lt;/i&gt; &amp; difficili" in html


def test_the_json_carries_the_passage_as_new_optional_fields(tmp_path: Path) -> None:
    data = render_json(briefing_of(tmp_path))
    assert '"context_before": "Roma, 3 aprile.' in data and '"quote": "Il governo ha approvato' in data


def test_the_pdf_keeps_the_annex_with_file_and_line(tmp_path: Path) -> None:
    reader = PdfReader(io.BytesIO(render_pdf(briefing_of(tmp_path))))
    pages = [" ".join((page.extract_text() or "").split()) for page in reader.pages]
    annex = [text for text in pages if "annex: evidence" in text.casefold()]
    assert annex and "energia.txt, line 3" in annex[-1] and "Il governo ha approvato" in annex[-1]
    assert "annex: evidence" not in pages[0].casefold()  # the annex starts on a page of its own


def _copies_of_one_claim(tmp_path: Path, copies: int) -> tuple[list[Article], Fact]:
    """The same article saved `copies` times, and one fact quoting it in every copy."""
    return _one_claim_in(tmp_path / f"copia-{number}.txt" for number in range(copies))


def _one_claim_in(paths: Iterable[Path]) -> tuple[list[Article], Fact]:
    """The same article saved at each of `paths`, and one fact quoting it in every copy."""
    articles, evidence = [], []
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE, "utf-8")
        articles.append(read_article(SourceFile(str(path), path)))
        start = ARTICLE.index(QUOTE)
        evidence.append(Evidence(source=str(path), start=start, end=start + len(QUOTE), quote=QUOTE))
    fact = Fact(id="e1", kind="event", statement=QUOTE, when=PartialDate.parse("2026-04-03"),
                when_basis="explicit", evidence=evidence, salience=1.0)  # fmt: skip
    return articles, fact


def test_a_claim_hundreds_of_articles_carry_cites_five_and_counts_them_all(tmp_path: Path) -> None:
    articles, fact = _copies_of_one_claim(tmp_path, 8)
    briefing = compose(articles, [fact], ComposeOptions())
    statements = [st for s in briefing.sections for st in s.statements]
    assert statements and all(len(st.citations) == 5 and st.sources_count == 8 for st in statements)
    assert len(briefing.citations) == 5


def test_on_paper_a_quote_several_citations_share_is_printed_once_each_citation_keeps_file_and_line(
    tmp_path: Path,
) -> None:
    articles, fact = _copies_of_one_claim(tmp_path, 3)
    briefing = compose(articles, [fact], ComposeOptions())
    assert len(briefing.citations) == 3

    reader = PdfReader(io.BytesIO(render_pdf(briefing)))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    annex = text[text.casefold().rindex("annex: evidence") :]
    assert annex.count(QUOTE[:-1]) == 1
    for number in range(3):
        assert f"copia-{number}.txt, line 3" in annex
    assert annex.count("quote as in [1]") == 2

    anchors = Anchors()  # the page on screen still opens each citation's own passage
    anchors.feed(render_html(briefing))
    assert anchors.marked == {"c1": QUOTE, "c2": QUOTE, "c3": QUOTE}


def test_on_paper_the_evidence_annex_names_each_file_as_the_sources_list_does(tmp_path: Path) -> None:
    """The folder is printed once, in the sources list; a citation gives the file's name, or its
    whole path where two folders hold a file of that name."""
    paths = [
        tmp_path / "roma" / "energia.txt",
        tmp_path / "roma" / "decreto.txt",
        tmp_path / "milano" / "energia.txt",
    ]
    articles, fact = _one_claim_in(paths)
    briefing = compose(articles, [fact], ComposeOptions())

    paper = render_html(briefing, paper=True)
    entries = re.findall(r'<p class="citation">.*?</p>', paper, re.S)
    named = sorted(re.sub(r"<[^>]+>", "", entry).split(", line")[0].split(". ", 1)[1] for entry in entries)
    assert named == sorted([str(paths[0]), "decreto.txt", str(paths[2])])
    assert not any("<code>" in entry for entry in entries)  # plain text: an element each was costly
    assert f"<code>{paths[1]}</code>" in paper  # the sources list still gives each whole path
    assert f"{paths[1]}" in render_html(briefing).split('id="citations"')[1]  # on screen, in full
