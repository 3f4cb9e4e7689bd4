"""Statements that need a sentence of their article the briefing does not show (issue 15, session
20): each test invents a sentence of a kind the dev copies printed, and one like it that stands
alone (hand-written articles)."""

from __future__ import annotations

from briefing.compose.alone import why_not_alone
from briefing.compose.sentence_before import definite_named_before, introduced_earlier
from briefing.engines.extractive import ExtractiveEngine
from briefing.rules.actors import ActorIndex
from briefing.rules.interview import interview_of
from briefing.rules.standalone import points_back
from handwritten import handwritten_article

BANK = (
    "Lunedì Banca Aurora ha comprato il 9 per cento delle azioni di Nordkredit, una delle più grandi "
    "banche olandesi. Con quest'ultima mossa arriverebbe a detenere il 20 per cento del capitale della "
    "banca olandese. Il governo olandese è direttamente coinvolto nell'operazione: ne ha venduto parte "
    "delle azioni agli italiani. "
)


def test_a_bare_definite_noun_the_article_named_with_words_that_say_which_points_back() -> None:
    # `della banca`: the Dutch bank named two sentences before, not in the one right before it
    statement = "Lo Stato olandese è nel capitale della banca dai tempi della crisi finanziaria del 2008."
    assert introduced_earlier(statement, BANK) == "banca"
    assert why_not_alone(statement, before=BANK, earlier=BANK) is not None
    # a portal the article introduced as `La piattaforma digitale istituita dal ministero…`
    earlier = (
        "La piattaforma digitale istituita dal ministero per la raccolta delle firme ha ripreso a "
        "funzionare. Il blocco era dovuto a una richiesta eccezionale di accessi. "
    )
    portal = (
        "I tecnici del Dipartimento per l'innovazione hanno lavorato per escludere qualsiasi tentativo "
        "di attacco alla piattaforma e il servizio ha ripreso a funzionare."
    )
    assert introduced_earlier(portal, earlier) == "piattaforma"


def test_a_definite_noun_that_says_which_or_that_the_article_wrote_bare_does_not() -> None:
    # words after it say which: `della banca Nordkredit`
    named = "Lo Stato olandese è nel capitale della banca Nordkredit dal 2008."
    assert introduced_earlier(named, BANK) is None
    # the article wrote it bare too, as a notion (`la politica`), not a particular one
    earlier = "Il ministro Carlo Neri ha parlato a lungo della politica e dei giovani. "
    notion = "Il sindaco Marta Riva ha detto che la politica deve cambiare."
    assert introduced_earlier(notion, earlier) is None
    # nouns a reader places anyway: `il governo`
    assert introduced_earlier("Il presidente Luca Bassi ha criticato il governo.", BANK) is None


def test_what_names_no_particular_one_introduces_nothing() -> None:
    # a noun with no article before it (`di protesta`) names no particular protest
    earlier = "Le donne hanno scelto una forma di protesta simbolica, bruciando i loro veli. "
    quote = "«Bruciamo i veli», spiega Nora Saleh, una delle donne arrivate alla protesta."
    assert introduced_earlier(quote, earlier) is None
    # a relative pronoun after its preposition is no noun (`nel quale` after `alla quale stiamo`)
    told = "Sono alla base della tragedia alla quale stiamo assistendo. "
    assert (
        introduced_earlier("Il paese è cambiato nel momento nel quale ha applaudito i soldati.", told) is None
    )
    # a complement that opens an infinitive says what power, not which one (`il potere di gestire`)
    power = "Non hanno saputo togliere ai militari il potere di gestire la rivoluzione. "
    assert introduced_earlier("Ha liberato il paese da un'altra occupazione del potere.", power) is None


def test_a_noun_introduced_long_before_is_not_the_one_a_later_sentence_names() -> None:
    far = BANK + "Il titolo è salito. Gli analisti sono cauti. I sindacati protestano. La borsa è chiusa. "
    statement = "Lo Stato olandese è nel capitale della banca dai tempi della crisi finanziaria del 2008."
    assert introduced_earlier(statement, far) is None


def test_a_time_word_is_placed_by_the_date_the_briefing_prints() -> None:
    # `della settimana` after `una settimana di scontri`: the time a printed date places, as the
    # other rules of a noun named before read it (`sentence_before._placed_anyway`)
    earlier = "È stata una settimana di scontri a Sanaa tra i soldati e i manifestanti. "
    statement = "Alla fine della settimana il governo ha accettato le richieste dei manifestanti."
    assert definite_named_before(statement, earlier) is None
    # a thing the article introduced with an indefinite article still points back
    platform = "Il ministero ha lanciato una piattaforma per le firme. "
    assert definite_named_before("Il ministro ha difeso la piattaforma.", platform) == "piattaforma"


def test_a_participle_after_a_noun_is_no_verb_of_a_verbless_line() -> None:
    # `armate` qualifies `forze`: the line has no verb, and the lines before it explain it
    line = "Il potente Consiglio Supremo delle forze armate."
    assert why_not_alone(line) is not None
    # a verb of its own
    assert why_not_alone("Il Consiglio Supremo delle forze armate governa il paese da un anno.") is None


def test_an_adjective_that_ends_like_an_imperfect_is_no_verb() -> None:
    # `elettiva` is an adjective, not the imperfect `partiva`: the relative clause is all it says
    fragment = (
        "Repubblica presidenziale che affida ogni potere al capo dello Stato, riducendo il Senato, cioè "
        "l'assemblea elettiva del paese, a un ruolo subordinato."
    )
    assert why_not_alone(fragment) is not None
    # a main clause of its own in the imperfect
    sentence = "Una riforma che ha rafforzato il capo dello Stato indeboliva il Senato."
    assert why_not_alone(sentence) is None


def test_tanti_as_a_predicate_counts_what_was_named_before() -> None:
    statement = "Tanti dovevano essere, secondo il ministro Carlo Neri, i coloni da portare in Africa."
    assert points_back(statement) is not None
    assert why_not_alone(statement) is not None
    # `Tanti` before its noun counts it
    assert points_back("Tanti italiani hanno lasciato la Libia nel 1970.") is None


INTERVIEW = (
    "date 2024-05-12\n"
    "Il sindaco di Rivalta: «Non ci sto»\n\n"
    "di Anna Riva\n\n"
    "Sindaco Marco Gallo, che cosa pensa dell'inchiesta sul porto di Rivalta?\n\n"
    "«Leggo sui giornali tante ricostruzioni false sul porto di Rivalta».\n\n"
    "Resta il fatto che lei ha sollecitato quel provvedimento.\n\n"
    "«Io sollecito sempre tutto. Mi batto per far avere il più possibile alla mia città».\n\n"
    "Teme nuove accuse dalla procura di Rivalta?\n\n"
    "«Ne ho già ricevute molte, e non finirà qui».\n"
)


def test_an_interviewers_line_with_no_question_mark_over_an_answer_is_its_question() -> None:
    interview = interview_of(INTERVIEW, ActorIndex.build(INTERVIEW))
    assert interview is not None
    prompt = INTERVIEW.index("Resta il fatto")
    answer = INTERVIEW.index("«Io sollecito")
    assert interview.question_before(INTERVIEW, answer) == prompt
    facts = ExtractiveEngine().extract(handwritten_article("gallo.txt", INTERVIEW)).facts
    reply = next(f for f in facts if "Io sollecito" in f.statement)
    prompted = "Resta il fatto che lei ha sollecitato quel provvedimento. «Io sollecito"
    assert reply.statement.startswith(prompted)
    # and, as printed under its speaker's name, `quel provvedimento` needs the sentence before
    assert why_not_alone(reply.statement, speaker="Marco Gallo", speaker_shown=True) is not None
    # an interviewer's line that points back to nothing still is not the interviewee's to say
    line = "Mi riferivo all'inchiesta sul porto di Rivalta. «Leggo sui giornali tante ricostruzioni false»."
    assert why_not_alone(line, speaker="Marco Gallo", speaker_shown=True) is not None
    # nor, printed without the name, is the answer anyone's
    doubt = (
        "Restano i dubbi sull'inchiesta del porto di Rivalta. «Leggo sui giornali tante ricostruzioni false»."
    )
    assert why_not_alone(doubt, speaker="Marco Gallo") is not None
    assert why_not_alone(doubt, speaker="Marco Gallo", speaker_shown=True) is not None


def test_a_question_that_names_nothing_but_whom_it_asks_needs_what_came_before() -> None:
    # `si sente coinvolto?`: in what, the introduction said
    statement = "Sindaco Marco Gallo, si sente coinvolto? «Come potrei non esserlo»."
    assert why_not_alone(statement, speaker="Marco Gallo", speaker_shown=True) is not None
    # a question that says what it asks about
    named = "Teme una guerra commerciale con Washington? «Ne abbiamo già avuto un assaggio»."
    assert why_not_alone(named, speaker="Paolo Serra", speaker_shown=True) is None


def test_the_film_by_another_of_its_names_with_nothing_that_says_which() -> None:
    # `alla pellicola,`: the film the article named as `un film … «Titolo»` before
    statement = (
        "I quotidiani Il Giorno e La Voce si sono scatenati nella condanna alla pellicola, invocando "
        "la censura del regista."
    )
    assert why_not_alone(statement) is not None
    # a film named right after its noun
    named = (
        "I quotidiani Il Giorno e La Voce hanno recensito la pellicola Notte a Tunisi del regista Ali Ben."
    )
    assert why_not_alone(named) is None


def test_a_statement_that_opens_on_e_quanto_is_what_the_sentence_before_said() -> None:
    # `È quanto sostiene …`: "that is what … holds" — the claim is in the sentence before
    for statement in (
        "E' quanto sostiene il segretario del Partito dei Lavoratori, Marco Ferri.",
        "È quanto ha dichiarato il ministro Paolo Neri ai giornalisti a Bruxelles.",
        "È quanto emerge da un rapporto dell'Agenzia europea pubblicato ieri.",
    ):
        assert points_back(statement) == "strong", statement
    # `quanto` later in the sentence asks or measures, and points at nothing
    for statement in (
        "Il ministro Paolo Neri ha detto quanto costerà la nuova linea ferroviaria.",
        "Non è chiaro quanto durerà lo sciopero dei trasporti indetto dai sindacati.",
    ):
        assert points_back(statement) is None, statement
