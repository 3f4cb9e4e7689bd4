"""Which name a role belongs to: a role set between commas before another name (`… di Omar
Haddad, il ministro dell'Interno, Luca Ferri, …`) is that name's, not the one before it."""

from __future__ import annotations

from briefing.rules.actors import ActorIndex

CAPTURE = (
    "Arrestato il capo della banda\n\n"
    "Dopo la cattura di Omar Haddad, il ministro dell'Interno, Luca Ferri, ha ringraziato la polizia "
    "per un'indagine durata due anni.\n\n"
    "Haddad sarà interrogato domani dai magistrati di Torino.\n"
)


def test_a_role_between_commas_before_a_name_is_that_name_s() -> None:
    people = ActorIndex.build(CAPTURE).people
    assert people["Luca Ferri"].role == "ministro dell'Interno"
    assert "Omar Haddad" not in people or people["Omar Haddad"].role is None


HANDOVER = (
    "Passaggio di consegne in prefettura\n\n"
    "La cerimonia è stata aperta dall'ex prefetto Anna Colonna, che ha salutato i dipendenti uno per "
    "uno.\n\n"
    "Il tribunale ha invece assolto l'ex assessore ai lavori pubblici Bruno Sarti per la gara del "
    "2019.\n\n"
    "Gli atti furono firmati negli anni dell'era Bruno Sarti, ricordano in molti.\n\n"
    "La lettera non era sua ma di Franco Melis, come risulta dall'ordinanza del giudice.\n\n"
    "Ha parlato anche il presidente della Fondazione Giovani Imprenditori, che ha chiesto più fondi.\n"
)


def test_a_role_opens_on_its_article_not_on_the_preposition_or_verb_before_it() -> None:
    people = ActorIndex.build(HANDOVER).people
    assert people["Anna Colonna"].role == "ex prefetto"
    assert people["Bruno Sarti"].role == "ex assessore ai lavori pubblici"


def test_a_clause_after_a_name_is_no_role() -> None:
    people = ActorIndex.build(HANDOVER).people
    assert "Franco Melis" not in people or people["Franco Melis"].role is None


def test_the_rest_of_an_organisation_s_name_is_no_person() -> None:
    assert "Giovani Imprenditori" not in ActorIndex.build(HANDOVER).people
    senate = "Ha parlato anche il presidente del Senato, Renato Bianchi, che ha chiesto più fondi.\n"
    assert ActorIndex.build(senate).people["Renato Bianchi"].role == "presidente del Senato"


PORT = (
    "Arresti sulla costa\n\n"
    "Sono stati arrestati Dario Mele e Luigi Corda, entrambi di Porto Scuro, e già rispettivamente "
    "assessore e sindaco di Porto Scuro.\n\n"
    "Il leader di Fronte Nuovo Omar Bin Salem ha lasciato il paese.\n"
)


def test_a_clause_opened_by_a_conjunction_after_a_place_is_no_role() -> None:
    people = ActorIndex.build(PORT).people
    assert all(person.role is None for name, person in people.items() if name == "Porto Scuro")


def test_a_name_s_particle_stays_with_it_after_an_organisation_s_name() -> None:
    people = ActorIndex.build(PORT).people
    assert people["Omar Bin Salem"].role == "leader di Fronte Nuovo"


def test_a_headquarters_is_no_general() -> None:
    text = "Manifestanti hanno assediato il quartier generale del candidato alle presidenziali Piero Lani.\n"
    assert ActorIndex.build(text).people["Piero Lani"].role == "candidato alle presidenziali"
