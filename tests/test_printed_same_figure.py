"""The same fact told twice in other words: two outlets' statements that give the same count of
the same thing (`110 missili`) on the same day, with no two different speakers, are one event told
twice, and the briefing prints it once (`Printed.repeats`), whichever kind of fact the engine made
of each (the count is read in the statement's words). Different days, different speakers, another
thing, a small count or a share (`2%`, which many facts share) keep both."""

from __future__ import annotations

from briefing.compose.budget import Printed
from briefing.compose.candidates import Candidate
from briefing.models import Evidence, Fact, PartialDate


def told(number: int, statement: str, day: int | None = 20, speaker: str | None = None) -> Candidate:
    evidence = Evidence(source=f"{number}.txt", start=0, end=len(statement), quote=statement)
    when = PartialDate(year=2011, month=3, day=day) if day else None
    fact = Fact(
        id=f"f{number}", statement=statement, evidence=[evidence], speaker=speaker, when=when, language="it"
    )
    first = when.first_day() if when else None
    return Candidate(
        fact=fact, sources=(f"{number}.txt",), score=0.5, base=0.5, when=when, first_day=first, last_day=first
    )


FIRST = told(
    1,
    "Nella notte oltre 110 missili da crociera Tomahawk hanno colpito diversi obiettivi in Libia.",
    speaker="Pentagono",
)


def printed_with(*candidates: Candidate) -> Printed:
    printed = Printed()
    for candidate in candidates:
        printed.add(candidate)
    return printed


def test_the_same_count_of_the_same_thing_on_the_same_day_is_the_same_fact() -> None:
    other_words = told(2, "Gli Stati Uniti hanno lanciato sulla Libia 110 missili Tomahawk dalle navi.")
    assert printed_with(FIRST).repeats(other_words)
    # a night's raid told the next day: a day apart is the same night
    next_day = told(3, "Gli alleati hanno sparato 110 missili Tomahawk contro le difese di Gheddafi.", day=21)
    assert printed_with(FIRST).repeats(next_day)


def test_another_day_speaker_thing_or_a_small_count_is_another_fact() -> None:
    week_later = told(
        4, "Una settimana dopo altri 110 missili Tomahawk sono stati lanciati dalle navi.", day=27
    )
    assert not printed_with(FIRST).repeats(week_later)
    other_speaker = told(
        5, "Secondo Tripoli 110 missili Tomahawk hanno colpito ospedali.", speaker="Governo libico"
    )
    assert not printed_with(FIRST).repeats(other_speaker)
    other_thing = told(6, "Sono stati ricoverati 110 feriti negli ospedali di Tripoli.")
    assert not printed_with(FIRST).repeats(other_thing)
    spending = told(7, "La spesa militare italiana resta al 2% del prodotto interno lordo.")
    assert not printed_with(spending).repeats(told(8, "L'inflazione dell'area euro è scesa al 2% a marzo."))
    blast = told(9, "Un'esplosione a Bengasi ha provocato 3 morti in un mercato.")
    assert not printed_with(blast).repeats(told(10, "Un attacco a Tobruk ha causato 3 morti tra i civili."))
    # a day of the month, a year or a span of time is no count of things
    decade = told(13, "Dieci anni fa il regime di Gheddafi firmò l'accordo con l'Italia.")
    assert not printed_with(decade).repeats(
        told(14, "Sono passati dieci anni dalla visita di Gheddafi a Roma.")
    )
    anniversary = told(11, "Il 19 marzo i primi raid colpirono Bengasi.")
    assert not printed_with(anniversary).repeats(told(12, "Dal 19 marzo le navi hanno lanciato missili."))


def test_an_undated_statement_is_placed_by_the_day_it_was_reported() -> None:
    undated = told(
        13, "Gli Stati Uniti hanno lanciato 110 missili Tomahawk dalle navi, ha detto un portavoce.", day=None
    )
    undated.reported_by = FIRST.first_day
    assert printed_with(FIRST).repeats(undated)
    undated.reported_by = None  # nothing says when: another fact, for all we know
    assert not printed_with(FIRST).repeats(undated)
