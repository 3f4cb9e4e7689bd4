"""The bottom line of a storyline: what happened, said at a glance (hand-written statements)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefing.compose.keypoints import BOTTOM_LINE_WORDS, bottom_line, is_quotation
from briefing.models import Evidence, Fact, FactKind, PartialDate

AS_OF = PartialDate.parse("2025-03-31")


@dataclass
class Ranked:
    fact: Fact
    first_day: dt.date | None
    last: dt.date | None = None  # the last day of a period (a year), when it is one
    reported_by: dt.date | None = None  # its article's publication

    @property
    def last_day(self) -> dt.date | None:
        return self.last or self.first_day


def ranked(statement: str, kind: FactKind = "event", day: str | None = "2024-09-24") -> Ranked:
    quote = statement
    fact = Fact(
        id=str(abs(hash(statement))),
        statement=statement,
        kind=kind,
        evidence=[Evidence(source="a.txt", start=0, end=len(quote), quote=quote)],
    )
    return Ranked(fact, dt.date.fromisoformat(day) if day else None)


SIGNATURES = ranked(
    "Il comitato ha raccolto oltre 500 mila firme per il referendum in meno di una settimana."
)


def test_a_plan_whose_day_has_passed_by_the_as_of_date_does_not_lead_over_what_happened() -> None:
    # told in September: "in February the court will rule", ranked first because February is later
    review = ranked("A febbraio è previsto il vaglio della Corte sull'ammissibilità.", "plan", "2025-02-01")
    assert bottom_line([review, SIGNATURES], AS_OF) is SIGNATURES


def test_a_plan_wholly_ahead_of_the_as_of_date_may_lead_and_no_other() -> None:
    visit = ranked("La ministra visiterà Lisbona il 10 aprile.", "plan", "2025-04-10")
    assert bottom_line([visit, SIGNATURES], AS_OF) is visit
    within_the_year = ranked("Per le firme è previsto un decreto entro quest'anno.", "plan", None)
    within_the_year.first_day, within_the_year.last = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    assert bottom_line([within_the_year, SIGNATURES], AS_OF) is SIGNATURES  # its time has come
    role = ranked("In futuro la ferrovia dovrà avere un ruolo fondamentale.", "plan", None)
    assert bottom_line([role, SIGNATURES], AS_OF) is SIGNATURES  # nothing dates it: no news


def test_a_passage_too_long_to_read_at_a_glance_gives_way_to_a_shorter_one() -> None:
    long = ranked(" ".join(["Il comitato ha raccolto le firme e le ha contate una per una."] * 6))
    assert len(long.fact.statement.split()) > BOTTOM_LINE_WORDS
    assert bottom_line([long, SIGNATURES], AS_OF) is SIGNATURES
    # but it still leads when nothing shorter is there
    assert bottom_line([long], AS_OF) is long
    # a plan said at a glance (the theatre back within the year) reads better than the long passage
    back = ranked("Il teatro tornerà alla città entro il 2025.", "plan", "2025-01-01")
    assert bottom_line([long, back], AS_OF) is back


def test_a_reported_sentence_leads_over_a_quotation_and_nothing_leads_an_empty_storyline() -> None:
    quotation = ranked("“Abbiamo fatto la storia”, ha detto la portavoce del comitato.", "statement")
    assert bottom_line([quotation, SIGNATURES], AS_OF) is SIGNATURES
    assert bottom_line([quotation], AS_OF) is quotation
    assert bottom_line([], AS_OF) is None


def test_history_does_not_lead_the_story_of_the_day() -> None:
    debut = ranked(
        "Il cantautore esordì nel 1959 con un disco per una piccola etichetta.", "event", "1959-01-01"
    )
    birthday = ranked(
        "Il cantautore ha festeggiato i 90 anni con un concerto a Genova.", "event", "2024-09-21"
    )
    since = dt.date(2024, 9, 21)  # the storyline's first article
    assert bottom_line([debut, birthday], AS_OF, since) is birthday
    assert bottom_line([debut], AS_OF, since) is debut  # all there is


def test_a_word_in_scare_quotes_is_no_quotation() -> None:
    assert not is_quotation('Quattro persone sono state uccise e "decine" di altre sono rimaste ferite.')
    assert not is_quotation("La banca ha respinto l’offerta sulla “sua” controllata.")
    assert is_quotation("“I nostri soci faranno le loro scelte”, ha detto l’amministratore.")
    assert is_quotation("«Ho appreso con dolore della scomparsa")  # a quotation the span cuts open
    wounded = ranked('Quattro persone sono state uccise e "decine" di altre sono rimaste ferite.')
    witness = ranked("Secondo i testimoni gli aggressori hanno sparato dalla strada.")
    assert bottom_line([wounded, witness], AS_OF) is wounded


def test_background_that_nothing_dates_gives_way_to_a_development() -> None:
    # an office described in passing, with no one acting in it and no date: no news
    office = ranked(
        "Ufficio del capo di gabinetto, al secondo piano del palazzo della Regione.", "context", None
    )
    forwarded = ranked("La struttura commissariale ha poi deciso di comprare le forniture altrove.", "event")
    assert bottom_line([office, forwarded], AS_OF) is forwarded
    assert bottom_line([office], AS_OF) is office  # all there is
    # background with a date of its own is news of that day: it keeps its rank
    expectancy = ranked("Nel 2024 la speranza di vita in Italia è pari a 83,4 anni.", "context", "2025-03-31")
    assert bottom_line([expectancy, forwarded], AS_OF) is expectancy


def test_a_forecast_whose_days_have_come_since_it_was_written_gives_way_to_the_plan_of_the_story() -> None:
    # written in September 2024 about 2025, read at the end of March 2025; only plans in the window
    forecast = ranked("La crescita salirà all'1,2% nel 2025 e il deficit calerà sotto il 3%.", "plan", None)
    forecast.first_day, forecast.last = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    meeting = ranked(
        "Dopo i sindacati tocca ai comuni confrontarsi con il governo sulla manovra.", "plan", None
    )
    for candidate in (forecast, meeting):
        candidate.reported_by = dt.date(2024, 9, 26)
    assert bottom_line([forecast, meeting], AS_OF) is meeting
    # a forecast whose days are still ahead of the as-of date is news
    forecast.first_day, forecast.last = dt.date(2025, 4, 1), dt.date(2025, 12, 31)
    assert bottom_line([forecast, meeting], AS_OF) is forecast


def test_a_report_leads_over_a_quotation_even_when_it_is_long() -> None:
    post = ranked(
        "«Chiedo che per informazioni veritiere si segua la mia pagina», aveva scritto la tennista.",
        "statement",
    )
    bill = ranked(
        " ".join(["La cartella esattoriale le ha notificato un primo pignoramento a giugno."] * 7), "figure"
    )
    assert len(bill.fact.statement.split()) > BOTTOM_LINE_WORDS
    assert bottom_line([post, bill], AS_OF) is bill
    assert bottom_line([post], AS_OF) is post  # all there is


def test_a_sentence_told_in_the_tense_of_history_gives_way_to_one_told_as_news() -> None:
    # nothing dates either; the passato remoto says the first is long past
    anecdote = ranked(
        "Il vecchio presidente intuì l'affare ma non seppe guadagnarci più di tanto.", "event", None
    )
    tours = ranked(
        "La squadra organizza visite allo stadio con guide giapponesi e cibo giapponese.", "context", None
    )
    assert bottom_line([anecdote, tours], AS_OF) is tours
    assert bottom_line([anecdote], AS_OF) is anecdote  # all there is


def test_undated_background_gives_way_to_a_dated_development_however_long() -> None:
    praise = ranked(
        "La grandezza della cantante sta nel suo non perdere mai il contatto con il pubblico.",
        "context",
        None,
    )
    birthday = ranked(" ".join(["La cantante compie oggi 90 anni e festeggia con un concerto a Milano."] * 6))
    assert len(birthday.fact.statement.split()) > BOTTOM_LINE_WORDS
    assert bottom_line([birthday, praise], AS_OF) is birthday
    assert bottom_line([praise, birthday], AS_OF) is birthday
