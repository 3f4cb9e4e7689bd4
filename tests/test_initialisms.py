"""A dotted initialism ends a sentence only where a stop word opens the next one (issue 15: a
portrait ran on across `… e C.S.I. Da allora Fanning …`). Hand-written sentences."""

from __future__ import annotations

from briefing.rules.sentences import split_article


def sentences(text: str, language: str) -> list[str]:
    return [text[s.start : s.end] for s in split_article(text, language).sentences]


def test_an_initialism_before_a_capitalised_stop_word_ends_the_sentence() -> None:
    text = (
        "Aveva già recitato in serie famose, come E.R., Ally McBeal e C.S.I. "
        "Da allora Lucia Ferri non ha mai smesso di recitare."
    )
    assert sentences(text, "it") == [
        "Aveva già recitato in serie famose, come E.R., Ally McBeal e C.S.I.",
        "Da allora Lucia Ferri non ha mai smesso di recitare.",
    ]


def test_an_italian_article_after_an_initialism_opens_a_new_sentence() -> None:
    text = "Il bilancio della difesa è secondo solo a quello U.S.A. I suoi servizi contano su molti agenti."
    assert len(sentences(text, "it")) == 2


def test_an_initialism_before_a_name_goes_on() -> None:
    assert len(sentences("Colonel Kemp said this U.N. Council protects no one at all.", "en")) == 1
    assert len(sentences("Il film è di M.T. Giordana ed è uscito a Roma nel 2003.", "it")) == 1
