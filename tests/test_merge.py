"""Cross-article merging: the same fact from several sources becomes one fact citing each."""

from __future__ import annotations

import os
import subprocess
import sys

from briefing.merge import merge_facts, names_swapped
from briefing.models import Actor, Evidence, Fact, PartialDate


def fact(
    fid: str,
    statement: str,
    source: str,
    salience: float = 0.0,
    when: str | None = None,
    actors: list[Actor] | None = None,
) -> Fact:
    return Fact(
        id=fid,
        statement=statement,
        salience=salience,
        when=PartialDate.parse(when) if when else None,
        when_basis="explicit" if when else None,
        actors=actors or [],
        evidence=[Evidence(source=source, start=0, end=len(statement), quote=statement)],
    )


RUTTE = "Il Segretario Generale della NATO, Mark Rutte, visiterà Washington dall'8 al 12 aprile 2026."


def test_the_same_statement_from_two_sources_becomes_one_fact_citing_both() -> None:
    merged = merge_facts(
        [
            fact("a", "Rutte meets Trump.", "a.txt", 0.2),
            fact("b", "Other news.", "a.txt"),
            fact("c", "rutte  meets TRUMP.", "b.txt", 0.9),
        ]
    )
    assert [f.id for f in merged] == ["a", "b"]
    assert [e.source for e in merged[0].evidence] == ["a.txt", "b.txt"]
    assert merged[0].salience == 0.9


def test_a_reprint_with_a_word_changed_is_the_same_fact() -> None:
    reprint = "Il segretario generale della Nato, Mark Rutte, sarà a Washington dall'8 al 12 aprile 2026."
    merged = merge_facts(
        [
            fact("a", RUTTE, "prima.txt", 0.8, "2026-04-08", [Actor(name="Mark Rutte")]),
            fact("b", reprint, "ansa.txt", 0.5, "2026-04-08", [Actor(name="Mark Rutte", role="segretario")]),
        ]
    )
    assert len(merged) == 1
    assert merged[0].statement == RUTTE
    assert [e.source for e in merged[0].evidence] == ["prima.txt", "ansa.txt"]
    assert merged[0].actors == [Actor(name="Mark Rutte", role="segretario")]


def test_accents_and_quotation_marks_do_not_keep_copies_apart() -> None:
    a = "“Dobbiamo costruire una NATO più forte, più equa e più letale”, ha dichiarato Rutte."
    b = '"Dobbiamo costruire una NATO piu forte, piu equa e piu letale", ha dichiarato Rutte.'
    assert len(merge_facts([fact("a", a, "x.txt"), fact("b", b, "y.txt")])) == 1


def test_different_figures_are_not_merged() -> None:
    a = "Rutte ha ribadito la necessità di aumentare la spesa militare ben oltre il 3% del PIL."
    b = "Rutte ha ribadito la necessità di aumentare la spesa militare ben oltre il 5% del PIL."
    assert len(merge_facts([fact("a", a, "x.txt"), fact("b", b, "y.txt")])) == 2


def test_disagreeing_dates_are_not_merged() -> None:
    a = "Il Segretario Generale della NATO, Mark Rutte, incontrerà il Presidente Donald Trump a Washington."
    merged = merge_facts(
        [fact("a", a, "x.txt", when="2026-04-08"), fact("b", a + " ", "y.txt", when="2025-04-08")]
    )
    # the same words are the same statement: exact copies merge whatever their dates
    assert len(merged) == 1
    b = "Il Segretario Generale della NATO, Mark Rutte, incontrerà il Presidente Trump a Washington."
    merged = merge_facts([fact("a", a, "x.txt", when="2026-04-08"), fact("b", b, "y.txt", when="2025-04-08")])
    assert len(merged) == 2


def test_different_sentences_about_the_same_people_stay_apart() -> None:
    a = "Il momento centrale della visita è fissato per l'8 aprile, quando Rutte incontrerà Donald Trump."
    b = "Per Rutte si tratta della prima prova diplomatica di questo livello con la presidenza Trump."
    assert len(merge_facts([fact("a", RUTTE, "x.txt"), fact("b", a, "x.txt"), fact("c", b, "y.txt")])) == 3


def test_a_large_corpus_keeps_every_distinct_statement_and_joins_only_the_copy() -> None:
    """Its speed is the bench's to guard (`bench.run --only offline`: merging is part of the
    1,000-article build), not a clock in a test."""
    facts = [
        fact(
            f"f{i}",
            f"Statement number {i} about topic {i % 97} with words alpha{i % 13} beta{i}.",
            f"{i}.txt",
        )
        for i in range(4000)
    ]
    facts += [fact("dup", facts[10].statement, "copy.txt")]
    merged = merge_facts(facts)
    assert len(merged) == 4000
    assert [e.source for e in merged[10].evidence] == ["10.txt", "copy.txt"]


def told(fid: str, statement: str, source: str, when: str | None = None, **fields: object) -> Fact:
    return fact(fid, statement, source, when=when).model_copy(update={"language": "en", **fields})


# Two outlets' own words for one event: same numbers, same day, different wording.
WIRE = "Russia launched 120 missiles and 90 drones at Ukraine's energy grid on Sunday, officials said."
RADIO = (
    "Ukrainian officials said Russia fired 120 missiles and 90 drones at the country's power plants on "
    "Sunday."
)


def test_the_same_fact_in_two_outlets_own_words_is_one_statement_citing_both() -> None:
    merged = merge_facts(
        [told("a", WIRE, "wire.txt", "2025-03-09"), told("b", RADIO, "radio.txt", "2025-03-09")]
    )
    assert len(merged) == 1
    assert merged[0].statement == WIRE
    assert [e.source for e in merged[0].evidence] == ["wire.txt", "radio.txt"]
    italian = [
        fact(
            "a", "La Bce ha tagliato i tassi di interesse di 25 punti base, al 3,25% sui depositi.", "x.txt"
        ),
        fact(
            "b",
            "Il consiglio della Bce ha deciso un taglio dei tassi di 25 punti base: depositi al 3,25%.",
            "y.txt",
        ),
    ]
    assert len(merge_facts(italian)) == 1


def test_a_paraphrase_needs_an_anchor_one_language_two_sources_and_one_speaker() -> None:
    same_day = "2025-03-09"
    # no number and no day: two sentences about the same subject stay apart
    a = "Russia launched missiles and drones at Ukraine's energy grid, officials said."
    b = "Ukrainian officials said Russia fired missiles and drones at the country's power plants."
    assert len(merge_facts([told("a", a, "x.txt"), told("b", b, "y.txt")])) == 2
    # the same numbers about another event
    other = "Israel struck 120 targets and 90 depots in Gaza on Sunday, the army said."
    assert len(merge_facts([told("a", WIRE, "x.txt", same_day), told("b", other, "y.txt", same_day)])) == 2
    # two languages, one source, two speakers
    assert len(merge_facts([told("a", WIRE, "x.txt"), told("b", RADIO, "y.txt", language="it")])) == 2
    assert len(merge_facts([told("a", WIRE, "x.txt"), told("b", RADIO, "x.txt")])) == 2
    assert (
        len(
            merge_facts(
                [told("a", WIRE, "x.txt", speaker="Kyiv"), told("b", RADIO, "y.txt", speaker="Moscow")]
            )
        )
        == 2
    )


def test_a_short_sentence_of_names_inside_a_long_one_about_something_else_is_not_the_same_fact() -> None:
    a = "Ali Saleh has ruled the country since 1978."
    b = (
        "The activist was born in the north in 1978, the year Ali Saleh came to power, and has led the "
        "protests in the capital for months with thousands of students and workers."
    )
    assert len(merge_facts([told("a", a, "x.txt"), told("b", b, "y.txt")])) == 2


def test_two_sentences_each_like_their_joined_span_are_not_chained_into_one_fact() -> None:
    visit = "Il ministro della Difesa incontrerà domani a Bruxelles i colleghi dell'Alleanza atlantica."
    budget = "Il governo italiano approverà entro fine mese la legge di bilancio con nuove risorse."
    merged = merge_facts(
        [
            fact("visit", visit, "a.txt"),
            fact("joined", f"{budget} {visit}", "b.txt"),  # an anaphor joined to its antecedent
            fact("budget", budget, "c.txt"),
        ]
    )
    assert [f.id for f in merged] == ["visit", "budget"]
    assert [e.source for e in merged[0].evidence] == ["a.txt", "b.txt"]
    assert [e.source for e in merged[1].evidence] == ["c.txt"]


_JOINED_SPAN_PROGRAM = """
from briefing.merge import merge_facts
from briefing.models import Evidence, Fact
visit = "Il ministro della Difesa incontrerà domani a Bruxelles i colleghi dell'Alleanza atlantica."
budget = "Il governo italiano approverà entro fine mese la legge di bilancio con nuove risorse."
facts = [
    Fact(id=fid, statement=text, evidence=[Evidence(source=fid, start=0, end=len(text), quote=text)])
    for fid, text in (("visit", visit), ("budget", budget), ("joined", budget + " " + visit))
]
print([[e.source for e in f.evidence] for f in merge_facts(facts)])
"""


def test_a_joined_span_like_two_earlier_statements_joins_the_earliest_in_every_process() -> None:
    # A set of words iterates in an order that changes with each process's hash seed; the group a
    # statement joins must not (a --jobs build and a --jobs 1 build are different processes).
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _JOINED_SPAN_PROGRAM],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            stdout=subprocess.PIPE,
            text=True,
        )
        for seed in range(6)
    ]
    answers = {run.communicate(timeout=60)[0].strip() for run in runs}
    assert answers == {"[['visit', 'joined'], ['budget']]"}


def test_two_releases_that_differ_in_the_party_named_are_two_facts() -> None:
    # one day's two outcome statements, word for word but for the other party
    with_north = "The United States and Nordland have agreed to ensure safe navigation in the Gray Sea."
    with_south = "The United States and Sudland have agreed to ensure safe navigation in the Gray Sea."
    merged = merge_facts(
        [told("a", with_north, "north.txt", "2025-03-25"), told("b", with_south, "south.txt", "2025-03-25")]
    )
    assert [f.statement for f in merged] == [with_north, with_south]
    # a reprint that names someone more fully, or in another case, is still the same fact
    fuller = "Il presidente Sergio Bianchi ha ricevuto gli atleti al Colle."
    shorter = "Il Presidente Bianchi ha ricevuto gli atleti al Colle."
    assert len(merge_facts([fact("c", fuller, "one.txt"), fact("d", shorter, "two.txt")])) == 1
    assert not names_swapped(WIRE, RADIO)  # `Ukraine` and `Ukrainian officials`: one country
