"""Who holds a position, how an organisation is named, and a service line left out (issue 15,
session 10): each pinned on a small hand-written article or sentence."""

from __future__ import annotations

from briefing.rules.salience import classify
from briefing.rules.sentences import split_article
from handwritten import organisations

# --- a measure is not a position ---------------------------------------------------------------


def test_more_than_necessary_is_no_position_of_the_sentence_s_subject() -> None:
    sentence = (
        "Quest'anno l'attrice Lucia Ferri ha compiuto 30 anni ed è rimasta nei ruoli di bambina "
        "forse più a lungo del necessario."
    )
    assert classify(sentence, "body", None, False, False, 0, True, False, "past") != "position"


def test_a_necessity_someone_states_is_still_a_position() -> None:
    sentence = "Il ministro Paolo Verdi ritiene necessario un nuovo piano per le scuole."
    assert classify(sentence, "body", None, False, False, 0, True, False, None) == "position"


# --- an organisation's full name ----------------------------------------------------------------


def test_an_italian_ministry_keeps_the_second_half_of_its_name() -> None:
    text = "Lo fanno sapere fonti del Ministero delle Imprese e del Made in Italy in una nota."
    assert organisations(text) == ["Ministero delle Imprese e del Made in Italy"]


def test_a_police_department_keeps_its_city() -> None:
    text = "Almeno quattro persone sono morte, ha riferito il Dipartimento di Polizia di Birmingham."
    assert organisations(text) == ["Dipartimento di Polizia di Birmingham"]


def test_an_elided_preposition_joins_an_organisation_s_head_to_its_name() -> None:
    assert organisations("Lo ha detto il Ministero dell'Interno in una nota.") == ["Ministero dell'Interno"]
    text = "La Corte d’Appello di Palermo ha confermato la condanna."
    assert organisations(text) == ["Corte d’Appello di Palermo"]


def test_a_person_after_an_organisation_s_name_is_not_part_of_it() -> None:
    text = "Il Dipartimento di Stato di Marco Rubio ha confermato la visita. Marco Rubio partirà domani."
    assert "Dipartimento di Stato" in organisations(text)
    assert not any("Rubio" in name for name in organisations(text))


# --- a service line -----------------------------------------------------------------------------


def test_a_line_sending_the_reader_to_a_website_is_not_a_statement() -> None:
    text = (
        "Il comitato ha raccolto mezzo milione di firme in due settimane. "
        "Ulteriori informazioni sulla piattaforma https://example.org/ e sul sito del ministero.\n"
    )
    sentences = [s.text for s in split_article(text, "it").sentences]
    assert sentences == ["Il comitato ha raccolto mezzo milione di firme in due settimane."]


def test_further_information_that_is_news_stays_a_statement() -> None:
    text = "Ulteriori informazioni sull'incidente sono arrivate ieri sera dalla prefettura di Pavia.\n"
    sentences = [s.text for s in split_article(text, "it").sentences]
    assert sentences == [
        "Ulteriori informazioni sull'incidente sono arrivate ieri sera dalla prefettura di Pavia."
    ]
