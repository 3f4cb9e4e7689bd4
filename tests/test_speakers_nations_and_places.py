"""Who said it, where a name only qualifies a noun: a country after a common noun (`i senatori
Usa`, `fonti dell'intelligence Usa`) says whose the noun is and does not speak; a town after a role
and its preposition (`il sindaco di Borgoverde`) is what the role is of, not a person who bears it."""

from __future__ import annotations

from test_speakers import speaker_of

SENATORS = (
    "Le foto del vertice restano segrete\n\n"
    "Il presidente degli Stati Uniti ha incontrato ieri i governatori degli stati del sud per parlare "
    "della siccità che colpisce i raccolti da mesi.\n\n"
    "Alcuni senatori Usa hanno chiesto alla Casa Bianca di pubblicare le foto del vertice.\n\n"
    "Le foto del vertice mostrano un incontro molto teso tra i governatori e il presidente, ha "
    "riferito un analista dell'intelligence Usa.\n\n"
    "Il governo Usa ha detto che le foto saranno pubblicate entro la fine del mese.\n"
)


def test_a_country_after_a_common_noun_does_not_speak() -> None:
    assert speaker_of(SENATORS, "it", "Alcuni senatori Usa") is None
    assert speaker_of(SENATORS, "it", "Le foto del vertice mostrano") is None


def test_a_country_after_one_of_its_bodies_speaks_for_it() -> None:
    assert speaker_of(SENATORS, "it", "Il governo Usa ha detto") == "Usa"
