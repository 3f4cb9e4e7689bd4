"""Who said it, where a name only qualifies a noun: a country after a common noun (`i senatori
Usa`, `fonti dell'intelligence Usa`) says whose the noun is and does not speak; a town after a role
and its preposition (`il sindaco di Rivalta`) is what the role is of, not a person who bears it."""

from __future__ import annotations

from briefing.engines.extractive import ExtractiveEngine
from test_speakers import article, speaker_of

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


TOWN = (
    "Furto di rame sulla linea ferroviaria\n\n"
    "I carabinieri hanno arrestato Carlo Rivalta, 31 anni, sorpreso di notte mentre tagliava i cavi "
    "di rame lungo la linea ferroviaria.\n\n"
    "«Chiediamo più controlli lungo i binari, di notte e nei giorni di festa», ha dichiarato il "
    "sindaco di Rivalta durante il consiglio comunale.\n"
)


def test_a_town_after_a_role_and_its_preposition_is_not_a_person() -> None:
    assert speaker_of(TOWN, "it", "«Chiediamo più controlli") is None
    facts = ExtractiveEngine().extract(article(TOWN, "it")).facts
    (quote,) = [f for f in facts if f.statement.startswith("«Chiediamo")]
    assert "Carlo Rivalta" not in [actor.name for actor in quote.actors]
    roles = {actor.name: actor.role for fact in facts for actor in fact.actors}
    assert roles.get("Carlo Rivalta") is None  # not `sindaco di`


def test_a_quotation_said_by_another_subject_in_a_time_clause_is_not_the_first_speaker_s() -> None:
    text = (
        "Il nuovo presidente ringrazia i martiri\n\n"
        "Il capo dell'esercito Carlo Neri ha telefonato al vincitore per congratularsi della sua "
        "vittoria, mentre il portavoce del nuovo presidente ha dichiarato: «Siamo arrivati a questo "
        "giorno grazie ai martiri. Il paese comincia una nuova fase».\n"
    )
    assert speaker_of(text, "it", "Il capo dell'esercito") is None


def test_a_clause_of_time_inside_an_aside_leaves_the_name_before_it_speaking() -> None:
    text = (
        "Il presidente non si ricandida\n\n"
        "La tensione è alta e il presidente, Marco Deli (al potere da quando la repubblica è nata), "
        "ha annunciato che non si ricandiderà alle prossime elezioni.\n"
    )
    assert speaker_of(text, "it", "La tensione è alta") == "Marco Deli"
