"""Compose over hand-built facts from the seeds: what an analyst reads, section by section."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefing.check import check_briefing
from briefing.compose import (
    ComposeOptions,
    KeyPointRequest,
    WrittenKeyPoint,
    compose,
    validate_key_points,
)
from briefing.compose.keypoints import frames_only, key_point_text, opens_on_anaphor, stands_alone
from briefing.models import Briefing, Figure, Section, Statement
from briefing.render import render_json
from seed_facts import TRUMP_PRESSES_ALLIES, articles, date, evidence, fact, seed_facts, source


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return compose(articles(), seed_facts(), ComposeOptions())


def section(briefing: Briefing, key: str) -> Section:
    return next(s for s in briefing.sections if s.key == key)


def statements(briefing: Briefing, key: str) -> list[Statement]:
    """Every statement under sections of this kind, in all storylines."""
    return [s for sec in briefing.sections if sec.key == key for s in sec.statements]


def quotes(briefing: Briefing, statement: Statement) -> list[str]:
    return [briefing.citations[c].quote for c in statement.citations]


def sources_of(briefing: Briefing, statement: Statement) -> set[str]:
    return {Path(briefing.citations[c].source).name[:3] for c in statement.citations}


def test_as_of_is_the_latest_publication_date_and_sections_come_in_reading_order(briefing: Briefing) -> None:
    assert briefing.as_of == "2026-04-03"
    assert briefing.period.start == "2024-11-01"
    # Storyline blocks first (the lead storyline's key points open the body), then figures and
    # the background.
    keys = [(s.storyline, s.key) for s in briefing.sections]
    assert keys[0] == ("s1", "key_points")
    assert [k for _, k in keys if _ is None] == ["background"]
    assert keys[-1] == (None, "background")
    assert [k for sid, k in keys if sid == "s1"] == [
        "key_points",
        "timeline",
        "positions",
        "outlook",
        "context",
        "figures",
    ]


def test_every_statement_cites_and_the_json_passes_briefing_check(briefing: Briefing, tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text(render_json(briefing), "utf-8")
    report = check_briefing(path)
    assert report.ok, report.problems
    assert report.statements == sum(len(s.statements) for s in briefing.sections)
    ids = [s.id for section in briefing.sections for s in section.statements]
    assert len(ids) == len(set(ids)) and all(ids)


def test_citation_ids_follow_reading_order(briefing: Briefing) -> None:
    seen: list[str] = []
    for sec in briefing.sections:
        for statement in sec.statements:
            seen += [c for c in statement.citations if c not in seen]
    assert seen == [f"c{n}" for n in range(1, len(seen) + 1)]
    assert list(briefing.citations) == seen


def test_the_bottom_line_is_the_upcoming_washington_visit(briefing: Briefing) -> None:
    key_points = section(briefing, "key_points").statements
    assert 3 <= len(key_points) <= 6
    assert "visiterà Washington dall'8 al 12 aprile 2026" in key_points[0].text
    assert sources_of(briefing, key_points[0]) == {"002"}


def test_the_spending_trajectory_is_a_key_point_and_a_figure_series_not_a_conflict(
    briefing: Briefing,
) -> None:
    series = [s for s in section(briefing, "figures").statements if s.kind == "figure_series"]
    assert len(series) == 1
    points = series[0].points or []
    # 2% (the criterion Trump invoked, Feb 2024) → well above 3% (Rutte) → 5% (Rubio relaying Trump)
    assert [(p.date, p.number, p.actor) for p in points] == [
        ("2024-02", 2.0, "Donald Trump"),
        ("2025-04-02", 3.0, "Mark Rutte"),
        ("2025-04-02", 5.0, "Marco Rubio"),
    ]
    assert [p.value for p in points] == ["2%", "ben oltre il 3% del PIL", "5% defense spending"]
    # The Budapest mention of the same 2% target is folded into the first step and cited there.
    first_step_quotes = [briefing.citations[c].quote for c in points[0].citations]
    assert any("2% del PIL" in q for q in first_step_quotes)
    assert series[0].text.startswith(
        "Defence spending, % of GDP: 2% (Donald Trump, Feb 2024) → ben oltre il 3% del PIL"
    )
    assert not any(s.conflict for s in section(briefing, "figures").statements)
    # The series is printed once, under Figures, not again as a key point.
    assert series[0].text not in [s.text for s in statements(briefing, "key_points")]


def test_every_figure_value_written_is_inside_a_cited_quote(briefing: Briefing) -> None:
    for statement in section(briefing, "figures").statements:
        for point in statement.points or []:
            assert any(point.value in briefing.citations[c].quote for c in point.citations)


def test_the_timeline_runs_by_event_date_with_each_dates_precision(briefing: Briefing) -> None:
    timeline = section(briefing, "timeline").statements
    assert section(briefing, "timeline").storyline == "s1"
    assert len(timeline) <= 20
    dates = [s.date for s in timeline]
    assert all(dates)
    keys = [date(d).sort_key() for d in dates if d]
    assert keys == sorted(keys)
    assert all(d <= "2026-04-03" for d in dates if d)
    # The Rutte–Trump arc: Nov 2024 (month precision) → Apr 2025 → Feb 2026; Apr 2026 is outlook.
    by_text = {s.text[:40]: s.date for s in timeline}
    assert by_text["Il segretario generale della NATO Mark R"] == "2024-11"
    # Apr 2025 is there too, under who said what (Rutte's and Rubio's words that day)
    assert "2025-04-02" in [s.date for s in statements(briefing, "positions")]
    assert not any(sources_of(briefing, s) == {"004"} for s in statements(briefing, "timeline"))


def test_what_is_scheduled_after_the_as_of_date_is_outlook_with_its_date(briefing: Briefing) -> None:
    outlook = section(briefing, "outlook").statements
    assert outlook and all(s.date == "2026-04-08" for s in outlook)
    assert any("Rutte incontrerà il Presidente degli Stati Uniti, Donald Trump" in s.text for s in outlook)
    # the bottom line is the visit itself; the meeting it leads to is what to watch, not a key point
    assert not any("Rutte incontrerà" in s.text for s in statements(briefing, "key_points"))


def test_the_undated_article_is_labelled_and_kept_off_the_timeline(briefing: Briefing) -> None:
    from_undated = [
        s for sec in briefing.sections for s in sec.statements if sources_of(briefing, s) == {"004"}
    ]
    assert from_undated and all(s.date is None and s.note == "source undated" for s in from_undated)
    assert any("La prossima settimana è prevista" in s.text for s in from_undated)
    assert not any(sources_of(briefing, s) == {"004"} for s in statements(briefing, "timeline"))


def test_a_story_only_one_article_tells_is_background_not_the_lead(briefing: Briefing) -> None:
    """The Trump–Putin call (004, undated, one article) is its own storyline, under background;
    the NATO storyline (four articles, 2024–2026) leads."""
    lead, other = briefing.storylines
    assert (lead.id, lead.lead, len(lead.sources)) == ("s1", True, 4)
    assert (other.id, other.lead, [Path(s).name[:3] for s in other.sources]) == ("s2", False, ["004"])
    assert {s.storyline for s in statements(briefing, "background")} == {"s2"}
    assert briefing.overview == (
        "2 storylines; 1 carries most of the coverage (4/5 of the articles). "
        "1 leads below and 1 is under Background."
    )


def test_no_statement_is_printed_twice(briefing: Briefing) -> None:
    texts = [" ".join(s.text.split()) for sec in briefing.sections for s in sec.statements]
    assert len(texts) == len(set(texts))


def test_the_same_claim_from_two_articles_is_one_statement_citing_both(briefing: Briefing) -> None:
    merged = [s for sec in briefing.sections for s in sec.statements if s.text == TRUMP_PRESSES_ALLIES]
    assert merged, "the merged claim should be shown (under Trump's positions)"
    assert all(s.sources_count == 2 and sources_of(briefing, s) == {"000", "001"} for s in merged)


def test_positions_group_attributed_quotes_by_speaker(briefing: Briefing) -> None:
    positions = section(briefing, "positions").statements
    actors = list(dict.fromkeys(s.actor for s in positions))
    assert actors[0] == "Mark Rutte (segretario generale della NATO)"
    assert len(actors) >= 2
    rutte = [s for s in positions if s.actor == actors[0]]
    assert 1 <= len(rutte) <= 4
    dated = [date(s.date).sort_key() for s in rutte if s.date]
    assert dated == sorted(dated)
    # grouped: once an actor's statements end, that actor does not come back
    assert [
        a for i, a in enumerate(s.actor for s in positions) if i == 0 or positions[i - 1].actor != a
    ] == actors


def test_italian_briefing_translates_what_the_tool_writes_and_keeps_quotes() -> None:
    b = compose(articles(), seed_facts(), ComposeOptions(language="it"))
    assert b.title == "Briefing — aggiornato al 3 aprile 2026"
    headings = [s.heading for s in b.sections]
    assert headings[0].startswith("Filone 1 · ")
    assert headings[1:4] == ["Sviluppi", "Chi ha detto cosa", "Da seguire"]
    series = next(s for s in section(b, "figures").statements if s.points)
    assert series.text.startswith("Spesa per la difesa, % del PIL: 2% (Donald Trump, feb 2024)")
    assert section(b, "background").statements[0].note == "fonte senza data"
    english = compose(articles(), seed_facts(), ComposeOptions())
    assert section(b, "timeline").statements[0].text == section(english, "timeline").statements[0].text


def test_two_sources_giving_different_numbers_for_the_same_actor_and_date_is_a_conflict() -> None:
    facts = [
        fact(
            "a",
            "000",
            "oltre l’attuale obiettivo del 2% del PIL",
            speaker="Mark Rutte",
            when=date("2025-04-02"),
            figures=[Figure(text="2% del PIL", value=2, unit="% del PIL")],
        ),
        fact(
            "b",
            "001",
            "ben oltre il 3% del PIL",
            speaker="Mark Rutte",
            when=date("2025-04-02"),
            figures=[Figure(text="3% del PIL", value=3, unit="% del PIL")],
        ),
    ]
    b = compose(articles(), facts, ComposeOptions())
    conflicts = [s for s in section(b, "figures").statements if s.conflict]
    assert len(conflicts) == 1
    assert conflicts[0].text == (
        "Sources differ on % of GDP, Mark Rutte, 2 Apr 2025: 2% del PIL (AgenPress) vs 3% del PIL "
        "(001_cfac6969a9721c82.txt)"
    )
    assert sources_of(b, conflicts[0]) == {"000", "001"}


def test_a_figure_whose_text_is_not_in_its_quote_is_never_used() -> None:
    invented = fact(
        "x",
        "001",
        "ben oltre il 3% del PIL",
        speaker="Mark Rutte",
        when=date("2025-04-02"),
        figures=[Figure(text="4% del PIL", value=4, unit="% del PIL")],
    )
    other = fact(
        "y",
        "000",
        "oltre l’attuale obiettivo del 2% del PIL",
        when=date("2024-11-07"),
        figures=[Figure(text="2% del PIL", value=2, unit="% del PIL")],
    )
    b = compose(articles(), [invented, other], ComposeOptions())
    text = json.dumps(b.to_json_dict(), ensure_ascii=False)
    assert "4% del PIL" not in text


class FakeLLMWriter:
    """Stands in for an LLM key-point writer: returns what it was told to."""

    name = "fake"

    def __init__(self, points: list[WrittenKeyPoint]) -> None:
        self.points = points
        self.requests: list[KeyPointRequest] = []

    def write(self, request: KeyPointRequest) -> list[WrittenKeyPoint]:
        self.requests.append(request)
        return self.points


def test_key_points_from_a_writer_are_validated_against_fact_ids_and_quoted_numbers() -> None:
    good = WrittenKeyPoint(text="Rutte will be in Washington from 8 to 12 April 2026.", fact_ids=["002-1"])
    unknown = WrittenKeyPoint(text="Rutte met Trump.", fact_ids=["nope"])
    wrong_number = WrittenKeyPoint(text="Rutte asked for 4% of GDP.", fact_ids=["001-2"])
    writer = FakeLLMWriter([good, unknown, wrong_number])
    b = compose(articles(), seed_facts(), ComposeOptions(), key_writer=writer)
    texts = [s.text for s in section(b, "key_points").statements]
    assert good.text in texts
    assert unknown.text not in texts and wrong_number.text not in texts
    request = writer.requests[0]
    # one request for every lead storyline (here one): six key points, four for each beyond
    assert len(writer.requests) == 1
    assert request.as_of == date("2026-04-03") and request.limit == 6
    assert request.facts[0].id == "002-1"


def test_validate_key_points_says_what_is_wrong() -> None:
    facts = {f.id: f for f in seed_facts()}
    problems = validate_key_points(
        [
            WrittenKeyPoint(text="Rutte: well above 3% of GDP.", fact_ids=["001-2"]),
            WrittenKeyPoint(text="Rubio relayed a call for 5%, Rutte 3.5%.", fact_ids=["001-3", "ghost"]),
        ],
        facts,
    )
    assert problems[0] == []
    assert problems[1] == [
        "cites fact ids that do not exist: ghost",
        "writes numbers that no cited quote contains: 3.5",
    ]


def test_no_facts_still_gives_a_valid_briefing() -> None:
    b = compose(articles(), [], ComposeOptions())
    assert b.sections == [] and b.citations == {}
    assert len(b.sources) == 5


def test_facts_from_several_spans_of_one_article_count_one_source() -> None:
    quote = "Nuova telefonata tra Donald Trump e Vladimir Putin prevista per la prossima settimana"
    twice = fact("t", "004", quote, kind="plan")
    twice.evidence.append(evidence("004", quote, occurrence=1))
    b = compose(articles(), [twice], ComposeOptions())
    statement = b.sections[0].statements[0]
    assert len(statement.citations) == 2 and statement.sources_count == 1
    assert {b.citations[c].source for c in statement.citations} == {source("004")}


def test_a_plan_reported_without_a_date_shortly_before_the_as_of_date_is_announced_outlook() -> None:
    plan = fact(
        "p",
        "002",
        "Gli incontri con Rubio e Hegseth serviranno a sondare la tenuta degli impegni difensivi americani",
        kind="plan",
        when=date("2026-04-03"),
        when_basis="publication",
    )
    stale = fact(
        "s",
        "001",
        "Durante l'incontro ministeriale, Rubio affronterà il tema delle spese militari degli alleati",
        kind="plan",
        when=date("2025-04-02"),
        when_basis="publication",
    )
    b = compose(articles(), [plan, stale], ComposeOptions())
    outlook = section(b, "outlook").statements
    assert [(s.text[:20], s.date, s.date_basis) for s in outlook] == [
        ("Gli incontri con Rub", "2026-04-03", "announced")
    ]
    assert outlook[0].note == "announced on this date; no date given for when it happens"


def test_with_nothing_dated_and_no_as_of_compose_refuses_rather_than_use_today() -> None:
    undated = [a.model_copy(update={"published": None}) for a in articles()]
    facts = [f.model_copy(update={"when": None, "when_basis": None}) for f in seed_facts()]
    with pytest.raises(ValueError, match="as_of"):
        compose(undated, facts, ComposeOptions())


def test_a_speakers_quotations_beyond_the_few_picked_stay_under_the_speaker_not_the_context() -> None:
    rutte: dict[str, Any] = {
        "speaker": "Mark Rutte",
        "kind": "statement",
        "when": date("2026-02-11"),
        "salience": 0.5,
    }
    quotes_of_rutte = [
        "Rutte ha ribadito con fermezza che la Nato non accetterà alcuna intimidazione.",
        "“L’Ucraina non può sostenere questo sforzo da sola”",
        "“Il supporto non è improvvisato, passa attraverso il nostro comando di coordinamento, "
        "attraverso programmi di addestramento, "
        "attraverso il Consiglio Nato-Ucraina come sede di consultazione politica e strategica”",
        "La deterrenza funziona solo se è credibile, comprensibile e sostenuta da capacità reali",
        "La Nato è e rimane un’alleanza difensiva.",
        "Non simbolica, non graduale: devastante.",
        "Rutte ha poi spostato lo sguardo oltre l’emergenza ucraina",
    ]
    facts = [fact(f"003-q{n}", "003", quote, **rutte) for n, quote in enumerate(quotes_of_rutte)]
    briefing = compose([articles()[3]], facts, ComposeOptions())
    said = [s for s in statements(briefing, "positions") if s.actor and s.actor.startswith("Mark Rutte")]
    # `positions` picks at most two quotations of one article per speaker; the rest still go under
    # Rutte, since in the context nothing would say who speaks
    assert not statements(briefing, "context")
    assert len(said) > 2
    # every quotation printed but the two that name nothing they are about (`Non simbolica, non
    # graduale: devastante.`, `La deterrenza funziona solo se…`): that was said in the words before
    printed = [s.text for s in said + statements(briefing, "key_points")]
    assert not any("Non simbolica" in text or "La deterrenza funziona" in text for text in printed)
    assert len(printed) == len(quotes_of_rutte) - 2


def test_no_key_point_opens_on_an_anaphor_whose_antecedent_it_does_not_show(briefing: Briefing) -> None:
    assert opens_on_anaphor(SUPPORT)
    assert opens_on_anaphor("In this capacity, he met the ministers.")
    assert opens_on_anaphor("Lo ha detto il ministro.")
    assert not opens_on_anaphor(
        "Questa settimana il governo ha approvato il bilancio."
    )  # a time, not a pointer
    assert not opens_on_anaphor("This week the council approved the budget.")
    assert not opens_on_anaphor(
        "Il governo ha approvato il bilancio, e questo cambia i conti."
    )  # a later clause
    # The seeds' sentence about "questo sostegno" (003) ranks high, yet is no key point.
    assert all(not opens_on_anaphor(s.text) for s in statements(briefing, "key_points"))
    on_the_day: dict[str, Any] = {"when": date("2026-02-11"), "kind": "event"}
    facts = [
        fact("003-a", "003", SUPPORT, salience=1.0, **on_the_day),
        fact("003-b", "003", VIGIL, **on_the_day),
    ]
    key_points = statements(compose([articles()[3]], facts, ComposeOptions()), "key_points")
    assert [s.text for s in key_points] == [VIGIL]


VIGIL = (
    "Alla vigilia della riunione dei ministri della Difesa dell’Alleanza Atlantica, il segretario generale "
    "della Nato, Mark Rutte, ha tracciato un quadro netto e privo di ambiguità della postura strategica "
    "dell’Alleanza, intervenendo in conferenza stampa presso il quartier generale di Bruxelles."
)
SUPPORT = (
    "Nel rispondere a una domanda sul coordinamento di questo sostegno, Rutte ha richiamato l’architettura "
    "multilivello messa in campo dall’Alleanza."
)


def test_a_sentence_that_says_only_that_someone_spoke_is_no_key_point_when_what_they_said_is_there() -> None:
    on_the_day: dict[str, Any] = {"when": date("2026-02-11"), "salience": 0.9}
    deterrence = "“La Nato è e rimane un’alleanza difensiva."
    facts = [
        fact("003-a", "003", VIGIL, kind="event", **on_the_day),
        fact("003-b", "003", deterrence, kind="statement", speaker="Mark Rutte", **on_the_day),
    ]
    assert frames_only(facts[0]) and not frames_only(facts[1])
    counted = "Rutte ha tracciato un quadro: 32 alleati spendono il 2%."  # a number: it says something
    assert not frames_only(facts[0].model_copy(update={"statement": counted}))
    key_points = statements(compose([articles()[3]], facts, ComposeOptions()), "key_points")
    assert [s.text for s in key_points] == [f"Mark Rutte: {deterrence}"]


def test_a_key_point_that_quotes_someone_shows_who_speaks() -> None:
    said_by_rutte: dict[str, Any] = {
        "speaker": "Mark Rutte",
        "kind": "statement",
        "when": date("2026-02-11"),
        "salience": 0.9,
    }
    bare_quotes = [
        "“L’Ucraina non può sostenere questo sforzo da sola”",
        "“Il supporto non è improvvisato, passa attraverso il nostro comando di coordinamento",
    ]
    facts = [fact(f"003-q{n}", "003", quote, **said_by_rutte) for n, quote in enumerate(bare_quotes)]
    key_points = statements(compose([articles()[3]], facts, ComposeOptions()), "key_points")
    assert key_points
    assert all(s.text.startswith("Mark Rutte: “") for s in key_points), [s.text for s in key_points]
    assert key_point_text(facts[0]) == "Mark Rutte: “L’Ucraina non può sostenere questo sforzo da sola”"
    # a statement that names its speaker already is left as it is
    named = fact(
        "003-n", "003", "Rutte ha ribadito con fermezza che la Nato non accetterà alcuna intimidazione."
    )
    assert key_point_text(named.model_copy(update={"speaker": "Mark Rutte"})) == named.statement


def test_a_quotation_nobody_is_known_to_have_said_is_no_key_point() -> None:
    unknown = fact("003-u", "003", "“L’Ucraina non può sostenere questo sforzo da sola”", salience=1.0)
    event = fact("003-e", "003", VIGIL, kind="event", salience=0.3)
    facts = [f.model_copy(update={"when": date("2026-02-11")}) for f in (unknown, event)]
    assert not stands_alone(facts[0]) and stands_alone(facts[1])
    key_points = statements(compose([articles()[3]], facts, ComposeOptions()), "key_points")
    assert [s.text for s in key_points] == [facts[1].statement]


def test_the_header_says_the_mix_plainly() -> None:
    from briefing.compose.core import _overview
    from briefing.compose.storylines import Storyline
    from briefing.i18n import labels

    def story(n: int, last: str) -> Storyline:
        return Storyline(
            id="",
            title="",
            sources=[f"{last}-{i}" for i in range(n)],
            first=None,
            last=date(last),
            outlets=n,
            weight=n,
        )

    words, as_of = labels("en"), date("2026-04-03")
    peace, reunions, budget = story(7, "2025-09-01"), story(5, "2026-04-01"), story(3, "2026-03-30")
    # two stories carry most of the coverage; the stale one of them is under Background
    assert _overview([peace, reunions, budget], [reunions, budget], [peace], as_of, 90, words) == (
        "3 storylines; 2 carry most of the coverage (12/15 of the articles). "
        "2 lead below (8/15 of the articles) and 1 is under Background. "
        "Of those not leading, 1 has had no report since 1 September 2025."
    )
    # the same leads as carry most of the coverage: their share is said once
    assert _overview([peace, reunions], [peace], [reunions], date("2025-09-02"), 90, words) == (
        "2 storylines; 1 carries most of the coverage (7/12 of the articles). "
        "1 leads below and 1 is under Background."
    )
    # coverage spread over many single-article stories says so
    many = [story(1, "2026-04-01") for _ in range(9)] + [story(2, "2026-04-02")]
    assert _overview(many, [many[-1]], many[:3], as_of, 90, words).startswith(
        "10 storylines in 11 articles, 9 of them told by a single article: the coverage is spread thin. "
        "1 leads below (2/11 of the articles), 3 are under Background and 6 are left out for length."
    )


def test_stories_of_equal_size_are_not_said_to_be_single_article_ones() -> None:
    """Four stories of three articles each: none carries most of the coverage, and the header once
    said so as "0 of them told by a single article: the coverage is spread thin"."""
    from briefing.compose.core import _overview
    from briefing.compose.storylines import Storyline
    from briefing.i18n import labels

    def story(last: str) -> Storyline:
        sources = [f"{last}-{i}" for i in range(3)]
        return Storyline(id="", title="", sources=sources, first=None, last=date(last), outlets=3, weight=3)

    four = [story(day) for day in ("2026-07-30", "2026-07-20", "2026-07-10", "2026-07-01")]
    as_of = date("2026-07-30")
    assert _overview(four, four[:1], four[1:], as_of, 90, labels("en")).split(". ")[0] == (
        "4 storylines in 12 articles, none of them carrying most of the coverage"
    )
    assert _overview(four, four[:1], four[1:], as_of, 90, labels("it"), language="it").split(". ")[0] == (
        "4 filoni in 12 articoli, nessuno dei quali raccoglie gran parte della copertura"
    )


def test_the_header_counts_what_the_page_shows_in_words_that_agree_in_number() -> None:
    """Three stories of one article each, two leading: the header once said "The other is under
    Background" over a page with no Background, and "1 of those have"."""
    from briefing.compose.core import _overview
    from briefing.compose.storylines import Storyline
    from briefing.i18n import labels

    def story(last: str) -> Storyline:
        return Storyline(id="", title="", sources=[last], first=None, last=date(last), outlets=1, weight=1)

    as_of = date("2024-09-30")
    nordio, ohtani, giorgi = story("2024-09-27"), story("2024-09-24"), story("2024-05-13")
    three = [nordio, ohtani, giorgi]
    assert _overview(three, [nordio, ohtani], [giorgi], as_of, 34, labels("en")) == (
        "3 storylines, one article each: the coverage is spread thin. "
        "2 lead below and 1 is under Background. "
        "Of those not leading, 1 has had no report since 13 May 2024."
    )
    # nothing under Background: the story left out is said to be left out, and why
    assert _overview(three, [nordio, ohtani], [], as_of, 34, labels("en")).split(". ")[1] == (
        "2 lead below and 1 is left out for length"
    )
    assert "1 is left out of the body: none of its sentences can open it on its own." in _overview(
        three, [nordio, ohtani], [], as_of, 34, labels("en"), unreadable=[giorgi]
    )
    assert _overview(three, [nordio], [], as_of, 34, labels("it"), unreadable=[giorgi], language="it") == (
        "3 filoni, un articolo ciascuno: la copertura è frammentata. "
        "1 è in primo piano, 1 è escluso per ragioni di spazio e 1 è escluso dal corpo: nessuna sua frase "
        "può aprirlo da sola. "
        "Tra quelli non in primo piano, 1 senza notizie dal 13 maggio 2024."
    )
    assert _overview(three, [], three, as_of, 34, labels("it")).split(". ")[1] == (
        "Nessuno è in primo piano e 3 sono sullo sfondo"
    )


def test_the_bottom_line_reports_what_happened_rather_than_a_quotation_about_it() -> None:
    quotation = fact(
        "003-q",
        "003",
        "“Il supporto non è improvvisato, passa attraverso il nostro comando di coordinamento, "
        "attraverso programmi di addestramento, "
        "attraverso il Consiglio Nato-Ucraina come sede di consultazione politica e strategica”",
        speaker="Mark Rutte",
        kind="statement",
        salience=1.0,
    )
    event = fact("003-e", "003", NO_INTIMIDATION, kind="event", salience=0.3)  # ranked below the quotation
    facts = [f.model_copy(update={"when": date("2026-02-11")}) for f in (quotation, event)]
    key_points = statements(compose([articles()[3]], facts, ComposeOptions()), "key_points")
    assert [s.text for s in key_points] == [NO_INTIMIDATION, f"Mark Rutte: {facts[0].statement}"]


NO_INTIMIDATION = (
    "Interrogato sul significato delle recenti dichiarazioni russe e sul rischio di un’escalation diretta, "
    "Rutte ha ribadito con fermezza che la Nato non accetterà alcuna intimidazione."
)


def test_a_reporters_sentence_is_not_put_in_its_speakers_mouth() -> None:
    earlier = fact(
        "004-e",
        "004",
        "In precedenza, parlando davanti al Congresso, il presidente degli Stati Uniti aveva dichiarato "
        "la sua intenzione di raggiungere la pace affidandosi a un “approccio realistico”",
        speaker="Donald Trump",
    )
    post = fact(
        "001-p", "001", "Glad to welcome Foreign Ministers to #NATO HQ this week.", speaker="Mark Rutte"
    )
    # the reporter's words, with a subject of their own: no "Donald Trump:" before them
    assert key_point_text(earlier) == earlier.statement
    # the speaker's own post, and a quotation, do show who speaks
    assert key_point_text(post.model_copy(update={"embedded": True})) == f"Mark Rutte: {post.statement}"
    quotation = post.model_copy(update={"statement": "“Glad to welcome Foreign Ministers”"})
    assert key_point_text(quotation) == "Mark Rutte: “Glad to welcome Foreign Ministers”"


def test_a_sentence_that_announces_a_statement_is_not_printed_as_context() -> None:
    announcing = fact(
        "003-f",
        "003",
        "Rutte ha poi spostato lo sguardo oltre l’emergenza ucraina",
        statement="The following is a statement from the Secretary General of NATO, Mark Rutte.",
        kind="context",
    )
    told = fact("003-c", "003", NO_INTIMIDATION, kind="context")
    assert frames_only(announcing) and not frames_only(told)
    briefing = compose([articles()[3]], [announcing, told], ComposeOptions())
    body = [s.text for sec in briefing.sections if not sec.annex for s in sec.statements]
    assert announcing.statement not in body
    assert NO_INTIMIDATION in body


def test_the_header_dates_stale_stories_by_their_newest_last_report_not_by_the_cut_off() -> None:
    """Blind readers read `no report since 12 February 2025` as the day of a last report, over two
    Background stories last told on 24 September 2024: the day printed is a report's day, the
    newest of the stale stories' last ones (none of them has had a report since)."""
    from briefing.compose.core import _overview
    from briefing.compose.storylines import Storyline
    from briefing.i18n import labels

    def story(last: str) -> Storyline:
        return Storyline(id="", title="", sources=[last], first=None, last=date(last), outlets=1, weight=1)

    lead, older, old = story("2025-03-30"), story("2024-09-24"), story("2024-06")
    stories, shown, as_of = [lead, older, old], ([lead], [older, old]), date("2025-03-31")
    header = _overview(stories, *shown, as_of, 47, labels("en"))
    assert header.endswith("Of those not leading, 2 have had no report since 24 September 2024.")
    italian = _overview(stories, *shown, as_of, 47, labels("it"), language="it")
    assert italian.endswith("2 senza notizie dal 24 settembre 2024.")
