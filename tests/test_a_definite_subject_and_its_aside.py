"""A statement that opens on a definite subject the article named before (`La nave…` after `una
nave`) needs that sentence though an aside between commas names a place (`La nave, diretta verso
Durazzo, è attraccata…`): where it went does not say which ship it is (issue 15, session 21). An
aside that names a person in full (`comandata da Marco Ferri`), or a name or complement right after
the noun (`La nave Aurora`, `La nave di Bari`), says which."""

from __future__ import annotations

import pytest

from briefing.compose.alone import why_not_alone
from briefing.compose.sentence_before import given_definite

_EARLIER = (
    "La guardia costiera ha chiuso il porto di Bari. Una nave della Marina ha lasciato il molo all'alba. "
)


@pytest.mark.parametrize(
    "statement",
    [
        "La nave, diretta verso Durazzo con trecento profughi a bordo, è attraccata in serata.",
        "La nave, partita da Bari all'alba di lunedì, ha raggiunto il porto dopo dieci ore di navigazione.",
        "La nave, secondo la Capitaneria di Durazzo, trasportava trecento profughi.",
    ],
)
def test_an_aside_that_names_a_place_does_not_say_which_one(statement: str) -> None:
    assert given_definite(statement, _EARLIER) == "nave"
    assert why_not_alone(statement, _EARLIER, earlier=_EARLIER, article=_EARLIER + statement) is not None


@pytest.mark.parametrize(
    "statement",
    [
        "La nave Aurora ha raggiunto Durazzo dopo dieci ore di navigazione.",
        "La nave di Bari ha raggiunto Durazzo dopo dieci ore di navigazione.",
        "La nave, Aurora Prima, ha raggiunto Durazzo dopo dieci ore di navigazione.",
        "La nave, comandata da Marco Ferri, ha raggiunto Durazzo dopo dieci ore di navigazione.",
        # a body a reader places anyway, whatever its aside
        "Il governo, riunito a Roma, ha stanziato dieci milioni per il porto di Bari.",
    ],
)
def test_a_name_or_a_person_in_the_aside_says_which_one(statement: str) -> None:
    earlier = _EARLIER + "Il governo ha convocato il consiglio dei ministri. "
    assert given_definite(statement, earlier) is None
