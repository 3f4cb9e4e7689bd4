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
