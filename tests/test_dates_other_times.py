"""Dates written at another time than the sentence around them: a page's own `last updated` line,
a sidebar from years after the page, a past year set against what holds now. Each article here is
hand-written."""

from __future__ import annotations

from pathlib import Path

from briefing.dates import update_stamps
from briefing.models import PartialDate
from briefing.rules.salience import is_background
from handwritten import date_of, dates_of

SPOKE = "Il sindaco uscente ha parlato oggi in piazza davanti a migliaia di persone."
SPOKE_THERE = "Il presidente uscente ha parlato oggi in piazza davanti a migliaia di persone."
ANNOUNCED = "Il ministro Matteo Piantedosi ha annunciato che i controlli ai seggi saranno rafforzati."


def test_under_a_pages_last_updated_line_a_day_word_is_only_as_precise_as_the_days_it_spans(
    tmp_path: Path,
) -> None:
    # Published on 2 May, last updated on 4 May: `oggi` under the update line may be any day
    # from the 2nd to the 4th, so it is May, not the 4th (nor the 2nd).
    dated = dates_of(
        tmp_path,
        "date 2025-05-02\nElezioni comunali, la diretta\n(Aggiornato alle 09:15 del 4 maggio 2025)\n\n"
        f"{SPOKE}\n\n{ANNOUNCED}\n",
    )
    # the second sentence has no date of its own: it is dated by when the page was written
    assert dated[SPOKE] == "2025-05"
    assert dated[ANNOUNCED] == "2025-05"


def test_a_last_updated_line_on_the_day_of_publication_keeps_the_day(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2025-05-02\nElezioni comunali, la diretta\n(Aggiornato alle 19:15 del 2 maggio 2025)\n\n"
        f"{SPOKE}\n",
    )
    assert dated[SPOKE] == "2025-05-02"


def test_a_stamp_years_after_the_publication_is_not_an_update_of_the_page() -> None:
    text = (
        "date 2011-06-10\nLa notizia\n\nIl consiglio ha votato il bilancio.\n\n"
        "FIRSTonline | 11 Novembre 2020\n"
    )
    published = PartialDate(year=2011, month=6, day=10)
    assert update_stamps(text, published) == []
    assert [stamp.date.iso() for stamp in update_stamps(text)] == ["2020-11-11"]


def test_a_line_from_years_after_the_page_does_not_count_its_weekday_from_the_publication() -> None:
    published = PartialDate(year=2012, month=9, day=11)
    sentence = "JULY 21, 2015 WORLD NEWS – The agency issued a terror alert for the region on Tuesday."
    assert date_of(sentence, published) is None
    # a day months after the page in a past sentence is a plan set then: the weekday still counts
    assert date_of("The board met on Tuesday and set the vote for July 21, 2013.", published) == "2012-09-11"


def test_a_year_long_past_set_against_now_is_a_term_of_comparison() -> None:
    published = PartialDate(year=2025, month=6, day=26)
    quote = (
        "“In 2014, just three of the member countries met the spending target. Thanks to the new rules, "
        "that number is now 23.”"
    )
    assert date_of(quote, published) is None
    assert date_of("Nel 2016 i centri erano tre, oggi sono ventinove.") == "2025-03-31"
    # `ancora oggi` is `still`, `Democracy Now` a programme: the year stays the sentence's own
    assert date_of("Il 2 marzo 2007 il generale apparve sul programma Democracy Now.") == "2007-03-02"
    assert date_of("Nel 1992 recitò in Dracula, un ruolo che ricorda ancora oggi con affetto.") == "1992"


def test_a_teaser_of_another_page_is_furniture_not_a_fact(tmp_path: Path) -> None:
    # A sidebar's teasers (`…leggi tutto »`) among the page's paragraphs lead to other pages, of
    # other times: they are not the page's facts at all, whatever day words or dates they carry.
    signed = (
        "Notizie dai partner: www.esempio-notizie.org. La Serbia ha firmato ieri un accordo di "
        "cooperazione con la NATO a Bruxelles...leggi tutto »"
    )
    met = (
        "Dal nostro archivio: www.esempio-notizie.org. Il Consiglio atlantico Paolo Rossi ha incontrato "
        "i ministri della difesa balcanici a Belgrado...leggi tutto »"
    )
    own = (
        "Notizie dai partner: www.esempio-notizie.org. Il 3 maggio 2016 la Serbia ha firmato un patto di "
        "difesa con la Bosnia...leggi tutto »"
    )
    dated = dates_of(
        tmp_path,
        "date 2012-03-05\nNotizie dal mondo\n\n"
        f"Il ministro Marco Bianchi ha detto che il governo cadrà entro la fine del mese.\n\n{signed}\n\n"
        f"Il presidente della Repubblica Paolo Verdi ha convocato i capigruppo.\n\n{met}\n\n"
        f"Il segretario del partito Luca Neri ha chiesto le elezioni anticipate.\n\n{own}\n\n"
        "La segretaria della Lega Anna Gialli ha chiesto un governo tecnico.\n",
    )
    assert (
        dated["Il ministro Marco Bianchi ha detto che il governo cadrà entro la fine del mese."]
        == "2012-03-05"
    )
    assert dated["La segretaria della Lega Anna Gialli ha chiesto un governo tecnico."] == "2012-03-05"
    teasers = [
        statement for statement in dated if "leggi tutto" in statement or "esempio-notizie" in statement
    ]
    assert teasers == []
    assert len(dated) == 4  # the page's own four sentences


def test_a_teaser_before_a_line_in_lower_case_is_furniture_too(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2012-03-05\nNotizie dal mondo\n\n"
        "Il ministro Marco Bianchi ha detto che il governo cadrà entro la fine del mese.\n"
        "CORSO DI FORMAZIONE SULLA SICUREZZA E LE SUE REGOLE ...leggi tutto »\n"
        "guarda la rassegna su esempio.tv leggi tutto »\n\n"
        "Il segretario del partito Luca Neri ha chiesto le elezioni anticipate.\n",
    )
    assert [statement for statement in dated if "leggi tutto" in statement] == []


def test_a_teaser_in_english_is_furniture_too(tmp_path: Path) -> None:
    teaser = (
        "The Serbian minister signed yesterday a defence pact with Bosnia in Sarajevo. "
        "The talks lasted...read more »"
    )
    dated = dates_of(
        tmp_path,
        "date 2012-03-05\nWorld news\n\nThe minister John Smith said on Monday the government would fall.\n\n"
        f"{teaser}\n\nThe party leader Jane Brown called for early elections.\n",
        language="en",
    )
    assert [statement for statement in dated if "Sarajevo" in statement or "read more" in statement] == []
    assert dated["The party leader Jane Brown called for early elections."] == "2012-03-05"


def test_a_participle_that_opens_the_second_sentence_of_a_span_is_a_participle_not_a_name() -> None:
    published = PartialDate(year=2024, month=9, day=21)
    span = (
        "Il cantautore compie novant'anni. Nato il 23 settembre 1934 a Monfalcone, vive a Roma con la moglie."
    )
    assert date_of(span, published) is None  # his birth is background, not what the span reports
    assert date_of("Il Senato il 5 maggio 2024 ha approvato la legge.", published) == "2024-05-05"


def test_a_pluperfect_after_a_word_of_the_past_is_background_not_news_of_the_day(tmp_path: Path) -> None:
    # `scorsi` tells of the past but is no verb: the main clause is still in the pluperfect
    assert is_background("Gli studenti nei giorni scorsi avevano inviato una lettera al Comune.")
    assert not is_background("Il sindaco ha detto che gli studenti avevano inviato una lettera al Comune.")
    letter = "Gli studenti nei giorni scorsi avevano inviato una lettera al sindaco Marco Rossi."
    dated = dates_of(
        tmp_path,
        "date 2025-03-31\nStudenti in piazza\n\n"
        "Il sindaco Marco Rossi ha incontrato gli studenti in sala giunta.\n\n"
        f"{letter}\n\nIl sindaco Marco Rossi ha promesso più controlli in centro.\n",
    )
    assert dated["Il sindaco Marco Rossi ha promesso più controlli in centro."] == "2025-03-31"
    assert dated[letter] is None


def test_words_someone_said_once_are_not_news_of_the_day(tmp_path: Path) -> None:
    # `Come disse una volta …`: an old quotation the article recalls, not something said on the
    # day of the page; it stays undated rather than dated by the publication.
    recalled = "Come disse una volta lo scrittore Paolo Neri «la paura non ha mai fermato nessuno»."
    dated = dates_of(
        tmp_path,
        "date 2012-09-21\nLe proteste in piazza\n\n"
        "Il ministro Marco Bianchi ha detto che le proteste saranno tollerate.\n\n"
        f"{recalled}\n\nIl portavoce Luca Verdi ha annunciato una conferenza stampa.\n",
    )
    assert dated[recalled] is None
    assert dated["Il ministro Marco Bianchi ha detto che le proteste saranno tollerate."] == "2012-09-21"
    assert dated["Il portavoce Luca Verdi ha annunciato una conferenza stampa."] == "2012-09-21"


def test_words_someone_once_said_in_english_are_not_news_of_the_day(tmp_path: Path) -> None:
    recalled = "As the writer Paul Black once said, fear never stopped anyone."
    dated = dates_of(
        tmp_path,
        "date 2012-09-21\nProtests in the square\n\n"
        "The minister John Smith said the protests would be tolerated.\n\n"
        f"{recalled}\n\nThe spokesman Luke Green announced a press conference.\n",
        language="en",
    )
    assert dated[recalled] is None
    assert dated["The spokesman Luke Green announced a press conference."] == "2012-09-21"


def test_past_lines_that_go_on_telling_a_story_of_long_ago_are_not_dated_by_the_publication(
    tmp_path: Path,
) -> None:
    # After a sentence dated long before the page, the paragraph's next sentence told in the past
    # with no date of its own goes on telling that story: it stays undated rather than take the
    # page's day. A sentence in the present, or a new paragraph, is back to the news.
    went_on = (
        "Dopo aver pubblicato alcuni video della festa, la grafica Valentina Bianchi ha deciso "
        "di organizzare un evento più grande."
    )
    dated = dates_of(
        tmp_path,
        "date 2024-09-23\nIl successo delle feste\n\n"
        "Il sindaco Mario Rossi ha inaugurato ieri la nuova piazza.\n\n"
        "La festa è stata creata da Valentina Bianchi, una grafica di Livorno. Racconta di avere avuto "
        f"l'idea nel 2022, ispirandosi a una festa di compleanno. {went_on} "
        "Secondo Valentina Bianchi la festa è un musical.\n\n"
        "Il prefetto Luca Neri ha vietato la festa.\n",
    )
    assert dated[went_on] is None
    assert dated["Secondo Valentina Bianchi la festa è un musical."] == "2024-09-23"
    assert dated["Il prefetto Luca Neri ha vietato la festa."] == "2024-09-23"


def test_a_past_line_after_a_sentence_of_recent_news_goes_on_telling_its_day(tmp_path: Path) -> None:
    # The day the main clause told (`on Sunday`, the day before the page) dates the past lines after
    # it in its paragraph: they go on telling that day. A day recalled in passing, or a month, does
    # not (`test_dates_what_the_sentence_reports`).
    dated = dates_of(
        tmp_path,
        "date 2024-09-23\nThe new square\n\n"
        "The mayor John Smith opened the new square on Sunday. The prefect Luke Green banned the party.\n",
        language="en",
    )
    assert dated["The prefect Luke Green banned the party."] == "2024-09-22"


def test_back_to_the_news_after_a_sentence_of_long_ago(tmp_path: Path) -> None:
    # `Adesso …` is the present again; a chronicle's paragraph reports its own day, whatever
    # background it recalls in between
    acquitted = "Adesso la Corte d'Appello ha assolto l'imprenditore Mario Rossi."
    read = "Il presidente della Corte Luca Neri ha letto la sentenza in aula."
    dated = dates_of(
        tmp_path,
        "date 2011-12-27\nUn anno di cronaca in provincia\n\n"
        "3 marzo, a Favara i carabinieri hanno arrestato due uomini armati.\n\n"
        "24 giugno, incidente stradale sulla statale a Butera.\n\n"
        "13 luglio, la Corte d'Appello di Palermo ha assolto i nove imputati del processo Afrodite. "
        f"In primo grado i giudici, il 20 aprile del 2006, hanno condannato otto imputati. {read}\n\n"
        "Nel 2006 il tribunale ha condannato l'imprenditore Mario Rossi per truffa. "
        f"{acquitted}\n",
    )
    assert dated[read] == "2011-07-13"
    assert dated[acquitted] == "2011-12-27"


def test_a_career_told_in_a_profile_is_not_news_of_the_day(tmp_path: Path) -> None:
    career = (
        "Anna Neri si è fatta apprezzare per il suo stile elegante. "
        "Nella sua lunga carriera Anna Neri ha lavorato con i registi Paolo Bianchi e Marco Rossi."
    )
    dated = dates_of(
        tmp_path,
        "date 2024-09-24\nAnna Neri è cresciuta\n\n"
        "L'attrice Anna Neri ha presentato ieri a Roma la sua nuova serie.\n\n"
        f"{career}\n\nIl regista Luca Verdi ha annunciato una seconda stagione.\n",
    )
    assert dated[career] is None
    assert dated["Il regista Luca Verdi ha annunciato una seconda stagione."] == "2024-09-24"
    over = "Over her long career Ann Black worked with Paul White."
    dated = dates_of(
        tmp_path,
        f"date 2024-09-24\nAnn Black\n\nThe actress Ann Black presented her new series in Rome.\n\n{over}\n",
        language="en",
    )
    assert dated[over] is None


def test_a_page_printed_with_a_later_day_than_its_own_is_dated_by_the_days_between(tmp_path: Path) -> None:
    # A column republished under a later dateline than the page's date: `oggi` may be any day from
    # the page's date to the printed one (or before), never the later printed day itself.
    dated = dates_of(
        tmp_path,
        "date 2013-08-16\nSito di informazione\nEgitto, una giornata di sangue\n21 Agosto 2013\n"
        f"di: Maria Rossi\n\n{SPOKE_THERE}\n",
    )
    assert dated[SPOKE_THERE] == "2013-08"


def test_a_live_blogs_update_lines_still_date_the_text_under_them(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2025-05-02\nElezioni comunali, la diretta\n\n4 maggio 2025\n\n"
        f"{SPOKE}\n\n2 maggio 2025\n\nIl prefetto ha firmato oggi il decreto sulle sezioni elettorali.\n",
    )
    assert dated[SPOKE] == "2025-05-04"


def test_a_day_told_in_a_paragraph_of_its_own_line_does_not_date_the_next_line(tmp_path: Path) -> None:
    # A page that writes one paragraph a line, with no blank line between them: the next line is a
    # new paragraph, back to the news, not more of Monday's story. A paragraph wrapped by hand (short
    # lines) still goes on telling its day.
    monday = (
        "Lunedì il sindaco Mario Rossi ha chiuso per ore le strade della valle, dove i camion della cava "
        "hanno i loro depositi, e ha vietato il transito dei mezzi pesanti."
    )
    banned = "Il prefetto Luca Neri ha vietato anche la festa del patrono nella piazza del paese."
    dated = dates_of(tmp_path, f"date 2024-09-25\nLe strade chiuse\n\n{monday}\n{banned}\n")
    assert dated[monday] == "2024-09-23"
    assert dated[banned] == "2024-09-25"
    wrapped = dates_of(
        tmp_path,
        "date 2024-09-25\nLe strade chiuse\n\n"
        f"Lunedì il sindaco Mario Rossi ha chiuso per ore\nle strade della valle.\n{banned}\n",
    )
    assert wrapped[banned] == "2024-09-23"


def test_a_month_a_reported_would_looks_ahead_to_is_the_coming_one() -> None:
    # `would` after a past `said` is the future seen from the day it was said: the coming June
    published = PartialDate(year=2025, month=5, day=15)
    assert date_of("Rutte said allies would reach a deal before the summit in June.", published) == "2025-06"
    assert date_of("In March, Rutte said the plan would fail.", published) == "2025-03"
    assert date_of("Rutte said in March that the plan would have failed.", published) == "2025-03"


def test_a_day_the_sentence_names_inside_the_year_it_also_names_dates_it() -> None:
    # `in 2025` is the plan's horizon and holds `on Monday`, the day the plan was presented
    published = PartialDate(year=2025, month=3, day=3)  # a Monday
    english = "The government presented on Monday a plan that raises spending to 1.6% of GDP in 2025."
    italian = "Il governo ha presentato lunedì un piano che porta la spesa all'1,6% del PIL nel 2025."
    assert date_of(english, published) == "2025-03-03"
    assert date_of(italian, published) == "2025-03-03"
    assert date_of("In 2024 the economy grew by 3%.", published) == "2024"


def test_a_plural_noun_before_a_weekday_is_no_participle_that_turns_it_back() -> None:
    # `i sindacati` ends like a participle (`-ati`); after its article it is a noun, and the
    # clause's future verb looks ahead to the coming Monday, not the one before
    published = PartialDate(year=2025, month=11, day=5)
    assert date_of("L'assessore Elena Conti incontrerà i sindacati lunedì.", published) == "2025-11-10"
    assert date_of("L'assessore Elena Conti ha incontrato i sindacati lunedì.", published) == "2025-11-03"
