"""Look-aheads put in front of a rule's pattern for speed only (`rules/actors.py`): without them,
the pattern finds the very same matches, on hand-written sentences and on every word of its list
in context."""

import re

from briefing.rules.actors import _ORG_HEAD_FIRST_LETTERS, _ORG_NAME
from briefing.rules.lexicon import ORG_HEADS, ORG_TAIL_ADJECTIVES

SENTENCES = [
    "Il Ministero degli Esteri e la Commissione europea hanno convocato il Consiglio di Sicurezza.",
    "The State Department, the European Commission and the Ministry of Foreign Affairs met the Fund.",
    "la banca, il governo e il comune: parole minuscole; Comune di Milano e Regione Lombardia no.",
    "L'Agenzia delle Entrate, l’Istituto Superiore di Sanità e Banca d'Italia; BCE e FMI.",
    "Dopo il Consiglio, il Governo Meloni e la Corte Costituzionale: Kremlin, Cremlino, Farnesina.",
]


CONTEXTS = (
    "{}",
    "il {} ha detto",
    "la {} di Roma",
    "{} of Finance",
    "{} " + sorted(ORG_TAIL_ADJECTIVES)[0],
    "x{}",
    "{}s",
)


def _without_look_ahead() -> re.Pattern[str]:
    look_ahead = f"(?=[{_ORG_HEAD_FIRST_LETTERS}])"
    assert look_ahead in _ORG_NAME.pattern
    return re.compile(_ORG_NAME.pattern.replace(look_ahead, "", 1))


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict()) for match in pattern.finditer(text)]


def test_organisation_names_are_found_the_same_with_or_without_the_look_ahead() -> None:
    slow = _without_look_ahead()
    texts = list(SENTENCES)
    for head in sorted(ORG_HEADS):
        for context in CONTEXTS:
            texts.append(context.format(head))
            texts.append(context.format(head.lower()))
    found = 0
    for text in texts:
        assert _found(_ORG_NAME, text) == _found(slow, text), text
        found += len(_found(slow, text))
    assert found >= 4 * len(ORG_HEADS)  # the heads are found, not only missed alike


def test_the_look_ahead_lets_every_head_through() -> None:
    assert all(head[0] in _ORG_HEAD_FIRST_LETTERS for head in ORG_HEADS)
