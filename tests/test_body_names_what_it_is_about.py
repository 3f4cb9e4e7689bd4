"""A statement from deeper than its article's lead is printed only when its first sentence says
early whom or what it is about (issue 15, session 9): a positive test, where the grade's other
rules look for the words that point back. A quotation must name what it is about in its own
words, even under its speaker's name. The sentence before may supply the name, printed with
it in one verified span; a capitalised short name (`il Museo`, `al Monumento`) of something the
article named in full is no name."""

from __future__ import annotations

from briefing.compose.alone import why_not_alone
from briefing.compose.subject import (
    NOT_NAMED_EARLY,
    QUOTATION_NAMES_NOTHING,
    names_its_subject,
    quotation_names_nothing,
)
from handwritten import candidate_with, candidates_of, handwritten_article

LEAD = "La Regione Emilia-Romagna ha chiesto lo stato di emergenza dopo le piogge di settembre."
DEEP = (
    "Per fare fronte alle richieste sono stati aperti in due giorni tre nuovi centri di accoglienza "
    "nelle palestre di Faenza."
)
ARTICLE = f"date 2024-09-24\nAlluvione, chiesto lo stato di emergenza\n\n{LEAD} {DEEP}\n"


def test_a_sentence_deep_in_its_article_that_names_its_subject_late_is_not_printed() -> None:
    earlier = LEAD + " "
    assert why_not_alone(DEEP, earlier=earlier, article=ARTICLE) == NOT_NAMED_EARLY


def test_the_same_sentence_as_its_articles_lead_is_printed() -> None:
    # the lead is written to be read first: nothing before it is missing
    article = f"date 2024-09-24\nAccoglienza a Faenza\n\n{DEEP} {LEAD}\n"
    assert why_not_alone(DEEP, earlier="", article=article) is None


def test_a_deep_sentence_that_names_its_subject_early_is_printed() -> None:
    statement = "Il Comune di Faenza ha aperto in due giorni tre nuovi centri di accoglienza nelle palestre."
    assert why_not_alone(statement, earlier=LEAD + " ", article=ARTICLE + statement) is None


def test_a_quotation_under_its_speakers_name_names_its_subject() -> None:
    statement = (
        "«Per fare fronte alle richieste abbiamo aperto tre nuovi centri di accoglienza a Faenza e Lugo»."
    )
    article = ARTICLE + statement
    assert (
        why_not_alone(
            statement, earlier=LEAD, speaker="Michele de Pascale", speaker_shown=True, article=article
        )
        is None
    )


def test_the_sentence_before_that_names_the_subject_is_printed_with_it() -> None:
    text = (
        "date 2024-09-24\nAlluvione, riaperte le scuole\n\n"
        "Il maltempo ha colpito la Romagna per tre giorni, con piogge forti in tutta la regione.\n"
        "Il sindaco di Faenza Massimo Isola ha riaperto tutte le scuole della città martedì mattina. "
        "Per fare fronte alle richieste sono stati aperti nel frattempo tre nuovi centri di accoglienza "
        "nelle palestre di Faenza.\n"
    )
    candidate = candidate_with(candidates_of(handwritten_article("faenza.txt", text)), "tre nuovi centri")
    assert candidate.printable()
    assert candidate.fact.statement.startswith("Il sindaco di Faenza Massimo Isola")


MUSEO = (
    "date 2024-09-22\nL'Equatore e i turisti\n\n"
    "A nord di Quito c'è il Monumento all'Equatore, alto trenta metri e molto visitato.\n"
    "Attorno al Monumento è cresciuta negli anni una fiorente industria di negozi e di bancarelle.\n"
)


def test_a_capitalised_short_name_of_what_the_article_named_in_full_is_no_name() -> None:
    statement = (
        "Attorno al Monumento è cresciuta negli anni una fiorente industria di negozi e di bancarelle."
    )
    assert not names_its_subject(statement, MUSEO, within=14, shortened=True)
    assert names_its_subject(statement, MUSEO, within=14)  # the further reports' reading, unchanged
    earlier = "A nord di Quito c'è il Monumento all'Equatore, alto trenta metri e molto visitato.\n"
    assert why_not_alone(statement, earlier=earlier, article=MUSEO) == NOT_NAMED_EARLY


def test_a_country_after_its_article_is_a_name() -> None:
    article = (
        "date 2024-09-22\nVertice a Parigi\n\nIl vertice si è chiuso.\nLa Francia ha chiesto una tregua.\n"
    )
    assert names_its_subject(
        "Ieri sera la Francia ha chiesto una tregua di tre giorni.", article, shortened=True
    )
    assert names_its_subject("La Commissione Europea ha chiesto una tregua.", article, shortened=True)


RIFORMA = (
    "date 2024-09-25\nMessico, approvata la riforma\n\n"
    "Il Senato del Messico ha approvato la riforma della Guardia Nazionale.\n"
    "La riforma consentirà all'esercito del Messico di condurre operazioni di polizia. "
    "«È un passo gigantesco verso la militarizzazione del paese», ha scritto l'ex giudice Mario Rossi.\n"
)
GIGANTESCO = (
    "«È un passo gigantesco verso la militarizzazione del paese», ha scritto l'ex giudice Mario Rossi."
)


def test_a_quotation_that_names_nothing_is_not_printed_even_under_its_speakers_name() -> None:
    earlier = "Il Senato del Messico ha approvato la riforma della Guardia Nazionale.\n"
    why = why_not_alone(
        GIGANTESCO, earlier=earlier, speaker="Mario Rossi", speaker_shown=True, article=RIFORMA
    )
    assert why == QUOTATION_NAMES_NOTHING
    assert why_not_alone(GIGANTESCO, earlier=earlier, article=RIFORMA) == QUOTATION_NAMES_NOTHING


def test_a_quotation_that_names_what_it_is_about_is_printed_under_its_speakers_name() -> None:
    statement = (
        "«La riforma è un passo gigantesco verso la militarizzazione del Messico», ha scritto Mario Rossi."
    )
    why = why_not_alone(
        statement, earlier="x", speaker="Mario Rossi", speaker_shown=True, article=RIFORMA + statement
    )
    assert why is None


def test_a_quotation_whose_own_sentence_says_what_it_is_about_is_printed_under_its_speakers_name() -> None:
    """Words outside the marks say what the quotation is about (`circa l'ipotesi di…`): it leans on
    no sentence before. A topic that is itself a pointer (`riguardo al caso`) says nothing."""
    said = (
        "«Non viviamo in uno Stato etico, dove lo Stato impone o vieta», ha detto il ministro Mario Rossi a "
        "Pavia, circa l'ipotesi di una assicurazione obbligatoria sulle case contro il maltempo."
    )
    article = "date 2024-09-21\nPolizze, il governo discute\n\nIl governo discute.\n" + said + "\n"
    earlier = "Il governo discute.\n"
    why = why_not_alone(said, earlier=earlier, speaker="Mario Rossi", speaker_shown=True, article=article)
    assert why is None
    on_the_case = "«Non viviamo in uno Stato etico», ha detto Rossi riguardo al caso."
    assert quotation_names_nothing(on_the_case, article + on_the_case)


def test_a_quotation_that_names_nothing_is_printed_with_the_sentence_before_that_does() -> None:
    candidate = candidate_with(candidates_of(handwritten_article("riforma.txt", RIFORMA)), "passo gigantesco")
    assert candidate.printable()
    assert "La riforma consentirà all'esercito del Messico" in candidate.fact.statement
    assert not candidate.fact.statement.startswith("«")
