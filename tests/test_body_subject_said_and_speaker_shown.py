"""A body statement is printed only when a reader sees whom it is about and who speaks (issue 15,
session 10): a clause that opens on a verb past its opening phrases leaves its subject unsaid; a
name after a colon does not say what the clause before it is about; a quotation under a speaker's
label still has to name what it is about; and a speaker counts as shown only where the print
shows them."""

from __future__ import annotations

from briefing.compose.alone import (
    NOT_NAMED_EARLY,
    names_its_subject,
    quotation_names_nothing,
    subject_unsaid,
    why_not_alone,
)
from briefing.compose.candidates import prepare
from briefing.compose.keypoints import key_point_text
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
