"""A body statement is printed only when a reader sees whom it is about and who speaks (issue 15,
session 10): a clause that opens on a verb past its opening phrases leaves its subject unsaid; a
name after a colon does not say what the clause before it is about; a quotation under a speaker's
label still has to name what it is about; and a speaker counts as shown only where the print
shows them."""

from __future__ import annotations

from briefing.compose.alone import why_not_alone
from briefing.compose.candidates import prepare
from briefing.compose.keypoints import key_point_text
from briefing.compose.subject import (
    NOT_NAMED_EARLY,
    names_its_subject,
    quotation_names_nothing,
    quotation_opens_on_pronoun,
    subject_unsaid,
)
from briefing.engines.extractive import ExtractiveEngine
from handwritten import candidate_with, handwritten_article


def test_a_copula_past_two_opening_phrases_leaves_its_subject_unsaid() -> None:
    statement = (
        "Per il numero di romanzi pubblicati, in Italia e all'estero, è probabilmente anche la scrittrice "
        "più tradotta della sua generazione."
    )
    assert subject_unsaid(statement)
    assert why_not_alone(statement) is not None


def test_a_verb_past_a_time_phrase_with_its_subject_governed_by_a_preposition_leaves_it_unsaid() -> None:
    # `Marco Bianchi` stands after `con il regista`: a preposition's, not the verb's subject
    statement = (
        "Dopo tre anni a Parigi con il pittore Luca Verdi, l'anno scorso, è tornata sul palco di un teatro "
        "di Torino con il regista Marco Bianchi."
    )
    assert subject_unsaid(statement)


def test_a_subject_after_the_verb_is_a_subject() -> None:
    assert not subject_unsaid(
        "In terza posizione, dopo una lunga rimonta, è arrivato lo spagnolo Marc Márquez."
    )
    assert (
        why_not_alone("In terza posizione, dopo una lunga rimonta, è arrivato lo spagnolo Marc Márquez.")
        is None
    )


def test_a_verb_that_opens_the_sentence_on_di_and_an_infinitive_has_no_subject() -> None:
    statement = (
        "Propone di ridurre da 10 a 5 gli anni di residenza legale richiesti per la cittadinanza italiana."
    )
    assert subject_unsaid(statement)
    assert why_not_alone(statement) is not None
    # after an article, the same words are a noun's
    assert not subject_unsaid("La proposta di ridurre gli anni di residenza è del partito Più Europa.")


def test_what_the_unsaid_subject_is_called_points_back() -> None:
    assert (
        why_not_alone("È detta zona d'azione perché dall'alto ha la forma di una T rovesciata.") is not None
    )


def test_a_name_after_a_colon_does_not_say_what_the_clause_before_it_is_about() -> None:
    lead = "Il maltempo ha colpito la Romagna per tre giorni, con piogge forti in tutta la regione."
    statement = (
        "In due giorni l'amministrazione ha allestito tre diversi centri di accoglienza: prima al Pala "
        "Sabin, poi alla scuola media Baracca."
    )
    article = f"date 2024-09-24\nAlluvione\n\n{lead} {statement}\n"
    assert not names_its_subject(statement, article, within=14)
    assert why_not_alone(statement, earlier=lead + " ", article=article) == NOT_NAMED_EARLY


def test_a_quotation_under_a_speakers_label_must_name_what_it_is_about() -> None:
    article = "Allies agreed to spend five percent of their economies on defence at the summit in The Hague."
    assert quotation_names_nothing("CNN’s Jane Roe and John Doe: “A diplomatic masterstroke.”", article)
    assert not quotation_names_nothing(
        "Sen. John Doe: “A stronger NATO will stop future conflicts.”", article
    )


def test_a_sentence_of_its_own_before_a_colon_is_no_speakers_label() -> None:
    statement = (
        "Giulia Neri, che ha fondato con due soci il negozio Ambroeus a Milano, ripropone spesso i look "
        "delle sfilate: «a volte è più facile ricrearli con il vintage»."
    )
    assert not quotation_names_nothing(statement, "Giulia Neri e il negozio Ambroeus a Milano.")


MANOVRA = (
    "date 2024-09-24\nManovra, il piano del governo\n\n"
    "Il ministro dell'Economia Giancarlo Giorgetti ha presentato la manovra a Roma martedì mattina.\n\n"
    "In un lungo intervento all'assemblea della Lega a Pontida, ha spiegato che la manovra del 2025 "
    "sarà prudente sui conti pubblici.\n"
)


def test_a_speaker_the_print_leaves_out_does_not_count_as_shown() -> None:
    article = handwritten_article("manovra.txt", MANOVRA)
    facts = [
        fact.model_copy(update={"speaker": "Giancarlo Giorgetti"}) if "Pontida" in fact.statement else fact
        for fact in ExtractiveEngine().extract(article).facts
    ]
    candidate = candidate_with(prepare(facts, [article]), "Pontida")
    assert key_point_text(candidate.fact) == candidate.fact.statement  # printed with no name before it
    assert not candidate.printable()  # so who `ha spiegato` is not shown
    assert candidate.printable(under_speaker=True)  # under the speaker's name, in Positions, it is


def test_what_the_unsaid_subject_is_by_where_it_happens_points_back() -> None:
    statement = "Sono le zone in cui le milizie hanno preso il controllo all'inizio della guerra in Sudan."
    assert why_not_alone(statement) is not None
    # a cleft names its subject: `Sono i carabinieri che…`
    assert why_not_alone("Sono i carabinieri di Trieste che hanno trovato il corpo nel pomeriggio.") is None


def test_a_bare_increase_is_the_one_named_before() -> None:
    article = "La riforma delle pensioni e il ministero dell'Economia."
    bare = "Per l'applicazione dell'aumento è previsto un decreto del ministero dell'Economia entro l'anno."
    said = (
        "Per l'applicazione dell'aumento dell'età pensionabile è previsto un decreto del ministero "
        "dell'Economia entro l'anno."
    )
    assert why_not_alone(bare, earlier="x", article=article) is not None
    assert why_not_alone(said, earlier="x", article=article) is None


def test_a_verbless_clause_that_adds_with_anche_is_an_entry_of_a_list_said_before() -> None:
    listed = (
        "Esposti anche gli abiti realizzati con i velluti di Mariano Fortuny per il film La corona di "
        "ferro, firmati dal costumista Gino Sensani."
    )
    assert why_not_alone(listed) is not None
    # with a finite verb of its own, `anche` adds within the sentence
    assert why_not_alone("Il Comune di Torino ha aderito anche allo sciopero generale di venerdì.") is None


def test_a_verdict_on_what_someone_said_needs_what_they_said() -> None:
    assert why_not_alone("Rep. John Doe: “Secretary General Mark Rutte is absolutely correct.”") is not None
    assert why_not_alone("Il sindaco di Faenza Massimo Isola ha perfettamente ragione.") is not None
    assert why_not_alone("Il sindaco di Faenza ha ragione a chiedere più fondi per gli argini.") is None


def test_an_it_that_nothing_after_it_explains_stands_for_what_was_done() -> None:
    statement = "President Jane Doe: “Without the support of the United States, it would be impossible.”"
    assert why_not_alone(statement) is not None
    explained = "President Jane Doe: “Without the United States, it would be impossible to rebuild the port.”"
    assert why_not_alone(explained) is None


def test_a_quotation_whose_subject_is_a_pronoun_needs_whom_it_stands_for() -> None:
    statement = (
        "Foreign Minister Jane Roe: “I think he’s exactly right when he says that Europe must spend more.”"
    )
    assert why_not_alone(statement, speaker="Jane Roe", speaker_shown=True) is not None
    named = (
        "Foreign Minister Jane Roe: “I think Mark Rutte is right when he says that Europe must spend more.”"
    )
    assert why_not_alone(named, speaker="Jane Roe", speaker_shown=True) is None
    assert not quotation_opens_on_pronoun("“His Majesty King Charles will visit Rome”, the palace said.")


def test_past_a_colon_a_clause_of_its_own_may_name_its_subject() -> None:
    article = (
        "date 2025-03-31\nLutto\n\nAscolta l'articolo.\n"
        "Lutto nel mondo del giornalismo: è morta Paola Rossi.\n"
    )
    statement = (
        "Lutto nel mondo del giornalismo: è venuta a mancare Paola Rossi, cronista politica di Sky Tg24."
    )
    assert names_its_subject(statement, article, within=14)
    timed = "Poco dopo le 23:00 ora locale la polizia di Five Points South ha chiuso la strada al traffico."
    assert names_its_subject(timed, "Five Points South", within=14)  # a clock's colon ends no clause


def test_a_quotation_before_the_first_comma_is_no_opening_phrase() -> None:
    statement = (
        '"Le conferme" della buona salute dello sport italiano "continuano, come quella di Filippo Ganna", '
        "ha spiegato il capo dello Stato."
    )
    assert not subject_unsaid(statement)


def test_anche_after_a_named_subject_adds_a_time_not_a_subject() -> None:
    statement = "Luna Rossa avanti con un buon margine anche al termine del terzo lato di bolina."
    assert why_not_alone(statement) is None


def test_the_occasion_in_a_quotations_reporting_clause_needs_no_sentence_before_under_its_speaker() -> None:
    # `after the meeting` says when the speaker spoke; what they said reads alone under their name
    statement = (
        '"We will keep up the pressure until Russia agrees to a real ceasefire," the foreign policy chief '
        "Anna Kovacs told a news conference after the meeting."
    )
    assert why_not_alone(statement, speaker="Anna Kovacs", speaker_shown=True) is None
    assert why_not_alone(statement, speaker="Anna Kovacs") is not None  # bare, `the meeting` is unnamed
    italian = (
        "«Non ci fermeremo finché la Russia non accetterà la tregua», ha detto Anna Kovacs "
        "al termine della riunione."
    )
    assert why_not_alone(italian, speaker="Anna Kovacs", speaker_shown=True) is None


def test_a_definite_noun_inside_the_quotation_still_points_back_under_its_speaker() -> None:
    statement = '"We respect the decision," Anna Kovacs told reporters.'
    assert why_not_alone(statement, speaker="Anna Kovacs", speaker_shown=True) is not None
