"""A statement about a span of days prints its span (`**21–22 Sep 2024**`), not its first day; the
JSON keeps its first day as `date` and gives the last as `date_end`. A statement of two sentences
that tell two days prints neither: it is dated by its report."""

from __future__ import annotations

import json

from briefing.compose import ComposeOptions, compose
from briefing.engines.extractive import ExtractiveEngine
from briefing.i18n import format_span
from briefing.models import Briefing, PartialDate
from briefing.render import render_html, render_json, render_markdown
from briefing.rules.when import find_dates, tells_two_days
from handwritten import candidate_with, candidates_of, handwritten_article

SUNDAY = PartialDate(year=2024, month=9, day=22)

MISSILES = (
    "date 2024-09-22\n"
    "Missili sul nord di Israele\n\n"
    "Hezbollah ha lanciato più di cento razzi sul nord di Israele tra sabato e domenica.\n\n"
    "Il festival del cinema di Haifa si terrà dal 3 al 5 ottobre nonostante gli attacchi.\n"
)


def _briefing(language: str) -> Briefing:
    article = handwritten_article("missili.txt", MISSILES, published=SUNDAY)
    return compose([article], ExtractiveEngine().extract(article).facts, ComposeOptions(language=language))


def _printed(briefing: Briefing, words: str) -> set[tuple[str | None, str | None]]:
    return {(s.date, s.date_end) for sec in briefing.sections for s in sec.statements if words in s.text}


def test_a_span_prints_its_first_and_last_day_sharing_month_and_year() -> None:
    first = PartialDate(year=2024, month=9, day=21)
    assert format_span(first, SUNDAY, "en", short=True) == "21–22 Sep 2024"
    assert format_span(PartialDate(year=2024, month=9, day=30), PartialDate(year=2024, month=10, day=2),
                       "it", short=True) == "30 set – 2 ott 2024"  # fmt: skip
    assert format_span(PartialDate(year=2024, month=12, day=30), PartialDate(year=2025, month=1, day=2),
                       "en", short=True) == "30 Dec 2024 – 2 Jan 2025"  # fmt: skip
    assert format_span(first, None, "en", short=True) == "21 Sep 2024"
    # months, as `tra il dicembre del 1941 e il gennaio del 1942` gives them
    assert format_span(
        PartialDate(year=1941, month=12), PartialDate(year=1942, month=1), "en", short=True
    ) == ("Dec 1941 – Jan 1942")
    assert format_span(
        PartialDate(year=2024, month=1), PartialDate(year=2024, month=3), "en", short=True
    ) == ("Jan – Mar 2024")


def test_a_statement_about_two_days_is_printed_as_both() -> None:
    briefing = _briefing("en")
    assert _printed(briefing, "più di cento razzi") == {("2024-09-21", "2024-09-22")}
    assert _printed(briefing, "dal 3 al 5 ottobre") == {("2024-10-03", "2024-10-05")}

    markdown = render_markdown(briefing)
    assert "**21–22 Sep 2024** — Hezbollah ha lanciato" in markdown
    assert "**21 Sep 2024** — Hezbollah" not in markdown
    assert "**3–5 Oct 2024** — Il festival" in markdown
    assert "21–22 Sep 2024" in render_html(briefing)

    data = json.loads(render_json(briefing))
    spans = [s for sec in data["sections"] for s in sec["statements"] if "cento razzi" in s["text"]]
    assert spans and all((s["date"], s["date_end"]) == ("2024-09-21", "2024-09-22") for s in spans)


def test_an_italian_briefing_prints_the_span_in_italian() -> None:
    assert "**21–22 set 2024** — Hezbollah ha lanciato" in render_markdown(_briefing("it"))


def test_a_statement_of_two_sentences_that_tell_two_days_is_dated_by_its_report() -> None:
    text = (
        "date 2024-09-25\nIl decreto sulla sanità\n\n"
        "Le regioni chiedono più fondi per gli ospedali.\n\n"
        "Il ministro Orazio Schillaci ha firmato ieri il decreto sulle liste d'attesa. "
        "Oggi lo ha presentato ai sindaci a Roma.\n"
    )
    article = handwritten_article("decreto.txt", text, published=PartialDate(year=2024, month=9, day=25))
    facts = ExtractiveEngine().extract(article).facts
    span = next(f for f in facts if "Oggi lo ha presentato" in f.statement)
    assert span.statement.startswith("Il ministro Orazio Schillaci ha firmato ieri")  # one statement
    assert (span.when.iso() if span.when else None, span.when_basis) == ("2024-09-25", "publication")
    markdown = render_markdown(compose([article], facts, ComposeOptions(language="en")))
    assert "**reported 25 Sep 2024** — Il ministro Orazio Schillaci" in markdown


def test_a_line_printed_before_a_statement_that_tells_another_day_leaves_it_to_its_report() -> None:
    # the statement points back (`il presidente`): it is printed with the line before it, which
    # tells of this morning; under either day the other sentence would read wrong
    text = (
        "date 2011-09-11\nIl giorno del ricordo\n\n"
        "Le famiglie delle vittime sono arrivate a Ground Zero prima dell’alba.\n\n"
        "Barack Obama, questa mattina, andrà a Ground Zero. "
        "Ieri il presidente ha ordinato al suo team per la sicurezza nazionale di "
        '"trattare con fermezza tutte le informazioni riguardanti minacce", '
        'assicurandosi che "la vigilanza sia accresciuta". '
        'Nel suo messaggio alla nazione, Obama ha detto che "oggi l’America è più forte".\n'
    )
    article = handwritten_article("ricordo.txt", text, published=PartialDate(year=2011, month=9, day=11))
    candidate = candidate_with(candidates_of(article), "Ieri il presidente ha ordinato")
    candidate.printable()
    assert candidate.fact.statement.startswith("Barack Obama, questa mattina")  # printed with it
    when = candidate.fact.when.iso() if candidate.fact.when else None
    assert (when, candidate.reported) == ("2011-09-11", True)


def test_a_middle_initial_or_a_title_is_no_sentence_break_between_two_days() -> None:
    # one sentence that tells this morning's interview about yesterday's summit: the interview's
    # day, whatever full stop a name's initial or a title writes between the two
    published = PartialDate(year=2025, month=8, day=19)
    for sentence in (
        "In an interview on Radio Nord this morning, President Arlo K. Brenner recalled yesterday’s summit.",
        "In an interview this morning, Sen. Tilda Voss recalled yesterday’s summit with U.S. Allies.",
    ):
        mentions = find_dates(sentence, published, "en")
        assert not tells_two_days(sentence, mentions), sentence
    two = "President Arlo Brenner spoke this morning. Yesterday he met the governors."
    assert tells_two_days(two, find_dates(two, published, "en"))
