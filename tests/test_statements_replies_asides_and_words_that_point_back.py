"""Statements that lean on what came before in ways the grade did not read (issue 15): a reader's
reply (`Caro Marco, …`), an aside in parentheses, words that say "as said above" (`appunto`,
`suindicata`, `nello stesso articolo`), a quotation typed with two apostrophes whose speaker is in
another sentence, a surname in a later sentence of the statement; and a background story none of
whose statements shows the sign of reading alone."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.compose.alone import why_not_alone
from briefing.compose.budget import Printed
from briefing.compose.core import _choose_background
from briefing.compose.storylines import Storyline
from briefing.models import PartialDate
from handwritten import candidates_of, handwritten_article


@pytest.mark.parametrize(
    "statement",
    [
        # a reader's comment under the article, replying to another
        "Caro Marco, se ci atteniamo all'Enciclica del Cardinale Ratzinger, la Chiesa resta lontana.",
        "Grazie Marco Federico per il tuo prezioso contributo.",
        "Dear John, Senator Smith withdrew the bill on Tuesday in Washington.",
        # an aside to the sentence before it
        "(Un riferimento va ai recentissimi blindati Freccia impiegati in Afghanistan dall'Esercito.)",
        # as the sentence before said, or the one named above
        "Le Forze armate non hanno una politica autonoma considerando, appunto, il contatto coi civili.",
        "Florasol Accursio, attivista pagana, è per l'appunto un membro dello staff del sito.",
        "Secondo l'Enciclica suindicata, Chiesa e Massoneria rimangono inconciliabili.",
        "Il New York Times riportava nello stesso articolo che il presidente Obama aveva firmato un ordine.",
        "The aforementioned report was published by the Senate in May.",
        # a quotation typed with two apostrophes, whose speaker another sentence names
        "''Tutti potranno votare, il voto non cadra' con la domenica delle Palme''. Tempi stretti dunque.",
    ],
)
def test_a_statement_that_leans_on_what_came_before_is_not_printed_alone(statement: str) -> None:
    assert why_not_alone(statement) is not None


@pytest.mark.parametrize(
    "statement",
    [
        "Il governo Meloni ha approvato nello stesso tempo due leggi sulle scuole paritarie.",
        "Grazie all'accordo con Bruxelles, il governo di Roma ha ottenuto dieci miliardi.",
        "''Tutti potranno votare'', ha detto il presidente Mario Rossi.",
        "Il sindaco di Varese Mario Rossi ha parlato in piazza. Rossi ha poi incontrato i commercianti.",
    ],
)
def test_a_statement_that_says_what_it_needs_is_printed(statement: str) -> None:
    assert why_not_alone(statement, introduced=["Mario Rossi"]) is None


def test_a_surname_the_article_introduced_before_is_not_printed_alone_in_a_later_sentence() -> None:
    statement = (
        "L'ospedale universitario di Birmingham sta curando undici feriti. "
        "Fitzgerald ha sottolineato che queste sparatorie hanno a che fare con la cultura."
    )
    assert (
        why_not_alone(statement, introduced=["Truman Fitzgerald"]) == "a person named in full only before it"
    )
    # a surname elsewhere in a later sentence may be a brand's
    brand = (
        "Bottega Veneta ha sfilato a Milano con abiti stropicciati. "
        "Anche la collezione presentata da Prada giocava molto con lo styling."
    )
    assert why_not_alone(brand, introduced=["Miuccia Prada"]) is None


BANCHI = (
    "date 2024-09-24\nCom'è meglio sistemare i banchi a scuola?\n\n"
    "Com'è meglio sistemare i banchi a scuola?\n\n"
    "La disposizione in file di banchi a due posti è ancora la più diffusa, dice Francesco Sulla, "
    "ricercatore all'Università di Foggia. "
    "Insieme alla professoressa dell'Università di Parma Dolores Rollo, Sulla è tra le altre cose autore "
    "di un articolo del 2016 sugli effetti della disposizione dei banchi, osservati in nove scuole.\n"
)


def test_a_background_story_none_of_whose_statements_reads_alone_is_not_shown() -> None:
    candidates = candidates_of(handwritten_article("banchi.txt", BANCHI))
    sulla = next(c for c in candidates if "Sulla è" in c.fact.statement)
    assert sulla.printable() and not sulla.reads_alone()  # who Sulla is, only the sentence before says
    day = PartialDate.parse("2024-09-24")
    story = Storyline("s1", "banchi.txt", ["banchi.txt"], day, day, 1, 1.0)
    shown = _choose_background(
        [story], {"s1": candidates}, PartialDate.parse("2024-09-30"), dt.date(2024, 9, 1), 300, Printed()
    )
    assert shown == []


def test_the_surname_of_a_person_named_in_more_than_two_words() -> None:
    introduced = ["Abde Rabbo Mansour Hadi"]
    assert why_not_alone("Hadi è succeduto ad Ali Abdullah Saleh.", introduced=introduced) is not None
    assert (
        why_not_alone("Abde Rabbo Mansour Hadi è succeduto ad Ali Abdullah Saleh.", introduced=introduced)
        is None
    )


def test_the_reporters_distal_demonstrative_points_back_even_under_the_speakers_name() -> None:
    nasrallah = (
        "Il leader di Hezbollah, Hassan Nasrallah, aveva definito quegli attacchi «un atto di guerra»."
    )
    assert why_not_alone(nasrallah, speaker="Hassan Nasrallah", speaker_shown=True) is not None
    # the speaker's own words are theirs to point with
    own = "Hassan Nasrallah ha detto: «quegli attacchi sono una dichiarazione di guerra»."
    assert why_not_alone(own, speaker="Hassan Nasrallah", speaker_shown=True) is None


def test_an_object_pronoun_after_a_relative_clause_stands_for_something_named_before() -> None:
    aside = "Foreign Policy, che ci ha dedicato una lunga analisi, lo ha chiamato un golpe al rallentatore."
    assert why_not_alone(aside) == "a pronoun that stands for something named before"
    assert why_not_alone("Il ministro Guido Crosetto ha presentato il piano di Roma e lo ha difeso.") is None


def test_a_bare_definite_noun_the_sentence_before_wrote_is_the_thing_it_named() -> None:
    before = "Unicredit arriverebbe a detenere quasi il 21 per cento del capitale della banca tedesca. "
    stato = "Lo Stato tedesco è nel capitale della banca dai tempi della crisi del 2008, quando intervenne."
    assert why_not_alone(stato, before, earlier=before) is not None
    # which bank, the statement says itself
    named = "Lo Stato tedesco è nel capitale della banca Commerzbank dai tempi della crisi del 2008."
    assert why_not_alone(named, before, earlier=before) is None
    # the article's lead has no sentence before it, only its headline
    assert why_not_alone(stato, before, earlier="") is None


@pytest.mark.parametrize(
    "statement",
    [
        "Luciano Gaucci intuì l'affare ma non seppe monetizzare più di tanto con i tifosi giapponesi.",
        "Ecco degli articoli di Juan Cole e Gilbert Achcar, pubblicati a Londra nel 2011 da riviste diverse.",
        "La banda che marcia, le majorettes, Anderson Cooper, i coriandoli a New York: abbiamo capito.",
    ],
)
def test_a_shell_noun_before_the_next_clause_a_presentative_and_the_reporters_we(statement: str) -> None:
    assert why_not_alone(statement, earlier="Il Perugia di Gaucci. ") is not None


@pytest.mark.parametrize(
    "statement",
    [
        # accents typed as apostrophes read as accents: `cio'` is `ciò`
        "Nazioni anche grosse come la Cina pensano di proseguire da sole, ma cio' e' in realtà snaturato!",
        # those counted before (`nei tre morti` the minister announced), not `nei tre anni`
        "Hezbollah ha comunicato la morte di due combattenti: non si sa se fossero nei tre morti annunciati.",
        # a reply to a comment before it
        "Veramente Monti aveva detto che non sarebbe entrato affatto nella scena politica italiana.",
    ],
)
def test_typewriter_accents_those_counted_before_and_a_reply(statement: str) -> None:
    assert why_not_alone(statement) is not None


def test_a_typewriter_accent_is_no_elision() -> None:
    from briefing.compose.statement_text import typewriter_quotes

    assert (
        typewriter_quotes("E' stato cosi' per l'anno e un' agenzia")
        == "È stato così per l'anno e un' agenzia"
    )
    assert (
        why_not_alone("Israele ha colpito Beirut nei tre giorni di festa del Libano, ha detto l'Idf.") is None
    )


def test_an_opening_and_followed_by_a_comma_goes_on_from_the_sentence_before() -> None:
    statement = "E, dall'anno scorso in poi, la Russia si sente legittimata a schierare nuovi missili."
    assert why_not_alone(statement) == "opens on a connective that narrows the sentence before"


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        # one of the people a sentence before named
        (
            "Marta Galli è una di loro.",
            "a demonstrative that points back (a word that ties it to the sentence before)",
        ),
        (
            "Jane Moss is one of them.",
            "a demonstrative that points back (a word that ties it to the sentence before)",
        ),
        # a connective after a conditional auxiliary
        (
            "Secondo voci riportate ieri dalla Gazzetta di Trento, la Banca Alpina sarebbe infatti pronta "
            "a comprare il debito della regione.",
            "a connective inside it that ties it to the sentence before",
        ),
        # the making of a work named before
        (
            "La realizzazione, affidata all'impresa trentina Ferri, dovrebbe concludersi intorno al 2030.",
            "a definite noun phrase whose referent is not in the statement",
        ),
    ],
)
def test_one_of_them_a_conditional_connective_and_the_making_of_it_point_back(
    statement: str, reason: str
) -> None:
    assert why_not_alone(statement) == reason


def test_one_of_them_and_the_making_of_a_named_work_stand_alone_where_the_sentence_says_which() -> None:
    assert (
        why_not_alone("La realizzazione della diga di Trento, affidata all'impresa Ferri, finirà nel 2030.")
        is None
    )
    assert why_not_alone("Marta Galli è una delle fondatrici del comitato di Trento.") is None
