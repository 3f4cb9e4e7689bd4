"""A printed statement says who or what it is about (issue 15): one that names no one, speaks as
`I` or `we` for someone the briefing does not show, or holds a demonstrative deep in the sentence
needs a sentence the briefing does not print; it is printed with the sentence before it when that
mends it, or not at all."""

from __future__ import annotations

from briefing.compose.alone import first_person, named_by_age, pronoun_object, why_not_alone
from briefing.compose.sentence_before import demonstrative_within
from briefing.compose.subject import names_nothing, subject_unsaid
from handwritten import candidate_with, candidates_of, handwritten_article

FERRIERA = (
    "date 2025-03-31\nLa Ferriera Adriatica rivede le stime\n\n"
    "La Ferriera Adriatica di Monfalcone ha rivisto al ribasso le stime per il 2025, citando il calo degli "
    "ordini dalla Germania.\n\n"
    "Il margine operativo è atteso tra il 3% e il 4% per l'intero anno, in calo rispetto al 6% previsto "
    "a gennaio.\n"
)


def test_a_statement_that_names_no_one_and_nothing_is_not_printed_alone() -> None:
    # whose margin? The company is named only in the paragraph before.
    assert names_nothing("Il margine operativo è atteso tra il 3% e il 4% per l'intero anno.")
    statement = "L'aggressore, di origini straniere, sarebbe stato sottoposto a fermo."
    assert why_not_alone(statement, article=FERRIERA) is not None
    candidate = candidate_with(
        candidates_of(handwritten_article("ferriera.txt", FERRIERA)), "Il margine operativo"
    )
    assert not candidate.printable()


def test_a_name_anywhere_outside_quotation_marks_says_what_a_statement_is_about() -> None:
    article = "Il titolo della Ferriera Adriatica perde il 5%. Gli analisti di Equita guardano a Stellantis."
    assert not names_nothing("La Ferriera Adriatica ha rivisto le stime.", article)
    assert not names_nothing("Gli analisti di Equita hanno tagliato il prezzo obiettivo.", article)
    # a one-word name that opens the sentence is a name when the article writes it inside a sentence
    assert not names_nothing("Stellantis ha rivisto le stime.", article)
    # a verb that opens the sentence is not, nor a month, a weekday or a capitalised common noun
    assert names_nothing("Vengono stimati in diecimila.", article)
    assert names_nothing("Lunedì il Comune ha chiuso la strada.", article)
    assert names_nothing("Il sindaco ha detto «Torino non si ferma».", article)


def test_a_statement_that_speaks_as_i_or_we_needs_its_speaker_shown() -> None:
    statement = "As President, I will always work to bring peace, and my Administration will never waver."
    assert first_person(statement)
    assert why_not_alone(statement) is not None
    assert why_not_alone(statement, speaker="Donald Trump", speaker_shown=True) is None
    # inside quotation marks the speaker is named after it
    assert not first_person("“We will never waver,” the Danish Prime Minister Mette Frederiksen said.")
    assert first_person("Ho appreso con tristezza della scomparsa di Paola Rinaldi.")
    assert not first_person("La nostra dipendenza dal gas di Tripoli è cresciuta.")  # a writer's `we`
    assert not first_person("I Fratelli Musulmani hanno diffuso un comunicato al Cairo.")  # an article
    # a release's `we`: who acknowledged is said in a sentence not printed (news English has no
    # writer's `we`)
    acknowledged = "In moving our embassy to the capital, we acknowledged the vote of the assembly."
    assert first_person(acknowledged)
    assert why_not_alone(acknowledged) is not None
    assert not first_person("The US embassy moved to the capital on Monday.")  # `US`, not `us`


def test_a_demonstrative_deep_in_the_sentence_points_back() -> None:
    statement = (
        "The United States thanks Crown Prince Mohammed bin Salman for once again hosting "
        "these important discussions in Riyadh."
    )
    assert demonstrative_within(statement)
    assert why_not_alone(statement) is not None
    assert demonstrative_within("Il governo di Roma ha respinto per questo motivo la richiesta di Milano.")
    # a time is no pointer
    assert not demonstrative_within("The talks in Riyadh will resume this week, Marco Rubio said.")
    assert not demonstrative_within("La Regione Marche ha chiuso quest'anno con un avanzo.")


BARCHE = (
    "date 2025-03-31\nRegata a Genova\n\n"
    "La barca genovese Aurora ha vinto la terza regata della Coppa del Tigullio davanti a Levante. "
    "L'equipaggio ha mantenuto il vantaggio fino all'ultima boa, con un margine di dodici secondi.\n"
)


def test_a_statement_that_names_nothing_is_printed_with_the_sentence_before_that_names_it() -> None:
    candidate = candidate_with(
        candidates_of(handwritten_article("barche.txt", BARCHE)), "L'equipaggio ha mantenuto"
    )
    assert candidate.printable()
    assert candidate.fact.statement.startswith("La barca genovese Aurora ha vinto")
    (evidence,) = candidate.fact.evidence
    assert BARCHE[evidence.start : evidence.end] == evidence.quote


def test_a_people_or_a_body_of_the_country_says_whom_a_statement_is_about() -> None:
    article = "Roma, 3 aprile."
    assert not names_nothing("Un terzo degli italiani non ha votato alle elezioni.", article)
    assert not names_nothing("Migliaia di tunisini hanno votato per la prima volta.", article)
    assert not names_nothing("Il governo ha approvato il decreto sull'energia.", article)
    assert names_nothing("La commissione ha approvato il bilancio annuale.", article)


def test_a_person_called_by_age_was_named_before() -> None:
    assert named_by_age("Il quarantenne di Lodi guidava con il piede ingessato.")
    assert named_by_age("La 52enne è stata ricoverata a Brescia.")
    assert named_by_age("The 33-year-old was arrested in Leeds on Friday.")
    assert not named_by_age("Il 37enne Mario Bianchi è stato arrestato a Lodi.")  # the name says who


def test_an_object_pronoun_before_the_first_auxiliary_stands_for_what_was_named_before() -> None:
    assert pronoun_object("L'avvocato Ugo Neri lo descrive come un ragazzo tranquillo.")
    assert pronoun_object("Due settimane fa il Tesoro ne aveva messo in vendita il 5 per cento.")
    assert why_not_alone("Il commissario Sandri l'ha confermato ai giornalisti di Ancona.") is not None
    # after an auxiliary, what it stands for may be in the sentence itself; an article is no pronoun
    assert not pronoun_object("Il ministro Rossi ha presentato il piano e lo ha difeso a Roma.")
    assert not pronoun_object("Le scuole di Milano sono chiuse fino a lunedì.")


def test_a_verb_after_a_long_adverbial_with_no_subject_needs_the_sentence_that_says_who() -> None:
    statement = (
        "In un breve intervento all'assemblea dei soci convocata a Parma, ha spiegato che il piano è pronto."
    )
    assert subject_unsaid(statement)
    assert why_not_alone(statement) is not None
    assert not subject_unsaid("In un breve intervento a Parma, Lia Conti ha spiegato che il piano è pronto.")


def test_a_sentence_that_opens_on_and_continues_the_one_before() -> None:
    assert why_not_alone("E guardando al futuro, la Regione Umbria punterà sui treni.") is not None
    assert why_not_alone("E' stato Mario Bianchi a vincere la gara di Perugia.") is None  # `È`, not `and`


def test_that_or_those_before_a_noun_points_back_but_not_before_a_relative() -> None:
    assert demonstrative_within(
        "Chi viene trovato con un metal detector in quelle aree rischia una multa a Pisa."
    )
    assert demonstrative_within("In quell'occasione i tifosi della Lazio erano rimasti fuori.")
    assert not demonstrative_within("Quello che serve a Bari è un piano per il porto.")
    assert not demonstrative_within("La sede scelta è quella di Ancona.")


def test_those_who_or_those_affected_describes_people_and_points_nowhere() -> None:
    # `those` with the clause or participle that says who they are reads alone
    statement = (
        "First Lady Jane Doe has helped reunite a third group of families in Lyon on behalf of "
        "those affected by the floods."
    )
    assert not demonstrative_within(statement)
    assert why_not_alone(statement) is None
    assert not demonstrative_within("The mayor of Lyon thanked those who cleared the roads.")
    assert not demonstrative_within("The Red Cross in Lyon sent food for those in need.")
    # `those` before a noun still points back
    assert demonstrative_within("The mayor of Lyon thanked those volunteers in a speech.")
    assert demonstrative_within("For those reasons, the council of Lyon voted against the plan.")
