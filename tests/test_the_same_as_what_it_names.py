"""`The same` points back only where the statement does not say the same as what (issue 15,
session 16, round 2: a blind reader's story had its lead refused, `…usando lo stesso nome per le
loro rispettive manifestazioni`, and the header said no sentence of it read alone).

`Per lo stesso reato…` and `nella stessa base` are the ones a sentence before named; `la stessa
fine di un dittatore`, `nelle stesse strade dove…` and `lo stesso nome per le loro rispettive
manifestazioni` say in the statement what they are the same as, or who share it."""

from __future__ import annotations

import pytest

from briefing.compose.alone import back_pointer, why_not_alone


@pytest.mark.parametrize(
    "statement",
    [
        # the things the statement names share it
        "I giovani siriani e yemeniti, che protestano da mesi, hanno deciso di dare un segnale di unità "
        "usando lo stesso nome per le loro rispettive manifestazioni del venerdì.",
        "Mario Rossi e Luca Bianchi si sono accusati a vicenda della stessa colpa davanti al Senato.",
        # what it is the same as follows it
        "Mario Rossi ha detto che Gheddafi dovrebbe fare la stessa fine di un dittatore deposto.",
        "L'Egitto ha gli stessi problemi degli altri paesi della regione, secondo un rapporto dell'Onu.",
        "Le donne vengono fermate nelle stesse strade dove pochi mesi fa manifestavano per il voto.",
        "La polizia è arrivata nello stesso momento in cui il corteo lasciava la piazza centrale.",
        "Il corteo si è fermato nella medesima piazza in cui Mario Rossi aveva parlato nel 2021.",
    ],
)
def test_the_same_as_what_the_statement_names_stands_alone(statement: str) -> None:
    assert not back_pointer(statement)
    assert why_not_alone(statement) is None


@pytest.mark.parametrize(
    "statement",
    [
        "Per lo stesso reato sono state denunciate a piede libero altre due persone del paese.",
        "Insieme ai caccia, sono stati schierati nella stessa base anche gli aerei da rifornimento.",
        "Nella medesima città il sindaco ha firmato ieri un'ordinanza sul traffico notturno.",
        # `che` after it is what a reporting verb reports, not which one
        "Il New York Times riportava inoltre nello stesso articolo che il piano era stato firmato a marzo.",
        # `di` before a bare noun says of what, not the same as what
        "La ragazza era andata al concerto con lo stesso gruppo di amici della scuola media.",
    ],
)
def test_the_same_as_one_named_before_points_back(statement: str) -> None:
    assert back_pointer(statement)
