"""A printed statement does not go on from a sentence the briefing does not show (issue 15,
session 15): a verb whose subject is only described in a phrase before a comma (`Militare, aveva
studiato…`), a noun phrase whose relative clause is all the sentence says (`Un'oppressione
morbida…, che…`, `Un patto allora prezioso per … che … potevano mostrare … che … le nascondevano`),
a line that says only whose the next words are (`Ufficio di Marco Bellini, capo di gabinetto…`), a
pronoun `li` for people named before, and a question anywhere in it."""

from __future__ import annotations

import pytest

from briefing.compose.alone import (
    pronoun_object,
    verbless_before_relative,
    verbless_owner_line,
    why_not_alone,
)
from briefing.compose.subject import subject_unsaid


@pytest.mark.parametrize(
    "statement",
    [
        "Militare, aveva studiato a Monaco di Baviera e nel 2008 tornò in Libia.",
        "Uno dei paesi più poveri del Medio Oriente e rifugio dei militanti di Al Qaeda, è interessata "
        "da una rivolta sociale al nord.",
        "Ex ministro delle Finanze e professore a Torino, ha lasciato il partito nel 2019.",
    ],
)
def test_a_verb_after_a_phrase_that_only_describes_its_subject_leaves_the_subject_unsaid(
    statement: str,
) -> None:
    assert subject_unsaid(statement)
    assert why_not_alone(statement) == "a verb whose subject is left unsaid after an adverbial"


@pytest.mark.parametrize(
    "statement",
    [
        # the subject, a name in apposition after it
        "Il ministro degli Esteri, Anna Neri, ha respinto la proposta di Berlino.",
        "Mario Rossi, 45 anni, ha presentato il piano per il porto di Genova.",
        "Il piano per il porto è pronto, ha detto il sindaco di Genova Marco Bucci.",
        "Il porto di Genova, ha spiegato Marco Bucci, riaprirà a maggio.",
        "Ieri sera, è stato arrestato il sindaco di Genova Marco Bucci.",  # a time, then its subject
    ],
)
def test_a_phrase_before_a_comma_that_is_the_subject_or_a_reported_clause_leaves_nothing_unsaid(
    statement: str,
) -> None:
    assert not subject_unsaid(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "Un'oppressione morbida non sgradita all'Occidente, che nel solido rais ha sempre visto un "
        "baluardo contro il fanatismo.",
        "Una legge che prevede nuovi moli per il porto di Genova.",  # no comma before it
        # relative clauses one inside the other, their verbs after an aside and an infinitive
        "Un patto allora prezioso per Marco Verdi e Luca Neri che, arrivati a Tarvisio con il pretesto "
        "delle scorte di grano, attraverso Rossi potevano mostrare agli alleati che alcuni mercanti "
        "le nascondevano.",
        "Una protesta pacifica che, oltre a far cadere il sindaco Bruno Gatti, ha avuto effetti in tutta "
        "la valle.",
    ],
)
def test_a_noun_phrase_whose_relative_clauses_are_all_it_says_goes_on_from_the_sentence_before(
    statement: str,
) -> None:
    assert verbless_before_relative(statement)
    assert (why_not_alone(statement) or "").startswith("a verbless line, which the lines before it explain")


@pytest.mark.parametrize(
    "statement",
    [
        "Un uomo, che era ricercato da mesi, è stato arrestato a Genova.",  # the main clause after it
        "Un uomo ha presentato il piano per il porto di Genova, che prevede nuovi moli.",
        "Un uomo che era ricercato da mesi è stato arrestato a Genova.",  # no comma, a main clause after it
        "Un'idea nuova: la giunta che governa Genova la discute da mesi.",  # a colon: a clause may follow
        "A quiet deal for the port of Genoa, which nobody saw coming.",  # English verbs are not known
    ],
)
def test_a_relative_clause_after_a_main_clause_or_after_a_verb_is_not_all_it_says(statement: str) -> None:
    assert not verbless_before_relative(statement)


def test_li_is_a_pronoun_for_people_named_before() -> None:
    statement = "Dopo una lunga attesa, Amadeus li squalificava in diretta dal palco di Sanremo."
    assert pronoun_object(statement)
    assert why_not_alone(statement) == "a pronoun that stands for something named before"
    assert not pronoun_object("Il ministro ha presentato i piani e li ha difesi in Senato.")  # after its verb


def test_a_question_after_the_first_sentence_asks_rather_than_reports() -> None:
    assert why_not_alone("Elezioni negli Stati Uniti. Ma è davvero democrazia?") == "a question"


@pytest.mark.parametrize(
    "statement",
    [
        "Il ministro degli Esteri, Anna Neri, in visita a Kabul, ha respinto ogni accusa.",
        "Il ministro Marco Rossi ha respinto tutte le accuse.",
        "The Pentagon denied every allegation.",
    ],
)
def test_every_accusation_with_nothing_after_it_is_the_one_named_before(statement: str) -> None:
    assert why_not_alone(statement) == "a definite noun phrase whose referent is not in the statement"


def test_an_accusation_that_says_what_it_is_stands_alone() -> None:
    statement = "Il ministro Marco Rossi ha respinto ogni accusa di corruzione mossa dalla Procura di Milano."
    assert why_not_alone(statement) is None


@pytest.mark.parametrize(
    "statement",
    [
        "Seven additional children have been reunited with their families in Ukraine.",
        "Additional Executive Board members will be announced over the coming weeks.",
        "Keith Doe further shared that he was grateful to the President of the United States.",
        "Israele comunque può essere soddisfatta del voto del Consiglio di Sicurezza.",
    ],
)
def test_more_of_what_was_named_or_said_before_points_back(statement: str) -> None:
    assert why_not_alone(statement) is not None


def test_additional_after_its_verb_is_more_of_a_kind_not_of_what_was_named() -> None:
    assert why_not_alone("President Trump announced additional tariffs on China on Monday.") is None


def test_an_interviews_question_run_into_its_answer_is_a_question() -> None:
    statement = (
        "Padre Marco, quale ruolo può giocare l'Italia?Roma, dopo le elezioni, può di nuovo proporre "
        "un tavolo negoziale tra le parti in Siria."
    )
    assert why_not_alone(statement) == "a question"
    # a speaker's question, inside the quotation marks, is what they said
    quoted = "«Chi pagherà la ricostruzione?», ha chiesto il sindaco di Genova Marco Bucci al governo Meloni."
    assert why_not_alone(quoted, speaker="Marco Bucci", speaker_shown=True) is None


@pytest.mark.parametrize(
    "statement",
    [
        "Il primogenito, Marco Rossi, è l'unico avuto dalla prima moglie Anna.",
        "La moglie Anna Bianchi ha parlato ieri a Genova con i giornalisti.",
        "The son testified in Congress on Tuesday about the company's accounts.",
    ],
)
def test_a_person_named_by_their_tie_to_someone_unnamed_points_back(statement: str) -> None:
    assert why_not_alone(statement) == "a person named by their tie to someone named before"


def test_a_tie_that_says_whose_stands_alone() -> None:
    assert why_not_alone("La moglie di Marco Rossi ha parlato ieri a Genova con i giornalisti.") is None
    assert why_not_alone("The son of President Joe Doe testified in Congress on Tuesday.") is None


@pytest.mark.parametrize(
    "statement",
    [
        "L'Emmy per la miglior attrice è stato poi vinto da Anna Bianchi, del cast di Baby Reindeer.",
        "La guerriglia iniziata al Cairo si è poi estesa anche ad Alessandria e ad altri centri.",
    ],
)
def test_then_after_an_auxiliary_tells_what_came_after_the_sentence_before(statement: str) -> None:
    assert why_not_alone(statement) == (
        "a demonstrative that points back (a word that ties it to the sentence before)"
    )


def test_then_after_an_active_verb_goes_on_with_what_its_subject_did() -> None:
    statement = "Mark Rutte ha poi spostato lo sguardo oltre l'emergenza in Ucraina."
    assert why_not_alone(statement, speaker="Mark Rutte", speaker_shown=True) is None


def test_a_line_that_says_only_whose_the_next_words_are_is_no_statement() -> None:
    statement = (
        "Ufficio di Marco Bellini, capo di gabinetto della giunta del Molise, il braccio destro del "
        "presidente Aldo Ferri finito agli arresti nell'ambito dell'indagine della Procura di Isernia."
    )
    assert verbless_owner_line(statement)
    assert why_not_alone(statement) == (
        "a verbless line, which the lines before it explain (it says whose the next words are)"
    )


@pytest.mark.parametrize(
    "statement",
    [
        "Ufficio di Marco Bellini, capo di gabinetto della giunta, ha smentito ogni accusa.",  # a verb
        "Salvatore Di Carlo, 31 anni, di Isernia.",  # `Di` of a surname: no owner
        "Office of Senator Jane Moss, chair of the committee, said the vote was delayed.",  # verbs not known
    ],
)
def test_a_line_with_a_verb_or_a_name_or_in_a_language_whose_verbs_are_not_known_is_not_an_owner_line(
    statement: str,
) -> None:
    assert not verbless_owner_line(statement)
