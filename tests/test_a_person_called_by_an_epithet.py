"""A printed statement does not call a person by an epithet the press gives them instead of a name
(issue 15, session 21): `le truppe del Colonnello`, `Il Rais ha detto…`, `fedeli al raìs`, where
the statement names no one in full and not the person the article writes after the epithet, stand
for someone a sentence the briefing does not show named. The epithet as a title before a name (`il
colonnello Hamid Rashed`), with an apposition (`il rais, Anwar Sadat,`) or a complement (`il
colonnello dei carabinieri`) says whom it means."""

from __future__ import annotations

import pytest

from briefing.compose.alone import why_not_alone
from briefing.compose.candidates import KNOWN_BY_SURNAME
from briefing.compose.sentence_before import epithet_unnamed
from handwritten import candidate_with, candidates_of, handwritten_article

EPITHET = "an epithet for a person it does not name: who that is was said in a sentence before"

_ARTICLE = (
    "Il colonnello Omar Rashid ha parlato per un'ora alla radio di Stato. "
    "La Casa Bianca ha chiesto al Colonnello di lasciare il potere entro l'estate."
)


@pytest.mark.parametrize(
    "statement",
    [
        "La scorta del Colonnello ha lasciato l'aeroporto di Sirte nella notte.",
        "Il Rais ha promesso nuove elezioni entro l'autunno.",
        "I soldati fedeli al raìs hanno chiuso il porto di Tobruk.",
        "Il Cavaliere ha aggiunto che il voto si terrà a maggio.",
        "Il Faraone ha lasciato il palazzo in elicottero all'alba.",
        "Gli ambasciatori nominati dal rais hanno lasciato Amman.",
        "Troops loyal to the Colonel closed the airport in Sirte on Tuesday.",
    ],
)
def test_an_epithet_with_no_name_stands_for_someone_named_before(statement: str) -> None:
    assert epithet_unnamed(statement)
    assert why_not_alone(statement) == EPITHET


def test_an_epithet_whose_person_the_article_names_after_it_needs_that_name() -> None:
    """The article writes `colonnello Omar Rashid`: a statement that does not name Rashid does not
    say whom `al Colonnello` means, though it names a body (`La Casa Bianca`)."""
    statement = "La Casa Bianca ha chiesto al Colonnello di lasciare il potere entro l'estate."
    assert epithet_unnamed(statement, _ARTICLE)


@pytest.mark.parametrize(
    "statement",
    [
        # a title before a name, an apposition, a complement: it says whom
        "Il colonnello Hamid Rashed ha guidato la colonna fino a Sirte.",
        "La Libia è governata da quarant'anni dal Colonnello Rashid.",
        "Accanto al rais, Anwar Sadat, sedeva il vicepresidente.",
        "Il colonnello dei carabinieri ha sequestrato due fucili a Bari.",
        "Un colonnello dell'esercito ha disertato con cinquanta soldati.",
        # a people's adjective says whose
        "Anche i cugini del colonnello libico hanno lasciato Sirte in agosto.",
        # the person named in full in the statement
        "Hosni Mubarak è stato trasferito in ospedale, dove l'ex rais è assistito da tre medici.",
        # a knight in a tale is no epithet
        "Il romanzo racconta di un cavaliere che attraversa il deserto.",
    ],
)
def test_an_epithet_that_says_whom_or_a_statement_that_names_them_is_no_pointer(statement: str) -> None:
    assert not epithet_unnamed(statement)


def test_a_statement_that_names_the_person_the_article_writes_after_the_epithet_is_no_pointer() -> None:
    statement = "Rashid ha detto alla radio che il Colonnello non lascerà mai la capitale."
    assert not epithet_unnamed(statement, _ARTICLE)


def test_a_statement_that_names_by_surname_a_person_the_article_names_in_full_is_no_pointer() -> None:
    """`Mubarak … dell'ex rais`: whom the epithet stands for is the person the statement names, as
    the article writes them in full elsewhere (`Hosni Mubarak`)."""
    article = (
        "date 2025-03-31\nL'Egitto dopo la rivolta\n\n"
        "Il presidente Hosni Mubarak ha governato l'Egitto per trent'anni. "
        "Il figlio Gamal era il suo erede.\n"
    )
    statement = "Il premier scelto da Mubarak nel 2011 era stato ministro dell'Aviazione dell'ex rais."
    assert not epithet_unnamed(statement, article)
    assert epithet_unnamed(
        "Il premier scelto nel 2011 era stato ministro dell'Aviazione dell'ex rais.", article
    )


def test_a_statement_that_names_a_person_the_news_knows_by_surname_is_no_pointer() -> None:
    """`contro Rashid, … dopo il rais`: the reader knows Rashid by surname (many sources name him in
    full), and whom `il rais` stands for is the person the statement names."""
    statement = "Molti temevano che dopo il rais sarebbe venuto il caos, e si schierarono con Rashid."
    assert epithet_unnamed(statement)
    assert not epithet_unnamed(statement, known=frozenset({"rashid"}))


def test_a_surname_many_sources_name_in_full_names_whom_an_epithet_stands_for() -> None:
    """The folder's other sources name Omar Rashid in full: an article that writes only `Rashid`
    and then `il rais` leaves no one unknown (`People.known`)."""
    others = [
        handwritten_article(
            f"rashid-{number}.txt",
            f"date 2025-03-{20 + number}\nLa crisi a Tobruk\n\n"
            f"Il presidente Omar Rashid ha parlato alla radio per la {number + 1}a volta in un mese.\n",
        )
        for number in range(KNOWN_BY_SURNAME)
    ]
    text = (
        "date 2025-03-31\nTobruk, la paura del caos\n\n"
        "Il porto di Tobruk è chiuso da tre giorni. "
        "Molti temevano che dopo il rais sarebbe venuto il caos, e si schierarono con Rashid.\n"
    )
    statement = candidate_with(candidates_of(handwritten_article("caos.txt", text), *others), "dopo il rais")
    assert statement.why_not_printable() != EPITHET
    alone = candidate_with(candidates_of(handwritten_article("caos.txt", text)), "dopo il rais")
    assert alone.why_not_printable() == EPITHET
