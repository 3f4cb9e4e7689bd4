"""Event dates: each shape the seeds (and English news) use, resolved against the publication date.

The sentences are the seeds' own (or, for English, written in the same style)."""

from __future__ import annotations

import pytest

from briefing.models import PartialDate
from briefing.rules.when import find_dates, main_date, tense_of


def when(sentence: str, published: str | None) -> tuple[str | None, str | None, str | None]:
    """(date, range end, basis) of the date the sentence is about."""
    mentions = find_dates(sentence, PartialDate.parse(published) if published else None)
    main = main_date(mentions, tense_of(sentence), PartialDate.parse(published) if published else None)
    if main is None:
        return None, None, None
    return (
        main.date.iso() if main.date else None,
        main.end_date.iso() if main.end_date else None,
        main.basis,
    )


# --- seed 000, published "2024-11" (month precision) ---------------------------------------


def test_oggi_in_a_month_dated_article_is_that_month() -> None:
    sentence = (
        "Il segretario generale della NATO Mark Rutte ha incontrato oggi il presidente eletto degli "
        "Stati Uniti Donald Trump in Florida."
    )
    assert when(sentence, "2024-11") == ("2024-11", None, "relative")


def test_a_day_and_month_without_year_take_the_publication_year() -> None:
    sentence = (
        "Nel corso di un incontro con i leader europei a Budapest il 7 novembre, Rutte aveva già "
        "sostenuto i tentativi di Trump di convincere i paesi della NATO a spendere di più per la difesa."
    )
    assert when(sentence, "2024-11") == ("2024-11-07", None, "explicit")
    sentence = (
        "Dopo essersi congratulato con Trump per la vittoria alle elezioni, "
        "Rutte ha scritto il 6 novembre su X."
    )
    assert when(sentence, "2024-11") == ("2024-11-06", None, "explicit")


def test_a_month_told_in_the_past_is_the_last_one_before_publication() -> None:
    sentence = (
        "A febbraio, Trump ha suscitato polemiche quando, durante la campagna elettorale, ha affermato "
        "che la Russia poteva fare “tutto quello che voleva” ai paesi membri della NATO."
    )
    assert when(sentence, "2024-11") == ("2024-02", None, "explicit")


def test_the_same_month_told_in_the_future_is_the_next_one() -> None:
    assert when("A febbraio il governo presenterà il nuovo piano.", "2024-11") == (
        "2025-02",
        None,
        "explicit",
    )


# --- seed 001, published 2025-04-02 ---------------------------------------------------------


def test_a_range_with_weekdays_is_dated_at_its_start_and_keeps_its_end() -> None:
    sentence = (
        "Il segretario di Stato americano, Marco Rubio, sarà a Bruxelles da mercoledì 2 a venerdì 4 "
        "aprile 2025 per partecipare alla riunione dei ministri degli Esteri della NATO."
    )
    assert when(sentence, "2025-04-02") == ("2025-04-02", "2025-04-04", "explicit")


def test_a_year_after_a_cue_is_that_year() -> None:
    sentence = "Nei primi tre mesi del 2024, sono già stati promessi 20 miliardi di aiuti militari a Kiev."
    assert when(sentence, "2025-04-02") == ("2024", None, "explicit")


# --- seed 002, published 2026-04-03 ---------------------------------------------------------


def test_dall_al_range_in_the_future() -> None:
    sentence = "Il Segretario Generale della NATO, Mark Rutte, visiterà Washington dall'8 al 12 aprile 2026."
    assert when(sentence, "2026-04-03") == ("2026-04-08", "2026-04-12", "explicit")


def test_a_scheduled_day_five_days_after_publication_is_this_year() -> None:
    sentence = (
        "Il momento centrale della visita è fissato per l'8 aprile, quando Rutte incontrerà il "
        "Presidente degli Stati Uniti, Donald Trump."
    )
    assert when(sentence, "2026-04-03") == ("2026-04-08", None, "explicit")
    sentence = (
        "L'attenzione degli osservatori internazionali è concentrata sull'esito del faccia a faccia "
        "dell'8 aprile, considerato un passaggio decisivo per la stabilità dell'Alleanza."
    )
    assert when(sentence, "2026-04-03") == ("2026-04-08", None, "explicit")


# --- seed 003, published 2026-02-11 ---------------------------------------------------------


def test_tra_cinque_o_dieci_anni_is_not_a_date() -> None:
    sentence = (
        "Dobbiamo assicurarci che tra cinque o dieci anni la Nato sia ancora in grado di reagire in modo "
        "schiacciante a qualsiasi minaccia."
    )
    assert find_dates(sentence, PartialDate.parse("2026-02-11")) == []


# --- seed 004, undated ----------------------------------------------------------------------


def test_relative_dates_in_an_undated_article_stay_unresolved() -> None:
    sentence = (
        "La prossima settimana è prevista una nuova conversazione telefonica tra il presidente degli "
        "Stati Uniti Donald Trump e il presidente russo Vladimir Putin."
    )
    assert when(sentence, None) == (None, None, "relative")


def test_a_day_and_month_in_an_undated_article_has_no_year_to_take() -> None:
    sentence = (
        "La conversazione sarà la continuazione del dialogo iniziato il 12 febbraio, quando i due leader "
        "hanno tenuto colloqui per la prima volta in tre anni."
    )
    assert when(sentence, None) == (None, None, "explicit")


def test_a_participle_right_before_the_date_decides_its_tense() -> None:
    """`iniziato il 12 febbraio` is past even in a sentence told in the future."""
    sentence = "La conversazione sarà la continuazione del dialogo iniziato il 12 febbraio."
    assert when(sentence, "2025-03-14") == ("2025-02-12", None, "explicit")


# --- relative words against a day-precise publication date ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Il Consiglio dei ministri ha approvato ieri sera il decreto.", "2025-03-11"),
        ("Il testo sarà esaminato domani dal Senato.", "2025-03-13"),
        ("Lo scorso giovedì il governo ha approvato il decreto.", "2025-03-06"),
        ("Lunedì il ministro ha incontrato i sindacati.", "2025-03-10"),
        ("Il testo sarà esaminato dal Senato la prossima settimana.", "2025-03"),
        ("Il decreto entrerà in vigore il mese prossimo.", "2025-04"),
        ("L'anno scorso l'inflazione è scesa.", "2024"),
        ("Tre giorni fa il governo ha presentato il piano.", "2025-03-09"),
        ("3 giorni fa il governo ha presentato il piano.", "2025-03-09"),
        ("Tra 2 settimane si riuniranno di nuovo.", "2025-03"),
    ],
)
def test_relative_words_in_italian(sentence: str, expected: str | None) -> None:
    assert when(sentence, "2025-03-12")[0] == expected  # Wednesday 12 March 2025


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("NATO defence ministers on Thursday agreed a new list of capability targets.", "2025-06-05"),
        ("The minister said on Monday that talks would resume.", "2025-06-02"),
        ("Allies are expected to announce new air defence deliveries next week.", "2025-06"),
        ("Officials met yesterday in Brussels.", "2025-06-04"),
        ("The decision came two weeks ago, officials said.", "2025-05"),
        ("Spain spent about 1.3% of GDP on defence last year.", "2024"),
        ("The talks will resume tomorrow.", "2025-06-06"),
    ],
)
def test_relative_words_in_english(sentence: str, expected: str) -> None:
    assert when(sentence, "2025-06-05")[0] == expected  # Thursday 5 June 2025


@pytest.mark.parametrize(
    ("sentence", "expected", "end"),
    [
        ("The summit is scheduled for June 24-25 in The Hague.", "2025-06-24", "2025-06-25"),
        ("Leaders will meet in The Hague on 24 and 25 June.", "2025-06-24", "2025-06-25"),
        ("Il vertice si terrà dal 30 giugno al 2 luglio 2025 a Roma.", "2025-06-30", "2025-07-02"),
        ("Ministers met on April 2, 2025 in Brussels.", "2025-04-02", None),
        ("The Commission will present its plan in September.", "2025-09", None),
        ("Prices rose in March, the agency said.", "2025-03", None),
        ("He met Xi on November 7 and will travel to Beijing in January.", "2024-11-07", None),
    ],
)
def test_explicit_dates_in_english(sentence: str, expected: str, end: str | None) -> None:
    published = "2024-11-20" if "Xi" in sentence else "2025-06-05"
    assert when(sentence, published)[:2] == (expected, end)


def test_a_past_main_verb_prefers_the_date_of_what_happened() -> None:
    """The agreement happened on Thursday; the summit it prepares is in the future."""
    sentence = (
        "NATO defence ministers on Thursday agreed a new list of military capability targets that will "
        "require allies to spend far more, paving the way for a pledge at the summit in The Hague on "
        "June 24-25."
    )
    assert when(sentence, "2025-06-05") == ("2025-06-05", None, "relative")


def test_words_that_look_like_months_are_not_dates() -> None:
    assert (
        find_dates(
            "Officials may march on Washington; 5 ago we saw nothing.", PartialDate.parse("2025-06-05")
        )
        == []
    )
    assert (
        find_dates("Il 3% del PIL e 20 miliardi di aiuti in 15 anni.", PartialDate.parse("2025-06-05")) == []
    )
