"""The body asks for the sign that a statement reads alone, not only for the absence of pointers
(issue 15, session 11). The grade (`alone.why_not_alone`) looks for words that point back, and
each of its rules finds the pointer it was written for; a statement deeper than its article's
lead that passes it but does not open on whom or what it is about (`La scenografia è stata curata
da…`: the set of what?) is printed in the reporter's words nowhere in the body. Its article's lead
needs no such sign, and a statement under its speaker's name keeps the grade's reading."""

from __future__ import annotations

from briefing.compose import ComposeOptions, compose
from briefing.compose.alone import unresolved_demonstrative
from briefing.compose.core import reading_alone_first
from briefing.engines.extractive import ExtractiveEngine
from briefing.models import Article, Briefing
from handwritten import candidate_with, candidates_of, handwritten_article

PREMIERE = (
    "date 2025-03-31\nLa prima del Teatro Regio di Torino\n\n"
    "Il Teatro Regio di Torino ha aperto sabato la stagione con la prima della Tosca di Giacomo Puccini, "
    "diretta dal maestro Andrea Battistoni davanti a 1.500 spettatori.\n\n"
    "Lo spettacolo è durato tre ore e il pubblico ha applaudito per dieci minuti "
    "alla fine del terzo atto.\n\n"
    "La scenografia è stata curata dall'architetto Paolo Ferrandi con legno e ferro di recupero.\n\n"
    "Il sovrintendente del Teatro Regio Mathieu Jouvin ha annunciato che la stagione avrà "
    "14 titoli e 90 recite.\n\n"
    "La Regione Piemonte ha stanziato 2 milioni di euro per il restauro della sala del Teatro Regio.\n"
)
SET_DESIGN = "La scenografia è stata curata"


def _premiere() -> Article:
    return handwritten_article("regio.txt", PREMIERE)


def _printed(briefing: Briefing) -> list[str]:
    return [st.text for section in briefing.sections for st in section.statements if st.citations]


def _briefing(article: Article) -> Briefing:
    facts = ExtractiveEngine().extract(article).facts
    return compose([article], facts, ComposeOptions(language="it"))


def test_a_deep_statement_that_passes_the_grade_without_opening_on_its_subject_does_not_read_alone() -> None:
    deep = candidate_with(candidates_of(_premiere()), SET_DESIGN)
    assert deep.printable()  # no pointer the grade knows: `La scenografia` of what is not asked
    assert not deep.reads_alone()


def test_the_body_leaves_out_a_statement_that_does_not_open_on_its_subject() -> None:
    printed = _printed(_briefing(_premiere()))
    assert not any(SET_DESIGN in text for text in printed)
    # the statements that open on whom or what they are about are printed as before
    assert any(text.startswith("Il Teatro Regio di Torino ha aperto") for text in printed)
    assert any(text.startswith("La Regione Piemonte ha stanziato") for text in printed)
    assert any("Mathieu Jouvin" in text for text in printed)


def test_a_statement_that_opens_on_a_name_reads_alone_deep_in_its_article() -> None:
    candidates = candidates_of(_premiere())
    assert candidate_with(candidates, "La Regione Piemonte ha stanziato").reads_alone()


def test_an_articles_lead_reads_alone_without_opening_on_its_subject() -> None:
    # the same sentence as its article's lead: nothing before it is missing but the headline
    text = (
        "date 2025-03-31\nTosca al Regio di Torino\n\n"
        "La scenografia è stata curata dall'architetto Paolo Ferrandi con legno e ferro di recupero.\n\n"
        "Il Teatro Regio di Torino ha aperto sabato la stagione con la Tosca di Giacomo Puccini.\n"
    )
    lead = candidate_with(candidates_of(handwritten_article("lead.txt", text)), SET_DESIGN)
    assert lead.reads_alone()


def test_the_ranking_puts_what_reads_alone_first_and_keeps_each_part_in_its_order() -> None:
    candidates = candidates_of(_premiere())
    deep = candidate_with(candidates, SET_DESIGN)
    region = candidate_with(candidates, "La Regione Piemonte")
    theatre = candidate_with(candidates, "Il Teatro Regio di Torino ha aperto")
    assert reading_alone_first([deep, region, theatre]) == [region, theatre, deep]
    assert reading_alone_first([theatre, deep, region]) == [theatre, region, deep]


TRAM = (
    "date 2025-03-31\nIl cantiere del tram di Torino\n\n"
    "Il Comune di Torino ha aperto il 3 marzo il cantiere della nuova linea 12 del tram, "
    "che collegherà la stazione di Porta Nuova al quartiere di Mirafiori.\n\n"
    "Gli operai lavorano su tre turni e il traffico è deviato su corso Unione Sovietica.\n\n"
    "La Regione Piemonte ha stanziato il 28 marzo altri 30 milioni di euro per la linea 12.\n"
)


def test_the_context_leaves_out_what_does_not_say_whose_it_is() -> None:
    # `Gli operai` of which works? The name after it is a street, not the subject.
    printed = _printed(_briefing(handwritten_article("tram.txt", TRAM)))
    assert not any(text.startswith("Gli operai lavorano") for text in printed)
    assert any(text.startswith("Il Comune di Torino ha aperto") for text in printed)
    assert any(text.startswith("La Regione Piemonte ha stanziato") for text in printed)


def test_a_demonstrative_whose_noun_the_sentence_has_not_named_points_back_even_in_a_quotation() -> None:
    assert unresolved_demonstrative(
        "«Il governo annuncia questa riforma da dieci anni», ha detto Marco Neri."
    )
    assert unresolved_demonstrative("Marco Neri said the talks would settle these questions by May.")
    assert unresolved_demonstrative("Il ministro Marco Neri ha detto che quegli accordi non valgono più.")


def test_a_time_a_noun_named_before_and_a_later_sentence_are_no_unresolved_demonstrative() -> None:
    assert unresolved_demonstrative("Questa settimana il Senato vota la legge di bilancio.") is None
    assert (
        unresolved_demonstrative("La Regione ha presentato una proposta e questa proposta sarà votata.")
        is None
    )
    # the engine joined the sentences so that the second points into the first
    assert (
        unresolved_demonstrative("Marco Neri ha chiesto tre nuove linee. Tali richieste sono state accolte.")
        is None
    )


def test_a_quotation_with_such_a_demonstrative_is_printed_in_the_reporters_words_nowhere() -> None:
    text = (
        "date 2025-03-31\nLa riforma dei trasporti in Piemonte\n\n"
        "La Regione Piemonte ha approvato lunedì la riforma del trasporto locale.\n\n"
        "Il ministro Marco Neri ha detto che la Regione Piemonte «pagherà questa scelta per dieci anni».\n"
    )
    quoted = candidate_with(candidates_of(handwritten_article("riforma.txt", text)), "questa scelta")
    assert quoted.printable()  # the grade reads no demonstrative inside quotation marks
    assert not quoted.reads_alone()
