"""A press release's closing matter is not the news (issue 15, furniture): from the heading of
its boilerplate (`About the Northwind Harbor Authority`), its contacts (`Media Contact:`,
`Ufficio stampa`) or its end mark (`###`) to the page's end, no line becomes a fact."""

from __future__ import annotations

import pytest

from briefing.engines.extractive import ExtractiveEngine
from handwritten import handwritten_article

RELEASE = (
    "Northwind Harbor Authority Opens New Ferry Terminal in Port Alder\n\n"
    "PORT ALDER, Maine, March 3, 2025 -- The Northwind Harbor Authority today opened a new ferry "
    "terminal in Port Alder, the largest investment in the town's waterfront in forty years.\n\n"
    "The terminal will serve 1.2 million passengers a year and cut crossing times to Bell Island by "
    "a third, the authority said.\n\n"
    "{closing}"
)
ABOUT = (
    "About the Northwind Harbor Authority\n\n"
    "The Northwind Harbor Authority is a public agency that operates ferries, piers and marinas along "
    "the coast of Maine. It serves more than three million passengers a year and employs 640 people.\n\n"
)
CONTACT = "Media Contact:\nJamie Orr\nNorthwind Harbor Authority\npress@northwindharbor.example\n\n"


def _statements(text: str, language: str = "en") -> list[str]:
    article = handwritten_article("release.txt", text, language=language)
    return [fact.statement for fact in ExtractiveEngine().extract(article).facts]


@pytest.mark.parametrize("closing", [ABOUT + CONTACT + "###\n", CONTACT + ABOUT, "###\n\n" + ABOUT])
def test_a_press_releases_boilerplate_and_contacts_are_no_facts(closing: str) -> None:
    statements = _statements(RELEASE.format(closing=closing))
    assert any("opened a new ferry terminal" in s for s in statements)
    assert any("1.2 million passengers" in s for s in statements)
    assert not any("public agency" in s or "Jamie Orr" in s or "press@" in s for s in statements), statements


def test_an_italian_press_office_line_ends_the_release() -> None:
    text = (
        "La Rossi Spa apre un nuovo stabilimento a Tarvisio\n"
        "Redazione | 20 Novembre 2020, 10:00\n\n"
        "La Rossi Spa ha inaugurato ieri a Tarvisio un nuovo stabilimento da 200 dipendenti, il più "
        "grande investimento dell'azienda degli ultimi dieci anni.\n\n"
        "Ufficio stampa Rossi Spa\nMarta Bianchi\nstampa@rossi.example\n\n"
        "La Rossi Spa è un gruppo industriale fondato nel 1952 che produce valvole per l'industria.\n"
    )
    statements = _statements(text, language="it")
    assert any("nuovo stabilimento da 200 dipendenti" in s for s in statements)
    assert not any("fondato nel 1952" in s or "Marta Bianchi" in s for s in statements), statements


def test_a_sentence_that_opens_on_about_is_news() -> None:
    text = RELEASE.format(
        closing="About 300 people gathered at the new terminal on Monday to watch the first ferry leave "
        "for Bell Island.\n"
    )
    assert any("About 300 people gathered" in s for s in _statements(text))


def test_other_pages_teasers_signed_with_their_day_are_no_facts() -> None:
    """A sidebar lists other pages, each a headline, its signer and day (`Carlo Musilli | 4
    Novembre 2020, 16:22`) and an excerpt cut short: like teasers over their bylines, none of it
    is the article's."""
    text = (
        "La Rossi Spa apre un nuovo stabilimento a Tarvisio\n"
        "Redazione | 20 Novembre 2020, 10:00\n\n"
        "La Rossi Spa ha inaugurato ieri a Tarvisio un nuovo stabilimento da 200 dipendenti, il più "
        "grande investimento dell'azienda degli ultimi dieci anni.\n\n"
        "Il sindaco di Tarvisio, Anna Neri, ha detto che lo stabilimento darà lavoro a molti giovani "
        "della valle.\n"
        "Alpi Spa: boom di investimenti e acconto sul dividendo\n"
        "Gazzetta Alpina | 11 Novembre 2020, 15:35\n"
        "Buoni risultati per la società che gestisce la funivia nei primi nove mesi: l'Ad Ferri annuncia "
        "per il 19 novembre il nuovo piano\n"
        "Funivie a caccia di 200 milioni, un rebus per la Regione\n"
        "Marta Galli | 11 Novembre 2020, 6:05\n"
        "Anche la funivia deve fare i conti con la crisi: debiti in rialzo, meno turisti e\n"
        "Nuove regole per gli impianti: tutte le misure\n"
        "Carlo Musilli | 4 Novembre 2020, 16:22\n"
        "Gli impianti potranno chiudere anche prima delle 17 in tutta la valle e\n"
    )
    statements = _statements(text, language="it")
    assert any("nuovo stabilimento da 200 dipendenti" in s for s in statements)
    assert not any("Ferri annuncia" in s or "funivia" in s or "impianti" in s for s in statements), statements
