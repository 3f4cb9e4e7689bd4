"""Dates a sentence seems to give but does not: the day of a noun a participle qualifies, a span of
two days whose first day is not what the lines after it tell, a year review's items and a month
with a two-digit year, and the history a sentence recalls under a line of today."""

from __future__ import annotations

from pathlib import Path

from briefing.models import PartialDate
from briefing.rules.when import find_dates
from handwritten import candidate_with, candidates_of, date_of, dates_of, handwritten_article

SUNDAY = PartialDate(year=2011, month=9, day=11)


def test_a_day_word_in_a_participle_after_a_noun_dates_the_noun_not_the_sentence() -> None:
    # the memorial was opened yesterday; the wreath was laid on some day since
    assert date_of("La coppia ha deposto una corona davanti al monumento inaugurato ieri.", SUNDAY) is None
    # a participle that opens the sentence tells the subject's day, and the sentence's
    assert date_of("Arrivato ieri a Roma, il ministro ha incontrato il sindaco.", SUNDAY) == "2011-09-10"


def test_a_day_written_in_a_participle_after_a_noun_dates_the_noun_not_the_sentence() -> None:
    sunday = PartialDate(year=2024, month=9, day=22)
    # the law was passed on the 3rd; the minister presented it on some day since
    assert date_of("Il ministro ha illustrato la legge approvata il 3 settembre.", sunday) is None
    assert date_of("La legge è stata approvata il 3 settembre.", sunday) == "2024-09-03"
    # a participle that says the noun's event happened dates what the sentence reports
    assert date_of("Quattro persone sono state uccise in una sparatoria avvenuta sabato sera.", sunday) == (
        "2024-09-21"
    )


def test_a_day_in_a_relative_clause_dates_its_noun_not_a_past_sentence_with_no_day() -> None:
    friday = PartialDate(year=2013, month=8, day=16)
    # the finds were stolen yesterday; when she made the page, the sentence does not say
    sentence = "Monica Hanna ha creato una pagina con i reperti del museo, che ieri sarebbero stati rubati."
    assert date_of(sentence, friday) is None
    assert (
        date_of("La polizia ha arrestato ieri i due uomini che martedì hanno rapinato la banca.", friday)
        == "2013-08-15"
    )
    # what a reporting verb's `che` opens is what was said: its day is the sentence's
    assert date_of("Il ministro ha detto che giovedì sono state uccise 25 persone.", friday) == "2013-08-15"


def test_a_month_with_a_two_digit_year_is_of_that_year() -> None:
    sentence = "Il generale tornerà in patria dopo il colpo di stato dei militari nel gennaio '92."
    dates = [m.date.iso() for m in find_dates(sentence, PartialDate(year=2012, month=4, day=12)) if m.date]
    assert dates == ["1992-01"]


def test_a_year_review_s_numbered_items_are_of_the_year_reviewed(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2012-12-29\n2012, un anno in immagini\n\n"
        "15) 12 marzo Il governo presenta la riforma del lavoro.\n\n"
        "16) 15 marzo In Siria i dissidenti rispondono al fuoco del governo.\n\n"
        "17) 19 marzo La Francia viene sconvolta da una strage davanti a una scuola.\n\n"
        "18 )24 marzo Il museo Correr di Venezia ospita una mostra di Gustav Klimt.\n",
    )
    klimt = next(statement for statement in dated if "Klimt" in statement)
    assert dated[klimt] == "2012-03-24"


def test_the_lines_after_a_span_of_two_days_are_not_dated_by_its_first_day(tmp_path: Path) -> None:
    sunday = PartialDate(year=2024, month=9, day=22)
    span = find_dates("Tra sabato sera e domenica il gruppo ha lanciato missili.", sunday)
    assert [(m.date.iso(), m.end_date.iso()) for m in span if m.date and m.end_date] == [
        ("2024-09-21", "2024-09-22")
    ]
    dated = dates_of(
        tmp_path,
        "date 2024-09-22\nMissili sul nord\n\n"
        "Tra sabato e domenica il gruppo ha lanciato missili verso il nord del paese. "
        "Le sirene hanno suonato in molte città. "
        "Il governo di Israele ha diffuso il livello massimo di allerta in tutto il nord.\n",
    )
    alert = next(statement for statement in dated if "livello massimo" in statement)
    assert dated[alert] in (None, "2024-09-22")  # reported that Sunday, or undated: not Saturday


def test_history_printed_under_a_line_of_today_is_left_undated() -> None:
    article = handwritten_article(
        "ground-zero.txt",
        "date 2011-09-11\nDieci anni dopo\n\n"
        "Le famiglie delle vittime sono arrivate in piazza prima dell'alba. "
        "Ground Zero ancora in silenzio per ricordare il crollo della Torre sud del World Trade Center. "
        "Quella mattina dell'11 settembre 2001 fu la seconda ad essere colpita, ma la prima a crollare.\n",
        published=SUNDAY,
    )
    candidate = candidate_with(candidates_of(article), "Quella mattina")
    assert candidate.reads_alone()  # printed with the sentence before it
    assert candidate.fact.statement.startswith("Ground Zero ancora in silenzio")
    assert candidate.fact.when is None


def test_a_month_in_a_participle_phrase_set_off_by_commas_dates_the_noun_not_what_the_clause_says() -> None:
    # she was attacked last November; she writes today
    sunday = PartialDate(year=2012, month=6, day=24)
    text = "La giornalista Anna Neri, aggredita dalla polizia in piazza lo scorso novembre, scrive un libro."
    assert date_of(text, sunday) != "2011-11"
    assert date_of("Mario Rossi, arrestato dalla polizia lo scorso novembre, ha confessato.", sunday) is None
    assert date_of("Mario Rossi ha confessato lo scorso novembre, dopo l'arresto.", sunday) == "2011-11"


def test_a_day_with_no_year_in_a_past_participle_is_never_a_day_to_come() -> None:
    # The page is of June; `aggredita … il 23 novembre` tells what had happened, so its November is
    # the one before, never the coming one, whatever the main clause's present tense.
    june = PartialDate(year=2012, month=6, day=24)
    sentence = "La giornalista Mona Rossi, aggredita dalla polizia in piazza il 23 novembre, scrive un libro."
    assert [m.date.iso() for m in find_dates(sentence, june) if m.date] == ["2011-11-23"]
    assert date_of(sentence, june) is None  # a day of the noun, not of what the sentence reports
    # a participle that schedules keeps the day to come
    scheduled = "Il ministro Luca Neri, atteso in piazza il 23 novembre, prepara il discorso."
    assert [m.date.iso() for m in find_dates(scheduled, june) if m.date] == ["2012-11-23"]
