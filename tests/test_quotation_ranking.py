"""What the offline engine ranks, around quotations (issue 13): the sentence that leads into a
quotation only frames it, so the quotation, which says what was said, ranks above it; the lines
of a post an article embeds are marked as not the article's own words. Hand-written articles."""

from __future__ import annotations

import hashlib
from pathlib import Path

from briefing.engines.extractive import ExtractiveEngine
from briefing.merge import merge_facts
from briefing.models import Article, Fact, PartialDate

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

PRESS_CONFERENCE = "\n\n".join(
    [
        "La ministra dei Trasporti Laura Bianchi ha presentato oggi a Torino il piano per le ferrovie"
        " regionali.",
        "La ministra Laura Bianchi ha quindi spiegato come la rete del Piemonte sia rimasta indietro"
        " rispetto al resto del Nord. “La rete è un’emergenza che nessun governo ha voluto vedere”,"
        " ha detto la ministra Bianchi.",
        "La ministra Laura Bianchi ha poi ricordato i ritardi dei cantieri degli ultimi dieci anni.",
        "“Nessun cantiere partirà senza i fondi già stanziati”, ha aggiunto la ministra.",
    ]
)


def facts(text: str) -> list[Fact]:
    article = Article(
        source="trasporti.txt",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        encoding="utf-8",
        published=PartialDate.parse("2026-03-02"),
        language="it",
    )
    return ExtractiveEngine().extract(article).facts


def fact_with(found: list[Fact], words: str) -> Fact:
    return next(f for f in found if words in f.statement)


def test_the_quotation_ranks_above_the_sentence_that_leads_into_it() -> None:
    found = facts(PRESS_CONFERENCE)
    lead_in = fact_with(found, "ha quindi spiegato come la rete")
    quotation = fact_with(found, "La rete è un’emergenza")
    assert lead_in.statement != quotation.statement  # two facts, both kept
    assert quotation.salience > lead_in.salience


def test_a_sentence_with_no_quotation_after_it_in_its_paragraph_is_no_lead_in() -> None:
    """`… i ritardi dei cantieri …` ends its paragraph: the quotation below opens another one."""
    found = facts(PRESS_CONFERENCE)
    alone = fact_with(found, "ha poi ricordato i ritardi")
    framing = fact_with(found, "ha quindi spiegato come la rete")
    assert alone.salience > framing.salience  # the later sentence, not penalised, outranks the lead-in


def test_the_lines_of_an_embedded_post_are_not_the_articles_own_words() -> None:
    path = next(SEEDS.glob("001_*.txt"))
    text = path.read_text("utf-8")
    article = Article(source=str(path), text=text, sha256="0", encoding="utf-8", language="it")
    found = ExtractiveEngine().extract(article).facts
    posts = [f for f in found if f.statement.startswith(("On my way", "Glad to welcome", "It’s time"))]
    assert posts and all(f.embedded for f in posts)
    assert not fact_with(found, "Dobbiamo costruire una NATO più forte").embedded
    # a claim that a post and the article's own words both carry is the article's own
    merged = merge_facts([posts[0], posts[0].model_copy(update={"id": "own", "embedded": False})])
    assert [f.embedded for f in merged] == [False]


def test_an_articles_lead_keeps_its_rank_when_a_quotation_follows_it() -> None:
    """`Inatteso assist di … alla tentata acquisizione …` then `“Abbiamo deciso …”, ha detto …`: the
    lead is the article's news, not a frame for the quotation."""
    text = (
        "La sindaca di Orvieno Lidia Ferrante ha firmato il contratto per il nuovo ponte sul Tessa. "
        "“Il cantiere aprirà a maggio e durerà due anni”, ha detto la sindaca."
    )
    found = facts(text)
    lead = fact_with(found, "ha firmato il contratto")
    quotation = fact_with(found, "Il cantiere aprirà a maggio")
    assert lead.salience > quotation.salience
