"""`Il ministro ha condiviso le parole di Rossi.`, `La richiesta di Borgonia arriva …`: words,
statements or requests told in a sentence before, which the statement names by whose they are and
does not hold: it does not stand alone. One that holds them (a quotation, a colon, a `che` clause,
`di` + infinitive) or names what is asked (`la richiesta di dimissioni`) does."""

from __future__ import annotations

from briefing.compose.alone import why_not_alone

TOLD_BEFORE = "words told before that it does not hold"


def test_words_named_by_whose_they_are_need_the_sentence_before() -> None:
    for statement in (
        "Il ministro degli Esteri Franco Bianchi ha immediatamente condiviso le parole di Rossi.",
        "La richiesta di Borgonia arriva poco prima del vertice di Bruxelles.",
        "Le dichiarazioni del presidente Neri hanno irritato la Valdania.",
        "The foreign minister welcomed the remarks of Rossi on Tuesday.",
        "Valdania rejected Rossi's request within hours.",
    ):
        assert why_not_alone(statement) == TOLD_BEFORE, statement


def test_words_the_statement_holds_or_a_request_for_something_stand_alone() -> None:
    for statement in (
        "La richiesta di dimissioni del ministro è arrivata ieri sera dal Parlamento.",
        "Ieri sono arrivate da Bruxelles le parole di Rutte: «Non ci fermeremo davanti a nulla, mai».",
        "La richiesta di Borgonia di sospendere i voli arriva poco prima del vertice di Bruxelles.",
        "La richiesta di Borgonia che i voli siano sospesi arriva poco prima del vertice di Bruxelles.",
        "Il tribunale ha accolto la richiesta della Procura, presentata da Anna Neri, di archiviazione "
        "per Luca Verdi.",
        "Un giudice ha respinto la richiesta della Procura di Valdania del sequestro dei beni di Luca Neri.",
        "La richiesta di Borgonia di una tregua arriva poco prima del vertice di Bruxelles.",
        "Su richiesta di Borgonia, la Nato ha sospeso i voli sopra la Valdania.",
        "Rossi's request to suspend the flights came before the summit in Brussels.",
        "The remarks of Rossi that the flights will resume angered Valdania.",
    ):
        assert why_not_alone(statement) is None, statement
