"""The look-aheads in front of the Italian word-list patterns' look-behinds (`lang/it.py`) are there
for speed only: without them, each pattern finds the very same matches, on hand-written sentences and
on every word of its lists in context."""

import re

import pytest

from briefing.lang.it import _PARTICIPLES, _REPORTING_STEMS, ITALIAN

_STEM_ENDINGS = ("a", "ano", "e", "ono", "isce", "iscono", "ò", "arono", "erono", "ando", "endo")
# the words the look-behinds exclude, and words that let a match through
_BEFORE = [
    *("", "l'", "l’", "si ", "la ", "le ", "un'", "una ", "sua ", "nella ", "della ", "è ", "era ", "ormai "),
    *("il ", "al ", "del ", "nel ", "dal ", "sul ", "un ", "ha ", "hanno ", "ho ", "abbiamo ", "aveva "),
    *("avevano ", "il ministro ", "e ", "che "),
]

SENTENCES = [
    "Il ministro ha dichiarato che la riunione è prevista per il 12 maggio.",
    "Secondo il comunicato, la visita, annunciata dal Dipartimento, si aggiunge alle altre.",
    "Il secondo mandato è iniziato; secondo Rossi è chiaro. Secondo è arrivato lo spagnolo.",
    "Ha convocato l'ambasciatore. Il Consiglio è convocato per lunedì, programmato da tempo.",
    "Hanno programmato il vertice, che sarà convocato e si terrà entro giugno.",
    "Dichiarò che però ciò può cambiare; entrò, andò via e farò, potrò, mostrò, parlò.",
    "Disse che l'accusa di ieri era chiara, ma ormai spiega e ribadisce: la risposta arriva.",
    "«Non lo faremo», ha aggiunto. – ha precisato – e aveva già detto: fanno sapere, a detta di tutti.",
    "Già nei giorni scorsi un anno fa, in precedenza, partirono e decisero; è stato e sono arrivati.",
    "Perciò, sarò lì: dirò, verrò; Fenegrò e Canzò sono paesi. Caròla, però, no.",
]


def _words_in_context() -> list[str]:
    words = [f"{p}{v}" for p in _PARTICIPLES.split() for v in "oaie"]
    words += [f"{stem}{ending}" for stem in _REPORTING_STEMS.split() for ending in _STEM_ENDINGS]
    words += [f"{w}{v}" for w in ("programmat", "convocat", "previst", "fissat") for v in "oaie"]
    words += ["secondo", "dice", "dicono", "disse", "dicendo", "stando a", "dichiarò", "può", "ciò", "però"]
    words += ["perciò", "sarò", "farò", "potrò", "entrò", "mostrò", "andò", "parlò", "partirono", "sarà"]
    texts = []
    for word in words:
        for before in _BEFORE:
            texts.append(f"{before}{word} il piano.")
            texts.append(f"Ieri {before}{word}, poi {before}{word} è.")
    return texts


def _guarded(source: str, guard: str) -> tuple[str, str]:
    """The pattern as written, and as it would be without its look-ahead guard."""
    assert guard in source, f"the guard {guard} is gone from the pattern"
    return source, source.replace(guard, "", 1)


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


def _stems_guard() -> str:
    found = re.search(r"\(\?=\[([a-z]+)\]\)", ITALIAN.reporting_verbs)
    assert found, "the reporting verbs have no first-letter guard"
    return found.group()


CASES = {
    "future markers": _guarded(ITALIAN.future_markers, r"(?=\b[pc])"),
    "past markers": _guarded(ITALIAN.past_markers, r"(?=\w*ò\b)"),
    "historic past": _guarded(ITALIAN.historic_past, r"(?=\w*ò\b)"),
    "reporting verbs (stems)": _guarded(r"\b(?:" + ITALIAN.reporting_verbs + r")\b", _stems_guard()),
    "reporting verbs (secondo)": _guarded(r"\b(?:" + ITALIAN.reporting_verbs + r")\b", "(?=secondo)"),
}


def test_the_stems_guard_lets_every_stem_through() -> None:
    letters = set(_stems_guard()[4:-2])
    assert {stem[0] for stem in _REPORTING_STEMS.split()} <= letters


@pytest.mark.parametrize("name", list(CASES))
def test_a_guarded_pattern_finds_what_the_plain_one_finds(name: str) -> None:
    fast, plain = (re.compile(source) for source in CASES[name])
    texts = [sentence.lower() for sentence in SENTENCES] + _words_in_context()
    found_any = False
    for text in texts:
        spans = [m.span() for m in fast.finditer(text)]
        assert spans == [m.span() for m in plain.finditer(text)], text
        found_any = found_any or bool(spans)
        for pos in range(0, len(text), 7):  # searches from inside the text, as the rules make them
            assert _span(fast.search(text, pos)) == _span(plain.search(text, pos)), (text, pos)
    assert found_any
