"""A statement that cannot be read alone is printed with the sentence before it (issue 15):
the span "sentence before + statement" is one verbatim stretch of the source, so its citation
still verifies; a person the article named in full before, written by surname alone, needs that
sentence too."""

from __future__ import annotations

import pytest

from briefing.compose import ComposeOptions, compose
from briefing.compose.alone import why_not_alone
from briefing.compose.sentence_before import given_definite, shortened_name
from briefing.engines.extractive import ExtractiveEngine
from briefing.render import render_markdown
from briefing.rules.standalone import points_back
from handwritten import candidate_with, candidates_of, handwritten_article

VIGEVANO = (
    "date 2025-03-31\nGli studenti di Vigevano in piazza\n\n"
    "Gli studenti del liceo Cairoli di Vigevano hanno manifestato stamattina contro la microcriminalità "
    "in città, con una lettera al Comune. "
    "La vice sindaco Marzia Segù ha ricevuto una delegazione di studenti nella sala della giunta. "
    "Segù ha promesso di portare le loro richieste alla Prefettura e alla Questura.\n\n"
    "Il comandante della polizia locale Giuseppe Calcaterra ha invitato i ragazzi a denunciare i reati.\n"
)


def test_a_surname_the_article_introduced_before_is_printed_with_the_sentence_that_introduced_it() -> None:
    text = VIGEVANO
    candidate = candidate_with(candidates_of(handwritten_article("vigevano.txt", text)), "Segù ha promesso")
    assert candidate.printable()
    statement = candidate.fact.statement
    assert statement.startswith("La vice sindaco Marzia Segù ha ricevuto")
    assert statement.endswith("alla Prefettura e alla Questura.")
    (evidence,) = candidate.fact.evidence
    assert text[evidence.start : evidence.end] == evidence.quote  # still one verbatim span


def test_a_sentence_before_that_cannot_be_read_alone_mends_nothing() -> None:
    text = (
        "date 2025-03-31\nLa mappa della Via Lattea\n\n"
        "Il progetto è durato tredici anni ed è costato venti milioni. "
        "La mappa è il risultato del lavoro di centinaia di astronomi di tutto il mondo.\n"
    )
    candidates = candidates_of(handwritten_article("mappa.txt", text))
    assert not any(c.printable() and "centinaia di astronomi" in c.fact.statement for c in candidates)


def test_a_person_four_sources_name_is_known_by_surname() -> None:
    rome = (
        "date 2025-03-31\nIl vertice\n\nIl ministro degli Esteri Antonio Tajani ha incontrato a Roma "
        "il collega francese per parlare di difesa europea. Tajani ha chiesto un fondo comune per le armi.\n"
    )
    others = [
        (
            f"date 2025-03-31\nA Bruxelles {n}\n\nIl vicepremier Antonio Tajani è arrivato a Bruxelles "
            f"per il Consiglio europeo numero {n} dei ministri degli Esteri, dove si discute di sanzioni.\n"
        )
        for n in range(1, 4)
    ]
    two = candidates_of(
        handwritten_article("roma.txt", rome), handwritten_article("bruxelles-1.txt", others[0])
    )
    # two sources: who `Tajani` is was said in the sentence before, printed with it
    joined = candidate_with(two, "Tajani ha chiesto")
    assert joined.printable()
    assert joined.fact.statement.startswith("Il ministro degli Esteri")
    four = candidates_of(
        handwritten_article("roma.txt", rome),
        *(handwritten_article(f"bruxelles-{n}.txt", text) for n, text in enumerate(others)),
    )
    candidate = candidate_with(four, "Tajani ha chiesto")
    assert candidate.printable()
    assert candidate.fact.statement.startswith("Tajani ha chiesto")


@pytest.mark.parametrize(
    ("sentence", "introduced", "part"),
    [
        ("Segù ha posto l’accento sul fatto che gli studenti…", ["Marzia Segù"], "Segù"),
        ("L’avvocato Di Maio lo descrive come un ragazzo normale.", ["Massimiliano Di Maio"], "Di Maio"),
        ("Camila è già oggetto di un procedimento.", ["Camila Giorgi"], "Camila"),
        ("Camila Giorgi è già oggetto di un procedimento.", ["Camila Giorgi"], None),
        ("In Liguria piove da tre giorni.", ["Regione Liguria"], None),  # not a person
        ("La mostra è a Roma fino a maggio.", ["Marzia Segù"], None),
    ],
)
def test_a_person_written_by_surname_or_first_name_alone(
    sentence: str, introduced: list[str], part: str | None
) -> None:
    assert shortened_name(sentence, introduced) == part
    why = why_not_alone(sentence, introduced=introduced)
    assert (why == "a person named in full only before it") == (part is not None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lo rende noto un comunicato del Quirinale.",
        "Lo scrive sui social la segretaria del partito, Elly Schlein.",
        "Lo stesso alla fine ha fatto Azione di Carlo Calenda.",
        "Nello stesso anno recitò in un film presentato a Cannes.",
        "Tutti e dodici, comunque, saranno oggetto di una mostra.",
    ],
)
def test_openers_that_point_back(sentence: str) -> None:
    assert points_back(sentence) == "strong"


@pytest.mark.parametrize(
    "sentence",
    [
        "Lo scorso anno il governo ha approvato la legge sulle polizze.",
        "Lo sciopero dei treni è stato confermato dai sindacati per venerdì.",
        "Nel frattempo, Mark Rutte ha ribadito la necessità di spendere di più per la difesa.",
    ],
)
def test_openers_that_do_not_point_back(sentence: str) -> None:
    assert points_back(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "earlier", "noun"),
    [
        ("La mappa è il risultato del progetto.", "È pronta la più grande mappa della Via Lattea.", "mappa"),
        ("Il titolo perde il 15% in Borsa.", "Stellantis ha rivisto le stime. Il titolo cede.", "titolo"),
        ("Il titolo di Stellantis perde il 15%.", "Stellantis ha rivisto le stime. Il titolo cede.", None),
        ("La mappa è il risultato del progetto.", "Il progetto è durato tredici anni.", None),
        ("La prossima settimana è prevista una telefonata.", "Una prossima telefonata.", None),
        ("«Le cose trendy arrivano», dice.", "Le cose cambiano.", None),  # a speaker's words
    ],
)
def test_a_definite_subject_the_article_named_before(sentence: str, earlier: str, noun: str | None) -> None:
    assert given_definite(sentence, earlier) == noun


def test_one_more_after_those_counted_before() -> None:
    assert why_not_alone("Una quarta vittima è deceduta in ospedale.") is not None
    assert why_not_alone("Un terzo degli italiani non ha votato alle elezioni europee.") is None


def _received(when: str, promised: str) -> str:
    return (
        "date 2025-03-31\nGli studenti di Vigevano in piazza\n\n"
        "Gli studenti del liceo Cairoli di Vigevano hanno manifestato stamattina contro la microcriminalità "
        "in città, con una lettera al Comune. "
        f"La vice sindaco Marzia Segù ha ricevuto {when} una delegazione di studenti in giunta. "
        f"Segù aveva promesso {promised} di portare le loro richieste alla Prefettura e alla Questura.\n\n"
        "Il comandante della polizia locale Giuseppe Calcaterra ha invitato i ragazzi a denunciare i reati.\n"
    )


def test_a_sentence_before_dated_to_another_time_is_not_joined_under_the_statements_date() -> None:
    # The joined statement would print `… ha ricevuto ieri …` under last year's date (the date of
    # the statement that needed it): the statement is left out rather than misdated.
    candidate = candidate_with(
        candidates_of(handwritten_article("vigevano.txt", _received("ieri", "lo scorso anno"))),
        "aveva promesso",
    )
    assert candidate.fact.when is not None and candidate.fact.when.iso() == "2024"
    assert not candidate.printable()
    assert candidate.fact.statement.startswith("Segù aveva promesso")


def test_a_sentence_before_dated_to_the_same_day_is_joined() -> None:
    candidate = candidate_with(
        candidates_of(handwritten_article("vigevano.txt", _received("ieri", "ieri"))), "aveva promesso"
    )
    assert candidate.printable()
    assert candidate.fact.statement.startswith("La vice sindaco Marzia Segù ha ricevuto ieri una")
    assert candidate.fact.when is not None and candidate.fact.when.iso() == "2025-03-30"


NATO = (
    "date 2025-04-02\nRutte a Bruxelles\n\n"
    "Il segretario generale della NATO Mark Rutte ha parlato oggi ai giornalisti a Bruxelles prima della "
    "riunione dei ministri degli Esteri dell'Alleanza.\n"
    "A livello militare, le discussioni tra gli alleati si concentrano su un piano in quattro livelli "
    "per una tregua in Ucraina: la prima linea sarebbe affidata alle forze ucraine.\n"
    "Il segretario generale ha inoltre chiarito che il possibile disimpegno delle truppe americane "
    "dall'Europa non deve essere visto come una novità improvvisa. "
    '"Gli Stati Uniti indicano questa intenzione da almeno 15 anni", ha spiegato Rutte.\n'
)


def test_a_quotation_with_a_demonstrative_is_printed_with_the_sentence_it_points_back_to() -> None:
    # `questa intenzione` is the disengagement the sentence before tells of; that sentence calls
    # the speaker by the role the article gave him, which under his name points back to no one.
    candidate = candidate_with(candidates_of(handwritten_article("nato.txt", NATO)), "15 anni")
    assert candidate.printable(under_speaker=True)
    assert candidate.reads_alone(under_speaker=True)
    assert candidate.fact.statement.startswith(
        "Il segretario generale ha inoltre chiarito"
    )  # that sentence only
    (evidence,) = candidate.fact.evidence
    assert NATO[evidence.start : evidence.end] == evidence.quote


def test_a_bare_role_stands_for_the_speaker_only_where_the_speaker_holds_it() -> None:
    from briefing.compose.alone import role_as_speaker

    opening = "Il segretario generale ha inoltre chiarito che il disimpegno non è una novità."
    assert role_as_speaker(opening, "Mark Rutte", "segretario generale della NATO").startswith(
        "Mark Rutte ha"
    )
    assert role_as_speaker(opening, "Marco Rubio", "segretario di Stato") == opening
    assert role_as_speaker("Il segretario del partito ha detto no.", "Mark Rutte", "segretario generale") == (
        "Il segretario del partito ha detto no."
    )


FERRI = (
    "date 2025-03-12\nPiù spese per la difesa\n\n"
    "Roma, 12 marzo 2025 — Il ministro della Difesa Guido Ferri ha annunciato ieri che l'Italia porterà "
    "la spesa militare al 2% del PIL entro il 2027. "
    '"La difesa europea non può più aspettare", ha detto Ferri ai giornalisti.\n'
)


def test_a_quotation_naming_its_speaker_by_surname_is_printed_alone_under_the_full_name() -> None:
    candidate = candidate_with(candidates_of(handwritten_article("ferri.txt", FERRI)), "La difesa europea")
    assert candidate.fact.statement.startswith('"La difesa europea non può')  # not joined to the one before
    assert candidate.printable(under_speaker=True)  # under `Guido Ferri`, `Ferri` is named in full
    assert not candidate.printable()  # bare, `Ferri` needs the sentence that introduced him


def test_a_briefing_prints_the_bottom_line_and_the_speakers_quotation_both() -> None:
    article = handwritten_article("ferri.txt", FERRI)
    facts = ExtractiveEngine().extract(article).facts
    markdown = render_markdown(compose([article], facts, ComposeOptions()))
    assert "ha annunciato ieri che l'Italia porterà" in markdown
    assert "La difesa europea non può più aspettare" in markdown
