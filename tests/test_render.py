"""Rendering one `Briefing` four ways: Markdown with footnotes, self-contained HTML, PDF, JSON."""

from __future__ import annotations

import html as html_module
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from briefing import render
from briefing.cli import app
from briefing.compose import ComposeOptions, compose
from briefing.ingest import SourceFile, read_article
from briefing.models import Briefing, Evidence, Fact, PartialDate
from briefing.render import render_html, render_json, render_markdown, render_pdf, write_briefing
from seed_facts import articles, seed_facts


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return compose(articles(), seed_facts(), ComposeOptions())


@pytest.fixture(scope="module")
def pdf(briefing: Briefing) -> bytes:
    return render_pdf(briefing)


def hostile_briefing(tmp_path: Path) -> Briefing:
    text = 'date 2026-04-03 Roma – Il ministro ha detto: <script>alert("x")</script> & <b>basta</b>.\n'
    path = tmp_path / "hostile.txt"
    path.write_text(text, "utf-8")
    article = read_article(SourceFile(str(path), path))
    quote = 'Il ministro ha detto: <script>alert("x")</script> & <b>basta</b>.'
    start = text.index(quote)
    fact = Fact(
        id="h1",
        kind="event",
        statement=quote,
        when=PartialDate.parse("2026-04-03"),
        when_basis="explicit",
        evidence=[Evidence(source=str(path), start=start, end=start + len(quote), quote=quote)],
        salience=1.0,
    )
    return compose([article], [fact], ComposeOptions())


def test_html_shows_markup_from_an_article_as_text(tmp_path: Path) -> None:
    html = render_html(hostile_briefing(tmp_path))
    assert "<script" not in html and "<b>basta" not in html
    assert "&lt;script&gt;alert(" in html


def test_markdown_makes_markup_from_an_article_inert(tmp_path: Path) -> None:
    md = render_markdown(hostile_briefing(tmp_path))
    assert "<script" not in md and "&lt;script&gt;" in md


def test_markdown_writes_an_ampersand_as_itself(tmp_path: Path) -> None:
    """`sangue & petrolio` reads `sangue & petrolio` in the Markdown file too, not `&amp;`; only an
    ampersand a renderer would read as a character reference (`&copy;`) is escaped."""
    md = render_markdown(hostile_briefing(tmp_path))
    assert "&lt;/script&gt; & &lt;b&gt;basta" in md
    line = render.environment(markdown=True).filters["one_line"]
    assert line("ENI Libia: sangue & petrolio.") == "ENI Libia: sangue & petrolio."
    assert line("Dolce&Gabbana") == "Dolce&Gabbana"
    assert line("© is written &copy; or &#169;") == "© is written &amp;copy; or &amp;\\#169;"


def test_markdown_writes_an_exclamation_mark_as_itself_and_no_image_from_a_source() -> None:
    """`NATO!` reads `NATO!` in the Markdown file; `![` still opens no image, because its `[` is
    escaped."""
    line = render.environment(markdown=True).filters["one_line"]
    assert line("Other countries will now contribute 5% toward NATO!") == (
        "Other countries will now contribute 5% toward NATO!"
    )
    assert line("see ![](http://x.example/p.png)") == "see !\\[\\](http:\\/\\/x.example/p.png)"


def test_html_is_self_contained(briefing: Briefing) -> None:
    html = render_html(briefing)
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert (
        "<style>" in html and '<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline-chart"' in html
    )
    assert 'class="chart source-map"' in html


def test_every_citation_marker_shows_its_quote_file_and_line_and_links_to_the_list(
    briefing: Briefing,
) -> None:
    html = render_html(briefing)
    markers = re.findall(r'<a class="cite" href="#(c\d+)" title="([^"]*)">\[(\d+)\]</a>', html)
    assert {cid for cid, _, _ in markers} == set(briefing.citations)
    for cid, title, number in markers:
        citation = briefing.citations[cid]
        assert number == cid[1:]
        title = html_module.unescape(title)
        assert title.startswith("“" + " ".join(citation.quote.split())[:60])
        assert title.endswith(f"” — {citation.source}, line {citation.line}")
        assert f'<li id="{cid}" value="{number}">' in html
    for statement in (s for section in briefing.sections for s in section.statements):
        assert f'id="{statement.id}"' in html


def test_a_line_never_breaks_between_a_statement_and_its_citation_number(briefing: Briefing) -> None:
    """A word joiner (U+2060) holds each `[n]` to the word before it: no note alone on a line."""
    html = render_html(briefing)
    markers = html.count('<a class="cite" ')
    assert markers and html.count('&#8288;<a class="cite" ') == markers


def test_who_said_what_names_each_speaker_once(briefing: Briefing) -> None:
    said = [s for section in briefing.sections if section.key == "positions" for s in section.statements]
    speakers = {s.actor for s in said}
    assert len(said) > len(speakers)  # some speaker says several things
    html, markdown = render_html(briefing), render_markdown(briefing)
    for speaker in speakers:
        assert speaker
        assert html.count(f'<strong class="actor">{html_module.escape(speaker)}</strong>') == 1
        assert markdown.count(f"**{speaker}**") == 1


def test_markdown_defines_a_footnote_for_every_citation(briefing: Briefing) -> None:
    md = render_markdown(briefing)
    used = set(re.findall(r"\[\^(c\d+)\](?!:)", md))
    defined = set(re.findall(r"^\[\^(c\d+)\]:", md, flags=re.MULTILINE))
    assert used == defined == set(briefing.citations)
    # Rutte's figure has no date of its own: it is dated by its report
    assert "**Bottom line:**" in md and "| reported 2 Apr 2025 | ben oltre il 3% del PIL | Mark Rutte |" in md


def test_json_follows_the_contract(briefing: Briefing) -> None:
    data = json.loads(render_json(briefing))
    assert data["schema"] == "briefing/1"
    for section in data["sections"]:
        for statement in section["statements"]:
            assert statement["citations"] and None not in statement.values()
            if section["key"] in ("timeline", "outlook"):
                assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", statement["date"])


def test_pdf_has_page_numbers_a_running_header_and_the_citations(briefing: Briefing, pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) >= 2
    assert all(f"{n} / {len(pages)}" in text for n, text in enumerate(pages, start=1))
    assert briefing.title in pages[0]
    assert all(briefing.title in text and "as of 3 April 2026" in text for text in pages[1:])
    everything = " ".join(" ".join(pages).split())
    assert "citations" in everything.casefold() and "line" in everything
    assert "La prossima settimana è prevista" in everything


def test_pdf_is_reproducible(briefing: Briefing, pdf: bytes) -> None:
    assert render_pdf(briefing) == pdf


def test_pdf_is_reproducible_with_fonttools_subsetting_at_another_time(
    briefing: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without HarfBuzz-subset (an optional system library) weasyprint subsets fonts with fontTools,
    # which stamps the current time into each font unless SOURCE_DATE_EPOCH pins it. Take that path
    # on every machine, and render an hour apart.
    import time

    import weasyprint.pdf.fonts

    monkeypatch.setattr(weasyprint.pdf.fonts, "harfbuzz_subset", None)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = render_pdf(briefing)
    later = time.time() + 3600
    monkeypatch.setattr(time, "time", lambda: later)
    assert render_pdf(briefing) == first


def test_a_failing_renderer_leaves_no_file_behind(
    briefing: Briefing, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_: Briefing) -> str:
        raise RuntimeError("renderer failed")

    monkeypatch.setitem(render.RENDERERS, "html", broken)
    with pytest.raises(RuntimeError):
        write_briefing(briefing, tmp_path, "b", ["md", "json", "html"])
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_write_keeps_the_previous_briefing_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "b.md"
    target.write_text("previous", "utf-8")

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(render.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        render.write_atomically(target, "new " * 1000)
    assert target.read_text("utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["b.md"]


def test_end_to_end_over_the_real_seeds_in_every_format(tmp_path: Path, seeds: Path, monkeypatch) -> None:
    """With whatever the extractive engine gives today: contract-level assertions only."""
    shutil.copytree(seeds, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(app, ["build", "seeds/", "--out", "out", "--format", "md,json,html,pdf"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == [
        f"briefing-2026-04-03.{ext}" for ext in ("html", "json", "md", "pdf")
    ]
    check = runner.invoke(app, ["check", "out/briefing-2026-04-03.json"])
    assert check.exit_code == 0, check.output
    data = json.loads((out / "briefing-2026-04-03.json").read_text("utf-8"))
    keys = [s["key"] for s in data["sections"]]
    assert keys[0] == "key_points" and "timeline" in keys
    assert all(len(s["statements"]) <= 20 for s in data["sections"] if s["key"] != "reported")
    assert all(len(s["statements"]) <= 25 for s in data["sections"] if s["key"] == "reported")
    undated = next((s for s in data["sections"] if s["key"] == "undated"), None)
    timeline = next(s for s in data["sections"] if s["key"] == "timeline")
    undated_source = next(s["source"] for s in data["sources"] if s["published"] is None)
    for statement in timeline["statements"]:
        assert {data["citations"][c]["source"] for c in statement["citations"]} != {undated_source}
    if undated:
        assert all(s["note"] == "source undated" for s in undated["statements"])
    html = (out / "briefing-2026-04-03.html").read_text("utf-8")
    assert "timeline-chart" in html and "<script" not in html
    assert (out / "briefing-2026-04-03.pdf").read_bytes().startswith(b"%PDF")


def test_italian_labels_throughout(tmp_path: Path) -> None:
    b = compose(articles(), seed_facts(), ComposeOptions(language="it"))
    html = render_html(b)
    md = render_markdown(b)
    assert '<html lang="it">' in html and "In sintesi:" in html and "Mappa delle fonti" in html
    assert "riga" in md and "## Fonti" in md and "| Data | Valore | Chi |" in md
    assert "Bottom line" not in html + md and "Sources" not in md


def test_every_english_label_has_an_italian_one() -> None:
    from briefing.i18n import LABELS

    assert set(LABELS["en"]) == set(LABELS["it"])


def test_written_briefings_get_the_usual_file_mode_not_a_private_temp_files(tmp_path: Path) -> None:
    import os

    from briefing.render import write_atomically

    write_atomically(tmp_path / "a.md", "x")
    (tmp_path / "b.md").write_text("x")
    assert os.stat(tmp_path / "a.md").st_mode == os.stat(tmp_path / "b.md").st_mode


def test_the_sources_table_numbers_every_source_read_cited_or_not(briefing: Briefing) -> None:
    extra = briefing.sources[0].model_copy(update={"source": "extra.txt"})
    uncited = briefing.model_copy(update={"sources": [*briefing.sources, extra]})
    markdown = render_markdown(uncited)
    table = markdown.split("\n## Sources\n", 1)[1].split("\n## ", 1)[0]
    numbers = [int(row.split("|")[1]) for row in table.splitlines() if re.match(r"^\| \d+ \|", row)]
    assert numbers == list(range(1, len(uncited.sources) + 1))
    assert "`extra.txt`" in table
    page = render_html(uncited)
    assert all(f'<tr id="src-{n}"><td>{n}</td>' in page for n in numbers)


def with_uncited_sources(briefing: Briefing, count: int) -> Briefing:
    """`briefing` having also read `count` articles that no statement cites, from a folder `more/`,
    each named after its number in the listing."""
    first = len(briefing.sources) + 1
    extra = [
        briefing.sources[0].model_copy(update={"source": f"more/read_{n}.txt", "title": f"Title {n}"})
        for n in range(first, first + count)
    ]
    return briefing.model_copy(update={"sources": [*briefing.sources, *extra]})


def test_a_long_sources_listing_gives_cited_sources_a_row_and_numbers_the_others_compactly(
    briefing: Briefing,
) -> None:
    long = with_uncited_sources(briefing, render.SOURCES_IN_FULL)
    cited = {c.source for c in long.citations.values()}
    assert 0 < len(cited) < len(long.sources) and len(long.sources) > render.SOURCES_IN_FULL
    every = list(range(1, len(long.sources) + 1))
    cited_numbers = [n for n, s in enumerate(long.sources, start=1) if s.source in cited]

    markdown = render_markdown(long)
    listing = markdown.split("\n## Sources\n", 1)[1].split("\n## ", 1)[0]
    rows = [int(row.split("|")[1]) for row in listing.splitlines() if re.match(r"^\| \d+ \|", row)]
    (compact,) = [line for line in listing.splitlines() if line.startswith("*Read but not cited")]
    assert compact.startswith(f"*Read but not cited ({len(every) - len(rows)}), by number and file:* `more/`")
    listed = [(int(n), name) for n, name in re.findall(r" (\d+) (read_\d+\.txt)", compact)]
    assert rows == cited_numbers
    assert sorted(rows + [n for n, _ in listed]) == every  # every number once, none missing
    assert all(name == f"read_{n}.txt" for n, name in listed)  # each number beside its own file
    assert "Title " not in listing  # uncited sources are numbers and file names only

    page = render_html(long)
    assert all(f'<tr id="src-{n}"><td>{n}</td>' in page for n in cited_numbers)
    assert all(f"{n}&#160;read_{n}.txt" in page for n, _ in listed)
    assert '<code class="folder">more/</code>' in page


def test_a_short_sources_listing_gives_every_source_its_row(briefing: Briefing) -> None:
    short = with_uncited_sources(briefing, render.SOURCES_IN_FULL - len(briefing.sources))
    assert len(short.sources) == render.SOURCES_IN_FULL
    page = render_html(short)
    assert all(f'<tr id="src-{n}"><td>{n}</td>' in page for n in range(1, len(short.sources) + 1))
    assert "Read but not cited" not in page + render_markdown(short)


def test_on_paper_a_long_listing_gives_each_cited_source_one_line_and_numbers_the_others(
    briefing: Briefing,
) -> None:
    long = with_uncited_sources(briefing, render.SOURCES_IN_FULL)
    cited = [
        (n, s)
        for n, s in enumerate(long.sources, start=1)
        if s.source in {c.source for c in long.citations.values()}
    ]
    paper = render_html(long, paper=True)
    lines = re.findall(r'<li value="(\d+)">(.*?)</li>', paper)
    assert [int(n) for n, _ in lines] == [n for n, _ in cited]
    for (_, line), (_, source) in zip(lines, cited, strict=True):
        name = html_module.escape(Path(source.source).name)
        assert line.startswith(f"<code>{name}</code> · ") and source.sha256[:12] in line
    folder = html_module.escape(str(Path(cited[0][1].source).parent))
    assert f'<p class="sources-folder"><code>{folder}/</code></p>' in paper  # once, above its files
    assert '<tr id="src-' not in paper  # no table row on paper
    assert 'id="src-' not in paper  # nothing on paper links to a source: no named destination each
    assert f"{len(long.sources)}&#160;read_{len(long.sources)}.txt" in paper  # the others, by number

    text = " ".join(
        " ".join((page.extract_text() or "").split())
        for page in PdfReader(io.BytesIO(render_pdf(long))).pages
    )
    assert all(source.sha256[:12] in text for _, source in cited)


def test_on_paper_a_dated_line_is_its_date_then_its_statement_with_no_element_around_it(
    briefing: Briefing,
) -> None:
    """On screen a dated line is a flex row: its date, and its statement in an element of its own.
    On paper the line is a block with a hanging date, and that element would only be one more box
    for WeasyPrint to lay out on every line (about 2 ms each)."""
    dated = [
        s
        for section in briefing.sections
        if section.key in ("timeline", "reported", "positions")
        for s in section.statements
    ]
    assert dated
    screen, paper = render_html(briefing), render_html(briefing, paper=True)
    for statement in dated:
        line = re.search(rf'<li><span id="{statement.id}"></span>(.*?)</li>', paper, re.S)
        assert line is not None  # its link target (see test_annex), then its date
        parts = re.fullmatch(r'<span class="date[^"]*">.*?</span>(.*)', line.group(1), re.S)
        assert parts is not None  # the date first, then, with nothing between, the statement
        assert html_module.unescape(parts.group(1)).startswith(" ".join(statement.text.split()))
        assert f'<li id="{statement.id}">' in screen
    assert 'class="text"' in screen and 'class="text"' not in paper


def test_the_note_on_background_stories_not_shown_names_them(briefing: Briefing) -> None:
    """A reader of the page has no JSON at hand (session 15's blind reader A): the note under
    Background says which stories it leaves out, by their headings."""
    assert any(s.key == "background" for s in briefing.sections)
    assert briefing.hidden_storylines == [] and briefing.background_hidden == 0
    one = briefing.model_copy(
        update={"background_hidden": 1, "hidden_storylines": ["Siria e Yemen in piazza"]}
    )
    assert "*1 more background story is not shown: “Siria e Yemen in piazza”.*" in render_markdown(one)
    two = briefing.model_copy(update={"background_hidden": 2, "hidden_storylines": ["Siria", "Libia & Eni"]})
    assert "2 more background stories are not shown: “Siria”, “Libia &amp; Eni”." in render_html(two)


def test_the_method_note_counts_one_article_and_one_quote_in_the_singular(tmp_path: Path) -> None:
    one = hostile_briefing(tmp_path)
    assert "1 article, 1 cited quote." in render_markdown(one)
    assert "1 article, 1 cited quote." in render_html(one)
    assert "1 articolo, 1 citazione." in render_markdown(one.model_copy(update={"language": "it"}))


def test_the_method_note_counts_several_in_the_plural(briefing: Briefing) -> None:
    assert f"{len(briefing.sources)} articles, {len(briefing.citations)} cited quotes." in render_markdown(
        briefing
    )


def test_a_background_story_says_when_it_was_reported(briefing: Briefing) -> None:
    """A background story is old news or one article's: its heading says when it was reported, so
    that an undated statement under it (context, a plan) does not read as today's (issue 15,
    session 19: a held-out reader took 2011 plans in a 2013 briefing for current ones)."""
    background = next(s for s in briefing.sections if s.key == "background")
    story = background.statements[0].storyline
    heading = background.statements[0].group
    assert story and heading
    storylines = [
        s.model_copy(update={"first": "2011-02-04", "last": "2011-12-19"}) if s.id == story else s
        for s in briefing.storylines
    ]
    dated = briefing.model_copy(update={"storylines": storylines})
    assert f"**{heading}** · reported 4 Feb – 19 Dec 2011\n" in render_markdown(dated)
    assert "reported 4 Feb – 19 Dec 2011</span></p>" in render_html(dated)
    one_day = [s.model_copy(update={"first": "2011-12-19", "last": "2011-12-19"}) for s in storylines]
    italian = briefing.model_copy(update={"storylines": one_day, "language": "it"})
    assert "· notizie del 19 dic 2011" in render_markdown(italian)
    # a story whose articles carry no date says nothing of it
    assert f"**{heading}**\n" in render_markdown(briefing)
    # ends of two precisions are each printed, not only the first
    mixed = [s.model_copy(update={"first": "2024-11", "last": "2026-04-03"}) for s in storylines]
    assert "· reported Nov 2024 – 3 Apr 2026" in render_markdown(
        briefing.model_copy(update={"storylines": mixed})
    )
