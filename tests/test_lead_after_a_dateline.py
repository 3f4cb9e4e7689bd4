"""An article's lead is the sentence its dateline opens (`LIVORNO - È di almeno…`), also on a page
that sets no blank line under its headline block (issue 15, session 15: the held Yemen article's
lead was judged a sentence deep in its body, and the story it alone told was left out as having
no sentence that reads alone). The headline written twice, a standfirst or a caption above the
dateline are no sentences the lead leans on; a heading run into a later paragraph
(`INDAGINI - …`) is no dateline, and a sentence the lines above it end is no headline block."""

from __future__ import annotations

from briefing.compose.candidates import Candidate
from handwritten import candidate_with, candidates_of, handwritten_article

HEADLINE_BLOCK = (
    "date 2025-03-31\n"
    "Livorno, esplode un deposito di vernici al porto: almeno 12 feriti\n"
    "tutti operai della ditta\n"
    "Livorno, esplode un deposito di vernici al porto: almeno 12 feriti\n"
    "L'incendio domato dopo sei ore dai vigili del fuoco\n"
)
LEAD = (
    "È di almeno 12 feriti, tutti operai di una ditta di trasporti, il bilancio di "
    "un'esplosione avvenuta ieri mattina in un deposito di vernici del porto di Livorno."
)
BODY = (
    " Il sindaco Luca Salvetti ha chiesto una verifica su tutti i depositi dell'area.\n"
    "INDAGINI - La procura ha aperto un fascicolo per disastro colposo.\n"
)


def _lead(text: str) -> Candidate:
    return candidate_with(candidates_of(handwritten_article("porto.txt", text)), "È di almeno 12 feriti")


def test_the_sentence_a_dateline_opens_is_its_articles_lead_under_a_headline_block() -> None:
    lead = _lead(HEADLINE_BLOCK + "LIVORNO - " + LEAD + BODY)
    assert lead.printable()
    assert lead.reads_alone()


def test_a_dateline_after_a_sentence_of_the_body_opens_no_lead() -> None:
    # a line above it that ends a sentence is body text, which the sentence may lean on
    text = HEADLINE_BLOCK + "I vigili del fuoco sono intervenuti con dieci squadre.\nLIVORNO - " + LEAD + BODY
    assert not _lead(text).reads_alone()


def test_a_heading_run_into_a_later_paragraph_is_no_dateline() -> None:
    candidates = candidates_of(handwritten_article("porto.txt", HEADLINE_BLOCK + "LIVORNO - " + LEAD + BODY))
    # `La procura` of which town: the paragraph the heading opens leans on the lead
    assert not candidate_with(candidates, "La procura ha aperto").reads_alone()


def test_a_lead_under_a_date_line_and_a_byline_leans_on_nothing_before_it() -> None:
    # a page that sets its day (`May 15, 2025`) and its author on lines of their own between the
    # headline and the lead: those lines are no sentence the lead leans on
    text = (
        "Ministers split over the harbour budget\n\nMay 15, 2025\n\nBy Carla Mendes\n\n"
        "Harbour ministers meeting in Valmora failed on Thursday to agree on a new budget, as two "
        "members resisted a push to double it.\n"
    )
    lead = candidate_with(candidates_of(handwritten_article("harbour.txt", text, "en")), "failed on Thursday")
    assert lead.earlier(lead.fact.evidence[0].start) == ""
    assert lead.reads_alone()


def test_a_lead_under_a_front_matter_and_its_headline_set_again_leans_on_nothing_before_it() -> None:
    # a Markdown page with YAML front matter sets its headline again as `# …` under the block: the
    # lead leans on neither, so its storyline is not left out as unreadable
    text = (
        "---\ntitle: Piano casa di Valmora\ndate: 2025-04-02\n---\n\n# Piano casa di Valmora\n\n"
        "Il consiglio comunale di Valmora ha approvato martedì il nuovo piano per la casa, che "
        "prevede 600 alloggi entro il 2028.\n"
    )
    lead = candidate_with(candidates_of(handwritten_article("piano.md", text)), "ha approvato martedì")
    assert lead.earlier(lead.fact.evidence[0].start) == ""
    assert lead.reads_alone()


def test_a_lead_after_a_dateline_that_names_only_its_place_leans_on_nothing() -> None:
    # `Larena - ` is left out of the printed lead; the lead stays its article's lead
    text = (
        "Sciopero dei trasporti a Larena\n\n"
        "Larena - Autobus e tram sono rimasti fermi ieri per otto ore a Larena, dove i sindacati "
        "hanno proclamato uno sciopero.\n"
    )
    lead = candidate_with(candidates_of(handwritten_article("larena.txt", text)), "Autobus e tram")
    assert lead.earlier(lead.fact.evidence[0].start) == ""
