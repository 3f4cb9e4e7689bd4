"""The date of what a sentence reports, not of what it recalls on the way: a year written with two
digits, the next lines of a story told a day or two before the page, figures released today about
last year, a weekday that is a habit, a participle or a perfect infinitive that qualifies someone.
Each article here is hand-written."""

from __future__ import annotations

from pathlib import Path

from briefing.dates import chronicle_entries
from briefing.models import PartialDate
from briefing.rules.salience import is_background
from handwritten import date_of, dates_of


def test_a_year_written_with_two_digits_is_the_last_one_ending_so_up_to_the_page() -> None:
    late = PartialDate(year=2011, month=12, day=27)
    assert date_of("8 febbraio 90, a Borgo Alto, Mario Neri, ucciso da due sicari.", late) == "1990-02-08"
    assert date_of("Il 9 novembre '89 il muro fu abbattuto dalla folla.", late) == "1989-11-09"
    assert date_of("Il 3 ottobre 09, a Roma, è stato arrestato un uomo.", late) == "2009-10-03"
    # a bare number that is not followed by punctuation is not a year: an age, a count
    assert date_of("La cantante Anna Verdi compie il 22 settembre 90 anni.", late) == "2011-09-22"
    assert date_of("Il 12 maggio 20.000 persone hanno sfilato a Roma.", late) == "2011-05-12"


def test_a_chronicle_of_days_with_two_digit_years_dates_its_paragraphs_in_those_years(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2011-12-27\nLa scia di sangue del clan\n\n"
        "Ecco i delitti attribuiti al clan:\n"
        "27 gennaio 81, a Borgo Alto, morto Luigi Bianchi.\n"
        "14 dicembre 86, a Borgo Alto, ucciso Paolo Rossi, da due complici.\n"
        "9 gennaio 91, a Valle Bassa, i due sicari uccidono Carlo Neri.\n",
    )
    assert dated["27 gennaio 81, a Borgo Alto, morto Luigi Bianchi."] == "1981-01-27"
    assert dated["14 dicembre 86, a Borgo Alto, ucciso Paolo Rossi, da due complici."] == "1986-12-14"
    assert dated["9 gennaio 91, a Valle Bassa, i due sicari uccidono Carlo Neri."] == "1991-01-09"


def test_the_past_lines_after_a_recent_day_told_by_the_main_clause_are_of_that_day(tmp_path: Path) -> None:
    # `ieri sera` is the day of the robbery; the lines after it in the paragraph, told in the past
    # with no date of their own, go on telling that evening, not the day of the page
    arrested = "I carabinieri hanno arrestato Marco Neri poco dopo in stazione."
    dated = dates_of(
        tmp_path,
        "date 2024-09-21\nRapina in centro, un ferito\n\n"
        "La rapina è avvenuta alle 23 di ieri sera in via Roma, davanti a un bar. "
        f"Il rapinatore Marco Neri ha colpito il barista con un coltello. {arrested}\n\n"
        "Il sindaco Luca Bianchi ha convocato il comitato per la sicurezza.\n",
    )
    assert dated[arrested] == "2024-09-20"
    # a new paragraph is back to the news
    assert dated["Il sindaco Luca Bianchi ha convocato il comitato per la sicurezza."] == "2024-09-21"


def test_a_live_blogs_next_entry_is_back_to_the_news(tmp_path: Path) -> None:
    # the entry stamped with the hour starts a report of its own, written on the page's day, even
    # on its next line after a story of yesterday evening
    entry = "21,05 – Il ministro Carlo Neri ha detto all'agenzia Ansa che le dimissioni sono state respinte."
    dated = dates_of(
        tmp_path,
        "date 2024-09-21\nCrisi di governo, la diretta\n"
        "È stata una giornata di tensione a Roma, con cortei davanti ai ministeri e nelle piazze del "
        "centro fino a sera. Il ministro dell'Economia Mario Rossi si è dimesso alle 23 di ieri sera, "
        "dopo una lunga riunione con i sindacati.\n"
        f"{entry}\n"
        "20,40 – Il premier Luca Bianchi ha presentato le dimissioni al presidente.\n"
        "20,15 – Il consiglio dei ministri è stato convocato d'urgenza a Palazzo Chigi.\n",
    )
    # the statement is the entry's news, without its hour (session 9: the stamp is furniture)
    assert dated[entry.removeprefix("21,05 – ")] == "2024-09-21"


def test_a_day_recalled_in_passing_or_a_month_before_leaves_the_next_line_to_its_page(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2024-09-23\nThe new square\n\n"
        "The mayor John Smith, who opened the new square on Sunday, met the residents. "
        "The prefect Luke Green banned the party.\n\n"
        "The council approved the new market in August. The prefect Luke Green signed the permit.\n",
        language="en",
    )
    assert dated["The prefect Luke Green banned the party."] == "2024-09-23"
    assert dated["The prefect Luke Green signed the permit."] == "2024-09-23"


def test_a_day_word_in_what_was_released_that_day_dates_figures_of_last_year() -> None:
    # the news is the release: `oggi` in the participle phrase governs a main clause whose year is
    # only the period its figures measure
    assert date_of(
        "Secondo i dati pubblicati oggi dall'istituto, la disoccupazione è scesa nel 2024 al 6%."
    ) == ("2025-03-31")
    assert (
        date_of(
            "«L'aumento» dei salari nel 2024 «sarà del 3%»: lo affermano i ricercatori nel corso della "
            "conferenza sui dati diffusi oggi."
        )
        == "2025-03-31"
    )
    # a plan's year ahead is still the plan's date; a year long past still makes history
    assert (
        date_of("Secondo il piano presentato oggi dal governo, il deficit scenderà nel 2026 al 3%.") == "2026"
    )
    assert date_of("Secondo i dati pubblicati oggi, la disoccupazione era scesa nel 2019 al 10%.") == "2019"


def test_a_weekday_after_the_definite_article_is_a_habit_not_a_day() -> None:
    assert date_of("Il mercato contadino apre il sabato mattina in piazza.") is None
    assert date_of("Un fedele osservante non deve violare il sabato, dice la regola.") is None
    # the name of a weekly event (`la preghiera del venerdì`, `i cortei della domenica`)
    assert date_of("I sostenitori di Aldo Ferri si radunano dopo la preghiera del venerdì.") is None
    assert date_of("I comitati di Varenna hanno scelto un nome per i cortei della domenica.") is None
    # with a modifier, or with no article, it is a day
    assert date_of("La prossima domenica si vota in tutta la regione.") == "2025-04-06"
    assert date_of("Sabato il presidente Mario Neri ha parlato in piazza.") == "2025-03-29"


def test_what_happened_in_the_recent_past_is_background() -> None:
    assert is_background("Già nel recente passato sono stati danneggiati due autobus della società.")
    assert is_background("Nel passato il centro era stato chiuso per due mesi.")


def test_a_past_line_of_the_recent_past_in_a_chronicle_is_not_dated_by_its_day(tmp_path: Path) -> None:
    earlier = (
        "Già nel recente passato ignoti hanno danneggiato due autobus e l'auto del direttore Paolo Rossi."
    )
    dated = dates_of(
        tmp_path,
        "date 2011-12-27\nUn anno di cronaca\n\n"
        "2 dicembre, ancora un incendio al centro di accoglienza di Borgo Alto. "
        f"{earlier}\n"
        "5 dicembre, a Valle Bassa, i carabinieri hanno arrestato Mario Neri.\n"
        "9 dicembre, a Borgo Alto, la polizia ha sequestrato un deposito di armi.\n",
    )
    assert dated["2 dicembre, ancora un incendio al centro di accoglienza di Borgo Alto."] == "2011-12-02"
    assert dated[earlier] is None


def test_a_participle_that_opens_the_sentence_does_not_date_its_main_clause() -> None:
    assert (
        date_of(
            "Sposata con un cugino nel 2006, l'avvocata è diventata famosa nel 2004 "
            "per aver difeso un ex ministro."
        )
        == "2004"
    )
    assert (
        date_of("Elected mayor in 2015, she was appointed minister in 2019 after a long campaign.") == "2019"
    )
    # at the head of its own clause the participle's date is the sentence's
    assert date_of("Arrestato il 3 marzo, l'uomo resta in carcere.") == "2025-03-03"


def test_a_date_in_a_perfect_infinitive_qualifies_someone_and_does_not_date_the_sentence() -> None:
    assert (
        date_of(
            "È l'opinione del genetista Mario Neri, primo esperto ad aver introdotto in Italia, nel 1989, "
            "il test del Dna a scopo forense."
        )
        is None
    )
    assert date_of("He was praised for having won the cup in 2019, the coach said.") is None
    # what a verb reports is the sentence's date
    assert date_of("Racconta di avere avuto l'idea nel 2022, durante una festa.") == "2022"


def test_a_years_review_tells_a_month_after_its_entrys_day_in_the_pages_year(tmp_path: Path) -> None:
    # `A dicembre`, told in the entry of 15 July of a review published at the end of December, is
    # the December that followed, not the one before the entry's day
    dated = dates_of(
        tmp_path,
        "date 2012-12-29\nIl 2012 in un elenco\n\n"
        "1) 5 gennaio Al sindaco Paolo Rossi arriva una lettera di minacce. Per Paolo Rossi, da novembre "
        "sotto scorta, si tratta dell'ennesima intimidazione.\n"
        "2) 15 luglio Esce Ballo, il singolo del cantante Marco Neri. Ballo di Marco Neri ha debuttato al "
        "primo posto in classifica. A dicembre Ballo è diventato il video più visto di sempre, "
        "con un miliardo di visualizzazioni.\n"
        "3) 4 agosto Si chiude il festival di Borgo Alto con cento concerti.\n",
    )
    assert (
        dated[
            "A dicembre Ballo è diventato il video più visto di sempre, con un miliardo di visualizzazioni."
        ]
        == "2012-12"
    )
    assert dated["Ballo di Marco Neri ha debuttato al primo posto in classifica."] == "2012-07-15"
    # a starting point runs from the month before the entry's day (`da novembre sotto scorta`)
    assert (
        dated["Per Paolo Rossi, da novembre sotto scorta, si tratta dell'ennesima intimidazione."]
        == "2011-11"
    )


def test_lines_in_the_imperfect_go_on_telling_a_story_of_long_ago(tmp_path: Path) -> None:
    # after a sentence of 1935, or one in the tense of history with no date, a line in the past or
    # the imperfect with no date of its own is of that time: undated rather than dated by the page
    heat = "La calura sulla costa, riferisce lo storico Mario Neri, era tale che il pesce andava buttato via."
    second = "I banchi singoli erano usati in una classe su sei, ricorda la ricercatrice Anna Verdi."
    dated = dates_of(
        tmp_path,
        "date 2011-02-22\nLa colonia dimenticata\n\n"
        "Agli inizi del 1935 una comunità di trenta pescatori fu trasferita a Borgo Alto. "
        f"Le barche erano poche e si erano rovinate durante il viaggio. {heat}\n\n"
        "L'ispettore Luca Bianchi scrisse allora una lunga relazione al ministero. "
        f"{second}\n\n"
        "Il sindaco Paolo Rossi ha inaugurato ieri un museo della colonia.\n",
    )
    assert dated[heat] is None
    assert dated[second] is None
    assert dated["Il sindaco Paolo Rossi ha inaugurato ieri un museo della colonia."] == "2011-02-21"


def test_a_year_in_a_named_speakers_words_is_what_they_told_not_when(tmp_path: Path) -> None:
    # the minister's claim is his position of the day he made it, not an event of 2009
    text = (
        "date 2011-05-04\nIl ministro e l'avviso\n\n"
        "Il ministro degli esteri Dario Tolvi ha parlato ieri alla radio di Varenna.\n\n"
        '"Avvertimmo nel 2009 i nostri alleati che il covo poteva trovarsi a Varenna" nel rapporto dei '
        "servizi. Così, il ministro degli esteri, Dario Tolvi, in un'intervista alla radio, replicando "
        "alle polemiche.\n"
    )
    dated = dates_of(tmp_path, text)
    claim = next(statement for statement in dated if "Avvertimmo" in statement)
    assert dated[claim] == "2011-05-04"


def test_this_year_dates_no_past_event_that_is_news_on_the_page_s_day() -> None:
    day = PartialDate(year=2024, month=9, day=23)
    # what happened this year is dated by the page's day (`reported`), not by the whole year
    received = (
        "Il presidente Carlo Bruni ha ricevuto al Colle i medagliati dei Giochi di Valmora 2024 "
        "e quest'anno, per la prima volta, anche gli atleti arrivati quarti."
    )
    assert date_of(received, day) is None
    assert date_of("Ada Lind told the ministers that the threats have grown this year.", day) is None
    # what is still to come this year keeps the year: a deadline, a plan
    assert date_of("Per le firme è previsto un decreto entro quest'anno.", day) == "2024"
    assert date_of("Le elezioni regionali si terranno quest'anno.", day) == "2024"


RUN_IN_CHRONOLOGY = (
    "date 2012-01-25\nLa rivolta di Valmora: le tappe\n\n"
    "È passato un anno dall'inizio della rivolta di Valmora. - 25 gennaio 2011. Migliaia di "
    "persone scendono in piazza contro il governatore Carlo Bruni. - 1 febbraio. Parte la marcia "
    "del milione verso il palazzo. - 7 febbraio. L'attivista Marco Neri viene rilasciato. - 10 "
    "febbraio. Il governatore Carlo Bruni annuncia in un discorso alla regione che non si dimetterà.\n"
)


def test_a_chronology_run_into_its_paragraph_dates_each_entry_by_its_day(tmp_path: Path) -> None:
    published = PartialDate(year=2012, month=1, day=25)
    entries = chronicle_entries(RUN_IN_CHRONOLOGY, published)
    told = {RUN_IN_CHRONOLOGY[start:end].split(".")[0]: day.iso() for start, end, day in entries}
    assert told == {
        "Migliaia di persone scendono in piazza contro il governatore Carlo Bruni": "2011-01-25",
        "Parte la marcia del milione verso il palazzo": "2011-02-01",  # a year before the page
        "L'attivista Marco Neri viene rilasciato": "2011-02-07",
        "Il governatore Carlo Bruni annuncia in un discorso alla regione che non si dimetterà": "2011-02-10",
    }
    dated = dates_of(tmp_path, RUN_IN_CHRONOLOGY)
    speech = "Il governatore Carlo Bruni annuncia in un discorso alla regione che non si dimetterà."
    assert dated[speech] == "2011-02-10"  # before: the page's day, a year later
    assert "2012-01-25" not in [date for statement, date in dated.items() if statement != speech]


def test_two_days_run_into_a_paragraph_are_no_chronology() -> None:
    text = (
        "date 2012-01-25\nIl porto di Valmora\n\n"
        "Il sindaco Carlo Bruni ha inaugurato oggi il nuovo porto di Valmora. - 7 gennaio. La giunta "
        "aveva approvato il progetto definitivo del porto.\n"
    )
    assert chronicle_entries(text, PartialDate(year=2012, month=1, day=25)) == []
