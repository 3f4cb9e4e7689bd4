"""A printed statement does not go on from a sentence the briefing does not show (issue 15,
session 16): the tail of a quotation opened in an earlier sentence (`…da una Sanctioned Person".`),
`in cambio,` / `in return,` (for what the sentence before told), `venne poi costruito` (then,
after it), and a short line with no function word and no verb (`ENI Libia: sangue & petrolio.`),
read in its article's language."""

from __future__ import annotations

import pytest

from briefing.compose.alone import (
    closes_unopened_quotation,
    later_demonstrative,
    quotation_names_no_speaker,
    verbless,
    why_not_alone,
)

ITALIAN_ARTICLE = (
    "Il governo ha presentato il piano per il porto di Genova. Il sindaco ha detto che i lavori "
    "partiranno a maggio e che il cantiere durerà due anni."
)
ENGLISH_ARTICLE = (
    "The government presented the plan for the port of Boston. The mayor said that the work will "
    "start in May and that it will last for two years."
)


@pytest.mark.parametrize(
    "statement",
    [
        'Il Governo non può comprare beni da una Sanctioned Person. Il Presidente può imporre sanzioni".',
        'Washington may impose sanctions on any such person." It is the law.',
        "La legge di Roma è chiara. Mario Rossi potrà imporre sanzioni fino al 2030».",
    ],
)
def test_the_tail_of_a_quotation_opened_before_it_goes_on_from_that_sentence(statement: str) -> None:
    assert closes_unopened_quotation(statement)
    assert why_not_alone(statement) == "ends a quotation that an earlier sentence opened"


def test_a_closing_mark_whose_opening_the_page_lost_ends_no_earlier_quotation() -> None:
    """s16 blind g06: a page printed a message's closing `»` but not its opening one; nothing
    before it opened a quotation, so no sentence the briefing leaves out holds its start."""
    headline = "Egitto, Forze Armate: «Chiediamo scusa per le morti»\ndi Redazione · 24 novembre 2011\n"
    statement = (
        "Il Consiglio Supremo delle Forze Armate ha presentato le scuse per la morte dei dimostranti. "
        "Il Consiglio fa le sue condoglianze alle famiglie delle vittime». Questo è il messaggio "
        "che il Consiglio ha pubblicato sulla sua pagina Facebook."
    )
    article = headline + statement
    assert not closes_unopened_quotation(statement, headline)
    assert why_not_alone(statement, earlier=headline, article=article) is None
    # the same words after a sentence that opened the message are its tail
    opened = headline + "Il messaggio dice: «Siamo addolorati.\n"
    assert closes_unopened_quotation(statement, opened)
    assert why_not_alone(statement, earlier=opened, article=opened + statement) == (
        "ends a quotation that an earlier sentence opened"
    )


@pytest.mark.parametrize(
    "statement",
    [
        'Il ministro ha detto: "Il Presidente può imporre sanzioni".',
        "«Il Presidente può imporre sanzioni», ha detto Mario Rossi.",
        "Il cosiddetto “decreto Genova” è stato approvato ieri dal Senato.",
        "Rossi ha firmato l'accordo con l'Eni nel 2008.",  # an apostrophe is no quotation mark
    ],
)
def test_a_quotation_it_opens_itself_is_its_own(statement: str) -> None:
    assert not closes_unopened_quotation(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "In cambio, gli Stati Uniti non avrebbero più chiesto un cambio di regime.",
        "In return, the United States would no longer seek a change of regime.",
        "Il gasdotto Baku-Ceyhan venne poi costruito dalla Bp.",
        "Il processo a Mario Rossi fu poi rinviato dalla procura di Genova.",
    ],
)
def test_in_return_or_then_after_a_past_auxiliary_goes_on_from_the_sentence_before(statement: str) -> None:
    assert why_not_alone(statement) is not None


def test_in_return_for_what_it_names_stands_alone() -> None:
    statement = "In cambio del petrolio libico, l'Eni ha costruito il gasdotto Greenstream nel 2004."
    assert why_not_alone(statement) is None


def test_a_short_line_with_no_function_word_is_read_in_its_articles_language() -> None:
    line = "ENI Libia: sangue & petrolio."
    assert not verbless(line)  # no function word: whose verbs to look for is not known from it alone
    assert verbless(line, ITALIAN_ARTICLE)
    assert (
        why_not_alone(line, article=ITALIAN_ARTICLE) == "a verbless line, which the lines before it explain"
    )


def test_a_short_line_with_no_function_word_is_not_judged_where_its_language_has_no_verb_forms() -> None:
    assert not verbless("Biden wins.", ENGLISH_ARTICLE)


def test_a_page_that_is_closed_to_comments_is_no_part_of_a_statement() -> None:
    statement = "Il nuovo governo si riunirà domani al Cairo. Questo articolo non è più commentabile."
    assert later_demonstrative(statement) == "articolo"


def test_a_later_sentence_on_a_demonstrative_for_what_the_statement_has_not_named_points_elsewhere() -> None:
    statement = (
        "Le proteste contro il presidente continuano a Sanaa. Questo filmato, dell'utente YouTube "
        "Rossi, è stato girato all'ora di pranzo."
    )
    assert later_demonstrative(statement) == "filmato"
    assert why_not_alone(statement) == (
        "a demonstrative after its first sentence that points at what it does not show"
    )


@pytest.mark.parametrize(
    "statement",
    [
        "Il governo ha presentato la proposta di riforma a Roma. Questa proposta divide la maggioranza.",
        "La Cia tentò di rovesciare Gheddafi a Tripoli. Questa sfida letale condusse al terrorismo.",
        "Il video mostra le proteste di Sanaa. Questo video è stato girato a pranzo.",
        "Il Senato ha votato la riforma a Roma. Questa settimana tocca alla Camera di Roma.",
        "Il Senato ha votato la riforma a Roma. In questo senso il voto di Roma è un segnale.",
    ],
)
def test_a_later_demonstrative_for_what_the_statement_named_or_for_a_time_points_into_it(
    statement: str,
) -> None:
    assert later_demonstrative(statement) is None


def test_a_quotation_whose_only_names_stand_after_a_preposition_names_no_speaker() -> None:
    statement = (
        "«Sarò il presidente di tutti gli egiziani» ha detto nel suo primo discorso da presidente "
        "dell'Egitto."
    )
    assert quotation_names_no_speaker(statement)
    assert why_not_alone(statement) == "a quotation whose speaker is named in no word of it"


@pytest.mark.parametrize(
    "statement",
    [
        "«Sarò il presidente di tutti gli egiziani» ha detto Mohamed Morsi nel suo discorso al Cairo.",
        "«Il porto riaprirà a maggio», ha detto ieri in una nota il ministro Mario Rossi.",
    ],
)
def test_a_name_after_the_reporting_verb_or_a_noun_is_the_speaker(statement: str) -> None:
    assert not quotation_names_no_speaker(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "L'impresa romagnola, fondata dalla famiglia Rossi, si è aggiudicata nuove commesse a Boston.",
        "La società bolognese ha chiuso il 2023 con un utile di 5 milioni a Bologna.",  # an accented noun
    ],
)
def test_a_company_called_by_its_kind_stands_for_the_one_named_before(statement: str) -> None:
    assert why_not_alone(statement) == "points back (weak)"


def test_a_company_called_by_its_kind_and_its_name_stands_alone() -> None:
    assert why_not_alone("La società bolognese Trevi ha chiuso il 2023 con un utile di 5 milioni.") is None


@pytest.mark.parametrize(
    "statement",
    [
        "La Trevi ha vinto un contratto a Boston per la torre Kensington. Tale progetto rilancia il centro.",
        "Alcuni si rifiutano di rinnegare Gheddafi a Tripoli. Ciò merita rispetto a Roma.",
        "Il mito è che Gheddafi sia il male a Tripoli. Questo è assolutismo binario a Roma.",
        "Il governo ha chiamato gli uomini della Gladio a Roma. Questi, con abnegazione, erano pronti.",
    ],
)
def test_a_later_sentence_that_points_at_what_the_statement_said_points_into_it(statement: str) -> None:
    assert later_demonstrative(statement) is None


@pytest.mark.parametrize(
    "statement",
    [
        "12 febbraio Muore Whitney Houston.",  # a chronicle's entry: its day, then its event
        "@EgyPresidency: Pres. Morsy: L'annuncio diffuso dalle forze armate viene rifiutato da tutti.",
        "Huawei (ufficialmente Huawei Technologies Co. Ltd.) è una multinazionale cinese.",
    ],
)
def test_a_dated_entry_or_a_sentence_cut_at_an_abbreviation_is_not_a_verbless_line(statement: str) -> None:
    assert why_not_alone(statement, article=ITALIAN_ARTICLE) is None


def test_there_is_the_place_a_sentence_before_named() -> None:
    statement = "I sostenitori del presidente Saleh sono lì soltanto per mangiare e ritirare la paga."
    assert why_not_alone(statement) == (
        "a demonstrative that points back (a word that ties it to the sentence before)"
    )
    assert why_not_alone("Il ruolo dell'esercito di Nasser è andato ben al di là dei confini.") is None
