"""A printed statement does not hang on a sentence the briefing does not show (issue 15, session
17): a connective set off inside it (`contava, infatti, su…`, `hanno invece appreso`, `The talks,
however, stalled`), a title before a name that does not say of what (`Il presidente Roberto Pella
parla…`), a role in capitals that stands for someone named before (`I sostenitori del Presidente
non fanno…`), and a fragment that opens on an infinitive with no verb of its own (`Sorreggere Camp
David con il proprio peso…`); and a quotation that names nothing, though a later sentence of it
opens on a capital (`… cose nuove. Ho giocato…`)."""

from __future__ import annotations

import pytest

from briefing.compose.alone import (
    capitalised_role_within,
    infinitive_fragment,
    interposed_connective,
    organisation_unsaid,
    why_not_alone,
)
from briefing.compose.subject import quotation_names_nothing
from handwritten import candidate_with, candidates_of, handwritten_article


@pytest.mark.parametrize(
    "statement",
    [
        "Alla fine del secolo, l'esercito del regno contava, infatti, su cento mila soldati.",
        "Il consiglio comunale ha tuttavia rinviato il voto sul bilancio.",
        "Il sindaco di Genova ha inoltre annunciato un piano per il porto.",
        "Secondo la Banca d'Italia, però, la crescita resterà debole fino a giugno.",
        "The talks between the delegations of Egypt and Israel in Geneva, however, stalled after two days.",
        "The Senate has also passed a bill on the port of Boston.",
        "Il futuro del porto di Genova però resta incerto, secondo la Regione Liguria.",
        "Il candidato del Partito democratico ha anche votato contro il bilancio.",
        "The mayor of Boston will therefore sign the harbor plan in May.",
        "Ada Lind of the Boston Harbor Trust also took part in the meeting at City Hall.",
    ],
)
def test_a_connective_inside_the_sentence_ties_it_to_the_one_before(statement: str) -> None:
    assert interposed_connective(statement)
    assert why_not_alone(statement) == "a connective inside it that ties it to the sentence before"


@pytest.mark.parametrize(
    "statement",
    [
        "Il consiglio comunale di Genova ha approvato il bilancio, ma anche il piano per il porto.",
        "«Abbiamo quindi deciso di rinviare il voto», ha detto il sindaco di Genova Marco Bucci.",
        "Il ponte, inaugurato nel 1967, è lungo un chilometro e mezzo.",
        "The Boston Harbor Islands, also known as the harbor park, opened in 1996.",
        "Il porto di Genova è stato chiuso e quindi le navi sono andate a Savona.",
        "Il tempismo dello sciopero al porto di Genova è perfetto: coincide, infatti, con il voto.",
        "La Regione Liguria ha chiesto fondi per il porto, che però sono stati negati dal governo.",
        "Il sindaco di Genova ha firmato il piano anche se la Regione Liguria era contraria.",
        "The port of Boston will stay open however long the strike at the Boston Harbor lasts.",
        "The Boston Harbor plan covers the piers and also the ferry terminal.",
        "Not only the mayor of Boston but also the governor of Massachusetts signed the plan.",
    ],
)
def test_a_connective_that_is_no_aside_or_is_quoted_ties_nothing(statement: str) -> None:
    assert not interposed_connective(statement)


@pytest.mark.parametrize(
    "statement",
    [
        'Il presidente Roberto Pella parla di uno "spirito costruttivo che darà i suoi frutti".',
        "La portavoce Anna Bianchi ha detto che i lavori partiranno a maggio.",
    ],
)
def test_a_title_before_a_name_that_does_not_say_of_what_needs_the_sentence_that_did(statement: str) -> None:
    assert organisation_unsaid(statement)
    assert why_not_alone(statement) == "a title before a name that does not say of what"


@pytest.mark.parametrize(
    "statement",
    [
        "Il presidente dell'Anci Roberto Pella parla di uno spirito costruttivo.",
        "Il presidente Roberto Pella dell'Anci parla di uno spirito costruttivo.",
        "Il presidente Roberto Pella, sindaco di Valdengo, parla di uno spirito costruttivo.",
        "Il presidente Sergio Mattarella ha ricevuto al Quirinale gli atleti olimpici.",
        "Il premier Giorgia Meloni ha detto che i lavori partiranno a maggio.",
    ],
)
def test_a_title_whose_sentence_says_of_what_or_names_more_stands_alone(statement: str) -> None:
    assert not organisation_unsaid(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "I sostenitori del Presidente non fanno altro che radunarsi in piazza dopo la preghiera.",
        "Il ministro Mario Rossi ha incontrato il Premier.",
    ],
)
def test_a_role_in_capitals_with_nothing_after_it_stands_for_someone_named_before(statement: str) -> None:
    assert capitalised_role_within(statement)
    assert why_not_alone(statement) == (
        "a role written in capitals that stands for someone named before (within)"
    )


@pytest.mark.parametrize(
    "statement",
    [
        "I sostenitori del Presidente Saleh si sono radunati in piazza.",
        "I sostenitori del Presidente della Repubblica si sono radunati in piazza.",
        "La differenza tra chi appoggia il Presidente yemenita e chi lo contesta è netta.",
    ],
)
def test_a_role_in_capitals_that_says_who_stands_alone(statement: str) -> None:
    assert not capitalised_role_within(statement)


def test_a_fragment_that_opens_on_an_infinitive_goes_on_from_the_sentence_before() -> None:
    statement = "Sostenere il trattato con il proprio peso, il proprio ruolo, il proprio controllo del paese."
    assert infinitive_fragment(statement)
    assert why_not_alone(statement) == "a fragment that opens on an infinitive, with no verb of its own"


@pytest.mark.parametrize(
    "statement",
    [
        "Trovare un accordo sul porto sarà difficile, ha detto il sindaco di Genova.",
        "Ridurre il debito è la priorità del governo Meloni.",
        "Il governo vuole sostenere il trattato con il proprio peso.",
    ],
)
def test_an_infinitive_that_is_the_subject_of_a_verb_is_no_fragment(statement: str) -> None:
    assert not infinitive_fragment(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "A margine della conferenza, un gruppo di studenti ha bruciato una bandiera.",
        "At the meeting, a group of students burned a flag.",
    ],
)
def test_the_conference_with_nothing_that_says_which_is_the_one_named_before(statement: str) -> None:
    assert why_not_alone(statement) == "a definite noun phrase whose referent is not in the statement"


def test_a_conference_the_sentence_names_stands_alone() -> None:
    statement = "A margine della conferenza di Teheran, un gruppo di studenti ha parlato."
    assert why_not_alone(statement) is None


_INTERVIEW = (
    "Il difensore ha segnato il gol della vittoria nel derby di Genova. «In Spagna è stata la prima volta "
    "all'estero», aveva spiegato il difensore. «Sono dovuto cambiare molto, imparare cose nuove. Ho giocato "
    "con più costanza». Oggi il tecnico della Sampdoria lo fa giocare titolare."
)


def test_a_quotation_whose_later_sentence_opens_on_a_common_word_names_nothing() -> None:
    """`… cose nuove. Ho giocato…`: `Ho` opens a sentence inside the quotation; it is no name."""
    quotation = "«Sono dovuto cambiare molto, imparare cose nuove. Ho giocato con più costanza»."
    assert quotation_names_nothing(quotation, _INTERVIEW)


def test_a_quotation_whose_later_sentence_opens_on_a_name_names_it() -> None:
    article = _INTERVIEW + " Il sindaco ha incontrato la Sampdoria."
    quotation = "«Sono dovuto cambiare molto, imparare cose nuove. Sampdoria mi ha dato fiducia»."
    assert not quotation_names_nothing(quotation, article)


_MEETING = (
    "date 2025-03-31\nGiorgetti incontra i Comuni\n\n"
    "Il ministro dell'Economia Giancarlo Giorgetti ha incontrato ieri i sindaci a Roma. "
    "L'Anci ha chiesto a Giancarlo Giorgetti più fondi per la spesa sociale dei Comuni. "
    "Il presidente Roberto Pella parla di uno spirito costruttivo che darà i suoi frutti.\n"
)


def test_a_title_that_does_not_say_of_what_is_printed_with_the_sentence_that_names_it() -> None:
    """The issue's choice: where the sentence right before says it (`l'Anci`), print both as one
    span rather than drop the fact."""
    candidate = candidate_with(candidates_of(handwritten_article("anci.txt", _MEETING)), "Roberto Pella")
    assert candidate.printable()
    assert candidate.fact.statement.startswith("L'Anci ha chiesto a Giancarlo Giorgetti")
    (evidence,) = candidate.fact.evidence
    assert _MEETING[evidence.start : evidence.end] == evidence.quote


@pytest.mark.parametrize(
    "statement",
    [
        "Un ottavo imputato, il commerciante Diego Lo Giudice, sarà giudicato con il rito ordinario.",
        "I fedeli hanno difeso la sovranità del Papa, in piazza San Pietro.",
        "La tensione è alta e il Presidente, Ali Abdallah Saleh, ha annunciato che non si ricandiderà.",
    ],
)
def test_a_surname_or_a_role_one_person_holds_is_no_role_standing_for_someone(statement: str) -> None:
    assert not capitalised_role_within(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "Criticare non equivale a offendere il governo di Roma.",
        "Bandiere israeliane esposte durante la festa a Baku.",
    ],
)
def test_an_infinitive_with_no_object_after_it_or_a_plural_noun_is_no_fragment(statement: str) -> None:
    assert not infinitive_fragment(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "In precedenza, parlando davanti al Senato, il sindaco di Genova Marco Bucci aveva chiesto fondi.",
        "Earlier, speaking to Congress, the mayor of Boston asked for funds for the harbor.",
    ],
)
def test_earlier_than_what_the_sentence_before_told_needs_that_sentence(statement: str) -> None:
    assert why_not_alone(statement) == "opens on a connective that narrows the sentence before"
