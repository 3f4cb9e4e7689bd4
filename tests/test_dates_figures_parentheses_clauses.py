"""Three ways a sentence was given another clause's date, or none (issue 15, session 10): a date in
figures read in the article's language, a date in parentheses right after its verb, and a year in a
clause after a semicolon when the first clause told its own date."""

from __future__ import annotations

from pathlib import Path

from briefing.models import PartialDate
from briefing.rules.salience import main_tense
from briefing.rules.when import find_dates, main_date, without_relative_clauses
from handwritten import dates_of


def date_of(sentence: str, published: str, language: str | None = None) -> str | None:
    page = PartialDate.parse(published)
    mentions = find_dates(sentence, page, language)
    mention = main_date(mentions, main_tense(without_relative_clauses(sentence, mentions)), page)
    return mention.date.iso() if mention and mention.date else None


# --- a date in figures: the article's language says which number is the month ----------------


def test_an_italian_date_in_figures_is_day_first() -> None:
    assert date_of("Il messaggio diceva: «Torneremo il 11/9/2011».", "2011-09-12", "it") == "2011-09-11"


def test_an_english_date_in_figures_is_month_first() -> None:
    assert date_of("The release was signed on 11/9/2011 in Washington.", "2011-12-01", "en") == "2011-11-09"


def test_a_date_in_figures_only_one_way_can_read_is_read_that_way_in_either_language() -> None:
    assert date_of("Il decreto è stato firmato il 4/25/2025.", "2025-05-02", "it") == "2025-04-25"
    assert date_of("The decree was signed on 25/4/2025.", "2025-05-02", "en") == "2025-04-25"


def test_with_no_language_a_date_in_figures_that_reads_both_ways_is_not_told() -> None:
    assert find_dates("Il messaggio diceva 11/9/2011.", PartialDate.parse("2011-09-12")) == []


def test_the_extractive_engine_reads_an_italian_article_s_figures_day_first(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2011-09-12\nMinacce sulla pagina della Casa Bianca\n\n"
        '"Torneremo. Un giorno solo 11/9/2011", è scritto in un messaggio comparso sulla pagina.\n',
    )
    statement = '"Torneremo. Un giorno solo 11/9/2011", è scritto in un messaggio comparso sulla pagina.'
    assert dated[statement] == "2011-09-11"


# --- a date in parentheses ----------------------------------------------------------------------


def test_a_date_in_parentheses_right_after_its_verb_dates_the_sentence() -> None:
    sentence = "Le proteste contro il governo sono entrate (il 7 marzo) nella loro quarta settimana."
    assert date_of(sentence, "2011-03-08", "it") == "2011-03-07"


def test_a_date_in_parentheses_after_a_noun_stays_an_aside() -> None:
    sentence = "Il vertice dell'Alleanza (11 luglio 2023) ha approvato ieri il piano."
    assert date_of(sentence, "2024-02-10", "it") == "2024-02-09"


# --- a clause after a semicolon ----------------------------------------------------------------


def test_the_opening_clause_s_date_beats_a_year_in_a_clause_after_a_semicolon() -> None:
    sentence = (
        "L'anno scorso nella regione ci vollero 18 giorni di piogge perché il fiume esondasse; "
        "durante l'ultima alluvione, nel 2006, i danni furono di oltre un miliardo, ma in 34 giorni."
    )
    assert date_of(sentence, "2024-09-25", "it") == "2023"


def test_a_year_after_a_semicolon_still_dates_a_sentence_whose_first_clause_has_none() -> None:
    sentence = "La diga è stata chiusa più volte; nel 2006 il consiglio ne ha deciso la riapertura."
    assert date_of(sentence, "2024-09-25", "it") == "2006"
