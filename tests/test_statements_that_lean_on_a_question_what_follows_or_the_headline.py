"""Statements that read alone only with something the briefing does not show (issue 15): an
interview's answer that opens on a bare `Sì.` / `No.` / `Of course.` (the question is not shown),
a sentence that announces what follows it and ends there (`Ecco cosa ha detto.`, `… ha dichiarato
quanto segue.`, `Here is what he said.`), and an article's lead whose subject is left unsaid because
the headline above it named it (`E' il primo giocatore a…`, `È stato arrestato ieri…`)."""

from __future__ import annotations

import pytest

from briefing.compose.alone import BARE_REPLY, FORWARD_REFERENCE, LEAD_ON_HEADLINE, why_not_alone
from handwritten import candidate_with, candidates_of, handwritten_article

# -- a reply with no question -------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "Sì, sì. So bene cosa pensa il sindaco di Varese, ma resto contrario al nuovo parcheggio.",
        "«Si, si. Conosco bene la strada per Tripoli e la percorro da vent'anni», ha detto Omar Salem.",
        "No. Il governo di Roma non ha mai chiesto quei fondi alla Commissione europea.",
        "Certo. La Regione Lombardia pagherà i danni dell'alluvione entro l'estate.",
        "Assolutamente sì. Il consiglio comunale di Varese voterà il bilancio a maggio.",
        "No, no! Il comitato di Valmora non ha mai ricevuto quei soldi.",
        "Yes. The council of Valmora will vote on the harbour budget in May.",
        "Of course. Senator Jane Moss will run again in Ohio next year.",
    ],
)
def test_an_answer_that_opens_on_a_bare_reply_word_is_not_printed_alone(statement: str) -> None:
    # the question it answers is in a sentence the briefing does not show
    assert why_not_alone(statement) == BARE_REPLY


def test_a_bare_reply_is_not_printed_under_its_speakers_name_either() -> None:
    statement = "«No. Il porto di Valmora non chiuderà finché sarò sindaco», ha detto Marco Ferri."
    assert why_not_alone(statement, speaker="Marco Ferri", speaker_shown=True) == BARE_REPLY


@pytest.mark.parametrize(
    "statement",
    [
        # `No.` before a number abbreviates it
        "No. 10 Downing Street said the prime minister would travel to Paris on Friday.",
        # a word of the sentence, not a reply of its own: a comma goes on with the sentence
        "Certo, il governo di Roma non poteva prevedere l'alluvione di maggio in Emilia-Romagna.",
        "No, il ministro Carlo Ferri non ha firmato il decreto sui porti.",
        "Sì al nuovo stadio di Firenze: il consiglio comunale ha approvato il progetto del Comune.",
        "Nessuno a Varese si aspettava la chiusura della fabbrica Ferri.",
    ],
)
def test_a_sentence_that_only_opens_on_such_a_word_is_no_bare_reply(statement: str) -> None:
    assert why_not_alone(statement) != BARE_REPLY


def test_a_bare_reply_reads_alone_after_its_question_in_the_same_span() -> None:
    # an interview's question and its answer quoted after it, under the interviewee's name
    statement = "Tornerà presto in Libia? «Sì, sì. Tripoli è la mia città e la Libia è casa mia»"
    assert why_not_alone(statement, speaker="Omar Salem", speaker_shown=True) is None


def test_a_bare_reply_is_printed_with_the_sentence_before_it_that_asks_its_question() -> None:
    text = (
        "date 2025-03-31\nVarese, il sindaco Ferri verso il secondo mandato\n\n"
        "Il sindaco di Varese Marco Ferri ha presentato ieri il bilancio del Comune. "
        "Al sindaco è stato chiesto se tornerà a candidarsi alle elezioni comunali del 2026. "
        "«Sì, sì. Varese ha ancora bisogno di me e il lavoro sul nuovo ospedale non è finito», "
        "ha risposto Marco Ferri.\n"
    )
    reply = candidate_with(candidates_of(handwritten_article("varese.txt", text)), "«Sì, sì.")
    assert reply.printable()
    assert "è stato chiesto se tornerà a candidarsi" in reply.fact.statement  # the question, printed


# -- a forward reference ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "Il ministro Carlo Ferri ha poi parlato ai giornalisti a Varese. Ecco cosa ha detto.",
        "Ecco, quindi, regione per regione, cosa cambia da lunedì in Italia.",
        "Il sindaco di Varese Marco Ferri ha dichiarato quanto segue.",
        "Queste le parole del presidente della Regione Lombardia Attilio Fontana.",
        "Di seguito il testo integrale della lettera del sindaco di Varese.",
        "Il ministro Carlo Ferri ha scritto ai sindaci della Lombardia:",
        "Here is what Senator Jane Moss told reporters in Ohio.",
        "The statement from the mayor of Valmora reads as follows.",
        "Senator Jane Moss said the following.",
    ],
)
def test_a_sentence_that_announces_what_follows_and_ends_there_is_not_printed(statement: str) -> None:
    assert why_not_alone(statement) == FORWARD_REFERENCE


@pytest.mark.parametrize(
    "statement",
    [
        # what it announces follows in the statement itself
        "Ecco la sentenza della Corte d'Appello di Palermo: cinque anni per Mario Rossi.",
        # it sums up what the statement said before it
        "«La sanità lombarda ha bisogno di più medici». Queste le parole del presidente Attilio Fontana.",
        # `Ecco perché` concludes what came before, it announces nothing
        "Mario Rossi ha salvato 44 naufraghi a Lampedusa. Ecco perché il tribunale lo ha assolto.",
        # a following thing that the sentence goes on to tell of
        "Il video seguente mostra i manifestanti di Aden in piazza.",
        "Il ministro Carlo Ferri ha spiegato cosa cambierà a Varese nei prossimi mesi.",
    ],
)
def test_a_sentence_that_holds_or_sums_up_what_it_names_is_no_forward_reference(statement: str) -> None:
    assert why_not_alone(statement) != FORWARD_REFERENCE


# -- a lead that leans on its headline -------------------------------------------------------------

OHTANI = (
    "date 2025-03-31\n"
    "Shohei Ohtani entra nella storia del baseball\n\n"
    "E' il primo giocatore della Major League a segnare 50 fuoricampo e a rubare 50 basi nella stessa "
    "stagione.\n\n"
    "Il giapponese Shohei Ohtani ha firmato con i Dodgers di Los Angeles un contratto da 700 milioni.\n"
)


def test_a_lead_that_opens_on_a_copula_leans_on_the_headline_that_named_its_subject() -> None:
    candidates = candidates_of(handwritten_article("ohtani.txt", OHTANI))
    lead = candidate_with(candidates, "E' il primo giocatore")
    assert lead.why_not_printable() == LEAD_ON_HEADLINE
    assert not lead.reads_alone()
    assert not lead.printable_as_lead()  # no storyline's bottom line either
    after = candidate_with(candidates, "Shohei Ohtani ha firmato")
    assert after.printable()


@pytest.mark.parametrize(
    "lead",
    [
        "È stato arrestato ieri a Milano dopo una lunga fuga in Francia.",
        "Ha vinto il torneo di Miami dopo una finale durata oltre tre ore.",
        "Sarà candidata alle elezioni regionali della Lombardia nel 2026.",
    ],
)
def test_a_lead_that_opens_on_a_verb_whose_subject_only_the_headline_names(lead: str) -> None:
    text = f"date 2025-03-31\nMario Rossi, la lunga corsa\n\n{lead}\n"
    assert why_not_alone(lead, article=text) == LEAD_ON_HEADLINE


@pytest.mark.parametrize(
    "lead",
    [
        # the subject is written after the verb
        "È morto a Torino, all'età di 80 anni, Franco Bassi, pittore e scultore.",
        "È di almeno 12 feriti il bilancio dell'esplosione avvenuta ieri nel porto di Livorno.",
        # a name that is no complement may be its subject: not read
        "È la Juventus a vincere lo scudetto dopo una stagione senza sconfitte.",
        "Ha vinto il torneo di Miami battendo in finale Novak Djokovic.",
        # it says whom it is about
        "Mario Rossi ha vinto il torneo di Miami dopo una finale durata oltre tre ore.",
        # a quotation is its speaker's to judge
        "«È stato un errore lasciare il porto di Valmora senza controlli», ha detto Marco Ferri.",
    ],
)
def test_a_lead_that_names_its_subject_does_not_lean_on_its_headline(lead: str) -> None:
    text = f"date 2025-03-31\nMario Rossi, la lunga corsa\n\n{lead}\n"
    assert why_not_alone(lead, article=text) != LEAD_ON_HEADLINE


def test_a_sentence_deeper_than_the_lead_is_not_graded_as_a_lead() -> None:
    # the sentence before it is what it leans on (`points back`), not the headline
    earlier = "Mario Rossi è fuggito dal carcere di Varese nel 2019. "
    lead = "È stato arrestato ieri a Milano dopo una lunga fuga in Francia."
    text = f"date 2025-03-31\nMario Rossi, la lunga corsa\n\n{earlier}{lead}\n"
    assert why_not_alone(lead, earlier, article=text, earlier=earlier) not in (None, LEAD_ON_HEADLINE)
