"""A printed statement leans on no sentence the briefing does not print (issue 15, session 8): a
word that ties it to the sentence before (`così`, `analoga`, `poche ore dopo`, `in città`), a
definite noun the article used before (`della piattaforma`), a copula whose subject is unsaid, a reporting
verb inside the quotation whose speaker is a common noun, a verbless line, a surname that only a
few articles introduce. The further reports take only statements that name early whom or what
they are about."""

from __future__ import annotations

import pytest

from briefing.compose.alone import back_pointer, verbless, why_not_alone
from briefing.compose.sentence_before import articled_surname, definite_named_before
from briefing.compose.statement_text import first_sentence
from briefing.compose.subject import names_its_subject, subject_unsaid
from briefing.models import Article
from handwritten import candidate_with, candidates_of, handwritten_article


def test_a_word_that_ties_the_sentence_to_the_one_before_fails_it() -> None:
    # `thus`, `a similar order`, `a few hours later`, `in town`: each needs what came before
    for statement in (
        "Sono così comparsi nel cielo di Orione migliaia di oggetti invisibili.",
        "Nei prossimi giorni la Regione Marche firmerà un'analoga ordinanza.",
        "Il raid dell'aviazione su Tiro è avvenuto poche ore dopo.",
        "In città la Protezione civile ha aperto tre centri di accoglienza.",
        "I Musei Civici di Pavia saranno quindi visitabili gratis.",
        "Le Regioni Marche e Umbria hanno invece chiesto più fondi a Roma.",
        "A Pontianak, in Indonesia, ce n'è uno costruito da un geografo olandese.",
        "First Lady Jane Doe shared the letter with the Governor later that evening.",
    ):
        assert back_pointer(statement), statement
        assert why_not_alone(statement) is not None, statement


def test_the_same_words_that_do_not_point_back_pass() -> None:
    for statement in (
        "Così come nel 2023, la Regione Marche ha firmato l'ordinanza sulle piogge.",
        "Il Comune di Pavia e quindi la Provincia hanno chiesto lo stato di emergenza.",
        "In città come Roma e Milano la Protezione civile ha aperto i centri.",
        "Poche ore dopo il voto la Camera ha approvato il decreto Rossi.",
        "Le Regioni hanno chiesto fondi invece di nuovi prestiti a Roma.",
        "The Governor met the mayors that day of the storm, Jane Doe said.",
    ):
        assert not back_pointer(statement), statement


PIATTAFORMA = (
    "date 2025-03-31\nDonazioni, la Fondazione Rossi apre il sito\n\n"
    "La Fondazione Rossi di Pavia ha lanciato una piattaforma per raccogliere le donazioni dei cittadini.\n\n"
    "Dopo un blocco di due ore, i tecnici di Aruba hanno escluso un attacco alla piattaforma, che ora "
    "funziona di nuovo.\n"
)


def test_a_definite_noun_the_article_used_before_is_the_thing_named_before() -> None:
    statement = "Dopo un blocco di due ore, i tecnici di Aruba hanno escluso un attacco alla piattaforma."
    earlier = "La Fondazione Rossi di Pavia ha lanciato una piattaforma per raccogliere le donazioni."
    assert definite_named_before(statement, earlier) == "piattaforma"
    # a name or a complement right after it says which one; a body of the country is known anyway
    assert definite_named_before("I tecnici hanno riaperto la piattaforma Rousseau.", earlier) is None
    assert definite_named_before("Il governo ha chiesto alla piattaforma di Pavia i dati.", earlier) is None
    assert (
        definite_named_before("Il governo ha finanziato la Fondazione Rossi.", "il governo e la Fondazione")
        is None
    )
    candidate = candidate_with(
        candidates_of(handwritten_article("piattaforma.txt", PIATTAFORMA)), "i tecnici di Aruba"
    )
    assert not candidate.printable()


def test_a_plural_definite_noun_is_all_of_them_not_the_one_named_before() -> None:
    """`una scuola` introduces one school; `nelle scuole`, `i bambini` are schools and children at
    large, which no sentence before is needed for. The singular is still the one named before."""
    earlier = "Ogni mattina un bambino di Pavia entra in una scuola e sceglie il suo banco."
    statement = "Uno studio mostrò che nelle scuole i bambini seduti vicino alla finestra si distraggono."
    assert definite_named_before(statement, earlier) is None
    assert definite_named_before("Il preside della scuola ha spostato il banco.", earlier) == "scuola"


def test_a_shell_noun_with_nothing_after_it_needs_what_it_stands_for() -> None:
    assert why_not_alone("Sulla questione potrebbe intervenire il Governo Meloni.") is not None
    assert why_not_alone("Sulla questione dei dazi potrebbe intervenire il Governo Meloni.") is None
    # an adjective after it narrows it down enough
    assert (
        why_not_alone("Il 9 aprile la commissione Affari costituzionali ha approvato la legge elettorale.")
        is None
    )


def test_a_short_adverbial_then_a_copula_leaves_the_subject_unsaid() -> None:
    assert subject_unsaid("Nella letteratura pedagogica è un criterio molto discusso.")
    assert subject_unsaid("Dai primi anni Duemila è diventata anche testimonial di Prada.")
    assert why_not_alone("Nella letteratura pedagogica è un criterio molto discusso.") is not None
    # a subject written before the copula
    assert not subject_unsaid("Nella letteratura pedagogica il metodo Rossi è un criterio discusso.")


def test_the_first_sentence_does_not_end_inside_a_quotation() -> None:
    statement = (
        "«Abbiamo analizzato un quarto dei dati. Il risultato - aggiunge il ricercatore - apre una "
        "strada». Lo studio è uscito su Nature."
    )
    assert first_sentence(statement).endswith("apre una strada».")
    assert why_not_alone(statement) == "a speaker named only by a common noun"


def test_a_verbless_line_needs_the_lines_before_it() -> None:
    assert verbless("Gol di Rossi al 32'.")
    assert verbless("Pari di Bianchi all'85'.")
    assert verbless("Il Libano del sud")  # a name is no verb in -ano
    assert why_not_alone("Gol di Rossi al 32'.") == "a verbless line, which the lines before it explain"
    # a verb, a participle, or another language's words: not judged verbless
    assert not verbless("Inatteso assist di Mario Rossi alla tentata scalata di Banca Alfa.")
    assert not verbless("Il Genoa ha battuto il Torino.")
    assert not verbless("È morta a Genova Anna Bianchi, architetta e conduttrice.")
    assert not verbless("Trump meets Putin in Riyadh.")


def test_a_participle_after_the_noun_a_line_opens_on_is_no_verb() -> None:
    # a list of what happened, one noun phrase a line: each says nothing by itself
    assert verbless("La trama strappata della società egiziana.")
    assert verbless("Le chiese cristiane bruciate in varie parti del Paese.")
    assert verbless("Il ponte crollato sulla statale.")
    # an auxiliary makes the participle the verb, however its accent is typed
    assert not verbless("L'anziana e' stata soccorsa in Ospedale.")
    assert not verbless("La pena è condonata per effetto dell'indulto.")
    assert not verbless("L' istanza sara' rivalutata in contraddittorio il prossimo 17 gennaio.")
    # a participle that opens the line is its verb, its auxiliary left out as headlines do
    assert not verbless("Arrestato il sindaco di Roma per corruzione.")
    assert not verbless("Lo studente arrestato ha confessato il furto.")


def _segu(number: int) -> Article:
    return handwritten_article(
        f"segu-{number}.txt",
        f"date 2025-03-31\nGenova, il porto numero {number}\n\n"
        "La vice sindaco di Genova Marzia Segù ha presentato il piano per il porto antico.\n\n"
        f"Segù ha detto che i lavori del lotto {number} partiranno a maggio con la Regione Liguria.\n",
    )


def test_a_surname_that_three_articles_introduce_is_still_unknown_alone() -> None:
    # three sources name Marzia Segù in full: the reader still does not know who `Segù` is
    candidates = candidates_of(_segu(1), _segu(2), _segu(3))
    alone = [c for c in candidates if c.fact.statement.startswith("Segù ha detto")]
    assert alone
    assert all(not c.printable() for c in alone)


def test_a_title_before_a_surname_names_the_person() -> None:
    text = (
        "date 2025-03-31\nIl vertice di Kiev\n\n"
        "Il presidente ucraino Volodymyr Zelensky ha ricevuto i ministri degli Esteri europei a Kiev.\n\n"
        "Il ministro Rossi ha detto che il Presidente Zelensky ha chiesto nuove difese aeree all'Unione.\n"
    )
    candidate = candidate_with(candidates_of(handwritten_article("kiev.txt", text)), "il Presidente Zelensky")
    assert candidate.printable()


def test_the_further_reports_take_statements_that_name_their_subject_early() -> None:
    assert names_its_subject("Giovedì gli Stati Uniti e la Francia avevano proposto una tregua.")
    assert names_its_subject("Il governo ha approvato il decreto sulle piogge.")
    assert names_its_subject("«Siamo soddisfatti», commenta l'avvocato Marco Bianchi.")
    assert names_its_subject('"Serve più difesa - ha dichiarato Rossi - per tutti".')
    assert names_its_subject("«Serve più difesa per tutti».", speaker="Mario Rossi")  # printed after the name
    assert not names_its_subject("In due giorni l'amministrazione ha allestito tre centri di accoglienza.")
    late = "La colonna sonora della sfilata è stata scritta e diretta dal musicista Gustavo Neri."
    assert not names_its_subject(late)  # the name comes after the first ten words
    assert not names_its_subject("«Siamo soddisfatti, ci lavoravamo da tempo», commenta l'avvocato.")


FURTHER = (
    "date 2025-03-31\nAlluvione, aperti i centri\n\n"
    "La Protezione civile della Regione Umbria ha aperto tre centri di accoglienza a Foligno.\n\n"
    "Il sindaco di Foligno Mario Rossi ha chiesto lo stato di emergenza al governo per i danni ai campi.\n\n"
    "In due giorni la squadra di volontari ha allestito le brande nella palestra Dante Alighieri.\n\n"
    "Il prefetto di Perugia Anna Bianchi ha convocato il comitato per la sicurezza sui fiumi in piena.\n"
)


def test_the_further_reports_leave_out_a_statement_that_does_not_say_whom_it_is_about() -> None:
    candidates = candidates_of(handwritten_article("foligno.txt", FURTHER))
    nameless = candidate_with(candidates, "In due giorni la squadra di volontari")  # a name, but late
    named = candidate_with(candidates, "Il prefetto di Perugia Anna Bianchi")
    assert nameless.printable()  # the grade lets it through …
    assert not nameless.printable_further()  # … the further reports do not
    assert named.printable_further()


def test_a_noun_whose_adjective_and_complement_say_which_is_not_named_before() -> None:
    earlier = "La giunta di Pavia ha votato una delibera sul piano per il traffico."
    statement = "La giunta del Comune di Pavia ha approvato la delibera relativa al ricorso contro la ztl."
    assert definite_named_before(statement, earlier) is None
    assert definite_named_before("La giunta di Pavia ha approvato la delibera.", earlier) == "delibera"


QUOTED_BEFORE = (
    "date 2025-03-31\nIl Comune di Pavia chiude il centro\n\n"
    "Il Comune di Pavia ha preparato una ordinanza che chiude al traffico il centro storico.\n\n"
    "«Dovrete abituarvi, diremo tutto due volte». "
    "Il sindaco di Pavia Mario Rossi ha firmato l'ordinanza ieri sera dopo una lunga riunione.\n"
)


def test_a_statement_is_not_joined_to_a_quotation_that_names_no_one() -> None:
    # `l'ordinanza` is the one introduced before; the sentence right before is a quotation nobody
    # is named for, and a statement that opened on it would be no one's words
    candidates = candidates_of(handwritten_article("pavia.txt", QUOTED_BEFORE))
    candidate = candidate_with(candidates, "ha firmato l'ordinanza")
    assert candidate.antecedent is not None
    assert not candidate.printable()
    assert not candidate.fact.statement.startswith("«Dovrete")


def test_a_bare_surname_after_an_article_is_the_person_named_in_full_before() -> None:
    """`la Bianchi` is the Maria Bianchi named before: alone, the reader does not know who she is.
    A newspaper written with its article (`la Stampa`) is a name, not a surname."""
    earlier = "Il blog ospita da anni gli articoli di Maria Bianchi, che vive a Pavia."
    statement = "L'11 marzo 2011 la Bianchi ha scritto un articolo contro le superstizioni."
    assert why_not_alone(statement, earlier=earlier) == "a person named in full only before it"
    assert articled_surname("Ieri la Stampa ha scritto un articolo.", "La Stampa di Torino.") is None
    assert articled_surname(statement, "Il blog ospita gli articoli di una donna di Pavia.") is None
    # a country written with its article, after a word that ends on a hyphen, is no surname
    assert articled_surname("La Siria attende i nostri aiuti.", "i Sovietici- Siria e Iran") is None


@pytest.mark.parametrize(
    "line",
    [
        "Il bottino ammonta a circa 300 euro.",
        "La Guardia Costiera arresta due pescatori di Trani.",
        "Al Fadil annuncia la fine del governo di Ruritania.",
        "La situazione resta tesa a Trento.",
    ],
)
def test_a_short_line_in_the_present_tense_is_no_verbless_line(line: str) -> None:
    """The present's third person in `-a` and `-e` has no ending of its own (`ammonta`, `resta`,
    `annuncia`): the frequent ones are listed, so such a line is not read as a live blog's entry."""
    assert not verbless(line)
    assert verbless("Gol di Rossi al 32'.")
