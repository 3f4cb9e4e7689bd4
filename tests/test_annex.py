"""The annexes after the body (issue 13): a chronology of every day the timeline ranks, and
further reports by storyline under a quote budget; both apart from the body's length, and no
statement printed twice anywhere. Small hand-written articles about a bridge that never was."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from briefing.cli import app
from briefing.compose.annex import QUOTE_SHARE, QuotedText, further_reports
from briefing.compose.budget import Printed, words_of
from briefing.compose.candidates import Candidate, prepare
from briefing.compose.core import information
from briefing.models import Article, Briefing, Evidence, Fact
from briefing.render import render_html

runner = CliRunner()

ARTICLES = {
    "bridge-1.txt": """date 2026-01-20
Orvieno council approves a new bridge over the Tessa

The council of Orvieno approved the new Tessa bridge on 12 January 2026 after a long debate.
Mayor Lidia Ferrante said on 14 January 2026 that the bridge would join the two halves of the town.
The engineers of Corvale Costruzioni presented the final drawings on 16 January 2026.
The regional government promised eleven million euros for the bridge on 18 January 2026.
Shopkeepers in the old quarter fear that the bridge will take their customers to the new mall.
The Tessa has flooded the lower town three times in the last twenty years.
The old ferry across the Tessa carries about four hundred people every day.
""",
    "bridge-2.txt": """date 2026-02-10
Protest against the Tessa bridge in Orvieno

Residents of the old quarter marched against the Tessa bridge on 2 February 2026.
The residents' committee filed an appeal to the regional court on 4 February 2026.
Mayor Lidia Ferrante met the committee on 6 February 2026 but refused to stop the works.
Corvale Costruzioni fenced off the building site on the river bank on 8 February 2026.
The committee says the bridge will bring heavy lorries through the narrow streets of the old quarter.
A petition against the bridge has gathered more than three thousand signatures.
The opposition in the council wants a referendum on the project.
""",
    "bridge-3.txt": """date 2026-03-05
Court halts the Tessa bridge works

The regional court suspended the works on the Tessa bridge on 25 February 2026.
Corvale Costruzioni withdrew its cranes from the river bank on 27 February 2026.
The council of Orvieno held an emergency session on 1 March 2026 to discuss the ruling.
Mayor Lidia Ferrante announced an appeal to the council of state on 3 March 2026.
The judges found that the environmental assessment had ignored the nesting herons of the river.
Every week of delay costs the town about forty thousand euros, the council's treasurer said.
The ferry company has asked the council to extend its licence for two more years.
""",
    "bridge-4.txt": """date 2026-03-25
Council of state lets the Tessa bridge go ahead

The council of state lifted the suspension of the Tessa bridge works on 20 March 2026.
The residents' committee said on 21 March 2026 that it would keep protesting on the bridge site.
Corvale Costruzioni brought its cranes back to the Tessa river bank on 23 March 2026.
Mayor Lidia Ferrante said on 24 March 2026 that the bridge would open in the summer of 2027.
The ruling requires Corvale Costruzioni to build a shelter for the herons downstream.
The residents' committee is raising money for a new appeal to the European court.
Local hotels expect more visitors once the bridge links the castle with the station.
""",
}


def build(folder: Path, formats: str = "json") -> Path:
    source = folder / "bridge"
    source.mkdir()
    for name, text in ARTICLES.items():
        (source / name).write_text(text, encoding="utf-8")
    out = folder / "out"
    result = runner.invoke(
        app, ["build", str(source), "--out", str(out), "--format", formats, "--length", "short"]
    )
    assert result.exit_code == 0, result.output
    return out


def sections(out: Path) -> tuple[dict, list[dict], list[dict]]:
    data = json.loads(next(out.glob("briefing-*.json")).read_text("utf-8"))
    body = [s for s in data["sections"] if not s.get("annex")]
    annex = [s for s in data["sections"] if s.get("annex")]
    return data, body, annex


def test_the_chronology_lists_the_days_the_body_has_no_room_for_in_date_order(tmp_path: Path) -> None:
    _data, body, annex = sections(build(tmp_path))
    body_days = {st["date"] for s in body for st in s["statements"] if st.get("date")}
    chronology = next(s for s in annex if s["key"] == "chronology")
    days = [st["date"] for st in chronology["statements"]]
    assert all(days), "every statement of the chronology is dated"
    assert days == sorted(days)
    assert set(days) - body_days, "the chronology holds days the body does not"
    assert all(st["citations"] for st in chronology["statements"])
    assert all(day.startswith("2026-") and len(day) == 10 for day in days), "at the source's precision"


def test_no_statement_is_printed_twice_in_the_body_or_the_annexes(tmp_path: Path) -> None:
    data, _body, annex = sections(build(tmp_path))
    texts = [" ".join(st["text"].split()) for s in data["sections"] for st in s["statements"]]
    assert [s["key"] for s in annex] == ["chronology", "further"]
    assert len(texts) == len(set(texts))


def test_the_annexes_are_not_counted_in_the_body_words(tmp_path: Path) -> None:
    data, body, annex = sections(build(tmp_path))
    annex_words = sum(words_of(st["text"]) for s in annex for st in s["statements"])
    assert annex_words > 0
    assert data["body_words"] == sum(words_of(st["text"]) for s in body for st in s["statements"])
    assert data["body_words"] <= data["body_budget"]


def test_the_whole_briefing_quotes_at_most_its_share_of_the_sources(tmp_path: Path) -> None:
    data, _body, annex = sections(build(tmp_path))
    texts = {s["source"]: Path(s["source"]).read_text("utf-8") for s in data["sources"]}
    quoted: dict[str, set[int]] = {}
    for citation in data["citations"].values():
        quoted.setdefault(citation["source"], set()).update(range(citation["start"], citation["end"]))
    share = sum(len(v) for v in quoted.values()) / sum(len(t) for t in texts.values())
    assert any(s["key"] == "further" and s["statements"] for s in annex)
    assert 0.3 < share <= QUOTE_SHARE  # the further reports fill up to the budget, not beyond


def test_quoted_text_counts_overlapping_quotes_once_and_refuses_what_would_exceed() -> None:
    article = Article(source="a.txt", text="x" * 100, sha256="0", encoding="utf-8")
    quoted = QuotedText([article], share=0.5)

    def span(start: int, end: int) -> Evidence:
        return Evidence(source="a.txt", start=start, end=end, quote="x" * (end - start))

    quoted.add([span(0, 30)])
    assert quoted.added_by([span(20, 40)]) == 10
    assert quoted.fits([span(20, 50)])  # 30 + 20 = 50
    assert not quoted.fits([span(20, 51)])


def test_the_annexes_are_checked_and_rendered_after_the_body_under_an_annex_heading(
    tmp_path: Path,
) -> None:
    out = build(tmp_path, "json,md,html")
    json_file = next(out.glob("briefing-*.json"))
    checked = runner.invoke(app, ["check", str(json_file)])
    assert checked.exit_code == 0, checked.output
    markdown = next(out.glob("briefing-*.md")).read_text("utf-8")
    assert markdown.index("Bottom line") < markdown.index("## Annex") < markdown.index("### Full timeline")
    assert markdown.index("### Full timeline") < markdown.index("### Further reports")
    html = next(out.glob("briefing-*.html")).read_text("utf-8")
    assert html.index('id="annex"') < html.index('id="chronology"') < html.index('id="citations"')


def _candidates(source: str, sentences: list[str]) -> tuple[Article, list[Candidate]]:
    text = " ".join(sentences)
    article = Article(source=source, text=text, sha256="0", encoding="utf-8")
    facts = []
    for number, sentence in enumerate(sentences):
        start = text.index(sentence)
        evidence = Evidence(source=source, start=start, end=start + len(sentence), quote=sentence)
        facts.append(Fact(id=f"{source}{number}", statement=sentence, evidence=[evidence], salience=0.5))
    return article, prepare(facts, [article])


def test_further_reports_take_each_articles_best_in_turn_while_the_quotes_fit() -> None:
    a, from_a = _candidates(
        "a.txt", ["Alpha one is here.", "Alpha two is a much longer sentence than the rest.", "A3 ok."]
    )
    b, from_b = _candidates("b.txt", ["Beta one is here.", "Beta two is here too."])
    quoted = QuotedText([a, b], share=0.5)  # room for 58 of the 116 characters
    chosen = further_reports([from_a, from_b], Printed(), quoted)
    assert [[c.fact.statement for c in group] for group in chosen] == [
        ["Alpha one is here.", "A3 ok."],  # the long second sentence does not fit: the next one does
        ["Beta one is here."],
    ]
    assert quoted.quoted <= quoted.allowed


def test_a_links_address_adds_no_names_or_numbers_to_what_a_statement_says() -> None:
    bare, linked = (
        prepare(
            [Fact(id=i, statement=s, evidence=[Evidence(source="x.txt", start=0, end=len(s), quote=s)])], []
        )[0]
        for i, s in (
            ("1", "Senator Reed: “A good day.”"),
            ("2", "[Senator Reed](https://x.com/SenReed/status/1938267307618230700): “A good day.”"),
        )
    )
    assert information(linked) == information(bare)


def test_on_paper_each_annex_line_is_a_link_target_by_an_empty_span_that_opens_it(tmp_path: Path) -> None:
    """WeasyPrint shares one computed style among like siblings, but never with an element that
    has an id, nor with what is inside it: on paper the annexes' lines (hundreds in a long
    briefing) keep their ids on an empty span that opens them, and every link still has its
    target. On screen each line keeps its own id (the HTML highlights the line followed)."""
    data = json.loads(next(build(tmp_path).glob("briefing-*.json")).read_text("utf-8"))
    briefing = Briefing.model_validate(data)
    paper, screen = render_html(briefing, paper=True), render_html(briefing)
    annex_lines = [s.id for section in briefing.sections if section.annex for s in section.statements]
    assert annex_lines and briefing.citations
    for sid in annex_lines:
        assert f'<li><span id="{sid}"></span>' in paper and f'<li id="{sid}">' in screen
    for cid in briefing.citations:
        assert f'<p class="citation"><span id="{cid}"></span>{cid[1:]}. ' in paper
        assert f'<li id="{cid}" value="{cid[1:]}">' in screen
    targets = set(re.findall(r' id="([^"]+)"', paper))
    assert set(re.findall(r' href="#([^"]+)"', paper)) <= targets  # every link on paper leads somewhere
