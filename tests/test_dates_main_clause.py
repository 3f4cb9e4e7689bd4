"""The date of what a sentence reports: the day word of the main clause over other dates, no
comparison term, no newspaper named like a day, a coming deadline, history left undated, and
live-blog update lines as the anchor of the relative words after them."""

from __future__ import annotations

from pathlib import Path

from briefing.models import PartialDate
from briefing.rules.salience import is_background, main_tense
from briefing.rules.when import find_dates, main_date
from handwritten import dates_of

PUBLISHED = PartialDate(year=2025, month=3, day=31)


def date_of(sentence: str, published: PartialDate = PUBLISHED) -> str | None:
    mention = main_date(find_dates(sentence, published), None, published)
    return mention.date.iso() if mention and mention.date else None


def test_oggi_in_the_main_clause_governs_a_date_in_a_subordinate_one() -> None:
    sentence = "Il ministro ha illustrato oggi il piano, presentato lo scorso 23 settembre alla Camera."
    assert date_of(sentence) == "2025-03-31"


def test_yesterday_governs_in_english_too() -> None:
    assert date_of("The minister said yesterday that the plan agreed on March 3 stands.") == "2025-03-30"


def test_a_year_of_comparison_does_not_date_the_sentence() -> None:
    assert date_of("Il partito ha ottenuto il 30%, rispetto alle elezioni del 2019.") is None
    assert date_of("Turnout was higher than in 2019, officials said.") is None


def test_against_compares_only_a_figure_otherwise_it_is_where_the_action_went() -> None:
    # PUBLISHED is a Monday: Saturday is the 29th
    assert date_of("Israel launched strikes against Hezbollah on Saturday.") == "2025-03-29"
    assert date_of("Hezbollah ha lanciato razzi contro il nord di Israele sabato.") == "2025-03-29"
    assert date_of("Il titolo sale del 3% contro il 2,1% del 2023.") is None
    assert date_of("Sales rose 3% against 2.1% in 2023.") is None


def test_a_newspaper_or_programme_named_like_a_day_is_not_a_date() -> None:
    assert find_dates("Secondo quanto riportato da Il Domani, il ministro lascerà.", PUBLISHED) == []
    assert find_dates("Lo ha detto al settimanale Oggi il presidente.", PUBLISHED) == []
    assert find_dates("He told Today that the plan will pass.", PUBLISHED) == []
    assert date_of("Oggi il governo ha approvato il decreto.") == "2025-03-31"
    assert date_of("«Oggi è un giorno importante», ha detto.") == "2025-03-31"


def test_a_month_with_no_year_before_a_deadline_is_the_coming_one() -> None:
    published = PartialDate(year=2025, month=8, day=10)
    assert date_of("Trump gave Moscow a June deadline for the talks.", published) == "2026-06"
    assert date_of("The talks began in June.", published) == "2025-06"


def test_a_history_sentence_keeps_its_year_and_leaves_a_date_with_no_year_unresolved() -> None:
    mentions = find_dates("Nel 1970 il fiume esondò e il 12 maggio la città fu evacuata.", PUBLISHED)
    found = [(m.text, m.date.iso() if m.date else None) for m in mentions]
    assert found == [("1970", "1970"), ("12 maggio", None)]


def test_live_blog_update_lines_anchor_the_relative_dates_after_them(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2024-09-22\nLa crisi in diretta\n\n"
        "Il governo ha convocato oggi il consiglio dei ministri sulla crisi.\n\n"
        "23 settembre 2024, 10:30\n\n"
        "Il consiglio dei ministri ha approvato oggi il decreto sulla crisi.\n",
    )
    assert dated["Il governo ha convocato oggi il consiglio dei ministri sulla crisi."] == "2024-09-22"
    assert dated["Il consiglio dei ministri ha approvato oggi il decreto sulla crisi."] == "2024-09-23"


def test_oggi_by_the_main_verb_governs_a_year_of_history_told_after_it() -> None:
    # the president hailed the news today; 1998 is when the victims died
    sentence = (
        "Il presidente del Kenya Paul Otieno ha salutato oggi la notizia come un atto di giustizia per "
        "le vittime dell'ambasciata a Nairobi nel 1998."
    )
    assert date_of(sentence) == "2025-03-31"


def test_oggi_meaning_nowadays_does_not_date_a_sentence_about_the_past() -> None:
    assert date_of("Nel 1992 recitò in Dracula, un ruolo che ricorda ancora oggi con affetto.") == "1992"


def test_a_year_in_an_opening_participle_phrase_does_not_date_what_the_main_clause_says_today() -> None:
    # "Founded in 2013, it counts 29 centres today": the count is today's, not 2013's.
    assert date_of("Nato nel 2013, conta oggi 29 strutture che impiegano 900 addetti.") == "2025-03-31"


def test_a_day_and_month_followed_by_del_and_a_year_take_that_year() -> None:
    assert date_of("È il 24 marzo del 2021, la campagna vaccinale è in corso.") == "2021-03-24"


def test_a_record_since_a_date_is_a_comparison() -> None:
    assert date_of("Il titolo cede il 15%, toccando un nuovo minimo dal 21 luglio del 2022.") is None


def test_a_date_in_a_relative_clause_gives_way_to_the_main_clause() -> None:
    sentence = (
        "Mercoledì il Senato ha approvato la riforma della Guardia, il corpo che il presidente creò nel 2019."
    )
    assert date_of(sentence, PartialDate(year=2024, month=9, day=27)) == "2024-09-25"


def test_an_attribute_a_starting_point_or_a_parenthesis_does_not_date_the_sentence() -> None:
    published = PartialDate(year=2024, month=9, day=23)
    assert (
        date_of("Il sito ha ripubblicato un’intervista del 2021 in cui Gabbia raccontava.", published) is None
    )
    assert date_of("Il Milan ha battuto l’Inter (i due della semifinale del 2023).", published) is None
    assert date_of("He secured a change he has pushed for since 2017.", published) is None


def test_every_thursday_is_a_habit_not_a_day() -> None:
    assert (
        find_dates("La puntata, in onda ogni giovedì su Sky Uno, vede il ritorno del conduttore.", PUBLISHED)
        == []
    )


def test_a_future_passive_puts_the_day_ahead() -> None:
    published = PartialDate(year=2022, month=4, day=29)
    mentions = find_dates("È la vigilia del premio che sarà assegnato il 6 maggio.", published)
    assert [m.date.iso() for m in mentions if m.date] == ["2022-05-06"]
    assert date_of("Il processo è iniziato il 12 febbraio.", published) == "2022-02-12"


def test_a_date_that_qualifies_a_noun_gives_way_to_the_main_clause() -> None:
    sentence = "Dopo il bombardamento israeliano di venerdì a Beirut, sabato sono ricominciati gli attacchi."
    assert date_of(sentence, PartialDate(year=2024, month=9, day=22)) == "2024-09-21"


def test_a_day_of_that_year_is_not_given_the_publication_year() -> None:
    assert (
        date_of("Il 24 marzo di quell’anno è una giornata convulsa.", PartialDate(year=2024, month=5, day=13))
        is None
    )


def test_a_past_act_is_not_dated_by_a_future_deadline_in_its_relative_clause() -> None:
    sentence = "È stato ritirato l'emendamento, che chiede di prorogare al 31 dicembre 2025 il termine."
    published = PartialDate(year=2024, month=9, day=21)
    assert main_date(find_dates(sentence, published), "past", published) is None


def test_since_a_month_is_a_starting_point_not_the_date() -> None:
    sentence = (
        "L’evento è stato osservato al Cern, dove dall’ottobre 2022 l’esperimento è coordinato da Rossi."
    )
    assert date_of(sentence, PartialDate(year=2024, month=9, day=25)) is None


def test_e_with_an_apostrophe_is_the_past_tense_too() -> None:
    sentence = "E' stato ritirato l'emendamento, che chiede di prorogare al 31 dicembre 2025 il termine."
    published = PartialDate(year=2024, month=9, day=21)
    assert main_date(find_dates(sentence, published), main_tense(sentence), published) is None


def test_from_a_day_on_is_the_date_of_a_plan() -> None:
    sentence = "Dall’1 ottobre il suo posto sarà preso da Sheinbaum, la presidente eletta a giugno."
    assert date_of(sentence, PartialDate(year=2024, month=9, day=25)) == "2024-10-01"


def test_a_year_that_opens_the_sentence_or_closes_a_period_dates_it() -> None:
    published = PartialDate(year=2024, month=9, day=30)
    assert date_of("Dal 2002 in poi cominciò a lavorare negli Stati Uniti.", published) == "2002"
    assert date_of("La Germania all’inizio del 2024 ha approvato una legge.", published) == "2024"


def test_a_relative_date_in_parentheses_still_dates_the_sentence() -> None:
    published = PartialDate(year=2024, month=9, day=26)
    assert (
        date_of("I margini si riducono (questa settimana Google ha dimezzato il prezzo).", published)
        == "2024-09"
    )


def test_a_month_of_last_year_is_in_last_year() -> None:
    published = PartialDate(year=2024, month=9, day=23)
    sentence = "La prima edizione è stata organizzata nel gennaio dello scorso anno al The Cage."
    assert date_of(sentence, published) == "2023-01"
    assert date_of("The first edition was held in January of last year.", published) == "2023-01"


def test_si_e_saputo_is_the_past_so_its_month_is_behind() -> None:
    published = PartialDate(year=2024, month=9, day=24)
    sentence = "Ad agosto si è saputo che farà parte del cast di una nuova serie."
    mention = main_date(find_dates(sentence, published), main_tense(sentence), published)
    assert mention is not None and mention.date is not None
    assert mention.date.iso() == "2024-08"


def test_a_full_date_keeps_its_year_even_with_a_word_glued_to_it() -> None:
    published = PartialDate(year=2011, month=4, day=7)
    assert date_of("Vertice dei ministri 7 March 2016continua", published) == "2016-03-07"
    assert date_of("Il vertice del 7 marzo 2016è stato rinviato.", published) == "2016-03-07"


def test_a_weekday_with_its_day_picks_the_year_in_which_they_agree() -> None:
    published = PartialDate(year=2024, month=9, day=30)  # 9 October 2024 is a Wednesday, 2023's a Monday
    sentence = "È stato trovato un accordo. E per mercoledì 9 ottobre è fissata l'udienza."
    assert main_date(find_dates(sentence, published), "past", published).date.iso() == "2024-10-09"  # type: ignore[union-attr]


def test_in_two_days_told_in_the_past_is_a_duration_not_a_date() -> None:
    published = PartialDate(year=2024, month=9, day=24)
    assert find_dates("In due giorni il comune ha allestito tre centri di accoglienza.", published) == []
    assert date_of("In due giorni il comune aprirà tre centri.", published) == "2024-09-26"


def test_a_capitalised_name_that_ends_like_a_future_verb_is_not_one() -> None:
    published = PartialDate(year=2025, month=3, day=31)  # a Monday
    sentence = "L'uomo di Fenegrò nella sera tra venerdì e sabato guidava senza patente."
    assert date_of(sentence, published) == "2025-03-28"


def test_history_in_a_participle_phrase_or_relative_clause_leaves_the_sentence_undated() -> None:
    published = PartialDate(year=2024, month=9, day=22)
    for sentence in (
        "A Pontianak ce n'è uno costruito nel 1930 da un geografo olandese.",
        "Sono esposti i costumi della sartoria, fondata nel 1909 a Milano.",
        "Della squadra che fondò l'azienda nel 2015 è rimasto solo un ricercatore.",
    ):
        mention = main_date(find_dates(sentence, published), None, published)
        assert mention is not None and mention.date is None, sentence


def test_a_date_that_is_the_subject_of_a_noun_or_a_starting_point_does_not_date_the_event() -> None:
    published = PartialDate(year=2026, month=2, day=4)
    gift = "At their first meeting, she gave him a book about the events surrounding October 7, 2023."
    since = "Since the founding of the city in 1948, the square has served as its market."
    start = "Ha ricostruito gli eventi a partire dagli attacchi compiuti in Israele il 7 ottobre 2023."
    for sentence in (gift, since, start):
        mention = main_date(find_dates(sentence, published), "past", published)
        assert mention is not None and mention.date is None, sentence


def test_a_date_in_a_relative_clause_does_not_date_a_main_clause_in_the_present() -> None:
    published = PartialDate(year=2024, month=9, day=23)
    sentence = "«Qui è diverso», racconta Andrea, che ad agosto aveva partecipato a una festa."
    assert main_date(find_dates(sentence, published), None, published) is None  # the publication dates it


def test_a_relative_clause_ends_with_its_sentence() -> None:
    published = PartialDate(year=2024, month=9, day=26)
    sentence = (
        "L'azienda ha un approccio cauto, che però oggi è in contrasto con l'interesse per la tecnologia. "
        "Anche per questo, nel novembre del 2023 l'amministratore fu licenziato."
    )
    assert date_of(sentence, published) == "2023-11"


def test_the_main_clause_keeps_its_date_against_nouns_that_look_like_participles() -> None:
    published = PartialDate(year=2025, month=3, day=31)
    assert date_of("Il partito nel 2019 ha ottenuto il 30%.", published) == "2019"
    assert date_of("Il Senato il 5 maggio ha approvato la legge.", published) == "2024-05-05"
    assert date_of("Il museo è stato costruito nel 1930.", published) == "1930"
    assert date_of("Ronaldo, che ha segnato 40 gol nel 2023, ha firmato ieri.", published) == "2025-03-30"


def test_a_main_clause_in_the_pluperfect_is_background_not_news_of_the_day() -> None:
    assert is_background("La banca aveva comprato un altro 4 per cento delle azioni.")
    assert is_background("«Pagheranno un prezzo alto», aveva detto il ministro.")
    assert is_background("The company had agreed to sell its stake.")
    assert not is_background("Il ministro ha detto che il governo aveva già deciso.")
    assert not is_background("Era economista, ma soprattutto umanista.")
    assert not is_background("The minister said the company had agreed.")


def test_a_deadline_dates_a_plan_but_not_what_was_already_done() -> None:
    published = PartialDate(year=2025, month=6, day=26)
    done = "Allies have committed to raising defence spending to 5% by 2035."
    assert main_date(find_dates(done, published), "past", published) is None
    plan = "Allies will raise defence spending to 5% by 2035."
    assert main_date(find_dates(plan, published), "future", published).date.iso() == "2035"  # type: ignore[union-attr]


def test_a_day_written_again_without_its_year_is_the_full_date_given_before() -> None:
    published = PartialDate(year=2012, month=9, day=11)
    sentence = (
        "Pubblicato il 17 ott 2014 Venerdì 17 ottobre alle ore 8 il presidente ha parlato in prefettura."
    )
    assert date_of(sentence, published) == "2014-10-17"


def test_an_auxiliary_or_an_adverb_before_a_participle_makes_it_the_verb_of_the_clause() -> None:
    published = PartialDate(year=2011, month=4, day=7)
    assert (
        date_of("Nell'indifferenza dei media si è tenuto dall'8 al 10 luglio il vertice.", published)
        == "2010-07-08"
    )
    assert date_of("Di Piazza e' stato gia' arrestato nel 1995, e poi condannato.", published) == "1995"


def test_a_span_of_months_and_years_is_one_date_from_its_start_to_its_end() -> None:
    mentions = find_dates(
        "Guidò il marchio dal gennaio 2015 al novembre 2022, triplicandone i ricavi.", PUBLISHED
    )
    assert [(m.date.iso(), m.end_date.iso()) for m in mentions if m.date and m.end_date] == [
        ("2015-01", "2022-11")
    ]


def test_a_past_event_named_by_its_day_does_not_date_a_sentence_about_now() -> None:
    published = PartialDate(year=2024, month=9, day=27)
    sentence = "Gli scontri si sono intensificati in risposta agli attacchi dello scorso 7 ottobre."
    mention = main_date(find_dates(sentence, published), "past", published)
    assert mention is not None and mention.date is None
    # but a part of a day is that day: `la mattina del 26 febbraio 2010`
    assert date_of("Un agente è morto a Kabul la mattina del 26 febbraio 2010.", published) == "2010-02-26"


def test_a_clause_of_comparison_with_an_earlier_event_does_not_date_the_sentence() -> None:
    published = PartialDate(year=2024, month=9, day=22)
    sentence = (
        "Il sopralluogo potrebbe aprire un fascicolo, come già accaduto per la precedente alluvione, "
        "quella di fine maggio 2023."
    )
    assert date_of(sentence, published) is None
    # the comparison ends where another clause's verb begins
    assert (
        date_of("Come già accaduto nel 2019, il governo ha approvato ieri il decreto.", published)
        == "2024-09-21"
    )


def test_a_comma_inside_a_relative_clause_does_not_close_it() -> None:
    published = PartialDate(year=2024, month=9, day=21)
    sentence = (
        "È stato ritirato l'emendamento, che chiede di prorogare di un anno, al 31 dicembre 2025, il termine."
    )
    assert main_date(find_dates(sentence, published), "past", published) is None


def test_a_clause_of_concession_does_not_date_the_sentence() -> None:
    published = PartialDate(year=2024, month=9, day=26)
    sentence = (
        "Nonostante il mandato del consiglio fosse scaduto a luglio, la premier aveva deciso di rinviare."
    )
    assert date_of(sentence, published) is None
    assert (
        date_of("Although the deal expired in July, the ministers met on Monday.", published) == "2024-09-23"
    )


def test_a_date_between_dashes_is_an_aside() -> None:
    published = PartialDate(year=2024, month=9, day=27)
    sentence = (
        "Come dopo ogni settimana della moda – quella di Milano si è conclusa lunedì – le riviste scrivono."
    )
    assert date_of(sentence, published) is None
    assert (
        date_of("Lunedì – ha detto il ministro – il governo ha approvato il decreto.", published)
        == "2024-09-23"
    )


def test_a_relative_clause_opened_by_quale_holds_its_date() -> None:
    published = PartialDate(year=2025, month=3, day=31)
    sentence = "Il confronto sul quale si basa l'adeguamento nel 2027 mostra un incremento di sette mesi."
    assert main_date(find_dates(sentence, published), None, published) is None


def engine_date_of(sentence: str, published: PartialDate) -> str | None:
    """The date as the extractive engine picks it: with the tense of the main clause."""
    mention = main_date(find_dates(sentence, published), main_tense(sentence), published)
    return mention.date.iso() if mention and mention.date else None


def test_a_birth_or_a_death_that_qualifies_a_person_does_not_date_the_sentence() -> None:
    published = PartialDate(year=2022, month=4, day=29)
    sentence = (
        "Mario Bianchi, nato a Torino nel 1901 e morto a Roma nel 1980, disegnava manifesti per i teatri."
    )
    assert date_of(sentence, published) is None
    assert date_of("La cantante è nata nel 1994 a Lecce, dove vive ancora.", published) == "1994"
    assert (
        date_of("Lo scrittore è nato nella scomparsa Jugoslavia nel 1950.", published) == "1950"
    )  # an adjective
    assert (
        date_of("Born in Ohio in 1950, the senator said on Monday that he will retire.", published)
        == "2022-04-25"
    )


def test_a_date_in_a_gerund_clause_does_not_date_a_sentence_told_in_the_past() -> None:
    published = PartialDate(year=2025, month=3, day=31)
    sentence = "Le stime sono state riviste al ribasso portando la crescita attesa nel 2027 all'1 per cento."
    assert engine_date_of(sentence, published) is None
    assert engine_date_of("Il governo sta preparando il decreto per il 2026.", published) == "2026"


def test_a_main_clause_in_the_tense_of_history_is_background() -> None:
    assert is_background("L'imprenditore intuì l'affare ma non seppe guadagnarci.")
    assert is_background("Nello stesso anno recitarono insieme in un film presentato a Cannes.")
    assert not is_background("L'imprenditore ha intuito l'affare e lo ha detto ieri.")
    assert not is_background("Il ministro può firmare il decreto.")  # `può` is the present
    # a verb of history in a relative or comparison clause leaves the main clause's present alone
    assert not is_background("Il sindaco ricorda gli attentati in cui rimasero uccise 200 persone.")
    assert not is_background("«Come disse un ministro, io non ci sto», dice il sindaco.")
    assert main_tense("Il presidente dichiarò la guerra.") == "past"  # not the future's `-rò`
    assert main_tense("Lo farò domani, ha detto il ministro.") == "future"
    assert is_background("Il giudice entrò nel Consiglio di Stato e poi ne divenne presidente.")
    assert main_tense("Non potrò venire, ha detto il ministro.") == "future"


def test_convocato_after_avere_is_done_and_before_per_is_scheduled() -> None:
    saturday = PartialDate(year=2013, month=6, day=8)
    sentence = "Il governo, nella giornata di giovedì, ha convocato l'ambasciatore per avere chiarimenti."
    assert engine_date_of(sentence, saturday) == "2013-06-06"
    monday = PartialDate(year=2025, month=5, day=5)
    assert engine_date_of("Il presidente ha convocato il Consiglio per il 12 maggio.", monday) == "2025-05-12"
    assert engine_date_of("Il Consiglio è convocato per giovedì.", monday) == "2025-05-08"


def test_the_paragraphs_of_a_chronicle_are_dated_by_the_day_they_open_on(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2011-12-27\nUn anno di cronaca in provincia\n\n"
        "3 marzo, a Favara i carabinieri hanno arrestato due uomini armati.\n\n"
        "24 giugno, incidente stradale sulla statale a Butera.\n\n"
        "11 settembre, un incendio ha distrutto un capannone agricolo a Favara. "
        "Il sindaco Mario Rossi ha chiesto aiuto alla Regione. Oggi sono arrivati i vigili del fuoco.\n",
    )
    assert (
        dated["24 giugno, incidente stradale sulla statale a Butera."] == "2011-06-24"
    )  # not the coming June
    assert (
        dated["Il sindaco Mario Rossi ha chiesto aiuto alla Regione."] == "2011-09-11"
    )  # not the publication
    assert dated["Oggi sono arrivati i vigili del fuoco."] == "2011-09-11"


def test_the_numbered_entries_of_a_years_review_are_dated_by_their_day(tmp_path: Path) -> None:
    # `12) 3 febbraio La capitale …`: a review of the year numbers its entries and puts no comma
    # after the day; the entry's later sentences report that day, not the review's publication,
    # and the day is the past one (a review looks back), not the coming year's
    dated = dates_of(
        tmp_path,
        "date 2012-12-29\nL'anno che se ne va\n\n"
        "1) 10 gennaio La nuova legge elettorale arriva in aula. "
        "Il deputato Luca Neri ha presentato mille emendamenti.\n\n"
        "2) 3 febbraio La capitale si sveglia sotto la neve. "
        "Il sindaco Mario Rossi ha chiuso le scuole della città.\n\n"
        "3) 20 maggio – il governo cambia ministro. "
        "Il premier Paolo Verdi ha nominato Anna Bianchi alla Difesa. "
        "Il giuramento si è tenuto il 22 maggio al Quirinale.\n\n"
        "4 )24 marzo Il museo di Valmora ospita una mostra di Klimt.\n",
    )
    # a number typed with a space before its parenthesis, and no space after it
    assert dated["24 marzo Il museo di Valmora ospita una mostra di Klimt."] == "2012-03-24"
    assert dated["10 gennaio La nuova legge elettorale arriva in aula."] == "2012-01-10"
    assert dated["Il deputato Luca Neri ha presentato mille emendamenti."] == "2012-01-10"
    assert dated["Il sindaco Mario Rossi ha chiuso le scuole della città."] == "2012-02-03"
    assert dated["Il premier Paolo Verdi ha nominato Anna Bianchi alla Difesa."] == "2012-05-20"
    # a later day the entry writes without its year is of the same year, not the year before
    assert dated["Il giuramento si è tenuto il 22 maggio al Quirinale."] == "2012-05-22"


def test_a_chronicles_paragraph_recalls_days_before_its_own_in_their_year(tmp_path: Path) -> None:
    # `il 6 novembre scorso` in a paragraph of March is the November before that March, not the
    # November before the page
    dated = dates_of(
        tmp_path,
        "date 2011-12-27\nUn anno di cronaca in provincia\n\n"
        "3 marzo, a Favara i carabinieri hanno arrestato due uomini armati. "
        "Il 6 novembre scorso la Corte d'Appello aveva condannato Luca Neri.\n\n"
        "24 giugno, incidente stradale sulla statale a Butera.\n\n"
        "11 settembre, un incendio ha distrutto un capannone agricolo a Favara.\n",
    )
    assert dated["Il 6 novembre scorso la Corte d'Appello aveva condannato Luca Neri."] == "2010-11-06"


def test_one_paragraph_opening_on_a_day_is_not_a_chronicle(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2025-05-05\nIl vertice della prossima settimana\n\n"
        "12 maggio, i ministri si incontreranno a Bruxelles per il vertice sulla difesa.\n\n"
        "Il sindaco Mario Rossi ha chiesto aiuto alla Regione.\n",
    )
    assert (
        dated["12 maggio, i ministri si incontreranno a Bruxelles per il vertice sulla difesa."]
        == "2025-05-12"
    )
    assert dated["Il sindaco Mario Rossi ha chiesto aiuto alla Regione."] == "2025-05-05"


def test_the_attacks_of_11_september_are_those_of_2001_and_do_not_date_the_sentence() -> None:
    anniversary = PartialDate(year=2011, month=9, day=11)
    mentions = find_dates("Il tennista ha reso omaggio alle vittime dell'11 settembre.", anniversary)
    assert [(m.date.iso() if m.date else None, m.aside) for m in mentions] == [("2001-09-11", True)]
    assert date_of("Il tennista ha reso omaggio alle vittime dell'11 settembre.", anniversary) is None
    # any noun's genitive names it too: the church became a symbol over the years, not that day
    assert date_of("La chiesa di St Paul è diventata uno dei simboli dell'11 settembre.", anniversary) is None
    assert (
        date_of("Dopo l'11 settembre l'intelligence cambiò metodi.", PartialDate(year=2012, month=6, day=19))
        is None
    )
    assert (
        date_of(
            "Disse che gli attacchi del 11 settembre erano un segnale.",
            PartialDate(year=2012, month=9, day=29),
        )
        is None
    )
    # a day of the year written the same way, with no cue, is that year's
    assert (
        date_of("Il Senato ha votato l'11 settembre la legge.", PartialDate(year=2024, month=9, day=20))
        == "2024-09-11"
    )
    assert (
        date_of(
            "L'11 settembre il parlamento ha approvato la legge.", PartialDate(year=2012, month=10, day=10)
        )
        == "2012-09-11"
    )


def test_a_schedule_in_apposition_does_not_date_a_main_clause_about_now() -> None:
    published = PartialDate(year=2022, month=4, day=29)
    sentence = (
        "La proposta arriva a pochi giorni dalla cerimonia del premio, in programma venerdì 6 maggio a Roma."
    )
    assert main_tense(sentence) is None  # `in programma` is the apposition's, not the main clause's
    assert engine_date_of(sentence, published) is None
    # the schedule of the main clause, or an apposition under a main clause in the future, still dates it
    assert (
        engine_date_of("Il vertice, previsto per venerdì 6 maggio, si terrà a Roma.", published)
        == "2022-05-06"
    )
    assert engine_date_of("La finale è in programma venerdì 6 maggio a Roma.", published) == "2022-05-06"


def test_a_past_year_in_an_aside_makes_history_only_of_a_date_no_tense_placed() -> None:
    published = PartialDate(year=2012, month=6, day=19)
    # told in the present about an earlier year: the day stays unresolved rather than given 2012
    assert (
        date_of(
            "La rabbia esplode il 25 gennaio, quando la piazza si riempie per la prima volta dal 1977.",
            published,
        )
        is None
    )
    # told in the past, or announced: the tense placed the day, the aside year does not undo it
    condemned = "Il 5 marzo il tribunale ha condannato l'uomo per la rapina del 2004."
    assert engine_date_of(condemned, published) == "2012-03-05"
    announced = "Il premio sarà annunciato il 7 ottobre, a dieci anni dagli attacchi dell'11 settembre."
    assert engine_date_of(announced, published) == "2012-10-07"


def test_a_past_word_in_a_relative_clause_does_not_make_the_main_clause_past() -> None:
    from briefing.rules.when import without_relative_clauses

    published = PartialDate(year=2024, month=9, day=24)

    def as_the_engine(sentence: str) -> str | None:
        mentions = find_dates(sentence, published)
        mention = main_date(mentions, main_tense(without_relative_clauses(sentence, mentions)), published)
        return mention.date.iso() if mention and mention.date else None

    sentence = (
        "Gli sfollati sono abitanti del paese dove nella notte tra mercoledì e giovedì scorso era crollato "
        "l'argine, allagando molte case."
    )
    assert as_the_engine(sentence) is None  # the present of `sono abitanti`, not last Wednesday
    assert as_the_engine(
        "Mercoledì il Senato ha approvato la riforma, che il governo aveva presentato a luglio."
    ) == ("2024-09-18")


def test_a_weekday_that_fits_no_year_near_the_publication_leaves_its_day_unresolved() -> None:
    mentions = find_dates(
        "Il bollettino di oggi mercoledì 4 novembre: trecento nuovi casi.",
        PartialDate(year=2013, month=4, day=11),
    )
    assert [(m.text, m.date) for m in mentions if m.basis == "explicit"] == [("mercoledì 4 novembre", None)]
    assert (
        date_of("Il vertice è fissato per mercoledì 9 ottobre.", PartialDate(year=2024, month=9, day=30))
        == "2024-10-09"
    )


def test_a_day_written_after_dell_qualifies_a_noun_and_does_not_date_the_sentence() -> None:
    # `il ricordo dell'11 settembre 2001` is what is remembered, not when the sentence happens:
    # `dell'` before a vowel is `della`/`dello`, as `del` before a consonant
    anniversary = PartialDate(year=2011, month=9, day=11)
    assert date_of("In piazza tutto è pronto per la commemorazione dell'8 agosto 1991.", anniversary) is None
    assert (
        date_of("Il tribunale ha condannato l'uomo per la rapina dell'8 gennaio 2009.", anniversary) is None
    )
    # the main clause's own day keeps its year: a noun's old date is no history of the sentence
    assert (
        date_of(
            "Il 5 marzo il tribunale ha condannato l'uomo per la rapina dell'8 gennaio 2009.", anniversary
        )
        == "2011-03-05"
    )


def test_oggi_after_a_former_role_is_nowadays_not_a_day() -> None:
    # `…, dopo l'esperienza alla guida di …, oggi al Comando …`: a role then and now, not the day
    # of what the sentence reports
    published = PartialDate(year=2022, month=4, day=29)
    assert (
        date_of(
            "La lista comprenderà il Generale Mario Rossi, dopo l'esperienza alla guida della struttura "
            "d'emergenza, oggi al Comando operativo di vertice.",
            published,
        )
        is None
    )
    assert (
        date_of("Luca Neri, già ministro, oggi presidente della Fondazione, firmerà l'accordo.", published)
        is None
    )
    # `oggi` after a former role that a comma does not close is the day
    assert (
        date_of("Il ministro Rossi, già sindaco di Torino, ha parlato oggi in aula.", published)
        == "2022-04-29"
    )
    assert (
        date_of("Il ministro, oggi alla Camera, ha detto che il governo non cadrà.", published)
        == "2022-04-29"
    )


def test_a_reflexive_verbs_passato_prossimo_is_the_past_tense_too() -> None:
    # Published in September: the 21 February the minister hurried to deny something is the one
    # before, not the coming one (nearer by days; before: it was taken)
    published = PartialDate(year=2025, month=9, day=8)
    hurried = "Il 21 febbraio il ministro Carlo Rossi si è affrettato a smentire la notizia."
    resigned = "Il 20 febbraio i consiglieri della Lega si sono dimessi in blocco."
    assert date_of(hurried, published) == "2025-02-21"
    assert date_of(resigned, published) == "2025-02-20"


def test_the_coming_event_a_noun_names_does_not_make_its_clause_a_plan() -> None:
    sentence = (
        "Il presidente pare non aver alcuna intenzione di lasciare l'incarico prima delle prossime "
        "elezioni, previste per il 2027."
    )
    assert main_tense(sentence) is None
    assert main_date(find_dates(sentence, PUBLISHED), main_tense(sentence), PUBLISHED) is None
    assert main_tense("Il ministro incontrerà i sindacati la prossima settimana.") == "future"
    assert main_tense("La prossima settimana il governo presenta la legge.") == "future"
    # the event still dates what is said of it: the coming June, not the last one
    assert date_of("Monta un'onda di boicottaggio del prossimo turno il 16 e 17 giugno.") == "2025-06-16"


def test_a_relative_pronoun_inside_a_closed_quotation_does_not_govern_the_date_after_it() -> None:
    # `che` is the speaker's own words; `a febbraio` is when the reporting verb outside them spoke
    sentence = "«Era la prima volta che andavo all'estero», ha spiegato il difensore a febbraio."
    assert date_of(sentence) == "2025-02"


def test_the_tense_of_history_after_a_relative_clause_between_commas_is_the_main_clause_s() -> None:
    # the words before `, che` are the subject alone: `determinò` is the main verb, told as history
    assert is_background(
        "Il rapporto con gli Usa, che si fonda su un finanziamento diretto, determinò la nascita di un "
        "impero economico dei militari."
    )
    assert not is_background("Il presidente, che fondò il partito, guida il paese.")  # the relative's verb


def test_a_count_of_days_is_a_date_ahead_only_when_told_in_the_future() -> None:
    published = PartialDate(year=2011, month=2, day=20)
    for sentence in (  # a duration or a count, not the day two days from now
        "Il sindaco Orvieto Palli appariva in televisione per la seconda volta in due giorni.",
        "Mentre i cortei sfilavano, il sindaco parlava alla folla per la terza volta in tre giorni.",
        "The mayor appears on television for the second time in two days.",
    ):
        assert find_dates(sentence, published) == [], sentence
    assert date_of("The mayor will appear on television in two days.", published) == "2011-02-22"


def test_a_month_told_in_the_passato_remoto_of_essere_is_the_last_one() -> None:
    published = PartialDate(year=2012, month=9, day=29)
    sacked = "A gennaio gli uffici del consiglio di Varenna furono saccheggiati."
    assert date_of(sacked, published) == "2012-01"
    assert date_of("A luglio il sindaco fu rieletto con largo margine.", published) == "2012-07"


def test_a_day_that_qualifies_what_a_past_verb_acted_on_is_that_things_not_the_verbs() -> None:
    published = PartialDate(year=2011, month=2, day=23)  # a Wednesday
    # the photos went up some day since Monday: the sentence falls to its report
    photos = "Il blog Voce di Varenna ha messo in rete le foto dei cortei di lunedì."
    assert main_date(find_dates(photos, published), main_tense(photos), published) is None
    # the subject's day is the event's
    bombing = "Il bombardamento di lunedì ha ucciso venti persone."
    mention = main_date(find_dates(bombing, published), main_tense(bombing), published)
    assert mention is not None and mention.date == PartialDate(year=2011, month=2, day=21)


def test_a_day_of_what_the_news_came_after_is_not_the_news_day() -> None:
    published = PartialDate(year=2011, month=11, day=21)
    # the government resigned some time after the minister's resignation of yesterday
    sentence = (
        "In serata, dopo le dimissioni di ieri del ministro Aldo Ferri, è arrivata notizia delle "
        "dimissioni di tutto il governo."
    )
    assert main_date(find_dates(sentence, published), main_tense(sentence), published) is None
    # the subject's day is still the event's
    bombing = "Dopo il vertice, il bombardamento di ieri ha ucciso venti persone."
    mention = main_date(find_dates(bombing, published), main_tense(bombing), published)
    assert mention is not None and mention.date == PartialDate(year=2011, month=11, day=20)


def test_a_perfect_participle_that_opens_a_sentence_dates_itself_not_the_main_verb() -> None:
    published = PartialDate(year=2026, month=2, day=4)  # a Wednesday
    # the visit was last month; the meeting, on a day the sentence leaves open, or on its own day
    open_day = "Having visited Varenna last month, Senator Aldo Ferri met the freed children at his office."
    assert main_date(find_dates(open_day, published), main_tense(open_day), published) is None
    own_day = "Having visited Varenna last month, Senator Aldo Ferri met the freed children on Tuesday."
    mention = main_date(find_dates(own_day, published), main_tense(own_day), published)
    assert mention is not None and mention.date == PartialDate(year=2026, month=2, day=3)
    italian = "Avendo visitato Varenna il mese scorso, il senatore Aldo Ferri ha incontrato i bambini."
    assert main_date(find_dates(italian, published), main_tense(italian), published) is None
